import type { QuizSpec } from './question-spec';

/** What a learner calls one check of a lesson: a quiz, or a question standing alone (a scenario). */
export type CheckKind = 'quiz' | 'scenario' | 'question';

export const checkKindOf = (quiz: Pick<QuizSpec, 'standalone' | 'questions'>): CheckKind => {
  if (!quiz.standalone) return 'quiz';
  return quiz.questions[0]?.type === 'scenario' ? 'scenario' : 'question';
};
