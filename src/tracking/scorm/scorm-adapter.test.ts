import { resolve } from 'node:path';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { MockInstance } from 'vitest';
import { loadCourse } from '../../content/compile/load-course';
import type { LessonSpec } from '../../content/lesson-spec';
import { createProgressStore, type ProgressStoreApi } from '../../progress/progress-store';
import { questionAnswers, type QuestionAnswersRegistry } from '../../quiz/question-answers';
import type { SpecOf } from '../../quiz/question-contract';
import type { QuestionInput } from '../../quiz/question-input';
import type { QuestionSpec, QuestionType, QuizSpec } from '../../quiz/question-spec';
import { drawQuestions } from '../../quiz/quiz-engine';
import { scoreQuestion } from '../../quiz/score-question';
import type { TrackingAdapter, TrackingContext } from '../tracking-adapter';
import { trackingContextOf } from '../tracking-context';
import { trackingSnapshot } from '../tracking-events';
import type { Scorm12Api, Scorm2004Api } from '../tracking-mode';
import type { TrackingReport } from '../tracking-status';
import { COMMIT_INTERVAL_MS, createScormAdapter } from './scorm-adapter';
import { decodeSuspendData, resumeState, SUSPEND_DATA_LIMIT } from './suspend-data';

/* The adapter against scorm-again, a real LMS runtime: what it stores is read back from its commits. */

const { index } = loadCourse(resolve(import.meta.dirname, '../../..'));
if (!index) throw new Error('The course content does not pass the content check');
const lessons: LessonSpec[] = index.lessons.map((lesson) => lesson.versions.en);
const lessonOf = (slug: string) => lessons.find((lesson) => lesson.slug === slug)!;
const assessment = lessons.find((lesson) => lesson.kind === 'assessment')!;
const taught = lessons.filter((lesson) => lesson.kind === 'lesson');

/** What the runner gives every adapter, from the same course index. */
const baseContext = trackingContextOf(index.course, lessons, 'en', '0.1.0');
const { course } = baseContext;
const contextWith = (reports: TrackingReport[]): TrackingContext => ({ ...baseContext, report: (report) => reports.push(report) });

const answers: QuestionAnswersRegistry = questionAnswers;
const correctOf = <K extends QuestionType>(type: K, spec: SpecOf<K>): QuestionInput => answers[type].correctInput(spec);
const mistakeOf = <K extends QuestionType>(type: K, spec: SpecOf<K>): QuestionInput | undefined => answers[type].mistakes(spec)[0];
const inputFor = (spec: QuestionSpec, right: boolean): QuestionInput => (right ? undefined : mistakeOf(spec.type, spec)) ?? correctOf(spec.type, spec);

type Stored = Record<string, unknown>;
/** A value of the LMS's last stored commit, by its dotted path (`cmi.interactions.0.id`). */
const valueAt = (stored: Stored | undefined, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Stored)[key] : undefined), stored);

interface Lms<Api> {
  api: Api;
  /** Every commit the LMS stored, oldest first. */
  commits: Stored[];
  /** While true, the LMS's server refuses commits (scorm-again then answers "false" with error 101). */
  refuseCommits: boolean;
  stored: (path: string) => unknown;
}

function settingsFor(lms: { commits: Stored[]; refuseCommits: boolean }) {
  return {
    logLevel: 3 as const,
    autocommit: false,
    lmsCommitUrl: 'https://lms.example/commit',
    httpService: {
      processHttpRequest: (_url: string, params: unknown) => {
        if (lms.refuseCommits) return { result: 'false', errorCode: 101 };
        lms.commits.push(structuredClone(params) as Stored);
        return { result: 'true', errorCode: 0 };
      },
      updateSettings: () => undefined,
    },
  };
}

function lms12(saved?: Stored): Lms<Scorm12API> {
  const lms = { commits: [] as Stored[], refuseCommits: false } as Lms<Scorm12API>;
  lms.api = new Scorm12API(settingsFor(lms));
  lms.api.loadFromJSON({ core: { student_id: 'e-1042', student_name: 'Doe, Jane' }, student_data: { mastery_score: '80' }, ...saved });
  lms.stored = (path) => valueAt(lms.commits.at(-1), path);
  return lms;
}

function lms2004(saved?: Stored): Lms<Scorm2004API> {
  const lms = { commits: [] as Stored[], refuseCommits: false } as Lms<Scorm2004API>;
  lms.api = new Scorm2004API(settingsFor(lms));
  lms.api.loadFromJSON({ learner_id: 'e-1042', learner_name: 'Doe, Jane', scaled_passing_score: '0.8', ...saved });
  lms.stored = (path) => valueAt(lms.commits.at(-1), path);
  return lms;
}

