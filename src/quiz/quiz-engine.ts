import type { QuestionInput, QuizSpec } from './question-spec';
import { percent } from './score';
import { hashSeed, seededShuffle } from './shuffle';

/** A checked question as the attempt keeps it. */
export interface CheckedAnswer {
  input: QuestionInput;
  earned: number;
  total: number;
}

/** The attempt a quiz shows: which questions, where the learner is, what they did. */
export interface AttemptState {
  /** The questions of this attempt, in the order shown. */
  questionIds: readonly string[];
  position: number;
  /** Selections not yet checked. */
  drafts: Readonly<Record<string, QuestionInput>>;
  answers: Readonly<Record<string, CheckedAnswer>>;
  seed: number;
  finished: boolean;
}

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

export interface QuizResult extends AttemptScore {
  /** Only when the quiz has a pass mark. */
  passed?: boolean;
}

/**
 * The question ids of a new attempt: `draw` of them when set, shuffled when
 * `shuffle` is set, otherwise in authored order (a draw without shuffle keeps
 * the authored order of the questions it picks).
 */
export function drawQuestions(quiz: QuizSpec, seed: number): string[] {
  const ids = quiz.questions.map((q) => q.id);
  const count = Math.min(quiz.draw ?? ids.length, ids.length);
  if (quiz.shuffle) return seededShuffle(ids, hashSeed(seed, `${quiz.id}:order`)).slice(0, count);
  if (count === ids.length) return ids;
  const picked = new Set(seededShuffle(ids, hashSeed(seed, `${quiz.id}:draw`)).slice(0, count));
  return ids.filter((id) => picked.has(id));
}

interface ChoiceQuestion {
  id: string;
  fixed: boolean;
  choices: ReadonlyArray<{ id: string }>;
}

/** Choice ids in display order: authored when `fixed`, else shuffled per question. */
export function choiceOrder(question: ChoiceQuestion, seed: number): string[] {
  const ids = question.choices.map((c) => c.id);
  return question.fixed ? ids : seededShuffle(ids, hashSeed(seed, question.id));
}

/** The share of one question an answer earned, from 0 to 1. */
export const questionShare = ({ earned, total }: Pick<CheckedAnswer, 'earned' | 'total'>): number =>
  total > 0 ? Math.min(1, Math.max(0, earned / total)) : 0;

/** How a checked answer went: right, partly right (a matching with some pairs right) or wrong. */
export type Verdict = 'correct' | 'partial' | 'incorrect';

export const verdictOf = (answer: Pick<CheckedAnswer, 'earned' | 'total'>): Verdict => {
  const share = questionShare(answer);
  return share === 1 ? 'correct' : share > 0 ? 'partial' : 'incorrect';
};

/** Rounded once, after the sum, so shares such as thirds add up to whole questions. */
const twoDecimals = (value: number): number => Math.round(value * 100) / 100;

/** Answers to questions outside the attempt are left out; see `AttemptScore` for the rule. */
export function scoreAttempt(attempt: Pick<AttemptState, 'questionIds' | 'answers'>): AttemptScore {
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

/**
 * The attempt's score with its pass verdict. The pass mark is a percentage of the questions and
 * compares the shown (rounded) percentage, so exactly the mark passes: 8 of 10 meets 80.
 */
export function quizResult(quiz: Pick<QuizSpec, 'passMark'>, attempt: Pick<AttemptState, 'questionIds' | 'answers'>): QuizResult {
  const score = scoreAttempt(attempt);
  return { ...score, ...(quiz.passMark !== undefined ? { passed: score.percent >= quiz.passMark } : {}) };
}
