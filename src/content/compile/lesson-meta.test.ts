import { resolve } from 'node:path';
import { courseMeta, lessonMeta } from './lesson-meta';
import { loadCourse } from './load-course';

const { index } = loadCourse(resolve(__dirname, '../../..'));

describe('the light course index for the home page', () => {
  it('keeps each quiz id, pass mark and the number of questions it draws, but no question or answer text', () => {
    const assessment = index!.lessons.find((l) => l.versions.en.kind === 'assessment')!.versions.en;
    const meta = lessonMeta(assessment);
    const quiz = assessment.quizzes[0]!;
    expect(meta.quizzes).toEqual([{ id: quiz.id, check: 'quiz', passMark: quiz.passMark, questionCount: quiz.draw }]);
    const prompted = quiz.questions.find((q) => 'prompt' in q)!;
    expect(JSON.stringify(meta)).not.toContain('prompt' in prompted ? prompted.prompt.slice(0, 30) : '');
  });

  it('names a scenario standing alone as a scenario, apart from the quizzes', () => {
    const checks = index!.lessons.flatMap((l) => lessonMeta(l.versions.en).quizzes.map((quiz) => quiz.check));
    expect(checks).toContain('scenario');
    expect(checks).toContain('quiz');
  });

  it('is a small fraction of the full index', () => {
    expect(JSON.stringify(courseMeta(index!)).length).toBeLessThan(JSON.stringify(index).length / 5);
  });
});