/** What the LMS keeps between launches: the cmi of its last stored commit. */
const savedCmi = (lms: Lms<unknown>): Stored => lms.stored('cmi') as Stored;

/** A learner in this browser: the real progress store, and the adapter told after each change. */
function learner(adapter: TrackingAdapter, store: ProgressStoreApi = createProgressStore(() => undefined)) {
  const tell = () => adapter.update(trackingSnapshot(store.getState(), course));
  const wait = (ms: number) => vi.advanceTimersByTime(ms);
  return {
    store,
    tell,
    openLesson(slug: string) {
      store.getState().startLesson(slug);
      tell();
      wait(4_000);
    },
    /** Takes the quiz, answering `right(i)` for the i-th question drawn, up to `count` answers; finishes it when all are answered. */
    takeQuiz(lesson: LessonSpec, quiz: QuizSpec, right: (i: number) => boolean, count = Number.MAX_SAFE_INTEGER) {
      const seed = 12_345;
      const questionIds = drawQuestions(quiz, seed);
      store.getState().startAttempt(quiz.id, { lessonSlug: lesson.slug, questionIds, seed });
      tell();
      questionIds.slice(0, count).forEach((id, i) => {
        const spec = quiz.questions.find((q) => q.id === id)!;
        const input = inputFor(spec, right(i));
        const score = scoreQuestion(spec, input, questionAnswers);
        wait(9_000);
        store.getState().checkAnswer(quiz.id, id, input, score.type === 'points' ? score : { earned: 0, total: 1 });
        tell();
      });
      if (count >= questionIds.length) {
        store.getState().finishAttempt(quiz.id);
        tell();
      }
      wait(2_000);
    },
    completeLesson(slug: string, right: (i: number) => boolean = () => true) {
      this.openLesson(slug);
      for (const quiz of lessonOf(slug).quizzes) this.takeQuiz(lessonOf(slug), quiz, right);
      store.getState().completeLesson(slug);
      tell();
    },
  };
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 11, 4, 9, 0, 0, 0) });
  warn = vi.spyOn(console, 'warn');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  // Values scorm-again accepts but rewrites show only as a warning. Reading suspend data or the
  // location that a first launch does not have yet is an error 403 the adapter expects.
  const unexpected = warn.mock.calls.map(([message]) => String(message)).filter((message) => !/\b403\b.*\bGetValue\b/.test(message));
  expect(unexpected).toEqual([]);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const adapter12 = (lms: Lms<Scorm12API>, reports: TrackingReport[]) => createScormAdapter({ mode: 'scorm12', api: lms.api as unknown as Scorm12Api }, contextWith(reports));
const adapter2004 = (lms: Lms<Scorm2004API>, reports: TrackingReport[]) =>
  createScormAdapter({ mode: 'scorm2004', api: lms.api as unknown as Scorm2004Api }, contextWith(reports));

