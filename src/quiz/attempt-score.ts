import { percent } from './score';

/*
 * The course's one scoring rule, apart from drawing and ordering questions (quiz-engine.ts): the
 * home page and every page that shows progress score attempts, and only the lesson page draws them.
 */

/**
 * What an attempt scored, by the course's one rule: every question drawn weighs the same. A
 * question earns the share of its own points the answer got (a matching with 3 of 4 pairs right
 * earns 0.75 of a question; the types that are right or wrong earn 1 or 0), an unanswered one earns
 * nothing, and the attempt's score is those shares added up over the number of questions. The
 * result screen, progress, records, the HR report and LMS/LRS reporting all read it from here.
 */
export interface AttemptScore {
  /** Questions' worth earned, to two decimals (7.5 of 10). */
  earned: number;
  /** Questions in the attempt. */
  total: number;
  /** Whole-number percentage of `earned` over `total`. */
  percent: number;
  /** Questions checked so far. */
  answered: number;
}

/** What a checked answer earned of its question's points. */
interface ShareOf {
  earned: number;
  total: number;
}

/** The share of one question an answer earned, from 0 to 1. */
export const questionShare = ({ earned, total }: ShareOf): number =>
  total > 0 ? Math.min(1, Math.max(0, earned / total)) : 0;

/** Rounded once, after the sum, so shares such as thirds add up to whole questions. */
const twoDecimals = (value: number): number => Math.round(value * 100) / 100;

/** Answers to questions outside the attempt are left out; see `AttemptScore` for the rule. */
export function scoreAttempt(attempt: { questionIds: readonly string[]; answers: Readonly<Record<string, ShareOf>> }): AttemptScore {
  let shares = 0;
  let answered = 0;
  for (const id of attempt.questionIds) {
    const answer = attempt.answers[id];
    if (!answer) continue;
    shares += questionShare(answer);
    answered += 1;
  }
  const earned = twoDecimals(shares);
  const total = attempt.questionIds.length;
  return { earned, total, percent: percent(earned, total), answered };
}
