import { at, completedProgress, course, lessons } from '../../tests/support/small-course';
import { emptyProgress, type QuizAttempt } from '../progress/progress-schema';
import { questionLogic } from '../quiz/question-logic';
import type { QuestionInput, QuestionSpec } from '../quiz/question-spec';
import { answerDescribers, buildRecord, type RecordSources } from './build-record';
import { unsealedRecordSchema } from './completion-record-schema';

const NOW = new Date('2025-03-15T08:00:00.000Z');
const learner = { name: 'Zoë Ñúñez, "Z"', employeeId: 'E-7', email: 'zoe@example.com' };

const sources = (overrides: Partial<RecordSources> = {}): RecordSources => ({
  progress: completedProgress(),
  course,
  lessons: lessons(),
  language: 'en',
  learner,
  app: { name: 'customer-focus-course', version: '0.1.0' },
  ...overrides,
});
const build = (overrides: Partial<RecordSources> = {}, includeReflections = false) =>
  buildRecord(sources(overrides), { includeReflections }, NOW);

describe('the completion record', () => {
  it('names its format, version, id, time, app, course and learner', () => {
    expect(build()).toMatchObject({
      format: 'customer-focus-completion-record',
      formatVersion: 1,
      createdAt: '2025-03-15T08:00:00.000Z',
      language: 'en',
      app: { name: 'customer-focus-course', version: '0.1.0' },
      course: { id: 'customer-focus', version: '1.2.0', title: 'Customer Focus' },
      learner,
    });
    expect(build().recordId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('is valid against the record schema', () => {
    expect(unsealedRecordSchema.safeParse(build()).error?.issues).toBeUndefined();
    expect(unsealedRecordSchema.safeParse(build({ progress: emptyProgress() }, true)).error?.issues).toBeUndefined();
  });

  it('says the course is completed, when, with what score, and that the assessment was passed', () => {
    expect(build()).toMatchObject({ status: 'completed', completedAt: at(12, 10), finalScore: 80, passed: true });
  });

  it('lists every lesson in course order with status, dates, time in seconds, best score and attempts', () => {
    expect(build().lessons).toEqual([
      { slug: 'one', title: 'One', kind: 'lesson', status: 'completed', startedAt: at(3), completedAt: at(3, 11), timeSpentSeconds: 302, bestScore: 100, attempts: 2 },
      { slug: 'two', title: 'Two', kind: 'lesson', status: 'completed', startedAt: at(4), completedAt: at(4, 11), timeSpentSeconds: 90, bestScore: 100, attempts: 1 },
      { slug: 'final', title: 'Final', kind: 'assessment', status: 'in-progress', startedAt: at(10), timeSpentSeconds: 1200, bestScore: 80, attempts: 2, passMark: 80, passed: true },
    ]);
  });

  it('lists a lesson never opened as not started, with no dates or score', () => {
    expect(build({ progress: emptyProgress() }).lessons[0]).toEqual({
      slug: 'one', title: 'One', kind: 'lesson', status: 'not-started', timeSpentSeconds: 0, attempts: 0,
    });
    expect(build({ progress: emptyProgress() })).not.toHaveProperty('completedAt');
  });

  it('records every attempt, numbered per quiz, with its score and pass verdict', () => {
    const { attempts } = build();
    expect(attempts.map((a) => [a.quizId, a.number, a.score.percent, a.passed])).toEqual([
      ['q-one', 1, 50, undefined],
      ['q-one', 2, 100, undefined],
      ['q-two', 1, 100, undefined],
      ['q-final', 1, 60, false],
      ['q-final', 2, 80, true],
    ]);
    expect(attempts[3]).toMatchObject({ id: 'final-a', lessonSlug: 'final', startedAt: at(10, 9), finishedAt: at(10, 10), questionCount: 5, passMark: 80 });
  });

  it('scores an attempt in questions, each weighing the same: a question 3 of 4 right adds 0.75, and passes the mark by questions', () => {
    const progress = completedProgress();
    const failed = progress.quizzes['q-final']!.attempts[0]!;
    // 3 of 5 right, then one of the wrong ones mostly right: 3.75 of 5 questions, 75%.
    failed.answers['q-final-q4'] = { ...failed.answers['q-final-q4']!, earned: 3, total: 4 };
    const record = build({ progress });
    expect(unsealedRecordSchema.safeParse(record).error?.issues).toBeUndefined();
    expect(record.attempts[3]).toMatchObject({ questionCount: 5, score: { earned: 3.75, total: 5, percent: 75 }, passed: false });
    expect(record.attempts[3]!.answers[3]).toMatchObject({ questionId: 'q-final-q4', correct: false, earned: 3, total: 4 });
  });

  it('records each answer: question id and type, the options chosen with their labels, right or not, points and time', () => {
    expect(build().attempts[0]!.answers).toEqual([
      { questionId: 'q-one-q1', questionType: 'single-choice', chosen: [{ id: 'a', label: 'Call back' }], correct: true, earned: 1, total: 1, checkedAt: at(3, 9, 1) },
      { questionId: 'q-one-q2', questionType: 'single-choice', chosen: [{ id: 'b', label: 'Wait' }], correct: false, earned: 0, total: 1, checkedAt: at(3, 9, 2) },
    ]);
  });

  it('writes titles and labels in the record’s language', () => {
    const record = build({ lessons: lessons('es'), language: 'es' });
    expect(record.course.title).toBe('Orientación al cliente');
    expect(record.lessons[0]!.title).toBe('Uno');
    expect(record.attempts[0]!.answers[0]!.chosen).toEqual([{ id: 'a', label: 'Devolver la llamada' }]);
  });

  it('keeps an unfinished attempt, without finish time or verdict, and leaves unanswered questions out', () => {
    const progress = completedProgress();
    const last = progress.quizzes['q-final']!.attempts[1]!;
    const { finishedAt: _finished, ...open } = last;
    const { 'q-final-q5': _unanswered, ...answers } = open.answers;
    progress.quizzes['q-final']!.attempts[1] = { ...open, answers } satisfies QuizAttempt;
    const attempt = build({ progress }).attempts.at(-1)!;
    expect(attempt).not.toHaveProperty('finishedAt');
    expect(attempt).not.toHaveProperty('passed');
    expect(attempt.answers.map((a) => a.questionId)).not.toContain('q-final-q5');
    expect(attempt.questionCount).toBe(5);
  });

  it('leaves out attempts at quizzes no longer in the course', () => {
    const progress = completedProgress();
    progress.quizzes['retired-quiz'] = { attempts: [{ ...progress.quizzes['q-two']!.attempts[0]!, id: 'old' }] };
    expect(build({ progress }).attempts.map((a) => a.id)).not.toContain('old');
  });

  it('keeps an answer to a question removed from the quiz, without labels', () => {
    const progress = completedProgress();
    const first = progress.quizzes['q-two']!.attempts[0]!;
    first.questionIds.push('gone');
    first.answers.gone = { input: { type: 'single-choice', selected: 'a' }, earned: 0, total: 1, checkedAt: at(4, 9, 9) };
    expect(build({ progress }).attempts[2]!.answers.at(-1)).toMatchObject({ questionId: 'gone', questionType: 'single-choice', chosen: [] });
  });

  it('leaves the email out when the learner gave none', () => {
    expect(build({ learner: { name: 'Ada', employeeId: 'A1' } }).learner).toEqual({ name: 'Ada', employeeId: 'A1' });
  });

  describe('reflections', () => {
    it('are left out unless the learner chooses to include them', () => {
      expect(build()).not.toHaveProperty('reflections');
    });

    it('come with their lesson and prompt when the learner includes them', () => {
      expect(build({}, true).reflections).toEqual([
        { id: 'r-one', lessonSlug: 'one', prompt: 'What will you change?', text: 'Answer the same day.', updatedAt: at(3, 10) },
      ]);
    });

    it('are an empty list when included but none was written', () => {
      expect(build({ progress: emptyProgress() }, true).reflections).toEqual([]);
    });
  });

  it('is the same for the same inputs', () => {
    expect(build()).toEqual(build());
  });

  describe('its id', () => {
    const idOf = (overrides: Partial<RecordSources> = {}, includeReflections = false, now = NOW) =>
      buildRecord(sources(overrides), { includeReflections }, now).recordId;

    it('stays the same for the same progress, whenever the record is made, in any language, with or without reflections', () => {
      const id = idOf();
      expect(idOf({}, false, new Date('2025-09-01T17:30:00.000Z'))).toBe(id);
      expect(idOf({ lessons: lessons('es'), language: 'es' })).toBe(id);
      expect(idOf({}, true)).toBe(id);
      expect(idOf({ app: { name: 'customer-focus-course', version: '9.9.9' } })).toBe(id);
    });

    it('changes when the progress changes', () => {
      const progress = completedProgress();
      progress.lessons.two!.timeSpentMs += 60_000;
      expect(idOf({ progress })).not.toBe(idOf());
      const answered = completedProgress();
      answered.quizzes['q-one']!.attempts[0]!.answers['q-one-q2']!.checkedAt = at(3, 9, 5);
      expect(idOf({ progress: answered })).not.toBe(idOf());
      expect(idOf({ progress: emptyProgress() })).not.toBe(idOf());
    });

    it('differs between two learners with the same progress', () => {
      expect(idOf({ learner: { ...learner, employeeId: 'E-8' } })).not.toBe(idOf());
      expect(idOf({ learner: { ...learner, name: 'Zoe Nunez' } })).not.toBe(idOf());
    });

    it('differs between two versions of the course', () => {
      expect(idOf({ course: { ...course, version: '1.3.0' } })).not.toBe(idOf());
    });
  });
});

describe('what the learner chose, per question type', () => {
  it('has a description for every question type', () => {
    expect(Object.keys(questionLogic).filter((type) => !(type in answerDescribers))).toEqual([]);
  });

  const chosen = (spec: QuestionSpec, input: QuestionInput) =>
    (answerDescribers[spec.type] as ((s: QuestionSpec, i: QuestionInput) => unknown) | undefined)?.(spec, input);
  const choiceSpec = { id: 'q', prompt: 'p', fixed: false, choices: [{ id: 'a', label: 'A', correct: true }, { id: 'b', label: 'B', correct: false }, { id: 'c', label: 'C', correct: true }] };

  it('gives nothing for a single choice left empty', () => {
    expect(chosen({ type: 'single-choice', ...choiceSpec }, { type: 'single-choice', selected: null })).toEqual([]);
  });

  it('lists a multiple choice in authored order, whatever the order of clicks', () => {
    expect(chosen({ type: 'multiple-choice', ...choiceSpec }, { type: 'multiple-choice', selected: ['c', 'a'] })).toEqual([
      { id: 'a', label: 'A' },
      { id: 'c', label: 'C' },
    ]);
  });

  it('lists an ordering in the learner’s order', () => {
    const spec = { type: 'ordering', id: 'o', prompt: 'p', items: [{ id: 'a', label: 'First' }, { id: 'b', label: 'Second' }] } as QuestionSpec;
    expect(chosen(spec, { type: 'ordering', order: ['b', 'a'] })).toEqual([
      { id: 'b', label: 'Second' },
      { id: 'a', label: 'First' },
    ]);
  });

  it('lists each matched pair as "left → right", skipping the unmatched', () => {
    const spec = { type: 'matching', id: 'm', prompt: 'p', pairs: [{ id: 'a', left: 'Listen', right: 'Survey' }, { id: 'b', left: 'Keep', right: 'Promise' }] } as QuestionSpec;
    expect(chosen(spec, { type: 'matching', matches: { a: 'b', b: null } })).toEqual([{ id: 'a:b', label: 'Listen → Promise' }]);
  });

  it('lists the path through a scenario, one reply per step', () => {
    const spec = {
      type: 'scenario', id: 's', bestPoints: 2,
      steps: [
        { id: 'start', text: '', end: false, options: [{ id: 'a', label: 'Apologise', goto: 'calm', points: 2 }] },
        { id: 'calm', text: '', end: true, options: [] },
      ],
    } as QuestionSpec;
    expect(chosen(spec, { type: 'scenario', path: [{ step: 'start', option: 'a' }] })).toEqual([{ id: 'start:a', label: 'Apologise' }]);
  });
});
