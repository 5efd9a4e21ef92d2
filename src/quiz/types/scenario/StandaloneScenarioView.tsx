import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { collectSlots, explanationOf } from '../../slots';
import '../../quiz.css';
import type { ScenarioInput, ScenarioSpec } from './scenario-spec';
import { ScenarioView } from './ScenarioView';

export interface StandaloneScenarioViewProps {
  spec: ScenarioSpec;
  /** The <Scenario> element's children: its steps' rich content and the explanation. */
  children?: ReactNode;
  input: ScenarioInput;
  /** True once an end step is reached and the answer is recorded: the score, the explanation and Restart show. */
  finished: boolean;
  onInput: (input: ScenarioInput) => void;
  onRestart: () => void;
}

/**
 * A scenario written outside any quiz: the conversation under its title, with
 * no "Question 1 of 1" chrome. Presentational: the store (or a test harness)
 * records the path and decides when it is finished.
 */
export function StandaloneScenarioView({ spec, children, input, finished, onInput, onRestart }: StandaloneScenarioViewProps) {
  const { t } = useTranslation('quiz');
  const titleId = useId();
  const slots = collectSlots(children);
  const explanation = explanationOf(slots, spec);
  return (
    <section className="quiz scenario-standalone" aria-labelledby={titleId}>
      <h2 id={titleId} className="quiz-title">
        {spec.title ?? t('scenario.defaultTitle')}
      </h2>
      <ScenarioView spec={spec} slots={slots} seed={0} input={input} onInput={onInput} checked={finished} errorId={undefined} />
      {finished && explanation !== undefined && (
        <div className="quiz-explanation">
          <p className="quiz-explanation-label">{t('explanation')}</p>
          <div>{explanation}</div>
        </div>
      )}
      {finished && (
        <div className="quiz-actions">
          <button type="button" className="quiz-button" onClick={onRestart}>
            {t('scenario.restart')}
          </button>
        </div>
      )}
    </section>
  );
}
