/**
 * How far down the viewport, as a share of its height, the learner is taken to be reading when
 * nothing tells more: near the top, where a restored mark is placed.
 */
export const READING_LINE = 0.25;

export interface PositionMark {
  /** The mark's `data-position`. */
  position: string;
  /** Its edges, in pixels from the top of the viewport (negative once scrolled past). */
  top: number;
  bottom: number;
}

/**
 * Where the learner is in a lesson, worked out after a scroll. The place saved last (the mark
 * they last acted in, or the one brought back after a reload) holds while any of it is on screen:
 * a learner answering a tall quiz is at the quiz even when the reflection below comes into view,
 * and a mark put back at the top of the screen is still the one found there. Once it has left
 * the screen, the learner is at the last mark, in document order, whose top has reached the
 * reading line; undefined above the first mark.
 */
export function readingPosition(marks: readonly PositionMark[], saved: string | undefined, viewportHeight: number): string | undefined {
  const current = marks.find((mark) => mark.position === saved);
  if (current && current.bottom > 0 && current.top < viewportHeight) return saved;
  const line = viewportHeight * READING_LINE;
  let found: string | undefined;
  for (const mark of marks) {
    if (mark.top > line) break;
    found = mark.position;
  }
  return found;
}
