import { emptyProgress } from '../../progress/empty-progress';
import type { ProgressState } from '../../progress/progress-schema';
import { passMarkOf } from '../../progress/course-status';
import type { TrackingAdapter, TrackingContext } from '../tracking-adapter';
import type { TrackingEvent, TrackingSnapshot } from '../tracking-events';
import type { Scorm12Api, Scorm2004Api } from '../tracking-mode';
import type { TrackingErrorCode } from '../tracking-status';
import { correctResponseOf, interactionTypeOf, learnerResponseOf, promptOf } from './learner-response';
import { scormRuntime, type ScormRuntime } from './scorm-runtime';
import { completionStatus2004, lessonStatus12, progressMeasure, successStatus2004 } from './scorm-status';
import {
  correctResponsePattern,
  interactionId,
  interactionType,
  learnerResponse,
  rawScore,
  result,
  scaledScore,
  sessionTime,
  timestamp,
} from './scorm-values';
import { decodeSuspendData, encodeSuspendData, type WrittenMark } from './suspend-data';

/*
 * The course in a SCORM 1.2 or 2004 LMS, one SCO for the whole course. At launch it resumes from
 * suspend data; after each change it writes the course's state (location, status, score, suspend
 * data) and each new answer as the next interaction; it commits after an answer, a finished
 * attempt or a completed lesson, and otherwise at most every 30 seconds; at the end it writes the
 * session time and terminates once. A value the LMS refuses stays queued and is written again at
 * the next change; the learner goes on, and the browser's own storage keeps everything meanwhile.
 */

/** How long a change waits for a commit when nothing important happened. */
export const COMMIT_INTERVAL_MS = 30_000;

type Detected = { mode: 'scorm12'; api: Scorm12Api } | { mode: 'scorm2004'; api: Scorm2004Api };

type AnsweredEvent = Extract<TrackingEvent, { kind: 'answered' }>;

/** A value waiting to be written; an interaction's values carry the answer they complete. */
interface Write {
  element: string;
  value: string;
  completes?: WrittenMark;
  refusals: number;
}

/**
 * SetValue only hands a value to the LMS's API in the page (Commit is what reaches its server), so a
 * value refused this often is one the LMS will not take: it is left out, the rest of the answer and
 * the answers after it still go, and the browser keeps the answer whole.
 */
const MAX_REFUSALS = 3;

const after = (event: WrittenMark, mark: WrittenMark | undefined): boolean =>
  mark === undefined || event.at > mark.at || (event.at === mark.at && event.key > mark.key);

/** 2004 descriptions are localized strings of at most 250 characters. */
const description = (text: string, language: string): string => `{lang=${language}}${text.replace(/\s+/g, ' ').trim().slice(0, 250)}`;

