import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { MockInstance } from 'vitest';
import { apologyOrdering, behavioursQuestion, johnQuestion, practiceMatching } from '../../../tests/support/quiz-fixtures';
import { lateDelivery } from '../../../tests/support/scenario-fixtures';
import { questionAnswers, type QuestionAnswersRegistry } from '../../quiz/question-answers';
import type { SpecOf } from '../../quiz/question-contract';
import type { CorrectResponse } from '../../quiz/question-descriptor';
import type { QuestionSpec, QuestionType } from '../../quiz/question-spec';
import {
  correctResponsePattern,
  interactionId,
  interactionType,
  learnerResponse,
  rawScore,
  result,
  scaledScore,
  scormIdentifier,
  sessionTime,
  timestamp,
  type ScormVersion,
} from './scorm-values';

const answers: QuestionAnswersRegistry = questionAnswers;
const interactionOf = <K extends QuestionType>(type: K, spec: SpecOf<K>) => ({
  type: answers[type].interaction.type,
  response: answers[type].interaction.correctResponse(spec),
});
const interaction = (spec: QuestionSpec) => interactionOf(spec.type, spec);

/** Shares a right-hand side, so two pairs are right with the same option. */
const sharedMatching = {
  ...practiceMatching,
  pairs: [...practiceMatching.pairs, { id: 'd', left: 'Thank-you call', right: 'Validate needs' }],
} satisfies QuestionSpec;

const every: QuestionSpec[] = [johnQuestion, behavioursQuestion, apologyOrdering, practiceMatching, sharedMatching, lateDelivery];
const versions: ScormVersion[] = ['1.2', '2004'];

/** SCORM 1.2 CMIIdentifier as the spec words it (scorm-again itself accepts any printable text). */
const strict12Identifier = /^[A-Za-z0-9_-]{1,255}$/;

describe('identifiers', () => {
  it('keeps the ids the course authors as they are', () => {
    expect(interactionId('q-john')).toBe('q-john');
    expect(interactionId('late_delivery-2')).toBe('late_delivery-2');
  });

  it('escapes every other character, so the identifier has no spaces or dots and stays readable', () => {
    expect(interactionId('q john')).toBe('_q_20_john');
    expect(scormIdentifier('x.y')).toBe('_x_2e_y');
    expect(scormIdentifier('café')).toBe('_caf_e9_');
    expect(scormIdentifier('')).toBe('_');
  });

  it('never gives two different ids the same identifier', () => {
    const ids = ['a b', 'a_20_b', '_a_20_b', 'a.b', 'a_b', '_a_b', 'a-b', '-a', '_2d_a', '', '_'];
    const written = ids.map(scormIdentifier);
    expect(new Set(written).size).toBe(ids.length);
    for (const id of written) expect(id).toMatch(strict12Identifier);
  });

  it('shortens an id longer than 255 characters to 255, keeping long ids apart by a hash of the whole id', () => {
    const long = 'q'.repeat(300);
    const other = `${'q'.repeat(299)}r`;
    expect(scormIdentifier(long)).toHaveLength(255);
    expect(scormIdentifier(long)).toMatch(strict12Identifier);
    expect(scormIdentifier(long)).not.toBe(scormIdentifier(other));
    expect(scormIdentifier(long)).toBe(scormIdentifier('q'.repeat(300)));
    expect(scormIdentifier('q'.repeat(255))).toBe('q'.repeat(255));
  });
});

describe('interaction types and results', () => {
  it('names each interaction type the same way in both versions', () => {
    for (const version of versions) {
      expect(every.map((spec) => interactionType(interaction(spec).type, version))).toEqual(['choice', 'choice', 'sequencing', 'matching', 'matching', 'performance']);
    }
  });

  it('says wrong in SCORM 1.2 and incorrect in 2004, correct in both', () => {
    expect(result(false, '1.2')).toBe('wrong');
    expect(result(false, '2004')).toBe('incorrect');
    expect(result(true, '1.2')).toBe('correct');
    expect(result(true, '2004')).toBe('correct');
  });
});

describe('correct response patterns', () => {
  const patterns = (spec: QuestionSpec) => versions.map((version) => correctResponsePattern(interaction(spec).response, version));

  it('lists correct choices and sequences with , in 1.2 and [,] in 2004', () => {
    expect(patterns(johnQuestion)).toEqual(['b', 'b']);
    expect(patterns(behavioursQuestion)).toEqual(['a,b', 'a[,]b']);
    expect(patterns(apologyOrdering)).toEqual(['a,b,c,d', 'a[,]b[,]c[,]d']);
  });

  it('pairs source and target with . in 1.2 and [.] in 2004, repeating a shared target', () => {
    expect(patterns(sharedMatching)).toEqual(['a.a,b.b,c.c,d.a', 'a[.]a[,]b[.]b[,]c[.]c[,]d[.]a']);
  });

  it('walks a scenario’s best path step by step, and tells a 2004 LMS that the order matters', () => {
    expect(patterns(lateDelivery)).toEqual(['start.a,owned.a', '{order_matters=true}start[.]a[,]owned[.]a']);
  });

  it('writes option and step ids as identifiers, so a dot in an id never reads as a separator', () => {
    const response: CorrectResponse = {
      type: 'matching',
      pairs: [{ source: { id: 'x.y', label: 'X' }, target: { id: 'a b', label: 'A' } }],
    };
    expect(correctResponsePattern(response, '1.2')).toBe('_x_2e_y._a_20_b');
    expect(correctResponsePattern(response, '2004')).toBe('_x_2e_y[.]_a_20_b');
  });

  it('writes a learner response like the pattern, without the delimiters only a pattern may carry', () => {
    const { response } = interaction(lateDelivery);
    expect(learnerResponse(response, '2004')).toBe('start[.]a[,]owned[.]a');
    expect(learnerResponse(response, '1.2')).toBe('start.a,owned.a');
  });

  it('keeps every 1.2 pattern within the 255 characters of its CMIFeedback, which the runtime does not check', () => {
    for (const spec of every) expect(correctResponsePattern(interaction(spec).response, '1.2').length).toBeLessThanOrEqual(255);
  });
});

