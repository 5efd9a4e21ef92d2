import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, MissedIcon } from '../../icons';
import type { QuestionViewProps } from '../../question-contract';
import { percent } from '../../score';
import { walkScenario } from './scenario-graph';
import type { ScenarioStepSpec } from './scenario-spec';
import './scenario.css';

/**
 * A branching conversation: the replies given so far as a transcript, then the
 * current step with its options as buttons, or at an end step the outcome and,
 * once checked, the score. Choosing a reply moves focus to the next step's text.
 */
export function ScenarioView({ spec, slots, input, onInput, checked, errorId }: QuestionViewProps<'scenario'>) {
  const { t } = useTranslation('quiz');
  const repliesId = useId();
  const currentRef = useRef<HTMLDivElement>(null);
  const walk = walkScenario(spec, input.path);
  const { turns, current, ended } = walk;

  // Focus follows the conversation when the learner moves it (a reply, a restart), not on first render.
  const shownTurns = useRef(turns.length);
  useEffect(() => {
    if (shownTurns.current === turns.length) return;
    shownTurns.current = turns.length;
    currentRef.current?.focus();
  }, [turns.length]);

  const slotOf = (step: ScenarioStepSpec) => slots.steps?.find((s) => s.id === step.id);
  const textOf = (step: ScenarioStepSpec): ReactNode => {
    const content = slotOf(step)?.content;
    return content?.length ? content : <p>{step.text}</p>;
  };
  const labelOf = (step: ScenarioStepSpec, index: number): ReactNode =>
    slotOf(step)?.options[index] ?? step.options[index]?.label;

  const choose = (optionId: string) => {
    if (checked || ended) return;
    const path = turns.map((turn) => ({ step: turn.step.id, option: turn.option.id }));
    onInput({ type: 'scenario', path: [...path, { step: current.id, option: optionId }] });
  };

  const lastFeedback = turns.at(-1)?.option.feedback;
  const score = checked && ended ? { earned: Math.min(walk.earned, spec.bestPoints), total: spec.bestPoints } : undefined;
  const best = score !== undefined && score.earned === score.total;

  return (
    <div className="scenario">
      {slots.prompt.length > 0 && <div className="scenario-intro">{slots.prompt}</div>}
      {turns.length > 0 && (
        <ol className="scenario-transcript" aria-label={t('scenario.transcript')}>
          {turns.map(({ step, option }, index) => (
            <li key={`${index}-${step.id}`} className="scenario-turn">
              <div className="scenario-text">{textOf(step)}</div>
              <div className="scenario-reply">
                <p className="scenario-reply-label">{t('scenario.yourReply')}</p>
                <div className="scenario-reply-text">{labelOf(step, step.options.indexOf(option))}</div>
                {option.feedback && <p className="scenario-feedback">{option.feedback}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}

      <div ref={currentRef} tabIndex={-1} className="scenario-current" data-end={ended || undefined}>
        {ended && <p className="scenario-outcome-label">{t('scenario.outcome')}</p>}
        <div className="scenario-text">{textOf(current)}</div>
      </div>

      {!ended && (
        <div className="scenario-replies" role="group" aria-labelledby={repliesId} aria-describedby={errorId}>
          <p id={repliesId} className="scenario-replies-label">
            {t('scenario.chooseReply')}
          </p>
          <ul className="scenario-options">
            {current.options.map((option, index) => (
              <li key={option.id}>
                <button type="button" className="scenario-option" disabled={checked} onClick={() => choose(option.id)}>
                  {labelOf(current, index)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      {/* The feedback is also shown in the transcript; this only reads it out when it appears. */}
      <div className="visually-hidden" role="status" aria-live="polite">
        {lastFeedback}
      </div>
      <div className="scenario-score" role="status" aria-live="polite">
        {score && (
          <>
            <p className="scenario-points">
              <strong>{t('scenario.score', { earned: score.earned, count: score.total })}</strong>{' '}
              <span className="quiz-percent">{t('result.percent', { percent: percent(score.earned, score.total) })}</span>
            </p>
            <p className="quiz-verdict" data-verdict={best ? 'correct' : 'partial'}>
              {best ? <CheckIcon /> : <MissedIcon />} {t(best ? 'scenario.best' : 'scenario.better')}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
