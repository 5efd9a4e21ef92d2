import { useTranslation } from 'react-i18next';
import type { QuestionViewProps } from '../../question-contract';
import { ChoiceGroup } from '../choice/ChoiceGroup';

export function MultipleChoiceView({ spec, slots, seed, input, onInput, checked, errorId }: QuestionViewProps<'multiple-choice'>) {
  const { t } = useTranslation('quiz');
  const toggle = (choiceId: string, on: boolean) => {
    const next = new Set(input.selected);
    if (on) next.add(choiceId);
    else next.delete(choiceId);
    // Authored order, so the same selection is always recorded the same way.
    onInput({ type: 'multiple-choice', selected: spec.choices.map((c) => c.id).filter((id) => next.has(id)) });
  };
  return (
    <ChoiceGroup
      kind="checkbox"
      question={spec}
      slots={slots}
      seed={seed}
      selected={input.selected}
      onToggle={toggle}
      checked={checked}
      errorId={errorId}
      hint={t('hint.selectAll')}
    />
  );
}