describe('SCORM 1.2', () => {
  it('records every answer, the score and passed once the lessons and the assessment are done, and ends the session once', async () => {
    const lms = lms12();
    const reports: TrackingReport[] = [];
    const adapter = adapter12(lms, reports);
    expect(await adapter.start()).toBeUndefined();
    expect(reports.at(-1)?.phase).toBe('saved');
    const you = learner(adapter);
    for (const lesson of taught) you.completeLesson(lesson.slug, (i) => i !== 1);
    expect(lms.stored('cmi.core.lesson_status')).toBe('incomplete');
    you.openLesson(assessment.slug);
    you.takeQuiz(assessment, assessment.quizzes[0]!, () => true);
    adapter.exit('pagehide');
    adapter.exit('pagehide');

    expect(lms.api.isTerminated()).toBe(true);
    expect(reports.at(-1)).toEqual({ phase: 'ended' });
    expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(lms.stored('cmi.core.score.raw')).toBe('100');
    expect(lms.stored('cmi.core.score.min')).toBe('0');
    expect(lms.stored('cmi.core.score.max')).toBe('100');
    expect(lms.stored('cmi.core.lesson_location')).toBe(assessment.slug);
    expect(lms.stored('cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);

    const events = trackingSnapshot(you.store.getState(), course).events.filter((event) => event.kind === 'answered');
    const interactions = lms.stored('cmi.interactions') as Record<string, Stored>;
    expect(Object.keys(interactions)).toHaveLength(events.length);
    events.forEach((event, n) => {
      const written = interactions[String(n)]!;
      expect(written.id).toBe(event.questionId);
      expect(written.result).toBe(event.earned >= event.total ? 'correct' : 'wrong');
      expect(written.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      expect(written.weighting).toBe('1');
      expect(valueAt(written, 'correct_responses.0.pattern')).toEqual(expect.any(String));
    });
    expect(new Set(Object.values(interactions).map((i) => i.type))).toEqual(new Set(['choice', 'sequencing', 'matching', 'performance']));
    expect(Object.values(interactions).some((i) => i.result === 'wrong')).toBe(true);
    const suspend = lms.stored('cmi.suspend_data') as string;
    expect(suspend.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT['1.2']);
    expect(decodeSuspendData(suspend)?.progress).toEqual(resumeState(you.store.getState()));
  });

  it('writes a single choice the learner got right exactly as its pattern', async () => {
    const lms = lms12();
    const adapter = adapter12(lms, []);
    await adapter.start();
    const you = learner(adapter);
    const lesson = taught[0]!;
    you.openLesson(lesson.slug);
    you.takeQuiz(lesson, lesson.quizzes[0]!, () => true, 1);
    expect(lms.stored('cmi.interactions.0.student_response')).toBe(lms.stored('cmi.interactions.0.correct_responses.0.pattern'));
  });

  it('says failed only once every lesson is done and the assessment was finished below the mark', async () => {
    const lms = lms12();
    const adapter = adapter12(lms, []);
    await adapter.start();
    const you = learner(adapter);
    you.openLesson(assessment.slug);
    you.takeQuiz(assessment, assessment.quizzes[0]!, (i) => i < 5);
    expect(lms.stored('cmi.core.lesson_status')).toBe('incomplete');
    const score = trackingSnapshot(you.store.getState(), course).status.finalScore!;
    expect(score).toBeLessThan(course.passMark);
    expect(lms.stored('cmi.core.score.raw')).toBe(String(score));
    for (const lesson of taught) you.completeLesson(lesson.slug);
    expect(lms.stored('cmi.core.lesson_status')).toBe('failed');
  });

  it('commits at once after an answer, but a mere visit waits up to 30 seconds', async () => {
    const lms = lms12();
    const adapter = adapter12(lms, []);
    await adapter.start();
    const you = learner(adapter);
    const lesson = taught[1]!;
    you.openLesson(lesson.slug);
    const afterVisit = lms.commits.length;
    you.store.getState().setPosition(lesson.slug, 'key-points');
    you.tell();
    expect(lms.commits.length).toBe(afterVisit);
    vi.advanceTimersByTime(COMMIT_INTERVAL_MS);
    expect(lms.commits.length).toBe(afterVisit + 1);
    you.takeQuiz(lesson, lesson.quizzes[0]!, () => true, 1);
    expect(lms.stored('cmi.interactions.0.id')).toEqual(expect.any(String));
  });
});

describe('SCORM 2004', () => {
  it('records completion, success, raw and scaled score, progress and every answer with its description', async () => {
    const lms = lms2004();
    const reports: TrackingReport[] = [];
    const adapter = adapter2004(lms, reports);
    expect(await adapter.start()).toBeUndefined();
    const you = learner(adapter);
    you.completeLesson(taught[0]!.slug);
    expect(lms.stored('cmi.completion_status')).toBe('incomplete');
    expect(lms.stored('cmi.success_status')).toBe('unknown');
    expect(lms.stored('cmi.progress_measure')).toBe(String(Math.round((1 / (taught.length + 1)) * 10_000) / 10_000));
    you.openLesson(assessment.slug);
    you.takeQuiz(assessment, assessment.quizzes[0]!, (i) => i !== 0);
    expect(lms.stored('cmi.success_status')).toBe('passed');
    for (const lesson of taught.slice(1)) you.completeLesson(lesson.slug, (i) => i !== 1);
    adapter.exit('exit');

    expect(lms.api.isTerminated()).toBe(true);
    expect(lms.stored('cmi.completion_status')).toBe('completed');
    expect(lms.stored('cmi.success_status')).toBe('passed');
    const score = trackingSnapshot(you.store.getState(), course).status.finalScore!;
    expect(score).toBeGreaterThanOrEqual(course.passMark);
    expect(score).toBeLessThan(100);
    expect(lms.stored('cmi.score.raw')).toBe(String(score));
    expect(lms.stored('cmi.score.scaled')).toBe(String(score / 100));
    expect(lms.stored('cmi.progress_measure')).toBe('1');
    expect(lms.stored('cmi.exit')).toBe('suspend');
    expect(lms.stored('cmi.session_time')).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    const interactions = Object.values(lms.stored('cmi.interactions') as Record<string, Stored>);
    const events = trackingSnapshot(you.store.getState(), course).events.filter((event) => event.kind === 'answered');
    expect(interactions).toHaveLength(events.length);
    for (const written of interactions) {
      expect(written.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?Z$/);
      expect(['correct', 'incorrect']).toContain(written.result);
      expect(String(written.description)).toMatch(/^\{lang=en\}.+/);
    }
    expect(new Set(interactions.map((i) => i.type))).toEqual(new Set(['choice', 'sequencing', 'matching', 'performance']));
  });

  it('resumes from the LMS on another computer: the same lessons, position and answers, and new answers follow the old ones', async () => {
    const first = lms2004();
    const adapter = adapter2004(first, []);
    await adapter.start();
    const you = learner(adapter);
    you.completeLesson(taught[0]!.slug);
    you.openLesson(taught[2]!.slug);
    you.store.getState().setPosition(taught[2]!.slug, taught[2]!.quizzes[0]!.id);
    you.takeQuiz(taught[2]!, taught[2]!.quizzes[0]!, () => true, 2);
    you.store.getState().saveReflection('l1-reflection', 'Call back the same day.');
    you.tell();
    adapter.exit('pagehide');
    const before = you.store.getState();
    const written = Object.keys(first.stored('cmi.interactions') as Stored).length;

    const second = lms2004(savedCmi(first));
    const reports: TrackingReport[] = [];
    const again = adapter2004(second, reports);
    const resumed = await again.start();
    expect(resumed).toEqual(resumeState(before));
    expect(resumed?.lastLesson).toBe(taught[2]!.slug);
    expect(resumed?.lessons[taught[2]!.slug]?.position).toBe(taught[2]!.quizzes[0]!.id);

    // The runner merges it into this (empty) browser; the learner answers the next question.
    const store = createProgressStore(() => undefined);
    store.setState(resumed!);
    const there = learner(again, store);
    there.tell();
    const quiz = taught[2]!.quizzes[0]!;
    const attempt = store.getState().quizzes[quiz.id]!.attempts[0]!;
    const nextId = attempt.questionIds[2]!;
    const spec = quiz.questions.find((q) => q.id === nextId)!;
    const input = inputFor(spec, true);
    const score = scoreQuestion(spec, input, questionAnswers);
    store.getState().checkAnswer(quiz.id, nextId, input, score.type === 'points' ? score : { earned: 0, total: 1 });
    there.tell();
    again.exit('pagehide');
    const interactions = second.stored('cmi.interactions') as Record<string, Stored>;
    expect(Object.keys(interactions)).toHaveLength(written + 1);
    expect(interactions[String(written)]?.id).toBe(nextId);
  });

  it('starts with the lesson the LMS remembers when its suspend data is not the course’s', async () => {
    const lms = lms2004({ location: taught[3]!.slug, suspend_data: 'page=4' });
    const resumed = await adapter2004(lms, []).start();
    expect(resumed).toEqual({ lessons: {}, quizzes: {}, reflections: {}, lastLesson: taught[3]!.slug });
  });
});

/** The LMS's API, answering "false" with error 351 (General Set Failure) to the SetValue calls `refuses` picks. */
function refusing(lms: Lms<Scorm2004API>, refuses: (element: string) => boolean): Scorm2004Api {
  let forced: string | undefined;
  return {
    Initialize: (arg) => lms.api.Initialize(arg),
    Terminate: (arg) => lms.api.Terminate(arg),
    GetValue: (element) => lms.api.GetValue(element),
    SetValue: (element, value) => {
      forced = refuses(element) ? '351' : undefined;
      return forced ? 'false' : lms.api.SetValue(element, value);
    },
    Commit: (arg) => lms.api.Commit(arg),
    GetLastError: () => forced ?? lms.api.GetLastError(),
    GetErrorString: (code) => lms.api.GetErrorString(code),
    GetDiagnostic: (code) => lms.api.GetDiagnostic(code),
  };
}

describe('when the LMS refuses', () => {
  it('reports a refused commit with what the LMS said, keeps the answers waiting, and saves them all once the LMS is back', async () => {
    const lms = lms12();
    const reports: TrackingReport[] = [];
    const adapter = adapter12(lms, reports);
    await adapter.start();
    const you = learner(adapter);
    const lesson = taught[0]!;
    you.openLesson(lesson.slug);
    lms.refuseCommits = true;
    you.takeQuiz(lesson, lesson.quizzes[0]!, () => true, 2);
    expect(reports.at(-1)).toEqual({ phase: 'error', pending: 2, code: 'rejected', detail: 'Saving to the LMS: General Exception (101)' });
    lms.refuseCommits = false;
    you.takeQuiz(lesson, lesson.quizzes[0]!, () => true);
    expect(reports.at(-1)?.phase).toBe('saved');
    const interactions = lms.stored('cmi.interactions') as Record<string, Stored>;
    const events = trackingSnapshot(you.store.getState(), course).events.filter((event) => event.kind === 'answered');
    expect(Object.values(interactions).map((i) => i.id)).toEqual(events.map((event) => event.questionId));
    expect(decodeSuspendData(lms.stored('cmi.suspend_data') as string)?.progress).toEqual(resumeState(you.store.getState()));
  });

  it('retries a value the LMS refused, in order, at the next change, and never blocks the learner', async () => {
    const lms = lms2004();
    const reports: TrackingReport[] = [];
    // An LMS whose SetValue fails for interactions for a while, with an error code of its own.
    let refuse = true;
    const api = refusing(lms, (element) => refuse && element.startsWith('cmi.interactions.'));
    const adapter = createScormAdapter({ mode: 'scorm2004', api }, contextWith(reports));
    await adapter.start();
    const you = learner(adapter);
    const lesson = taught[1]!;
    you.openLesson(lesson.slug);
    you.takeQuiz(lesson, lesson.quizzes[0]!, () => true, 2);
    expect(reports.at(-1)).toMatchObject({ phase: 'error', pending: 2, code: 'rejected', detail: 'Saving cmi.interactions.0.id: General Set Failure (351)' });
    // The rest of the course's state still reached the LMS.
    expect(lms.stored('cmi.location')).toBe(lesson.slug);
    expect(lms.stored('cmi.interactions')).toEqual({});
    refuse = false;
    you.takeQuiz(lesson, lesson.quizzes[0]!, () => true);
    adapter.exit('pagehide');
    const interactions = Object.values(lms.stored('cmi.interactions') as Record<string, Stored>);
    expect(interactions.map((i) => i.id)).toEqual(
      trackingSnapshot(you.store.getState(), course)
        .events.filter((event) => event.kind === 'answered')
        .map((event) => event.questionId),
    );
    expect(reports.at(-1)).toEqual({ phase: 'ended' });
  });

  it('leaves out a value the LMS never takes after three tries, so the answers after it still arrive', async () => {
    const lms = lms2004();
    const reports: TrackingReport[] = [];
    const api = refusing(lms, (element) => element === 'cmi.interactions.0.learner_response');
    const adapter = createScormAdapter({ mode: 'scorm2004', api }, contextWith(reports));
    await adapter.start();
    const you = learner(adapter);
    const lesson = taught[0]!;
    you.openLesson(lesson.slug);
    you.takeQuiz(lesson, lesson.quizzes[0]!, () => true);
    adapter.exit('pagehide');
    expect(reports.some((report) => report.phase === 'error' && report.detail === 'Saving cmi.interactions.0.learner_response: General Set Failure (351)')).toBe(true);
    const interactions = lms.stored('cmi.interactions') as Record<string, Stored>;
    expect(Object.keys(interactions)).toHaveLength(lesson.quizzes[0]!.questions.length);
    expect(interactions['0']?.learner_response).toBe('');
    expect(interactions['0']?.result).toBe('correct');
    expect(interactions['1']?.learner_response).not.toBe('');
    expect(reports.at(-1)).toEqual({ phase: 'ended' });
  });

  it('runs on its own when the LMS cannot start a session, saying why', async () => {
    const lms = lms12();
    lms.api.LMSInitialize('');
    lms.api.LMSFinish('');
    const reports: TrackingReport[] = [];
    const adapter = adapter12(lms, reports);
    expect(await adapter.start()).toBeUndefined();
    const failure = reports.at(-1);
    expect(failure).toMatchObject({ phase: 'error', code: 'unreachable' });
    expect(failure?.phase === 'error' ? failure.detail : undefined).toMatch(/^Connecting to the LMS: .+\(\d+\)$/);
    const you = learner(adapter);
    you.completeLesson(taught[0]!.slug);
    adapter.exit('pagehide');
    expect(you.store.getState().lessons[taught[0]!.slug]?.completedAt).toBeDefined();
    expect(reports.at(-1)?.phase).toBe('error');
  });
});
