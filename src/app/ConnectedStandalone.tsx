import type { ReactNode } from 'react';
import type { InputOf, QuestionUi, SpecOf } from '../quiz/question-contract';
import type { QuestionInput, QuestionType } from '../quiz/question-spec';
import { useQuestionUi, useQuestionUiSet } from '../quiz/question-ui-set';
import { scoreQuestion } from '../quiz/score-question';
import { useQuizAttempts, type QuizAttempts } from './use-quiz-attempts';

/**
 * A question that stands alone in a lesson (a <Scenario> outside any <Quiz>; inside a quiz, the
 * quiz shows it and this is never mounted). The build wrapped it in a quiz of its own with the
 * same id: the input is the attempt's draft, a complete answer is recorded and finishes the
 * attempt, and Restart starts a new one.
 */
export function ConnectedStandalone({ id, children }: { id: string; children?: ReactNode }) {
  const quiz = useQuizAttempts(id);
  const question = quiz.spec?.questions[0];
  if (!quiz.spec?.standalone || !question) return null;
  return (
    <Standalone type={question.type} spec={question} quiz={quiz} id={id}>
      {children}
    </Standalone>
  );
}

interface StandaloneProps<K extends QuestionType> {
  type: K;
  spec: SpecOf<K>;
  quiz: QuizAttempts;
  id: string;
  children?: ReactNode;
}

const isInputOf = <K extends QuestionType>(type: K, input: QuestionInput | undefined): input is InputOf<K> => input?.type === type;

function Standalone<K extends QuestionType>({ type, spec, quiz, id, children }: StandaloneProps<K>) {
  const ui: QuestionUi<K> = useQuestionUi(type);
  const uis = useQuestionUiSet();
  const { Standalone: View } = ui;
  if (!View) return null;

  const { attempt } = quiz;
  const stored = attempt?.finished ? attempt.answers[id]?.input : attempt?.drafts[id];
  const input = isInputOf(type, stored) ? stored : ui.emptyInput();

  const onInput = (next: InputOf<K>) => {
    // The first answer starts the first attempt; nothing is saved for a question only looked at.
    if (!attempt || attempt.finished) quiz.start();
    const score = scoreQuestion(spec, next, uis);
    if (score.type === 'points') {
      quiz.checkAnswer(id, next, score);
      quiz.finish();
    } else quiz.setDraft(id, next);
  };

  return (
    <section className="quiz-section" data-position={`quiz-${id}`}>
      <View spec={spec} input={input} finished={Boolean(attempt?.finished)} onInput={onInput} onRestart={quiz.start}>
        {children}
      </View>
    </section>
  );
}
