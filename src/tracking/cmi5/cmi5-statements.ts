import type { TrackingContext } from '../tracking-adapter';
import type { TrackingSnapshot } from '../tracking-events';
import { contextOf, courseActivity, isoDuration, statement, type Activity, type Result, type Statement, type StatementScope } from '../xapi/xapi-statement';

/*
 * The cmi5 defined statements of one AU session (cmi5 spec 9.3): initialized first, completed and
 * passed once per registration, failed at most once a session and never with passed, terminated
 * last. Each carries the cmi5 category; those with success or completion also the moveOn category.
 * Only passed and failed carry a score (9.5.1); completed, passed, failed and terminated a duration.
 */

export const CMI5_CATEGORY: Activity = { objectType: 'Activity', id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
export const MOVEON_CATEGORY: Activity = { objectType: 'Activity', id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' };

type Tracking = Pick<TrackingContext, 'course' | 'questions' | 'language' | 'appVersion'>;

export const cmi5Keys = {
  initialized: (session: string) => `cmi5-initialized/${session}`,
  completed: 'cmi5-completed',
  passed: 'cmi5-passed',
  failed: (session: string) => `cmi5-failed/${session}`,
  terminated: (session: string) => `cmi5-terminated/${session}`,
};

function defined(
  scope: StatementScope,
  tracking: Tracking,
  key: string,
  verb: 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated',
  timestamp: string,
  result?: Result,
): Statement {
  const moveOn = result?.success !== undefined || result?.completion !== undefined;
  return statement(scope, key, {
    verb,
    object: courseActivity(scope, tracking),
    ...(result ? { result } : {}),
    context: contextOf(scope, tracking, { activities: { category: moveOn ? [CMI5_CATEGORY, MOVEON_CATEGORY] : [CMI5_CATEGORY] } }),
    timestamp,
  });
}

export const initializedStatement = (scope: StatementScope, tracking: Tracking, session: string, at: string) =>
  defined(scope, tracking, cmi5Keys.initialized(session), 'initialized', at);

export const terminatedStatement = (scope: StatementScope, tracking: Tracking, session: string, at: string, sessionMs: number) =>
  defined(scope, tracking, cmi5Keys.terminated(session), 'terminated', at, { duration: isoDuration(sessionMs) });

const latest = (dates: readonly string[]): string | undefined => dates.reduce<string | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);

const timeSpent = (snapshot: TrackingSnapshot): number => Object.values(snapshot.state.lessons).reduce((sum, lesson) => sum + lesson.timeSpentMs, 0);

/** Completed: the learner has experienced the whole AU, which for this course is every lesson completed. */
export function completedStatement(snapshot: TrackingSnapshot, scope: StatementScope, tracking: Tracking, notBefore: string): Statement | undefined {
  const dates = tracking.course.lessons.map((lesson) => snapshot.state.lessons[lesson.slug]?.completedAt);
  if (!dates.length || dates.some((date) => date === undefined)) return undefined;
  const at = latest(dates.filter((date): date is string => date !== undefined))!;
  return defined(scope, tracking, cmi5Keys.completed, 'completed', at > notBefore ? at : notBefore, { completion: true, duration: isoDuration(timeSpent(snapshot)) });
}

/** A scaled score only when it agrees with the mastery score (cmi5 9.3.4, 9.3.5). */
const scaledIf = (percent: number | undefined, agrees: (scaled: number) => boolean) => {
  if (percent === undefined) return {};
  const scaled = Math.max(0, Math.min(1, percent / 100));
  return agrees(scaled) ? { score: { scaled } } : {};
};

/** Passed: the assessment passed (at the mastery score when the LMS gave one: the adapter sets the pass mark from it). */
export function passedStatement(snapshot: TrackingSnapshot, scope: StatementScope, tracking: Tracking, notBefore: string, masteryScore?: number): Statement | undefined {
  const assessment = snapshot.status.assessment;
  if (!assessment?.passed || assessment.passedAt === undefined) return undefined;
  const at = assessment.passedAt > notBefore ? assessment.passedAt : notBefore;
  return defined(scope, tracking, cmi5Keys.passed, 'passed', at, {
    success: true,
    duration: isoDuration(timeSpent(snapshot)),
    ...scaledIf(snapshot.status.finalScore, (scaled) => masteryScore === undefined || scaled >= masteryScore),
  });
}

/**
 * Failed, for this session: when an attempt at the assessment finished below its pass mark in this
 * session and the assessment is still not passed. Sent as the session ends, so a learner who fails
 * and then passes in the same session is reported passed (a session may hold only one of the two).
 */
export function failedStatement(
  snapshot: TrackingSnapshot,
  scope: StatementScope,
  tracking: Tracking,
  session: string,
  sessionStart: string,
  at: string,
  masteryScore?: number,
): Statement | undefined {
  const assessment = snapshot.status.assessment;
  if (!assessment || assessment.passed) return undefined;
  const failures = snapshot.events.filter(
    (event) => event.kind === 'attempt-finished' && event.lessonSlug === assessment.slug && event.passed === false && event.at >= sessionStart,
  );
  const last = failures.at(-1);
  if (last?.kind !== 'attempt-finished') return undefined;
  return defined(scope, tracking, cmi5Keys.failed(session), 'failed', at, {
    success: false,
    duration: isoDuration(timeSpent(snapshot)),
    ...scaledIf(last.percent, (scaled) => masteryScore === undefined || scaled < masteryScore),
  });
}
