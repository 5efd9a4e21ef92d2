import { deflateSync, strToU8 } from 'fflate';
import { resolve } from 'node:path';
import { loadCourse } from '../../content/compile/load-course';
import type { LessonSpec } from '../../content/lesson-spec';
import { courseStatus } from '../../progress/course-status';
import { emptyProgress, type AnswerRecord, type ProgressState, type QuizAttempt } from '../../progress/progress-schema';
import { drawQuestions } from '../../quiz/quiz-engine';
import { questionAnswers, type QuestionAnswersRegistry } from '../../quiz/question-answers';
import type { QuestionInput } from '../../quiz/question-input';
import type { SpecOf } from '../../quiz/question-contract';
import type { QuestionSpec, QuestionType, QuizSpec } from '../../quiz/question-spec';
import { scoreQuestion } from '../../quiz/score-question';
import { decodeSuspendData, encodeSuspendData, resumeState, SUSPEND_DATA_LIMIT } from './suspend-data';

const { index } = loadCourse(resolve(import.meta.dirname, '../../..'));
if (!index) throw new Error('The course content does not pass the content check');
const lessons: LessonSpec[] = index.lessons.map((lesson) => lesson.versions.en);
const passMark = index.course.passMark;
const passMarks = new Map(lessons.flatMap((lesson) => lesson.quizzes.map((quiz) => [quiz.id, quiz.passMark ?? (lesson.kind === 'assessment' ? passMark : undefined)])));
const passMarkOf = (quizId: string) => passMarks.get(quizId);

const answers: QuestionAnswersRegistry = questionAnswers;
const correctOf = <K extends QuestionType>(type: K, spec: SpecOf<K>): QuestionInput => answers[type].correctInput(spec);
const mistakeOf = <K extends QuestionType>(type: K, spec: SpecOf<K>): QuestionInput | undefined => answers[type].mistakes(spec)[0];
const correct = (spec: QuestionSpec): QuestionInput => correctOf(spec.type, spec);
const wrong = (spec: QuestionSpec): QuestionInput => mistakeOf(spec.type, spec) ?? correct(spec);

let clock = Date.UTC(2026, 11, 4, 8, 0, 0, 123);
/** Each call a few seconds later, with milliseconds, as the store writes them. */
const tick = () => new Date((clock += 7_351)).toISOString();

function answerRecord(spec: QuestionSpec, input: QuestionInput): AnswerRecord {
  const score = scoreQuestion(spec, input, questionAnswers);
  return score.type === 'points' ? { input, earned: score.earned, total: score.total, checkedAt: tick() } : { input, earned: 0, total: 1, checkedAt: tick() };
}

/** An attempt at the quiz: `answered` questions checked (right when `right`), `drafts` more selected but not checked. */
function attemptAt(lesson: LessonSpec, quiz: QuizSpec, n: number, answered: number, right: (index: number) => boolean, drafts = 0): QuizAttempt {
  const seed = (n * 2_654_435_761) >>> 0;
  const questionIds = drawQuestions(quiz, seed);
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const startedAt = tick();
  const checked = questionIds.slice(0, answered).map((id, i) => [id, answerRecord(byId.get(id)!, right(i) ? correct(byId.get(id)!) : wrong(byId.get(id)!))] as const);
  const drafted = questionIds.slice(answered, answered + drafts).map((id) => [id, correct(byId.get(id)!)] as const);
  return {
    id: crypto.randomUUID(),
    lessonSlug: lesson.slug,
    startedAt,
    seed,
    questionIds,
    position: Math.min(answered, questionIds.length - 1),
    drafts: Object.fromEntries(drafted),
    answers: Object.fromEntries(checked),
  };
}

/**
 * The worst case the course can leave: every lesson half done, every quiz tried six times (five
 * finished with scores going up and down, the sixth half answered with drafts), and every
 * reflection two thousand characters long.
 */
function worstCase(): ProgressState {
  const state = emptyProgress();
  for (const lesson of lessons) {
    state.lessons[lesson.slug] = { startedAt: tick(), timeSpentMs: 1_234_567, lastVisitedAt: tick(), position: lesson.quizzes.at(-1)?.id ?? 'key-points' };
    for (const quiz of lesson.quizzes) {
      const attempts: QuizAttempt[] = [];
      for (let n = 0; n < 5; n++) {
        const attempt = attemptAt(lesson, quiz, n, Number.MAX_SAFE_INTEGER, (i) => (i + n) % 3 !== 0);
        attempts.push({ ...attempt, finishedAt: tick() });
      }
      const open = attemptAt(lesson, quiz, 5, Math.floor(quiz.questions.length / 2), () => true, 2);
      attempts.push(open);
      state.quizzes[quiz.id] = { attempts };
    }
    for (const reflection of lesson.reflections) {
      state.reflections[reflection.id] = { text: 'I will call every customer back the same day. '.repeat(44).slice(0, 2000), updatedAt: tick() };
    }
    state.lastLesson = lesson.slug;
  }
  return state;
}

