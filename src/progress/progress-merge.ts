import type { AnswerRecord, LessonProgress, ProgressState, QuizAttempt, QuizProgress, ReflectionEntry } from './progress-schema';

/*
 * Two tabs of the course save to one storage. Whichever saves last must not take the other's
 * answers with it, so a tab merges the saved copy into its own (when another tab's save is
 * announced, and again just before it saves) instead of replacing one with the other.
 *
 * What was saved merges the same whichever side it comes from: attempts by id, answers by question
 * (the first check counts, as in one tab), reflections by their last edit, lessons by their dates,
 * the last lesson by the latest visit, the question on screen by the furthest. Where only the tab's
 * own place is concerned (unchecked selections, the reading mark) nothing says which copy is newer,
 * and moving the screen under a learner is worse than keeping it: the tab keeps its own.
 *
 * Unchanged parts come back as the very objects of `ours`, and `ours` itself when nothing changed,
 * so a tab re-renders and saves again only when the other brought something new.
 */

/** ISO dates compare as strings; a missing date loses. */
const earlier = (a?: string, b?: string) => (a === undefined || (b !== undefined && b < a) ? b : a);
const later = (a?: string, b?: string) => (a === undefined || (b !== undefined && b > a) ? b : a);

/** A total order on equal-dated values, so a tie resolves the same way in every tab. */
const firstOf = <T>(a: T, b: T): T => (JSON.stringify(b) < JSON.stringify(a) ? b : a);

/** `ours` when `merged` holds the same values, else `merged` without undefined fields. */
function settle<T extends object>(ours: T, merged: T): T {
  const entries = Object.entries(merged);
  const ourKeys = Object.keys(ours).filter((key) => ours[key as keyof T] !== undefined);
  const defined = entries.filter(([, value]) => value !== undefined);
  if (defined.length === ourKeys.length && defined.every(([key, value]) => ours[key as keyof T] === value)) return ours;
  return Object.fromEntries(defined) as T;
}

/** Keys of both, in a fixed order; `both` settles a key present on each side. */
function mergeRecords<T>(ours: Record<string, T>, theirs: Record<string, T>, both: (ours: T, theirs: T) => T): Record<string, T> {
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort();
  const merged = Object.fromEntries(
    keys.map((key) => {
      const mine = ours[key];
      const other = theirs[key];
      return [key, mine === undefined ? other! : other === undefined ? mine : both(mine, other)];
    }),
  );
  return settle(ours, merged);
}

const mergeLesson = (ours: LessonProgress, theirs: LessonProgress): LessonProgress =>
  settle(ours, {
    startedAt: earlier(ours.startedAt, theirs.startedAt)!,
    completedAt: earlier(ours.completedAt, theirs.completedAt),
    // Each tab adds its own reading time to the time both started from; the larger has more of it.
    timeSpentMs: Math.max(ours.timeSpentMs, theirs.timeSpentMs),
    lastVisitedAt: later(ours.lastVisitedAt, theirs.lastVisitedAt)!,
    position: ours.position ?? theirs.position,
  });

/** A checked answer is final: the first check of a question counts. */
const firstChecked = (ours: AnswerRecord, theirs: AnswerRecord): AnswerRecord =>
  ours.checkedAt === theirs.checkedAt ? firstOf(ours, theirs) : earlier(ours.checkedAt, theirs.checkedAt) === ours.checkedAt ? ours : theirs;

function mergeAttempt(ours: QuizAttempt, theirs: QuizAttempt): QuizAttempt {
  const answers = mergeRecords(ours.answers, theirs.answers, firstChecked);
  const selections = mergeRecords(ours.drafts, theirs.drafts, (mine) => mine);
  // A question checked in either tab has no draft left.
  const drafts = settle(selections, Object.fromEntries(Object.entries(selections).filter(([id]) => !(id in answers))));
  // Id, lesson, start, seed and questions are fixed when an attempt starts. The question on screen
  // only moves on: the furthest one, so a tab that only heard of this attempt does not save it back.
  const position = Math.max(ours.position, theirs.position);
  return settle(ours, { ...ours, finishedAt: earlier(ours.finishedAt, theirs.finishedAt), position, drafts, answers });
}

const byStart = (a: QuizAttempt, b: QuizAttempt) => (a.startedAt === b.startedAt ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.startedAt < b.startedAt ? -1 : 1);

/** Every attempt of either side, by start: the last one is the quiz's current attempt. */
function mergeQuiz(ours: QuizProgress, theirs: QuizProgress): QuizProgress {
  const byId = new Map(ours.attempts.map((attempt) => [attempt.id, attempt]));
  for (const attempt of theirs.attempts) {
    const mine = byId.get(attempt.id);
    byId.set(attempt.id, mine ? mergeAttempt(mine, attempt) : attempt);
  }
  const attempts = [...byId.values()].sort(byStart);
  const same = attempts.length === ours.attempts.length && attempts.every((attempt, index) => attempt === ours.attempts[index]);
  return same ? ours : { attempts };
}

const lastEdited = (ours: ReflectionEntry, theirs: ReflectionEntry): ReflectionEntry =>
  ours.updatedAt === theirs.updatedAt ? firstOf(ours, theirs) : later(ours.updatedAt, theirs.updatedAt) === ours.updatedAt ? ours : theirs;

/** The last lesson opened in either tab: the one visited latest, by the merged dates. */
function lastLessonOf(lessons: ProgressState['lessons'], ours?: string, theirs?: string): string | undefined {
  if (ours === undefined || theirs === undefined || ours === theirs) return ours ?? theirs;
  const mine = lessons[ours]?.lastVisitedAt ?? '';
  const other = lessons[theirs]?.lastVisitedAt ?? '';
  return mine === other ? (ours > theirs ? ours : theirs) : mine > other ? ours : theirs;
}

/**
 * Merges another tab's saved progress (`theirs`) into this tab's (`ours`), keeping every attempt
 * and checked answer of both. A copy from before the other's reset is outdated: the later reset
 * wins whole.
 */
export function mergeProgress(ours: ProgressState, theirs: ProgressState): ProgressState {
  if (ours.resetAt !== theirs.resetAt) return later(ours.resetAt, theirs.resetAt) === ours.resetAt ? ours : theirs;
  const lessons = mergeRecords(ours.lessons, theirs.lessons, mergeLesson);
  return settle(ours, {
    lessons,
    quizzes: mergeRecords(ours.quizzes, theirs.quizzes, mergeQuiz),
    reflections: mergeRecords(ours.reflections, theirs.reflections, lastEdited),
    lastLesson: lastLessonOf(lessons, ours.lastLesson, theirs.lastLesson),
    resetAt: ours.resetAt,
  });
}
