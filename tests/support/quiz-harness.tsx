import { useState, type ReactNode } from 'react';
import { QuizView } from '../../src/quiz/QuizView';
import { allQuestionUis } from '../../src/quiz/question-types';
import { QuestionUisContext } from '../../src/quiz/question-ui-set';
import type { QuizSpec } from '../../src/quiz/question-spec';
import { drawQuestions, type AttemptState } from '../../src/quiz/quiz-engine';
import type { PreviousAttempts } from '../../src/quiz/screens/NewAttemptActions';
import { Explanation } from '../../src/quiz/slots';
import { Choice } from '../../src/quiz/types/choice/choice-parts';
import { MultipleChoice } from '../../src/quiz/types/multiple-choice/multiple-choice-ui';
import { SingleChoice } from '../../src/quiz/types/single-choice/single-choice-ui';

/** A page that has loaded every question type's views, as the gallery has (a lesson page has its lesson's). */
export function AllQuestionViews({ children }: { children?: ReactNode }) {
  return <QuestionUisContext.Provider value={allQuestionUis}>{children}</QuestionUisContext.Provider>;
}

/** Keeps the attempt in React state the way the progress store would. */
export function QuizHarness({
  spec,
  seed = 1,
  previousAttempts,
  children,
}: {
  spec: QuizSpec;
  seed?: number;
  previousAttempts?: PreviousAttempts;
  children: ReactNode;
}) {
  const [attempt, setAttempt] = useState<AttemptState>();
  const [nextSeed, setNextSeed] = useState(seed);
  const begin = () => {
    setAttempt({ questionIds: drawQuestions(spec, nextSeed), position: 0, drafts: {}, answers: {}, seed: nextSeed, finished: false });
    setNextSeed((s) => s + 1);
  };
  const update = (change: (attempt: AttemptState) => AttemptState) => setAttempt((a) => a && change(a));
  return (
    <AllQuestionViews>
      <QuizView
        spec={spec}
        attempt={attempt}
        {...(previousAttempts ? { previousAttempts } : {})}
        onStart={begin}
        onDraft={(id, input) => update((a) => ({ ...a, drafts: { ...a.drafts, [id]: input } }))}
        onCheck={(id, input, { earned, total }) => update((a) => ({ ...a, answers: { ...a.answers, [id]: { input, earned, total } } }))}
        onGoTo={(position) => update((a) => ({ ...a, position }))}
        onFinish={() => update((a) => ({ ...a, finished: true }))}
        onRetry={begin}
      >
        {children}
      </QuizView>
    </AllQuestionViews>
  );
}

/**
 * The checkQuiz fixture written the way MDX compiles it: the question elements
 * are direct children of the quiz, between whitespace strings, and each holds
 * prompt paragraphs, <Choice> slots and an optional <Explanation>.
 */
export function CheckQuiz(props: { spec: QuizSpec; seed?: number; previousAttempts?: PreviousAttempts }) {
  return (
    <QuizHarness {...props}>
      {'\n'}
      <SingleChoice id="q-john">
        <p>John is an account manager.</p>
        {'\n'}
        <p>
          <strong>What is John overlooking?</strong>
        </p>
        {'\n'}
        <Choice feedback="Empathy matters, but it is not the core issue.">He can't see things from his clients' side.</Choice>
        {'\n'}
        <Choice correct feedback="Right: every contact counts.">
          {/* happy-dom computes inline elements as blocks, so no punctuation right after one. */}
          He treats some contacts as if they <em>don't matter</em>
        </Choice>
        {'\n'}
        <Choice feedback="Nothing suggests he ignores feedback.">He doesn't act on feedback.</Choice>
        {'\n'}
        <Explanation>Loyalty is never guaranteed.</Explanation>
      </SingleChoice>
      {'\n'}
      <MultipleChoice id="q-behaviours">
        <p>Which of these actions show customer focus?</p>
        <Choice correct feedback="Yes: listening and adapting.">Reports a pattern of complaints to the product team.</Choice>
        <Choice correct feedback="Yes: every interaction counts.">Calls back once the invoice is fixed, as promised.</Choice>
        <Choice feedback="Not quite: speed alone does not help.">Closes tickets fast with a standard reply.</Choice>
      </MultipleChoice>
      {'\n'}
      <SingleChoice id="q-retention">
        <p>What does the retention figure suggest?</p>
        <Choice correct feedback="Right.">Keeping customers improves results.</Choice>
        <Choice feedback="The figure points the other way.">New customers matter more.</Choice>
        <Explanation>
          <p>Small gains in retention have a large effect.</p>
        </Explanation>
      </SingleChoice>
    </QuizHarness>
  );
}