describe('times', () => {
  it('writes a 1.2 session time as HH:MM:SS with hundredths only when there are some', () => {
    expect(sessionTime(0, '1.2')).toBe('00:00:00');
    expect(sessionTime(3_723_450, '1.2')).toBe('01:02:03.45');
    expect(sessionTime(62_500, '1.2')).toBe('00:01:02.50');
    expect(sessionTime(123 * 3_600_000, '1.2')).toBe('123:00:00');
  });

  it('stops a 1.2 session time at four digits of hours, and counts negative or unknown times as zero', () => {
    expect(sessionTime(20_000 * 3_600_000, '1.2')).toBe('9999:59:59.99');
    expect(sessionTime(-5, '1.2')).toBe('00:00:00');
    expect(sessionTime(Number.NaN, '2004')).toBe('PT0S');
  });

  it('writes a 2004 session time as an ISO 8601 duration with at most two fraction digits', () => {
    expect(sessionTime(0, '2004')).toBe('PT0S');
    expect(sessionTime(3_723_450, '2004')).toBe('PT1H2M3.45S');
    expect(sessionTime(62_500, '2004')).toBe('PT1M2.5S');
    expect(sessionTime(3_600_000, '2004')).toBe('PT1H');
    expect(sessionTime(1_234.567, '2004')).toBe('PT1.23S');
    expect(sessionTime(59_999, '2004')).toBe('PT1M');
    expect(sessionTime(30 * 3_600_000, '2004')).toBe('PT30H');
  });

  it('writes a 1.2 interaction time as the UTC clock time and a 2004 timestamp in UTC with at most two fraction digits', () => {
    const date = new Date('2026-12-04T10:11:12.345Z');
    expect(timestamp(date, '1.2')).toBe('10:11:12');
    expect(timestamp(date, '2004')).toBe('2026-12-04T10:11:12.34Z');
    expect(timestamp(new Date('2026-12-04T23:59:59.999Z'), '2004')).toBe('2026-12-04T23:59:59.99Z');
    expect(timestamp(new Date('2026-12-04T10:11:12.000Z'), '2004')).toBe('2026-12-04T10:11:12.0Z');
    expect(timestamp(new Date('2026-12-04T10:11:12.005Z'), '2004')).toBe('2026-12-04T10:11:12.0Z');
  });
});

describe('scores', () => {
  it('reports the whole-number percentage the learner sees as the raw score', () => {
    expect(rawScore(17, 20)).toBe('85');
    expect(rawScore(2, 3)).toBe('67');
    expect(rawScore(0, 0)).toBe('0');
    expect(rawScore(5, 4)).toBe('100');
  });

  it('scales that percentage to [0, 1], so the LMS passes exactly the scores the course passes', () => {
    expect(scaledScore(17, 20)).toBe('0.85');
    expect(scaledScore(2, 3)).toBe('0.67');
    expect(scaledScore(0, 10)).toBe('0');
    expect(scaledScore(10, 10)).toBe('1');
    // 79.6 % is 80 % to the learner and to the pass mark, and 0.8 to the LMS.
    expect(scaledScore(199, 250)).toBe('0.8');
  });
});

/*
 * The values as a real LMS runtime takes them: scorm-again's SCORM 1.2 and 2004 APIs validate
 * each SetValue and answer with a spec error code; logging at WARN makes any value they would
 * rewrite or complain about show up on the console.
 */
