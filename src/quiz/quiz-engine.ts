import type { QuestionLogicRegistry, SpecOf } from './question-contract';
import { questionLogic } from './question-logic';
import type { QuestionInput, QuestionSpec, QuestionType, QuizSpec } from './question-spec';
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

export interface QuizResult {
  earned: number;
  total: number;
  /** Whole-number percentage. */
  percent: number;
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

const registry: QuestionLogicRegistry = questionLogic;

const maxPointsAs = <K extends QuestionType>(type: K, spec: SpecOf<K>): number => registry[type].maxPoints(spec);

/** Points a question is worth, by its type's own rule. */
export const maxPointsOf = (spec: QuestionSpec): number => maxPointsAs(spec.type, spec);

/**
 * Points over the attempt's questions. An unanswered question counts as its
 * full points not earned; ids no longer in the quiz are left out. The pass mark
 * compares the shown (rounded) percentage, so exactly the mark passes.
 */
export function quizResult(quiz: QuizSpec, attempt: Pick<AttemptState, 'questionIds' | 'answers'>): QuizResult {
  let earned = 0;
  let total = 0;
  for (const id of attempt.questionIds) {
    const spec = quiz.questions.find((q) => q.id === id);
    if (!spec) continue;
    const answer = attempt.answers[id];
    earned += answer?.earned ?? 0;
    total += answer?.total ?? maxPointsAs(spec.type, spec);
  }
  const shown = percent(earned, total);
  return {
    earned,
    total,
    percent: shown,
    ...(quiz.passMark !== undefined ? { passed: shown >= quiz.passMark } : {}),
  };
}
