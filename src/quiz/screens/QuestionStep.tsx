import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { answerKey } from '../answer-key';
import { CheckIcon, CrossIcon, MissedIcon } from '../icons';
import type { InputOf, SpecOf } from '../question-contract';
import type { QuestionInput, QuestionType } from '../question-spec';
import { useQuestionUi, useQuestionUiSet } from '../question-ui-set';
import { verdictOf, type CheckedAnswer, type Verdict } from '../quiz-engine';
import type { PointsScore, Score } from '../score';
import { scoreQuestion } from '../score-question';
import { collectSlots, explanationOf } from '../slots';

type InvalidCode = Extract<Score, { type: 'invalid' }>['code'];

export const verdictIcons: Record<Verdict, ReactNode> = { correct: <CheckIcon />, partial: <MissedIcon />, incorrect: <CrossIcon /> };

const isInputOf = <K extends QuestionType>(type: K, input: QuestionInput): input is InputOf<K> => input.type === type;

interface QuestionStepProps<K extends QuestionType> {
  type: K;
  spec: SpecOf<K>;
  /** The question element's children: the slots' content. */
  content: ReactNode;
  seed: number;
  draft: QuestionInput | undefined;
  answer: CheckedAnswer | undefined;
  /** Show the answer key after a wrong answer (the quiz's `revealAnswers`, on unless turned off). */
  revealAnswer: boolean;
  /** Looking back from the result: the question is locked, answered or not, and the button leaves. */
  reviewing?: boolean;
  nextLabel: string;
  onDraft: (questionId: string, input: QuestionInput) => void;
  onCheck: (questionId: string, input: QuestionInput, score: PointsScore) => void;
  onNext: () => void;
}

/** The right answer, read from the type's answer key, after the feedback. */
function AnswerKeyNote({ spec }: { spec: SpecOf<QuestionType> }) {
  const { t } = useTranslation('quiz');
  const key = answerKey(spec, useQuestionUiSet());
  const labelId = useId();
  const label = key.kind === 'choice' ? t('answerKey.choice', { count: key.items.length }) : t(`answerKey.${key.kind}`);
  const ordered = key.kind === 'sequencing' || key.kind === 'performance';
  const items = key.items.map((item, index) => <li key={index}>{item}</li>);
  return (
    <div className="quiz-answer-key">
      <p id={labelId} className="quiz-explanation-label">
        {label}
      </p>
      {ordered ? <ol aria-labelledby={labelId}>{items}</ol> : <ul aria-labelledby={labelId}>{items}</ul>}
    </div>
  );
}

/** One question: its type's view, the verdict, the explanation, the answer key and the one action button. */
export function QuestionStep<K extends QuestionType>({
  type,
  spec,
  content,
  seed,
  draft,
  answer,
  revealAnswer,
  reviewing = false,
  nextLabel,
  onDraft,
  onCheck,
  onNext,
}: QuestionStepProps<K>) {
  const { t } = useTranslation('quiz');
  const errorId = useId();
  const [error, setError] = useState<InvalidCode | null>(null);
  const entry = useQuestionUi(type);
  const uis = useQuestionUiSet();
  const slots = collectSlots(content);
  const stored = answer?.input ?? draft;
  const input = stored && isInputOf(type, stored) ? stored : entry.emptyInput();
  const explanation = explanationOf(slots, spec);
  const done = answer !== undefined || reviewing;
  const verdict = answer && verdictOf(answer);

  const handleInput = (next: InputOf<K>) => {
    if (error && entry.isAnswerable(next, spec)) setError(null);
    onDraft(spec.id, next);
  };
  const check = () => {
    const score = scoreQuestion(spec, input, uis);
    if (score.type === 'invalid') {
      setError(score.code);
      return;
    }
    setError(null);
    onCheck(spec.id, input, score);
  };

  const View = entry.View;
  return (
    <div className="quiz-step" data-question-id={spec.id}>
      <View
        spec={spec}
        slots={slots}
        seed={seed}
        input={input}
        onInput={handleInput}
        checked={done}
        errorId={error ? errorId : undefined}
      />
      <div className="quiz-status" role="status" aria-live="polite">
        {error && (
          <p id={errorId} className="quiz-error">
            <MissedIcon /> {t(`error.${error}`)}
          </p>
        )}
        {verdict && (
          <p className="quiz-verdict" data-verdict={verdict}>
            {verdictIcons[verdict]} {t(`verdict.${verdict}`)}
          </p>
        )}
        {reviewing && !answer && (
          <p className="quiz-verdict" data-verdict="unanswered">
            <MissedIcon /> {t('result.unanswered')}
          </p>
        )}
      </div>
      {done && explanation !== undefined && (
        <div className="quiz-explanation">
          <p className="quiz-explanation-label">{t('explanation')}</p>
          <div>{explanation}</div>
        </div>
      )}
      {done && revealAnswer && verdict !== 'correct' && <AnswerKeyNote spec={spec} />}
      <div className="quiz-actions">
        {/* One button that changes role, so focus stays put after checking. */}
        <button type="button" className="quiz-button" onClick={done ? onNext : check}>
          {done ? nextLabel : t('check')}
        </button>
      </div>
    </div>
  );
}