describe('suspend data', () => {
  const worst = worstCase();
  const written = { at: tick(), key: 'answered/some-attempt/q-john' };

  it('keeps reflections out: they stay in this browser', () => {
    const decoded = decodeSuspendData(encodeSuspendData({ progress: worst }, '1.2', passMarkOf).text);
    expect(Object.keys(worst.reflections).length).toBeGreaterThan(0);
    expect(decoded?.progress.reflections).toEqual({});
  });

  it('reads back exactly the resume state it wrote, with the mark of the last interaction written', () => {
    const { text, complete } = encodeSuspendData({ progress: worst, written }, '2004', passMarkOf);
    expect(complete).toBe(true);
    expect(decodeSuspendData(text)).toEqual({ progress: resumeState(worst, passMarkOf), written });
  });

  it('keeps per quiz the attempt in progress, the best, the last finished and the first passed, without drafts', () => {
    const kept = resumeState(worst, passMarkOf);
    for (const [quizId, quiz] of Object.entries(worst.quizzes)) {
      const attempts = kept.quizzes[quizId]!.attempts;
      expect(attempts.length).toBeLessThanOrEqual(4);
      expect(attempts.at(-1)?.id).toBe(quiz.attempts.at(-1)?.id);
      expect(attempts.at(-1)?.answers).toEqual(quiz.attempts.at(-1)?.answers);
      for (const attempt of attempts) expect(attempt.drafts).toEqual({});
    }
  });

  it('gives the same course status, score and completion date as the whole progress (only the attempt counts shrink)', () => {
    const passed = worstCase();
    // The assessment passed early, then retaken: the completion date is the first pass.
    const quiz = lessons.find((lesson) => lesson.kind === 'assessment')!.quizzes[0]!;
    const assessment = lessons.find((lesson) => lesson.kind === 'assessment')!;
    const first = { ...attemptAt(assessment, quiz, 9, Number.MAX_SAFE_INTEGER, () => true), finishedAt: tick() };
    const later = [0, 1].map((n) => ({ ...attemptAt(assessment, quiz, n, Number.MAX_SAFE_INTEGER, (i) => i > 0), finishedAt: tick() }));
    passed.quizzes[quiz.id] = { attempts: [...passed.quizzes[quiz.id]!.attempts.slice(0, 2), first, ...later] };
    for (const lesson of lessons) passed.lessons[lesson.slug] = { ...passed.lessons[lesson.slug]!, completedAt: tick() };
    for (const state of [worst, passed]) {
      const decoded = decodeSuspendData(encodeSuspendData({ progress: state }, '1.2', passMarkOf).text)!;
      const withoutCounts = (status: ReturnType<typeof courseStatus>) => ({
        ...status,
        assessment: status.assessment && { ...status.assessment, attempts: 0, finishedAttempts: 0 },
      });
      expect(withoutCounts(courseStatus(decoded.progress, lessons, passMark))).toEqual(withoutCounts(courseStatus(state, lessons, passMark)));
    }
    expect(courseStatus(passed, lessons, passMark).status).toBe('completed');
  });

  // Measured: 3,620 characters for this course's worst case (every lesson half done, six
  // attempts at every quiz, long reflections); the test prints the exact figure.
  it('fits the worst case of the real course in SCORM 1.2’s 4,096 characters without leaving anything out', () => {
    const { text, complete } = encodeSuspendData({ progress: worst, written }, '1.2', passMarkOf);
    console.info(`SCORM 1.2 suspend data, worst case of the course: ${text.length} of ${SUSPEND_DATA_LIMIT['1.2']} characters`);
    expect(complete).toBe(true);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT['1.2']);
    expect(text).toMatch(/^cf1:[A-Za-z0-9+/]+=*$/);
  });

  it('leaves out the oldest attempts first when even the resume state does not fit, and says so', () => {
    const huge = emptyProgress();
    const quiz = lessons.find((lesson) => lesson.kind === 'assessment')!;
    // Forty quizzes' worth of unfinished attempts, each answered half: far past 4,096 characters.
    for (let n = 0; n < 40; n++) huge.quizzes[`quiz-${n}`] = { attempts: [attemptAt(quiz, quiz.quizzes[0]!, n, 5, () => n % 2 === 0)] };
    const { text, complete } = encodeSuspendData({ progress: huge }, '1.2');
    expect(complete).toBe(false);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT['1.2']);
    const kept = Object.keys(decodeSuspendData(text)!.progress.quizzes).filter((id) => decodeSuspendData(text)!.progress.quizzes[id]!.attempts.length > 0);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toContain('quiz-39');
    expect(kept).not.toContain('quiz-0');
    // The same state fits 2004's 64,000 characters whole.
    expect(encodeSuspendData({ progress: huge }, '2004').complete).toBe(true);
  });

  it('reads anything else as nothing, without throwing', () => {
    const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
    for (const text of [
      '',
      'lesson=3',
      'cf1:',
      'cf1:@@not base64@@',
      `cf1:${btoa('not deflated')}`,
      `cf1:${base64(deflateSync(strToU8('{not json')))}`,
      `cf1:${base64(deflateSync(strToU8(JSON.stringify({ p: { lessons: { x: { startedAt: 'yesterday' } } } }))))}`,
      `cf2:${encodeSuspendData({ progress: worst }, '2004').text.slice(4)}`,
    ]) {
      expect(decodeSuspendData(text)).toBeUndefined();
    }
  });
});
