import type { ReactNode } from 'react';
import { questionLogic } from '../quiz/question-logic';
import type { ScenarioInput } from '../quiz/types/scenario/scenario-spec';
import { StandaloneScenarioView } from '../quiz/types/scenario/StandaloneScenarioView';
import { scoreQuestion } from '../quiz/quiz-engine';
import { useQuizAttempts } from './use-quiz-attempts';

/**
 * A <Scenario> that stands alone in a lesson (inside a <Quiz>, the quiz shows
 * it and this is never mounted). The build wrapped it in a quiz of its own
 * with the same id: the path is the attempt's draft, reaching an end step
 * records the answer and finishes the attempt, and Restart starts a new one.
 */
export function ConnectedScenario({ id, children }: { id: string; children?: ReactNode }) {
  const quiz = useQuizAttempts(id);
  const question = quiz.spec?.questions[0];
  if (!quiz.spec?.standalone || question?.type !== 'scenario') return null;

  const { attempt } = quiz;
  const stored = attempt?.finished ? attempt.answers[id]?.input : attempt?.drafts[id];
  const input = stored?.type === 'scenario' ? stored : questionLogic.scenario.emptyInput();

  const onInput = (next: ScenarioInput) => {
    // The first reply starts the first attempt; nothing is saved for a scenario only looked at.
    if (!attempt || attempt.finished) quiz.start();
    const score = scoreQuestion(question, next);
    if (score.type === 'points') {
      quiz.checkAnswer(id, next, score);
      quiz.finish();
    } else quiz.setDraft(id, next);
  };

  return (
    <section className="quiz-section" data-position={`quiz-${id}`}>
      <StandaloneScenarioView
        spec={question}
        input={input}
        finished={Boolean(attempt?.finished)}
        onInput={onInput}
        onRestart={quiz.start}
      >
        {children}
      </StandaloneScenarioView>
    </section>
  );
}
