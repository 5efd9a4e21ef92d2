import type { QuestionSpec, QuizSpec } from '../../src/quiz/question-spec';

/** Specs shaped like the build's output for a three-question quiz. */
export const johnQuestion = {
  type: 'single-choice',
  id: 'q-john',
  prompt: 'John is an account manager. What is John overlooking?',
  fixed: false,
  choices: [
    { id: 'a', label: "He can't see things from his clients' side.", correct: false, feedback: 'Empathy matters, but it is not the core issue.' },
    { id: 'b', label: "He treats some contacts as if they don't matter", correct: true, feedback: 'Right: every contact counts.' },
    { id: 'c', label: "He doesn't act on feedback.", correct: false, feedback: 'Nothing suggests he ignores feedback.' },
  ],
  explanation: 'Loyalty is never guaranteed.',
} satisfies QuestionSpec;

export const behavioursQuestion = {
  type: 'multiple-choice',
  id: 'q-behaviours',
  prompt: 'Which of these actions show customer focus?',
  fixed: true,
  choices: [
    { id: 'a', label: 'Reports a pattern of complaints to the product team.', correct: true, feedback: 'Yes: listening and adapting.' },
    { id: 'b', label: 'Calls back once the invoice is fixed, as promised.', correct: true, feedback: 'Yes: every interaction counts.' },
    { id: 'c', label: 'Closes tickets fast with a standard reply.', correct: false, feedback: 'Not quite: speed alone does not help.' },
  ],
} satisfies QuestionSpec;

export const retentionQuestion = {
  type: 'single-choice',
  id: 'q-retention',
  prompt: 'What does the retention figure suggest?',
  fixed: true,
  choices: [
    { id: 'a', label: 'Keeping customers improves results.', correct: true, feedback: 'Right.' },
    { id: 'b', label: 'New customers matter more.', correct: false, feedback: 'The figure points the other way.' },
  ],
  explanation: 'Small gains in retention have a large effect.',
} satisfies QuestionSpec;

export const checkQuiz: QuizSpec = {
  id: 'l1-check',
  title: 'Check your understanding',
  shuffle: false,
  questions: [johnQuestion, behavioursQuestion, retentionQuestion],
};

export const quizOf = (count: number, extra: Partial<QuizSpec> = {}): QuizSpec => ({
  id: 'pool',
  shuffle: false,
  questions: Array.from({ length: count }, (_, i) => ({ ...retentionQuestion, id: `q${i + 1}` })),
  ...extra,
});

/** An ordering as the build writes it: items in the correct order, ids by position. */
export const apologyOrdering = {
  type: 'ordering',
  id: 'q-apology',
  prompt: 'Put the steps of a good apology in order.',
  items: [
    { id: 'a', label: 'Listen to the whole complaint' },
    { id: 'b', label: 'Apologise' },
    { id: 'c', label: 'Say what you will do' },
    { id: 'd', label: 'Follow up' },
  ],
  explanation: 'Listening first shows the apology is for this customer.',
} satisfies QuestionSpec;

/** A matching as the build writes it: pairs as authored, ids by position. */
export const practiceMatching = {
  type: 'matching',
  id: 'q-practices',
  prompt: 'Match each habit to its practice area.',
  pairs: [
    { id: 'a', left: 'Twice-yearly survey', right: 'Validate needs' },
    { id: 'b', left: 'Evening shift', right: 'Convenient delivery' },
    { id: 'c', left: 'Refund without a manager', right: 'Fair resolution' },
  ],
} satisfies QuestionSpec;
