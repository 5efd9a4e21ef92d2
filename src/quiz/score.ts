/** Scores are data: the UI translates codes, never the scorer. */
export type Score =
  | { type: 'invalid'; code: 'empty' | 'incomplete' | 'unmoved' }
  | { type: 'points'; earned: number; total: number };

export type PointsScore = Extract<Score, { type: 'points' }>;

export const isCorrect = (score: PointsScore): boolean => score.earned === score.total;

/** Whole-number percentage, 0 when nothing could be earned. */
export const percent = (earned: number, total: number): number =>
  total > 0 ? Math.round((earned / total) * 100) : 0;
