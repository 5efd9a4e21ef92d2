import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod/mini';
import { attemptScore } from '../../progress/progress-selectors';
import { progressStateSchema, type ProgressState, type QuizAttempt } from '../../progress/progress-schema';
import type { ScormVersion } from './scorm-values';

/*
 * The learner's resume state as `cmi.suspend_data`: what the LMS hands back at the next launch, on
 * this computer or another. SCORM 1.2 gives it 4,096 characters and 2004 gives it 64,000, so it
 * holds only what resuming needs, compressed:
 *  - reflections stay in this browser (they are the learner's own notes, never sent to an LMS);
 *  - drafts (selections not yet checked) are left out;
 *  - per quiz: the attempt in progress, the best finished attempt, the last finished one and the
 *    first that passed: what the course status, the score and the completion date are made of.
 * The text is `cf1:` and the compact JSON, deflated and in base64 (plain ASCII, safe in any LMS
 * database); the prefix tells this format apart from any later one.
 */

export const SUSPEND_DATA_LIMIT: Readonly<Record<ScormVersion, number>> = { '1.2': 4096, '2004': 64_000 };

const PREFIX = 'cf1:';

/** The last interaction written to the LMS, as the event it came from: every answer up to it is written. */
export interface WrittenMark {
  at: string;
  key: string;
}

export interface ResumeData {
  progress: ProgressState;
  /** Kept with the progress so a relaunch (1.2 interactions cannot be read back) writes no answer twice. */
  written?: WrittenMark;
}

export interface EncodedResume {
  text: string;
  /**
   * False when even the resume state above did not fit and older attempts or lessons were left
   * out to make it fit: they stay in this browser only.
   */
  complete: boolean;
}

const envelopeSchema = z.object({
  p: progressStateSchema,
  w: z.optional(z.object({ at: z.iso.datetime(), key: z.string() })),
});

/** The pass mark of a quiz when it has one (the assessment's quizzes), to keep the attempt that first passed. */
export type PassMarkOf = (quizId: string) => number | undefined;

const scoreOf = (attempt: QuizAttempt) => attemptScore(attempt);
const higher = (a: QuizAttempt, b: QuizAttempt): boolean => {
  const [x, y] = [scoreOf(a), scoreOf(b)];
  return x.earned * y.total > y.earned * x.total;
};

/** The attempts of one quiz that resuming needs, in their order. Same choice as `bestFinishedAttempt`: the first of equal bests. */
function neededAttempts(attempts: readonly QuizAttempt[], passMark: number | undefined): QuizAttempt[] {
  const finished = attempts.filter((attempt) => attempt.finishedAt !== undefined);
  const best = finished.reduce<QuizAttempt | undefined>((kept, attempt) => (!kept || higher(attempt, kept) ? attempt : kept), undefined);
  const firstPassed =
    passMark === undefined
      ? undefined
      : finished.find((attempt) => scoreOf(attempt).percent >= passMark);
  const last = attempts.at(-1);
  const current = last && last.finishedAt === undefined ? last : undefined;
  const keep = new Set([best, firstPassed, finished.at(-1), current].filter((attempt) => attempt !== undefined));
  return attempts.filter((attempt) => keep.has(attempt)).map((attempt) => ({ ...attempt, drafts: {} }));
}

/** The progress as resuming needs it: no reflections, no drafts, only the attempts listed above. */
export function resumeState(progress: ProgressState, passMarkOf: PassMarkOf = () => undefined): ProgressState {
  const quizzes = Object.fromEntries(
    Object.entries(progress.quizzes).map(([quizId, quiz]) => [quizId, { attempts: neededAttempts(quiz.attempts, passMarkOf(quizId)) }]),
  );
  return {
    lessons: progress.lessons,
    quizzes,
    reflections: {},
    ...(progress.lastLesson === undefined ? {} : { lastLesson: progress.lastLesson }),
  };
}

function toBase64(bytes: Uint8Array): string {
  return btoa(strFromU8(bytes, true));
}

function encodeOnce(data: ResumeData): string {
  const json = JSON.stringify({ p: data.progress, ...(data.written ? { w: data.written } : {}) });
  return PREFIX + toBase64(deflateSync(strToU8(json), { level: 9 }));
}

/** What can go when the state still does not fit, oldest first within each kind: finished attempts, then open ones, then lessons. */
function trimmings(progress: ProgressState): Array<{ at: string; drop: (state: ProgressState) => ProgressState }> {
  const attempts = Object.entries(progress.quizzes).flatMap(([quizId, quiz]) => quiz.attempts.map((attempt) => ({ quizId, attempt })));
  const dropAttempt =
    (quizId: string, id: string) =>
    (state: ProgressState): ProgressState => ({
      ...state,
      quizzes: { ...state.quizzes, [quizId]: { attempts: (state.quizzes[quizId]?.attempts ?? []).filter((attempt) => attempt.id !== id) } },
    });
  const byAt = <T extends { at: string }>(list: T[]) => list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const finished = byAt(
    attempts
      .filter(({ attempt }) => attempt.finishedAt !== undefined)
      .map(({ quizId, attempt }) => ({ at: attempt.finishedAt!, drop: dropAttempt(quizId, attempt.id) })),
  );
  const open = byAt(
    attempts.filter(({ attempt }) => attempt.finishedAt === undefined).map(({ quizId, attempt }) => ({ at: attempt.startedAt, drop: dropAttempt(quizId, attempt.id) })),
  );
  const lessons = byAt(
    Object.entries(progress.lessons).map(([slug, lesson]) => ({
      at: lesson.lastVisitedAt,
      drop: (state: ProgressState): ProgressState => {
        const { [slug]: _dropped, ...rest } = state.lessons;
        return { ...state, lessons: rest };
      },
    })),
  );
  return [...finished, ...open, ...lessons];
}

/**
 * The resume state as suspend data within the version's limit. When even the resume state does
 * not fit, the oldest attempts (finished first) and then the least recently visited lessons are
 * left out until it does, and `complete` is false.
 */
export function encodeSuspendData(data: ResumeData, version: ScormVersion, passMarkOf?: PassMarkOf): EncodedResume {
  const limit = SUSPEND_DATA_LIMIT[version];
  let progress = resumeState(data.progress, passMarkOf);
  let text = encodeOnce({ ...data, progress });
  if (text.length <= limit) return { text, complete: true };
  for (const { drop } of trimmings(progress)) {
    progress = drop(progress);
    text = encodeOnce({ ...data, progress });
    if (text.length <= limit) break;
  }
  return { text, complete: false };
}

/**
 * The resume state read back from suspend data; undefined for anything else (empty, another
 * course's format, damaged text, a state that fails the progress schema). Never throws.
 */
export function decodeSuspendData(text: string): ResumeData | undefined {
  if (!text.startsWith(PREFIX)) return undefined;
  try {
    const bytes = strToU8(atob(text.slice(PREFIX.length)), true);
    const parsed = envelopeSchema.safeParse(JSON.parse(strFromU8(inflateSync(bytes))));
    if (!parsed.success) return undefined;
    return { progress: parsed.data.p, ...(parsed.data.w ? { written: parsed.data.w } : {}) };
  } catch {
    return undefined;
  }
}
