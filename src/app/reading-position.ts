/**
 * How far down the viewport, as a share of its height, the learner is taken to be reading. Small
 * enough that a short section restored to the top of the screen is still the one found there.
 */
export const READING_LINE = 0.25;

export interface PositionMark {
  /** The mark's `data-position`. */
  position: string;
  /** Its top edge, in pixels from the top of the viewport (negative once scrolled past). */
  top: number;
}

/**
 * The part of the lesson being read: the last mark, in document order, whose top has reached the
 * reading line. Undefined above the first mark. A tall quiz stays the answer for as long as its
 * top is above the line and the next mark is still below it.
 */
export function markAtLine(marks: readonly PositionMark[], line: number): string | undefined {
  let found: string | undefined;
  for (const mark of marks) {
    if (mark.top > line) break;
    found = mark.position;
  }
  return found;
}
