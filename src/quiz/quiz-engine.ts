import { questionShare, scoreAttempt, type AttemptScore } from './attempt-score';
import type { QuestionInput, QuizSpec } from './question-spec';
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

/** How a checked answer went: right, partly right (a matching with some pairs right) or wrong. */
export type Verdict = 'correct' | 'partial' | 'incorrect';

export const verdictOf = (answer: Pick<CheckedAnswer, 'earned' | 'total'>): Verdict => {
  const share = questionShare(answer);
  return share === 1 ? 'correct' : share > 0 ? 'partial' : 'incorrect';
};

/**
 * The attempt's score with its pass verdict. The pass mark is a percentage of the questions and
 * compares the shown (rounded) percentage, so exactly the mark passes: 8 of 10 meets 80.
 */
export function quizResult(quiz: Pick<QuizSpec, 'passMark'>, attempt: Pick<AttemptState, 'questionIds' | 'answers'>): QuizResult {
  const score = scoreAttempt(attempt);
  return { ...score, ...(quiz.passMark !== undefined ? { passed: score.percent >= quiz.passMark } : {}) };
}
