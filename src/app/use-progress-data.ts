import { useShallow } from 'zustand/react/shallow';
import type { ProgressState } from '../progress/progress-schema';
import { useProgress } from '../progress/progress-store';

/** The persisted data only (no actions), re-rendering when any part of it changes. */
export function useProgressData(): ProgressState {
  return useProgress(
    useShallow((s) => ({ lessons: s.lessons, quizzes: s.quizzes, reflections: s.reflections, lastLesson: s.lastLesson })),
  );
}
