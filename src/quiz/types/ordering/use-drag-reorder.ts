import { useEffect, useRef, useState, type CSSProperties, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';

interface Drag {
  from: number;
  to: number;
  /** How far the pointer moved since it went down, in px. */
  dy: number;
  /** How far the other items slide to make room: the dragged item's height plus the gap. */
  step: number;
}

interface Measure {
  pointerId: number;
  startY: number;
  /** Vertical centre of each item when the drag started. */
  centres: number[];
}

/**
 * Drag-to-reorder for a vertical list, with pointer events (mouse, pen and
 * touch alike). The dragged item follows the pointer, the others slide aside,
 * and the order changes only on release; Escape or a cancelled pointer puts
 * everything back. The list's own buttons stay the keyboard way to reorder.
 */
export function useDragReorder(listRef: RefObject<HTMLElement | null>, onDrop: (from: number, to: number) => void) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const measure = useRef<Measure | null>(null);

  const cancel = () => {
    measure.current = null;
    setDrag(null);
  };

  useEffect(() => {
    if (!drag) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drag]);

  const handleProps = (index: number) => ({
    onPointerDown: (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0 || !listRef.current) return;
      event.preventDefault();
      (event.currentTarget as Partial<HTMLElement>).setPointerCapture?.(event.pointerId);
      const rects = Array.from(listRef.current.children, (el) => el.getBoundingClientRect());
      const own = rects[index];
      if (!own) return;
      const gap = rects.length > 1 ? Math.max(0, rects[1]!.top - rects[0]!.bottom) : 0;
      measure.current = {
        pointerId: event.pointerId,
        startY: event.clientY,
        centres: rects.map((r) => r.top + r.height / 2),
      };
      setDrag({ from: index, to: index, dy: 0, step: own.height + gap });
    },
    onPointerMove: (event: ReactPointerEvent<HTMLElement>) => {
      const m = measure.current;
      if (!m || !drag || event.pointerId !== m.pointerId) return;
      const dy = event.clientY - m.startY;
      const centre = m.centres[drag.from]! + dy;
      const to = m.centres.filter((c, j) => j !== drag.from && c < centre).length;
      setDrag({ ...drag, to, dy });
    },
    onPointerUp: (event: ReactPointerEvent<HTMLElement>) => {
      const m = measure.current;
      if (!m || !drag || event.pointerId !== m.pointerId) return;
      cancel();
      if (drag.to !== drag.from) onDrop(drag.from, drag.to);
    },
    onPointerCancel: cancel,
  });

  /** Where item `index` is drawn while a drag is on. */
  const itemStyle = (index: number): CSSProperties | undefined => {
    if (!drag) return undefined;
    const { step } = drag;
    if (index === drag.from) return { transform: `translateY(${drag.dy}px)` };
    if (drag.from < index && index <= drag.to) return { transform: `translateY(${-step}px)` };
    if (drag.to <= index && index < drag.from) return { transform: `translateY(${step}px)` };
    return undefined;
  };

  return { dragging: drag?.from, handleProps, itemStyle };
}