describe('in an LMS runtime (scorm-again)', () => {
  let warn: MockInstance<typeof console.warn>;
  let error: MockInstance<typeof console.error>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn');
    error = vi.spyOn(console, 'error');
  });

  type Runtime = { set: (element: string, value: string) => void; error: () => string };

  const runtime = (version: ScormVersion): Runtime => {
    if (version === '1.2') {
      const api = new Scorm12API({ logLevel: 3 });
      expect(api.LMSInitialize('')).toBe('true');
      return { set: (element, value) => api.LMSSetValue(element, value), error: () => api.LMSGetLastError() };
    }
    const api = new Scorm2004API({ logLevel: 3 });
    expect(api.Initialize('')).toBe('true');
    return { set: (element, value) => api.SetValue(element, value), error: () => api.GetLastError() };
  };

  /** Sets each value in turn and expects the runtime to take it without an error code or a word on the console. */
  const accepts = (version: ScormVersion, values: Array<[string, string]>) => {
    const lms = runtime(version);
    for (const [element, value] of values) {
      lms.set(element, value);
      expect(lms.error(), `${version} ${element} = ${value}`).toBe('0');
    }
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  };

  const now = new Date('2026-12-04T10:11:12.345Z');
  const cases = every.flatMap((spec) => versions.map((version) => [spec.id, spec.type, version, spec] as const));

  it.each(cases)('%s (%s) is recorded as an interaction by SCORM %s', (_id, _type, version, spec) => {
    const { type, response } = interaction(spec);
    const n = 'cmi.interactions.0';
    accepts(version, [
      [`${n}.id`, interactionId(spec.id)],
      [`${n}.type`, interactionType(type, version)],
      [`${n}.correct_responses.0.pattern`, correctResponsePattern(response, version)],
      [version === '1.2' ? `${n}.student_response` : `${n}.learner_response`, learnerResponse(response, version)],
      [`${n}.result`, result(true, version)],
      [`${n}.result`, result(false, version)],
      [version === '1.2' ? `${n}.time` : `${n}.timestamp`, timestamp(now, version)],
    ]);
  });

  it('takes a 2004 timestamp on a whole second, which needs a fraction digit before the time zone', () => {
    accepts('2004', [
      ['cmi.interactions.0.id', 'q-john'],
      ['cmi.interactions.0.timestamp', timestamp(new Date('2026-12-04T10:11:12.000Z'), '2004')],
    ]);
  });

  it('takes ids, option ids and step ids that needed escaping in every kind of pattern', () => {
    const odd = (id: string) => ({ id, label: id });
    const responses: CorrectResponse[] = [
      { type: 'choice', choices: [odd('a b'), odd('x.y')] },
      { type: 'sequencing', items: [odd('first step'), odd('[,]')] },
      { type: 'matching', pairs: [{ source: odd('a.b'), target: odd('c d') }] },
      { type: 'performance', steps: [{ step: 'step one', response: odd('{order_matters=false}') }] },
    ];
    for (const version of versions) {
      for (const response of responses) {
        accepts(version, [
          ['cmi.interactions.0.id', interactionId(`question ${response.type} .`)],
          ['cmi.interactions.0.type', interactionType(response.type, version)],
          ['cmi.interactions.0.correct_responses.0.pattern', correctResponsePattern(response, version)],
        ]);
      }
    }
  });

  it.each(versions)('takes session times, raw scores and (2004) scaled scores in SCORM %s', (version) => {
    const times = [0, 999, 1_234.567, 62_500, 3_723_450, 36_000_000, 20_000 * 3_600_000];
    const scores: Array<[number, number]> = [[0, 0], [0, 10], [2, 3], [199, 250], [17, 20], [10, 10]];
    accepts(version, [
      ...times.map((ms): [string, string] => [version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time', sessionTime(ms, version)]),
      ...scores.map(([earned, total]): [string, string] => [version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw', rawScore(earned, total)]),
      ...(version === '2004' ? scores.map(([earned, total]): [string, string] => ['cmi.score.scaled', scaledScore(earned, total)]) : []),
    ]);
  });

  // scorm-again takes a 2004 timestamp with up to six fraction digits, so the unit tests above hold
  // timestamps to the spec's two; session times it checks itself.
  it.each([
    ['2004', 'cmi.session_time', 'PT3.456S', '406'],
    ['2004', 'cmi.interactions.0.result', 'wrong', '406'],
    ['2004', 'cmi.interactions.0.timestamp', '10:11:12', '406'],
    ['1.2', 'cmi.interactions.0.time', '2026-12-04T10:11:12Z', '405'],
    ['2004', 'cmi.score.scaled', '1.5', '407'],
    ['1.2', 'cmi.core.score.raw', '101', '405'],
    ['2004', 'cmi.interactions.0.correct_responses.0.pattern', 'first step[,]b', '406'],
  ] as const)('rejects a value the course must never write: SCORM %s %s = %s (error %s)', (version, element, value, code) => {
    error.mockImplementation(() => undefined);
    const lms = runtime(version);
    if (element.startsWith('cmi.interactions.')) {
      lms.set('cmi.interactions.0.id', 'q-john');
      lms.set('cmi.interactions.0.type', 'sequencing');
      expect(lms.error()).toBe('0');
    }
    lms.set(element, value);
    expect(lms.error()).toBe(code);
  });

  it('notices a value the runtime would quietly rewrite: 2004’s incorrect as a SCORM 1.2 result', () => {
    warn.mockImplementation(() => undefined);
    const lms = runtime('1.2');
    lms.set('cmi.interactions.0.id', 'q-john');
    lms.set('cmi.interactions.0.result', 'incorrect');
    // No error code: only the warning shows that the runtime wrote `wrong` instead.
    expect(lms.error()).toBe('0');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('normalizing'));
  });
});
