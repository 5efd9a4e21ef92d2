import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CrossIcon, MissedIcon } from '../icons';
import type { InputOf, SpecOf } from '../question-contract';
import type { QuestionInput, QuestionType } from '../question-spec';
import { questionTypes, type QuestionTypeRegistry } from '../question-types';
import type { CheckedAnswer } from '../quiz-engine';
import { scoreQuestion } from '../score-question';
import { isCorrect, type PointsScore, type Score } from '../score';
import { collectSlots } from '../slots';

type InvalidCode = Extract<Score, { type: 'invalid' }>['code'];

const registry: QuestionTypeRegistry = questionTypes;

const isInputOf = <K extends QuestionType>(type: K, input: QuestionInput): input is InputOf<K> => input.type === type;

interface QuestionStepProps<K extends QuestionType> {
  type: K;
  spec: SpecOf<K>;
  /** The question element's children: the slots' content. */
  content: ReactNode;
  seed: number;
  draft: QuestionInput | undefined;
  answer: CheckedAnswer | undefined;
  nextLabel: string;
  onDraft: (questionId: string, input: QuestionInput) => void;
  onCheck: (questionId: string, input: QuestionInput, score: PointsScore) => void;
  onNext: () => void;
}

/** One question: its type's view, the verdict, the explanation and the one action button. */
export function QuestionStep<K extends QuestionType>({
  type,
  spec,
  content,
  seed,
  draft,
  answer,
  nextLabel,
  onDraft,
  onCheck,
  onNext,
}: QuestionStepProps<K>) {
  const { t } = useTranslation('quiz');
  const errorId = useId();
  const [error, setError] = useState<InvalidCode | null>(null);
  const entry = registry[type];
  const slots = collectSlots(content);
  const stored = answer?.input ?? draft;
  const input = stored && isInputOf(type, stored) ? stored : entry.emptyInput();
  const explanation = slots.explanation ?? spec.explanation;
  const right = answer ? isCorrect({ type: 'points', earned: answer.earned, total: answer.total }) : false;

  const handleInput = (next: InputOf<K>) => {
    if (error && entry.isAnswerable(next, spec)) setError(null);
    onDraft(spec.id, next);
  };
  const check = () => {
    const score = scoreQuestion(spec, input);
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
        checked={answer !== undefined}
        errorId={error ? errorId : undefined}
      />
      <div className="quiz-status" role="status" aria-live="polite">
        {error && (
          <p id={errorId} className="quiz-error">
            <MissedIcon /> {t(`error.${error}`)}
          </p>
        )}
        {answer && (
          <p className="quiz-verdict" data-verdict={right ? 'correct' : 'incorrect'}>
            {right ? <CheckIcon /> : <CrossIcon />} {t(right ? 'verdict.correct' : 'verdict.incorrect')}
          </p>
        )}
      </div>
      {answer && explanation !== undefined && (
        <div className="quiz-explanation">
          <p className="quiz-explanation-label">{t('explanation')}</p>
          <div>{explanation}</div>
        </div>
      )}
      <div className="quiz-actions">
        {/* One button that changes role, so focus stays put after checking. */}
        <button type="button" className="quiz-button" onClick={answer ? onNext : check}>
          {answer ? nextLabel : t('check')}
        </button>
      </div>
    </div>
  );
}
