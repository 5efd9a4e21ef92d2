import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CrossIcon } from '../../icons';
import { ArrowDownIcon, ArrowUpIcon, GripIcon } from './ordering-icons';
import type { QuestionViewProps } from '../../question-contract';
import { moveItem, shownOrder } from './ordering-order';
import { useDragReorder } from './use-drag-reorder';
import './ordering.css';

type Direction = 'up' | 'down';

/**
 * A list the learner puts in order: each item has Move up / Move down buttons
 * (arrow keys work on them too) and a handle to drag it by. Every move is
 * announced in a polite live region. Once checked, each item says whether it is
 * in place; the correct order shows after the feedback (QuestionStep), unless
 * the quiz hides it.
 */
export function OrderingView({ spec, slots, seed, input, onInput, checked, errorId }: QuestionViewProps<'ordering'>) {
  const { t } = useTranslation('quiz');
  const baseId = useId();
  const promptId = `${baseId}-prompt`;
  const hintId = `${baseId}-hint`;
  const order = useMemo(() => shownOrder(spec, input, seed), [spec, input, seed]);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // A moved item's DOM node may be re-inserted, which drops focus: put it back on the button used.
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (!refocus.current) return;
    buttons.current.get(refocus.current)?.focus();
    refocus.current = null;
  });

  const indexOf = (id: string) => spec.items.findIndex((item) => item.id === id);
  const labelOf = (id: string) => spec.items[indexOf(id)]?.label ?? id;
  const contentOf = (id: string) => slots.items?.[indexOf(id)] ?? labelOf(id);

  const move = (from: number, to: number) => {
    const id = order[from];
    if (checked || id === undefined || to < 0 || to >= order.length || to === from) return;
    onInput({ type: 'ordering', order: moveItem(order, from, to) });
    setAnnouncement(t('ordering.moved', { item: labelOf(id), position: to + 1, total: order.length }));
  };
  const drag = useDragReorder(listRef, move);

  const pressMove = (id: string, index: number, direction: Direction, keepFocusOn: Direction = direction) => {
    refocus.current = `${id}:${keepFocusOn}`;
    move(index, direction === 'up' ? index - 1 : index + 1);
  };
  const arrowKeys = (id: string, index: number, button: Direction) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    pressMove(id, index, event.key === 'ArrowUp' ? 'up' : 'down', button);
  };
  const setButton = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  const describedBy = [checked ? undefined : hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className="quiz-question ordering" aria-labelledby={promptId} aria-describedby={describedBy}>
      <div id={promptId} className="quiz-prompt">
        {slots.prompt.length > 0 ? slots.prompt : <p>{spec.prompt}</p>}
      </div>
      {!checked && (
        <p id={hintId} className="quiz-hint">
          {t('ordering.hint')}
        </p>
      )}
      <ol ref={listRef} className="ordering-list" data-dragging={drag.dragging !== undefined || undefined}>
        {order.map((id, index) => {
          const label = labelOf(id);
          const authoredAt = indexOf(id);
          const inPlace = authoredAt === index;
          const mark = checked ? (inPlace ? 'correct' : 'incorrect') : undefined;
          return (
            <li
              key={id}
              className="ordering-item"
              data-mark={mark}
              data-dragged={drag.dragging === index || undefined}
              style={drag.itemStyle(index)}
            >
              <div className="ordering-lead">
                <span className="ordering-position" aria-hidden="true">
                  {index + 1}
                </span>
                {!checked && (
                  <span className="ordering-handle" aria-hidden="true" title={t('ordering.dragHandle')} {...drag.handleProps(index)}>
                    <GripIcon />
                  </span>
                )}
              </div>
              <div className="ordering-body">
                <div className="ordering-text">{contentOf(id)}</div>
                {mark && (
                  <p className="quiz-mark">
                    {inPlace ? <CheckIcon /> : <CrossIcon />}{' '}
                    {inPlace ? t('ordering.inPlace') : t('ordering.outOfPlace')}
                  </p>
                )}
              </div>
              {!checked && (
                <div className="ordering-controls">
                  <button
                    ref={setButton(`${id}:up`)}
                    type="button"
                    className="ordering-move"
                    aria-label={t('ordering.moveUp', { item: label })}
                    aria-disabled={index === 0}
                    onClick={() => pressMove(id, index, 'up')}
                    onKeyDown={arrowKeys(id, index, 'up')}
                  >
                    <ArrowUpIcon />
                  </button>
                  <button
                    ref={setButton(`${id}:down`)}
                    type="button"
                    className="ordering-move"
                    aria-label={t('ordering.moveDown', { item: label })}
                    aria-disabled={index === order.length - 1}
                    onClick={() => pressMove(id, index, 'down')}
                    onKeyDown={arrowKeys(id, index, 'down')}
                  >
                    <ArrowDownIcon />
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!checked && (
        <p className="ordering-announcement" role="status" aria-live="polite">
          {announcement}
        </p>
      )}
    </fieldset>
  );
}
