import { ACTIVITY_TYPE, EXTENSION, VERB, activityIri, type VerbName } from '../../records/xapi-vocabulary';
import type { CorrectResponse, InteractionType } from '../../quiz/question-descriptor';
import type { InputOf, QuestionAnswers, SpecOf } from '../../quiz/question-contract';
import { questionAnswers, type QuestionAnswersRegistry } from '../../quiz/question-answers';
import type { QuestionInput, QuestionSpec, QuestionType } from '../../quiz/question-spec';
import type { TrackingContext } from '../tracking-adapter';
import type { TrackingEvent, TrackingSnapshot } from '../tracking-events';
import { sessionTime } from '../scorm/scorm-values';

/*
 * The course's xAPI statements, built from tracking events: pure, one function per kind of
 * statement. docs/lms.md ("xAPI and cmi5 at run time") shows what is sent when; the HR report reads
 * the same vocabulary back (src/records/xapi-vocabulary.ts).
 */

export type LanguageMap = Record<string, string>;

export interface Agent {
  objectType: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

export interface InteractionComponent {
  id: string;
  description?: LanguageMap;
}

export interface ActivityDefinition {
  type: string;
  name?: LanguageMap;
  description?: LanguageMap;
  interactionType?: InteractionType;
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  steps?: InteractionComponent[];
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface Score {
  raw?: number;
  min?: number;
  max?: number;
  scaled?: number;
}

export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
}

export interface ContextActivities {
  parent?: Activity[];
  grouping?: Activity[];
  category?: Activity[];
  other?: Activity[];
}

export interface Context {
  registration?: string;
  language?: string;
  contextActivities?: ContextActivities;
  extensions?: Record<string, unknown>;
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: Result;
  context: Context;
  timestamp: string;
}

/** What every statement of one learner, course and registration shares. */
export interface StatementScope {
  /** The course's IRI: the xAPI config's `activityId`, or the cmi5 AU's id. */
  courseIri: string;
  actor: Agent;
  registration: string;
  /** The statement id for an event key (xapi-ids.ts). */
  idOf: (key: string) => string;
  /** cmi5: the launch data's context template, merged into every statement's context. */
  contextTemplate?: Context;
}

type Tracking = Pick<TrackingContext, 'course' | 'questions' | 'language' | 'appVersion'>;

export const verb = (name: VerbName) => ({ id: VERB[name], display: { en: name } });

const inLanguage = (tracking: Tracking, text: string): LanguageMap => ({ [tracking.language]: text });

export const courseActivity = (scope: StatementScope, tracking: Tracking): Activity => ({
  objectType: 'Activity',
  id: scope.courseIri,
  definition: { type: ACTIVITY_TYPE.course, name: inLanguage(tracking, tracking.course.title) },
});

const lessonActivity = (scope: StatementScope, tracking: Tracking, slug: string): Activity => ({
  objectType: 'Activity',
  id: activityIri.lesson(scope.courseIri, slug),
  definition: { type: ACTIVITY_TYPE.lesson, name: inLanguage(tracking, tracking.course.lessonTitles[slug] ?? slug) },
});

const quizActivity = (scope: StatementScope, quizId: string): Activity => ({
  objectType: 'Activity',
  id: activityIri.quiz(scope.courseIri, quizId),
  definition: { type: ACTIVITY_TYPE.assessment },
});

/** The lists of both, the template's first; the same activity id is listed once. */
function joinActivities(template: ContextActivities | undefined, own: ContextActivities): ContextActivities {
  const joined: ContextActivities = {};
  for (const list of ['parent', 'grouping', 'category', 'other'] as const) {
    const all = [...(template?.[list] ?? []), ...(own[list] ?? [])];
    const unique = all.filter((activity, index) => all.findIndex((other) => other.id === activity.id) === index);
    if (unique.length) joined[list] = unique;
  }
  return joined;
}

/**
 * A statement's context: registration, language, the course in `grouping` (HR asks the LRS for
 * `activity=<course IRI>&related_activities=true`), the versions, and what the statement adds. In
 * cmi5 the launch's context template comes first and nothing of it is overwritten (cmi5 10.2.1).
 */
export function contextOf(
  scope: StatementScope,
  tracking: Tracking,
  own: { activities?: ContextActivities; extensions?: Record<string, unknown> } = {},
): Context {
  const template = scope.contextTemplate;
  const activities = joinActivities(template?.contextActivities, {
    ...own.activities,
    grouping: [courseActivity(scope, tracking), ...(own.activities?.grouping ?? [])],
  });
  return {
    ...template,
    registration: scope.registration,
    language: tracking.language,
    contextActivities: activities,
    extensions: {
      [EXTENSION.courseVersion]: tracking.course.version,
      [EXTENSION.appVersion]: tracking.appVersion,
      ...own.extensions,
      ...template?.extensions,
    },
  };
}

export const statement = (
  scope: StatementScope,
  key: string,
  parts: { verb: VerbName; object: Activity; result?: Result; context: Context; timestamp: string },
): Statement => ({
  id: scope.idOf(key),
  actor: scope.actor,
  verb: verb(parts.verb),
  object: parts.object,
  ...(parts.result ? { result: parts.result } : {}),
  context: parts.context,
  timestamp: parts.timestamp,
});

/** ISO 8601 duration (`PT1M5.2S`) of a time in milliseconds. */
export const isoDuration = (ms: number): string => sessionTime(ms, '2004');

const scaled = (earned: number, total: number): number => (total > 0 ? Math.round((earned / total) * 10_000) / 10_000 : 0);

/** A percent score (0–100) as xAPI words it. */
export const percentScore = (percent: number): Score => ({ raw: percent, min: 0, max: 100, scaled: Math.max(0, Math.min(1, percent / 100)) });

// ---- questions --------------------------------------------------------------------------------

const answersOf = <K extends QuestionType>(type: K): QuestionAnswers<K> => (questionAnswers satisfies QuestionAnswersRegistry as QuestionAnswersRegistry)[type];

/** `a[,]b` (choices, sequences) or `source[.]target[,]…` (matchings, a scenario's steps): xAPI's pattern syntax. */
export function responsePattern(response: CorrectResponse): string {
  switch (response.type) {
    case 'choice':
      return response.choices.map((choice) => choice.id).join('[,]');
    case 'sequencing':
      return response.items.map((item) => item.id).join('[,]');
    case 'matching':
      return response.pairs.map(({ source, target }) => `${source.id}[.]${target.id}`).join('[,]');
    case 'performance':
      return response.steps.map(({ step, response: reply }) => `${step}[.]${reply.id}`).join('[,]');
  }
}

/**
 * What the learner answered, in the pattern syntax, from the ids the record describer gives: option
 * ids for choices and sequences, `<source>:<target>` and `<step>:<reply>` pairs for the others.
 */
function learnerResponse(type: InteractionType, chosen: readonly string[]): string {
  if (type === 'choice' || type === 'sequencing') return chosen.join('[,]');
  return chosen.map((id) => id.replace(':', '[.]')).join('[,]');
}

const components = (entries: ReadonlyArray<{ id: string; label?: string }>, tracking: Tracking): InteractionComponent[] =>
  entries.map(({ id, label }) => (label === undefined ? { id } : { id, description: inLanguage(tracking, label) }));

/** The interaction's components: every option with its label, so a report can name any response. */
function interactionComponents(response: CorrectResponse, labels: Record<string, string>, tracking: Tracking): Partial<ActivityDefinition> {
  switch (response.type) {
    case 'choice':
    case 'sequencing':
      return { choices: components(Object.entries(labels).map(([id, label]) => ({ id, label })), tracking) };
    case 'matching':
      return {
        source: components(response.pairs.map((pair) => pair.source), tracking),
        target: components(response.pairs.map((pair) => pair.target), tracking),
      };
    case 'performance': {
      const steps = [...new Set(Object.keys(labels).map((id) => id.split(':')[0] ?? id))];
      return { steps: steps.map((id) => ({ id })) };
    }
  }
}

interface AnsweredParts {
  definition: ActivityDefinition;
  response?: string;
  chosen: string[];
}

/** The question as a cmi.interaction activity, and the learner's response in its syntax. */
function answeredParts(spec: QuestionSpec | undefined, input: QuestionInput, tracking: Tracking): AnsweredParts {
  if (!spec || spec.type !== input.type) return { definition: { type: ACTIVITY_TYPE.question }, chosen: [] };
  return typedAnsweredParts(spec.type, spec, input as InputOf<typeof spec.type>, tracking);
}

function typedAnsweredParts<K extends QuestionType>(type: K, spec: SpecOf<K>, input: InputOf<K>, tracking: Tracking): AnsweredParts {
  const answers = answersOf(type);
  const prompt = answers.report.prompt(spec);
  const correct = answers.interaction.correctResponse(spec);
  const chosen = answers.describeAnswer(spec, input).map((option) => option.id);
  return {
    definition: {
      type: ACTIVITY_TYPE.question,
      name: inLanguage(tracking, prompt),
      description: inLanguage(tracking, prompt),
      interactionType: answers.interaction.type,
      correctResponsesPattern: [responsePattern(correct)],
      ...interactionComponents(correct, answers.report.optionLabels(spec), tracking),
    },
    response: learnerResponse(answers.interaction.type, chosen),
    chosen,
  };
}

// ---- events -----------------------------------------------------------------------------------

type EventOf<K extends TrackingEvent['kind']> = Extract<TrackingEvent, { kind: K }>;

/** A statement for each tracking event: lessons, answers and finished quiz attempts. */
export function eventStatement(event: TrackingEvent, snapshot: TrackingSnapshot, scope: StatementScope, tracking: Tracking, timestamp = event.at): Statement {
  switch (event.kind) {
    case 'lesson-started':
    case 'lesson-completed':
      return lessonStatement(event, snapshot, scope, tracking, timestamp);
    case 'answered':
      return answeredStatement(event, scope, tracking, timestamp);
    case 'attempt-finished':
      return attemptStatement(event, scope, tracking, timestamp);
  }
}

const lessonKindOf = (tracking: Tracking, slug: string) => tracking.course.lessons.find((lesson) => lesson.slug === slug)?.kind;

function lessonStatement(
  event: EventOf<'lesson-started' | 'lesson-completed'>,
  snapshot: TrackingSnapshot,
  scope: StatementScope,
  tracking: Tracking,
  timestamp: string,
): Statement {
  const kind = lessonKindOf(tracking, event.lessonSlug);
  const context = contextOf(scope, tracking, { extensions: kind ? { [EXTENSION.lessonKind]: kind } : {} });
  const object = lessonActivity(scope, tracking, event.lessonSlug);
  if (event.kind === 'lesson-started') return statement(scope, event.key, { verb: 'experienced', object, context, timestamp });
  const spent = snapshot.state.lessons[event.lessonSlug]?.timeSpentMs ?? 0;
  return statement(scope, event.key, { verb: 'completed', object, result: { completion: true, duration: isoDuration(spent) }, context, timestamp });
}

function answeredStatement(event: EventOf<'answered'>, scope: StatementScope, tracking: Tracking, timestamp: string): Statement {
  const spec = tracking.questions.get(event.questionId)?.spec;
  const parts = answeredParts(spec, event.input, tracking);
  const context = contextOf(scope, tracking, {
    activities: { parent: [quizActivity(scope, event.quizId)], grouping: [lessonActivity(scope, tracking, event.lessonSlug)] },
    extensions: {
      [EXTENSION.attemptId]: event.attemptId,
      [EXTENSION.attemptNumber]: event.attemptNumber,
      [EXTENSION.questionType]: spec?.type ?? event.input.type,
      [EXTENSION.chosen]: parts.chosen,
    },
  });
  const score: Score | undefined =
    event.total > 0 ? { raw: event.earned, min: 0, max: event.total, scaled: scaled(event.earned, event.total) } : undefined;
  return statement(scope, event.key, {
    verb: 'answered',
    object: { objectType: 'Activity', id: activityIri.question(scope.courseIri, event.questionId), definition: parts.definition },
    result: {
      ...(parts.response !== undefined ? { response: parts.response } : {}),
      success: event.earned === event.total,
      ...(score ? { score } : {}),
    },
    context,
    timestamp,
  });
}

function attemptStatement(event: EventOf<'attempt-finished'>, scope: StatementScope, tracking: Tracking, timestamp: string): Statement {
  const judged = event.passMark !== undefined;
  return statement(scope, event.key, {
    verb: judged ? (event.passed ? 'passed' : 'failed') : 'completed',
    object: quizActivity(scope, event.quizId),
    result: { score: percentScore(event.percent), ...(judged ? { success: event.passed === true } : {}), completion: true },
    context: contextOf(scope, tracking, {
      activities: { parent: [lessonActivity(scope, tracking, event.lessonSlug)] },
      extensions: { [EXTENSION.attemptId]: event.attemptId, [EXTENSION.attemptNumber]: event.attemptNumber },
    }),
    timestamp,
  });
}

// ---- the course (xAPI mode) -------------------------------------------------------------------

export const COURSE_COMPLETED = 'course-completed';
export const COURSE_PASSED = 'course-passed';

/**
 * The course's own statements, once each: completed when the course status is completed, passed
 * when the assessment is passed. (cmi5 sends the AU's statements instead: cmi5-statements.ts.)
 */
export function courseStatements(snapshot: TrackingSnapshot, scope: StatementScope, tracking: Tracking): Array<{ key: string; statement: Statement }> {
  const { status } = snapshot;
  const object = courseActivity(scope, tracking);
  const context = contextOf(scope, tracking);
  const score = status.finalScore !== undefined ? percentScore(status.finalScore) : undefined;
  const out: Array<{ key: string; statement: Statement }> = [];
  if (status.status === 'completed' && status.completedAt !== undefined) {
    out.push({
      key: COURSE_COMPLETED,
      statement: statement(scope, COURSE_COMPLETED, {
        verb: 'completed',
        object,
        result: { completion: true, ...(score ? { score } : {}) },
        context,
        timestamp: status.completedAt,
      }),
    });
  }
  const assessment = status.assessment;
  if (assessment?.passed && assessment.passedAt !== undefined) {
    out.push({
      key: COURSE_PASSED,
      statement: statement(scope, COURSE_PASSED, {
        verb: 'passed',
        object,
        result: { success: true, ...(score ? { score } : {}) },
        context,
        timestamp: assessment.passedAt,
      }),
    });
  }
  return out;
}
