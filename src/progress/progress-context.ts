import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useProgress, type ProgressStore, type ProgressStoreApi } from './progress-store';

/**
 * The progress the lesson components read and write: the learner's, unless a page gives them
 * another (the studio's preview keeps its answers apart, so trying a quiz there changes no progress).
 */
export const ProgressStoreContext = createContext<ProgressStoreApi>(useProgress);

/** Reads the progress in context, as `useProgress(selector)` reads the learner's. */
export function useLessonProgress<T>(selector: (state: ProgressStore) => T): T {
  return useStore(useContext(ProgressStoreContext), selector);
}
