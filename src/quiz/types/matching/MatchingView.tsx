import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CrossIcon } from '../../icons';
import type { QuestionViewProps } from '../../question-contract';
import { rightOptions } from './matching-options';
import { answerFor } from './matching-score';
import './matching.css';

/**
 * One native select per left-hand side, offering every right-hand side in a
 * shuffled order. Once checked, each pair says whether it is right; the right
 * matches show after the feedback (QuestionStep), unless the quiz hides them.
 */
export function MatchingView({ spec, slots, seed, input, onInput, checked, errorId }: QuestionViewProps<'matching'>) {
  const { t } = useTranslation('quiz');
  const baseId = useId();
  const promptId = `${baseId}-prompt`;
  const hintId = `${baseId}-hint`;
  const options = useMemo(() => rightOptions(spec, seed), [spec, seed]);
  const describedBy = [checked ? undefined : hintId, errorId].filter(Boolean).join(' ') || undefined;
  const earned = spec.pairs.filter((pair) => input.matches[pair.id] === answerFor(spec, pair)).length;

  const choose = (pairId: string, value: string) =>
    onInput({ type: 'matching', matches: { ...input.matches, [pairId]: value === '' ? null : value } });

  return (
    <fieldset className="quiz-question matching" aria-labelledby={promptId} aria-describedby={describedBy}>
      <div id={promptId} className="quiz-prompt">
        {slots.prompt.length > 0 ? slots.prompt : <p>{spec.prompt}</p>}
      </div>
      {!checked && (
        <p id={hintId} className="quiz-hint">
          {t('matching.hint')}
        </p>
      )}
      <ul className="matching-list">
        {spec.pairs.map((pair) => {
          const selectId = `${baseId}-${pair.id}`;
          const noteId = `${selectId}-note`;
          const chosen = input.matches[pair.id] ?? null;
          const right = chosen === answerFor(spec, pair);
          const mark = checked ? (right ? 'correct' : 'incorrect') : undefined;
          return (
            <li key={pair.id} className="matching-pair" data-mark={mark}>
              <label htmlFor={selectId} className="matching-left">
                {pair.left}
              </label>
              <select
                id={selectId}
                className="matching-select"
                value={chosen ?? ''}
                disabled={checked}
                aria-describedby={mark ? noteId : undefined}
                onChange={(event) => choose(pair.id, event.currentTarget.value)}
              >
                <option value="">{t('matching.choose')}</option>
                {options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
              {mark && (
                <div id={noteId} className="matching-note">
                  <p className="quiz-mark">
                    {right ? <CheckIcon /> : <CrossIcon />} {t(`mark.${mark}`)}
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {checked && (
        <p className="matching-tally">{t('matching.pairsRight', { earned, count: spec.pairs.length })}</p>
      )}
    </fieldset>
  );
}