export function createScormAdapter(detected: Detected, context: TrackingContext): TrackingAdapter {
  const lms: ScormRuntime = scormRuntime(detected);
  const { version, elements } = lms;
  const passMarks = new Map(
    context.course.lessons.flatMap((lesson) =>
      lesson.quizzes.map((quiz) => [quiz.id, quiz.passMark !== undefined || lesson.kind === 'assessment' ? passMarkOf(quiz, context.course.passMark) : undefined]),
    ),
  );

  let phase: 'idle' | 'connected' | 'failed' | 'ended' = 'idle';
  let startedAt = 0;
  /** Values the LMS has, as last written; a value is written again only when it changes. */
  const written = new Map<string, string>();
  /** State values waiting to be written (course status, score, suspend data), by element. */
  const dirty = new Map<string, string>();
  /** Interaction values waiting, in the order the LMS needs them (index by index, id first). */
  const interactions: Write[] = [];
  let nextIndex = 0;
  /** The last answer queued, and the last one the LMS holds all of. */
  let queued: WrittenMark | undefined;
  let mark: WrittenMark | undefined;
  /** Answers written but not yet committed. */
  let uncommitted = 0;
  const seen = new Set<string>();
  let changedSinceCommit = false;
  let commitFailed = false;
  let lastCommitAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: TrackingSnapshot | undefined;
  let error: { code: TrackingErrorCode; detail?: string } | undefined;
  let tooLarge = false;

  const pending = () => interactions.filter((write) => write.completes).length + uncommitted;

  function report() {
    if (phase === 'ended') return;
    if (error) context.report({ phase: 'error', pending: pending(), code: error.code, ...(error.detail === undefined ? {} : { detail: error.detail }) });
    else if (tooLarge) context.report({ phase: 'error', pending: pending(), code: 'resume-too-large' });
    else if (pending() > 0) context.report({ phase: 'pending', pending: pending() });
    else context.report({ phase: 'saved', at: new Date().toISOString() });
  }

  function failed(what: string) {
    error = { code: 'rejected', detail: `${what}: ${lms.lastError()}` };
  }

  function queueAnswer(event: AnsweredEvent) {
    const n = nextIndex++;
    const base = `cmi.interactions.${n}`;
    const writes: Array<[string, string]> = [[`${base}.id`, interactionId(event.questionId)]];
    const question = context.questions.get(event.questionId);
    if (question) {
      const { spec } = question;
      writes.push([`${base}.type`, interactionType(interactionTypeOf(spec), version)]);
      if (version === '2004') writes.push([`${base}.description`, description(promptOf(spec), context.language)]);
      writes.push([`${base}.correct_responses.0.pattern`, correctResponsePattern(correctResponseOf(spec), version)]);
      const response = learnerResponseOf(spec, event.input);
      const answered = response && learnerResponse(response, version);
      if (answered) writes.push([`${base}.${elements.learnerResponse}`, answered]);
    }
    writes.push(
      [`${base}.result`, result(event.earned >= event.total, version)],
      // Every question weighs the same in the course's scores (scoreAttempt), a matching of 4 pairs too.
      [`${base}.weighting`, '1'],
      [`${base}.${elements.interactionTime}`, timestamp(new Date(event.at), version)],
    );
    writes.forEach(([element, value], i) => {
      interactions.push({ element, value, refusals: 0, ...(i === writes.length - 1 ? { completes: { at: event.at, key: event.key } } : {}) });
    });
    queued = { at: event.at, key: event.key };
  }

  /** Writes interactions in order, stopping at a refusal so the indexes stay in order. */
  function writeInteractions() {
    while (interactions.length > 0) {
      const next = interactions[0]!;
      if (lms.set(next.element, next.value)) {
        changedSinceCommit = true;
      } else {
        failed(`Saving ${next.element}`);
        next.refusals++;
        if (next.refusals < MAX_REFUSALS) return;
      }
      interactions.shift();
      if (next.completes) {
        mark = next.completes;
        uncommitted++;
      }
    }
  }

  function stateValues(snapshot: TrackingSnapshot): Array<[string, string]> {
    const { state, status } = snapshot;
    const values: Array<[string, string]> = [[elements.exit, 'suspend']];
    if (state.lastLesson !== undefined) values.push([elements.location, state.lastLesson]);
    if (version === '1.2') {
      values.push(['cmi.core.lesson_status', lessonStatus12(status)]);
    } else {
      values.push(['cmi.completion_status', completionStatus2004(status)], ['cmi.success_status', successStatus2004(status)]);
      values.push(['cmi.progress_measure', progressMeasure(state, status, context.course)]);
    }
    if (status.finalScore !== undefined) {
      values.push([`${elements.score}.min`, '0'], [`${elements.score}.max`, '100'], [`${elements.score}.raw`, rawScore(status.finalScore, 100)]);
      if (version === '2004') values.push(['cmi.score.scaled', scaledScore(status.finalScore, 100)]);
    }
    const encoded = encodeSuspendData({ progress: state, ...(mark ? { written: mark } : {}) }, version, (quizId) => passMarks.get(quizId));
    tooLarge = !encoded.complete;
    values.push(['cmi.suspend_data', encoded.text]);
    return values;
  }

  function writeState(snapshot: TrackingSnapshot | undefined) {
    if (snapshot) {
      for (const [element, value] of stateValues(snapshot)) {
        if (written.get(element) === value) dirty.delete(element);
        else dirty.set(element, value);
      }
    }
    for (const [element, value] of dirty) {
      if (lms.set(element, value)) {
        written.set(element, value);
        dirty.delete(element);
        changedSinceCommit = true;
      } else {
        failed(`Saving ${element}`);
      }
    }
  }

  function commit() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    commitFailed = !lms.commit();
    if (commitFailed) {
      failed('Saving to the LMS');
      return;
    }
    lastCommitAt = Date.now();
    changedSinceCommit = false;
    uncommitted = 0;
  }

  /** Writes everything waiting; commits now when `urgent` or when the last commit is old enough, else soon. */
  function flush(snapshot: TrackingSnapshot | undefined, urgent: boolean) {
    error = undefined;
    writeInteractions();
    writeState(snapshot);
    // A refused commit is retried at the next change, like a refused value.
    const due = urgent || commitFailed || Date.now() - lastCommitAt >= COMMIT_INTERVAL_MS;
    if (changedSinceCommit && due) commit();
    else if (changedSinceCommit && timer === undefined) {
      timer = setTimeout(() => {
        timer = undefined;
        if (phase === 'connected') {
          flush(undefined, true);
          report();
        }
      }, COMMIT_INTERVAL_MS - (Date.now() - lastCommitAt));
    }
  }

  function start(): Promise<ProgressState | undefined> {
    context.report({ phase: 'connecting' });
    if (!lms.initialize()) {
      phase = 'failed';
      context.report({ phase: 'error', pending: 0, code: 'unreachable', detail: `Connecting to the LMS: ${lms.lastError()}` });
      return Promise.resolve(undefined);
    }
    phase = 'connected';
    startedAt = Date.now();
    const count = Number.parseInt(lms.get('cmi.interactions._count'), 10);
    nextIndex = Number.isFinite(count) && count > 0 ? count : 0;
    const resumed = decodeSuspendData(lms.get('cmi.suspend_data'));
    if (resumed?.written) mark = queued = resumed.written;
    const location = lms.get(elements.location);
    dirty.set(elements.exit, 'suspend');
    writeState(undefined);
    report();
    const known = context.course.lessons.some((lesson) => lesson.slug === location);
    if (resumed) return Promise.resolve(resumed.progress.lastLesson === undefined && known ? { ...resumed.progress, lastLesson: location } : resumed.progress);
    return Promise.resolve(known ? { ...emptyProgress(), lastLesson: location } : undefined);
  }

  /** Queues the answers not yet written; true when something happened that deserves a commit now. */
  function queueNew(snapshot: TrackingSnapshot): boolean {
    let urgent = false;
    for (const event of snapshot.events) {
      if (event.kind === 'answered') {
        if (after(event, queued)) {
          queueAnswer(event);
          urgent = true;
        }
      } else if (event.kind !== 'lesson-started' && !seen.has(event.key)) {
        seen.add(event.key);
        urgent = true;
      }
    }
    return urgent;
  }

  function update(snapshot: TrackingSnapshot) {
    latest = snapshot;
    if (phase !== 'connected') return;
    flush(snapshot, queueNew(snapshot));
    report();
  }

  function exit() {
    if (phase !== 'connected') return;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (latest) queueNew(latest);
    dirty.set(elements.sessionTime, sessionTime(Date.now() - startedAt, version));
    flush(latest, true);
    const ended = lms.terminate();
    phase = 'ended';
    if (ended) context.report({ phase: 'ended' });
    else context.report({ phase: 'error', pending: pending(), code: 'rejected', detail: `Ending the session: ${lms.lastError()}` });
  }

  return { mode: detected.mode, start, update, exit };
}
