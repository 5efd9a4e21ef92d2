import type { CorrectResponse, InteractionType } from '../../quiz/question-descriptor';
import { percent } from '../../quiz/score';

/*
 * How the course writes values into a SCORM runtime: pure strings, one function per kind of
 * value, for SCORM 1.2 and SCORM 2004 (4th edition). The SCORM adapter calls these; they never
 * touch the API themselves. Each one is checked against a real LMS runtime in the tests.
 */

export type ScormVersion = '1.2' | '2004';

/** The strictest identifier both versions accept (SCORM 1.2 CMIIdentifier as the spec words it). */
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Characters an escaped identifier keeps as they are; `_` starts an escape, so it is escaped too. */
const KEPT = /[A-Za-z0-9-]/;
const MAX_ID_LENGTH = 255;

/** FNV-1a (32 bits) as 8 hex digits: a short, stable tail that keeps shortened ids apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * An id as an identifier valid in SCORM 1.2 and 2004 alike: letters, digits, `-` and `_`, at most
 * 255 characters. Ids the course authors already meet this (`q-john`, `late-delivery`) and are
 * written unchanged. Any other id gets a leading `_` (which an unchanged id never starts with) and
 * every other character as `_<hex code>_`, so two different ids never share an identifier. An id
 * longer than 255 characters keeps its start and ends with a hash of the whole id.
 */
export function scormIdentifier(id: string): string {
  let written: string;
  if (PLAIN_ID.test(id)) {
    written = id;
  } else {
    written = '_';
    for (const char of id) written += KEPT.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`;
  }
  return written.length <= MAX_ID_LENGTH ? written : `${written.slice(0, MAX_ID_LENGTH - 9)}-${fnv1a(id)}`;
}

/** `cmi.interactions.n.id` for a question: the same in both versions, stable across attempts. */
export const interactionId = (questionId: string): string => scormIdentifier(questionId);

/** `cmi.interactions.n.type`: both versions name choice, sequencing, matching and performance alike. */
export const interactionType = (type: InteractionType, _version: ScormVersion): string => type;

/** Separators between the parts of a response pattern: `,` and `.` in 1.2, `[,]` and `[.]` in 2004. */
const separators = (version: ScormVersion) => (version === '1.2' ? { list: ',', pair: '.' } : { list: '[,]', pair: '[.]' });

function responsePattern(response: CorrectResponse, version: ScormVersion): string {
  const { list, pair } = separators(version);
  const id = (option: { id: string }) => scormIdentifier(option.id);
  switch (response.type) {
    case 'choice':
      return response.choices.map(id).join(list);
    case 'sequencing':
      return response.items.map(id).join(list);
    case 'matching':
      return response.pairs.map(({ source, target }) => `${id(source)}${pair}${id(target)}`).join(list);
    case 'performance':
      return response.steps.map(({ step, response: reply }) => `${scormIdentifier(step)}${pair}${id(reply)}`).join(list);
  }
}

/**
 * `cmi.interactions.n.correct_responses.0.pattern`. SCORM 2004: `a[,]b` for choices and sequences,
 * `source[.]target[,]…` for matchings, and `{order_matters=true}step[.]reply[,]…` for a scenario's
 * best path, since its steps follow one another. SCORM 1.2 (RTE 3.4.2.7.3): the same with `,` and
 * `.`; its performance pattern is free text up to 255 characters, written like a matching.
 * Option and step ids are written as identifiers (`scormIdentifier`).
 */
export function correctResponsePattern(response: CorrectResponse, version: ScormVersion): string {
  const pattern = responsePattern(response, version);
  return version === '2004' && response.type === 'performance' ? `{order_matters=true}${pattern}` : pattern;
}

/**
 * `cmi.interactions.n.student_response` (1.2) or `.learner_response` (2004): what the learner
 * answered, in the shape of a correct response (the adapter builds it from the learner's input).
 * The same syntax as the pattern, without the delimiters only a pattern may carry.
 */
export const learnerResponse = (response: CorrectResponse, version: ScormVersion): string => responsePattern(response, version);

/** `cmi.interactions.n.result`: SCORM 1.2 says `wrong` where 2004 says `incorrect`. */
export const result = (correct: boolean, version: ScormVersion): string => (correct ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect');

const pad2 = (value: number): string => String(value).padStart(2, '0');
/** Hundredths of a second as the digits after the point, without trailing zeros (`5`, `45`). */
const fraction = (hundredths: number): string => (hundredths === 0 ? '' : `.${pad2(hundredths).replace(/0$/, '')}`);

/** The longest SCORM 1.2 CMITimespan: 9999 hours. */
const MAX_12_HUNDREDTHS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

/**
 * `cmi.core.session_time` (1.2, CMITimespan `HHHH:MM:SS.SS`, at least two digits of hours, at most
 * four) or `cmi.session_time` (2004, ISO 8601 duration such as `PT1H2M3.45S`). Hundredths of a
 * second, rounded; negative or non-finite times count as zero, and 1.2 stops at 9999 hours.
 */
export function sessionTime(ms: number, version: ScormVersion): string {
  const all = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
  const hundredths = version === '1.2' ? Math.min(all, MAX_12_HUNDREDTHS) : all;
  const seconds = Math.floor(hundredths / 100) % 60;
  const minutes = Math.floor(hundredths / 6000) % 60;
  const hours = Math.floor(hundredths / 360_000);
  const rest = hundredths % 100;
  if (version === '1.2') return `${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}${rest === 0 ? '' : `.${pad2(rest)}`}`;
  if (hundredths === 0) return 'PT0S';
  const parts = [hours ? `${hours}H` : '', minutes ? `${minutes}M` : '', seconds || rest ? `${seconds}${fraction(rest)}S` : ''];
  return `PT${parts.join('')}`;
}

/**
 * When something happened: `cmi.interactions.n.time` in 1.2 (CMITime, the clock time `HH:MM:SS`;
 * 1.2 has no time zone, so it is written in UTC like every other time the course keeps) or
 * `cmi.interactions.n.timestamp` in 2004 (ISO 8601 in UTC, hundredths of a second at most,
 * truncated so the second never changes: `2026-12-04T10:11:12.34Z`, and `.0` on a whole second).
 */
export function timestamp(date: Date, version: ScormVersion): string {
  const iso = date.toISOString(); // 2026-12-04T10:11:12.345Z; throws on an invalid date
  if (version === '1.2') return iso.slice(11, 19);
  // The 2004 format nests the time zone inside the fraction (`ss[.s[TZD]]`), so a whole second still has one digit.
  const hundredths = Math.floor(date.getUTCMilliseconds() / 10);
  return `${iso.slice(0, 19)}.${hundredths === 0 ? '0' : pad2(hundredths)}Z`;
}

/**
 * `cmi.core.score.raw` (1.2) and `cmi.score.raw` (2004): the whole-number percentage the learner
 * sees, 0–100, so the LMS compares it with the mastery score exactly as the course compares it with
 * its pass mark.
 */
export const rawScore = (earned: number, total: number): string => String(Math.min(100, Math.max(0, percent(earned, total))));

/**
 * `cmi.score.scaled` (2004 only), in [-1, 1]: the same percentage divided by 100 (`0.85`), so a
 * score the course calls passed is at or above the manifest's `passMark / 100` in the LMS too.
 */
export const scaledScore = (earned: number, total: number): string => String(Number(rawScore(earned, total)) / 100);
