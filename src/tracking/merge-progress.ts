import type { LessonProgress, ProgressState, QuizAttempt, QuizProgress, ReflectionEntry } from '../progress/progress-schema';

/*
 * The browser's progress and the progress an LMS or LRS kept for the learner, joined at launch so
 * that nothing either side holds is lost: a lesson started on another computer, an attempt made in
 * this browser while the LMS was down, a completion only one side saw. Pure; each rule below keeps
 * the side that did more, so merging a side in twice changes nothing.
 */

const earliest = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined ? b : b === undefined || a <= b ? a : b);

function mergeLesson(local: LessonProgress, remote: LessonProgress): LessonProgress {
  // The position belongs to the visit it was saved in: the later one. A tie keeps this browser's.
  const latest = remote.lastVisitedAt > local.lastVisitedAt ? remote : local;
  const completedAt = earliest(local.completedAt, remote.completedAt);
  return {
    startedAt: earliest(local.startedAt, remote.startedAt)!,
    ...(completedAt === undefined ? {} : { completedAt }),
    timeSpentMs: Math.max(local.timeSpentMs, remote.timeSpentMs),
    lastVisitedAt: latest.lastVisitedAt,
    ...(latest.position === undefined ? {} : { position: latest.position }),
  };
}

const answeredCount = (attempt: QuizAttempt): number => Object.keys(attempt.answers).length;

/**
 * One attempt seen by both sides: the one that went further (finished, then more answers checked,
 * then the later question) is the newer copy of it. A tie keeps this browser's, which has the drafts.
 */
function furtherAttempt(local: QuizAttempt, remote: QuizAttempt): QuizAttempt {
  const rank = (attempt: QuizAttempt) => [attempt.finishedAt === undefined ? 0 : 1, answeredCount(attempt), attempt.position];
  const [l, r] = [rank(local), rank(remote)];
  for (let i = 0; i < l.length; i++) if (l[i] !== r[i]) return r[i]! > l[i]! ? remote : local;
  return local;
}

/** Attempts of one quiz from both sides, by id, oldest first (the last one is the learner's current attempt). */
function mergeAttempts(local: QuizProgress, remote: QuizProgress): QuizProgress {
  const byId = new Map<string, QuizAttempt>();
  for (const attempt of local.attempts) byId.set(attempt.id, attempt);
  for (const attempt of remote.attempts) {
    const mine = byId.get(attempt.id);
    byId.set(attempt.id, mine ? furtherAttempt(mine, attempt) : attempt);
  }
  const attempts = [...byId.values()].sort((a, b) =>
    a.startedAt === b.startedAt ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.startedAt < b.startedAt ? -1 : 1,
  );
  return { attempts };
}

function mergeRecords<T>(local: Readonly<Record<string, T>>, remote: Readonly<Record<string, T>>, both: (local: T, remote: T) => T): Record<string, T> {
  const merged: Record<string, T> = { ...local };
  for (const [key, value] of Object.entries(remote)) {
    const mine = Object.hasOwn(merged, key) ? merged[key] : undefined;
    merged[key] = mine === undefined ? value : both(mine, value);
  }
  return merged;
}

/** The later text of a reflection. Reflections stay in the browser (they never reach an LMS), so this is for completeness. */
const newerReflection = (local: ReflectionEntry, remote: ReflectionEntry): ReflectionEntry => (remote.updatedAt > local.updatedAt ? remote : local);

/** The lesson the learner was last in: the one of the side that visited it later. */
function lastLessonOf(local: ProgressState, remote: ProgressState, lessons: Record<string, LessonProgress>): string | undefined {
  if (local.lastLesson === undefined) return remote.lastLesson;
  if (remote.lastLesson === undefined || remote.lastLesson === local.lastLesson) return local.lastLesson;
  const visited = (slug: string) => lessons[slug]?.lastVisitedAt ?? '';
  return visited(remote.lastLesson) > visited(local.lastLesson) ? remote.lastLesson : local.lastLesson;
}

/**
 * This browser's progress (`local`) joined with the progress the LMS or LRS returned (`remote`):
 * every lesson and attempt either side has; per lesson the earliest start and completion, the most
 * time and the latest visit with its position; per attempt the copy that went further; this
 * browser's reflections (and the remote's, which it does not normally have); the lesson visited last.
 */
export function mergeProgress(local: ProgressState, remote: ProgressState): ProgressState {
  const lessons = mergeRecords(local.lessons, remote.lessons, mergeLesson);
  const lastLesson = lastLessonOf(local, remote, lessons);
  return {
    lessons,
    quizzes: mergeRecords(local.quizzes, remote.quizzes, mergeAttempts),
    reflections: mergeRecords(local.reflections, remote.reflections, newerReflection),
    ...(lastLesson === undefined ? {} : { lastLesson }),
  };
}
