import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CrossIcon } from '../../icons';
import { choiceOrder } from '../../quiz-engine';
import type { QuestionSlots } from '../../slots';
import type { ChoiceSpec } from './choice-spec';

type ChoiceMark = 'correct' | 'incorrect';

const markIcons: Record<ChoiceMark, () => ReactNode> = {
  correct: CheckIcon,
  incorrect: CrossIcon,
};

/** Only what the learner picked is marked; the answer key shows after the feedback (QuestionStep), unless the quiz hides it. */
const markOf = (choice: ChoiceSpec, picked: boolean): ChoiceMark | undefined => (picked ? (choice.correct ? 'correct' : 'incorrect') : undefined);

export interface ChoiceGroupProps {
  kind: 'radio' | 'checkbox';
  question: { id: string; prompt: string; fixed: boolean; choices: ChoiceSpec[] };
  slots: QuestionSlots;
  seed: number;
  selected: readonly string[];
  onToggle: (choiceId: string, on: boolean) => void;
  checked: boolean;
  errorId: string | undefined;
  hint?: ReactNode;
}

/**
 * The renderer SingleChoice and MultipleChoice share: a group labelled by the
 * prompt (block content, so aria-labelledby rather than a <legend>), one native
 * input per choice, and after checking a mark (icon + words) and the feedback
 * of each picked choice.
 */
export function ChoiceGroup({
  kind,
  question,
  slots,
  seed,
  selected,
  onToggle,
  checked,
  errorId,
  hint,
}: ChoiceGroupProps) {
  const { t } = useTranslation('quiz');
  const baseId = useId();
  const promptId = `${baseId}-prompt`;
  const hintId = `${baseId}-hint`;
  const order = useMemo(() => choiceOrder(question, seed), [question, seed]);
  const describedBy = [hint ? hintId : undefined, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className="quiz-question" aria-labelledby={promptId} aria-describedby={describedBy}>
      <div id={promptId} className="quiz-prompt">
        {slots.prompt.length > 0 ? slots.prompt : <p>{question.prompt}</p>}
      </div>
      {hint && (
        <p id={hintId} className="quiz-hint">
          {hint}
        </p>
      )}
      <div className="quiz-choices">
        {order.map((choiceId) => {
          const index = question.choices.findIndex((c) => c.id === choiceId);
          const choice = question.choices[index];
          if (!choice) return null;
          const picked = selected.includes(choiceId);
          const mark = checked ? markOf(choice, picked) : undefined;
          const noteId = `${baseId}-${choiceId}-note`;
          const Icon = mark ? markIcons[mark] : undefined;
          return (
            <div key={choiceId} className="quiz-choice" data-mark={mark}>
              <label className="quiz-choice-label">
                <input
                  type={kind}
                  name={kind === 'radio' ? `${baseId}-choice` : undefined}
                  value={choiceId}
                  checked={picked}
                  disabled={checked}
                  onChange={(event) => onToggle(choiceId, event.currentTarget.checked)}
                  aria-describedby={mark ? noteId : undefined}
                />
                <span className="quiz-choice-text">{slots.choices[index] ?? choice.label}</span>
              </label>
              {mark && Icon && (
                <div id={noteId} className="quiz-choice-note">
                  <p className="quiz-mark">
                    <Icon /> {t(`mark.${mark}`)}
                  </p>
                  {picked && choice.feedback && <p className="quiz-feedback">{choice.feedback}</p>}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
