import type { QuestionViewProps } from '../../question-contract';
import { ChoiceGroup } from '../choice/ChoiceGroup';

export function SingleChoiceView({ spec, slots, seed, input, onInput, checked, errorId }: QuestionViewProps<'single-choice'>) {
  return (
    <ChoiceGroup
      kind="radio"
      question={spec}
      slots={slots}
      seed={seed}
      selected={input.selected === null ? [] : [input.selected]}
      onToggle={(choiceId) => onInput({ type: 'single-choice', selected: choiceId })}
      checked={checked}
      errorId={errorId}
    />
  );
}
