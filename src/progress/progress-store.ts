import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { QuestionInput } from '../quiz/question-spec';
import type { PointsScore } from '../quiz/score';
import { CURRENT_VERSION } from './progress-version';
import { emptyProgress } from './empty-progress';
import type { LessonProgress, ProgressState, QuizAttempt } from './progress-schema';
import { attemptsOf, currentAttempt } from './progress-selectors';
import { browserStorage, type StorageGetter } from '../storage/versioned-storage';
import { createSafeStorage, loadProgressMerge, readBackup, recordNotice, useStorageStatus } from './progress-storage';

export const PROGRESS_KEY = 'cf-progress';

export interface NewAttempt {
  lessonSlug: string;
  questionIds: readonly string[];
  seed: number;
}

export type RestoreResult = 'restored' | 'missing' | 'unavailable' | 'corrupt' | 'newer-version';

export interface ProgressActions {
  startLesson: (slug: string) => void;
  addTime: (slug: string, ms: number) => void;
  setPosition: (slug: string, position: string) => void;
  completeLesson: (slug: string) => void;
  /** Returns the new attempt's id. */
  startAttempt: (quizId: string, attempt: NewAttempt) => string;
  setDraft: (quizId: string, questionId: string, input: QuestionInput) => void;
  checkAnswer: (quizId: string, questionId: string, input: QuestionInput, score: Pick<PointsScore, 'earned' | 'total'>) => void;
  goTo: (quizId: string, position: number) => void;
  finishAttempt: (quizId: string) => void;
  saveReflection: (id: string, text: string) => void;
  resetProgress: () => void;
  /** Replaces the progress with a backup named in a storage notice. The backup is kept. */
  restoreBackup: (backupKey: string) => Promise<RestoreResult>;
  /**
   * Replaces all progress with a checked state (a backup file the learner restores). `dated`
   * marks it as a reset (`resetAt`), so another tab's older copy does not merge back into it.
   */
  replaceAll: (state: ProgressState, dated: boolean) => void;
}

export type ProgressStore = ProgressState & ProgressActions;

const now = () => new Date().toISOString();

let fallbackCount = 0;
function newAttemptId(): string {
  if (typeof (globalThis.crypto as Partial<Crypto> | undefined)?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  fallbackCount += 1;
  return `${Date.now().toString(36)}-${fallbackCount.toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const dataOf = ({ lessons, quizzes, reflections, lastLesson, resetAt }: ProgressState): ProgressState => ({
  lessons,
  quizzes,
  reflections,
  lastLesson,
  resetAt,
});

/** The store with `data` in place of its progress; fields `data` leaves out are cleared. */
const withData = (store: ProgressStore, data: ProgressState): ProgressStore => ({ ...store, lastLesson: undefined, resetAt: undefined, ...data });

function updateLesson(
  state: ProgressState,
  slug: string,
  update: (lesson: LessonProgress, at: string) => LessonProgress,
): Pick<ProgressState, 'lessons'> {
  const at = now();
  const lesson = state.lessons[slug] ?? { startedAt: at, lastVisitedAt: at, timeSpentMs: 0 };
  return { lessons: { ...state.lessons, [slug]: update(lesson, at) } };
}

function updateCurrentAttempt(
  state: ProgressState,
  quizId: string,
  update: (attempt: QuizAttempt) => QuizAttempt,
): ProgressState {
  const current = currentAttempt(state, quizId);
  if (!current) return state;
  const next = update(current);
  if (next === current) return state;
  const attempts = [...attemptsOf(state, quizId).slice(0, -1), next];
  return { ...state, quizzes: { ...state.quizzes, [quizId]: { attempts } } };
}

export function createProgressStore(getStorage: StorageGetter = browserStorage) {
  return create<ProgressStore>()(
    persist<ProgressStore, [], [], ProgressState>(
      (set) => ({
        ...emptyProgress(),

        startLesson: (slug) =>
          set((state) => ({
            ...updateLesson(state, slug, (lesson, at) => ({ ...lesson, lastVisitedAt: at })),
            lastLesson: slug,
          })),

        addTime: (slug, ms) =>
          set((state) =>
            Number.isFinite(ms) && ms > 0
              ? updateLesson(state, slug, (lesson) => ({ ...lesson, timeSpentMs: lesson.timeSpentMs + ms }))
              : state,
          ),

        setPosition: (slug, position) => set((state) => updateLesson(state, slug, (lesson) => ({ ...lesson, position }))),

        completeLesson: (slug) =>
          set((state) => updateLesson(state, slug, (lesson, at) => ({ ...lesson, completedAt: lesson.completedAt ?? at }))),

        startAttempt: (quizId, { lessonSlug, questionIds, seed }) => {
          const attempt: QuizAttempt = {
            id: newAttemptId(),
            lessonSlug,
            startedAt: now(),
            seed: seed >>> 0,
            questionIds: [...questionIds],
            position: 0,
            drafts: {},
            answers: {},
          };
          set((state) => ({
            quizzes: { ...state.quizzes, [quizId]: { attempts: [...attemptsOf(state, quizId), attempt] } },
          }));
          return attempt.id;
        },

        setDraft: (quizId, questionId, input) =>
          set((state) =>
            updateCurrentAttempt(state, quizId, (attempt) =>
              questionId in attempt.answers ? attempt : { ...attempt, drafts: { ...attempt.drafts, [questionId]: input } },
            ),
          ),

        checkAnswer: (quizId, questionId, input, { earned, total }) =>
          set((state) =>
            updateCurrentAttempt(state, quizId, (attempt) => {
              if (questionId in attempt.answers || !attempt.questionIds.includes(questionId)) return attempt;
              const { [questionId]: _checked, ...drafts } = attempt.drafts;
              return {
                ...attempt,
                drafts,
                answers: { ...attempt.answers, [questionId]: { input, earned, total, checkedAt: now() } },
              };
            }),
          ),

        goTo: (quizId, position) =>
          set((state) =>
            updateCurrentAttempt(state, quizId, (attempt) => {
              if (Number.isNaN(position)) return attempt;
              const last = Math.max(0, attempt.questionIds.length - 1);
              return { ...attempt, position: Math.min(Math.max(0, Math.trunc(position)), last) };
            }),
          ),

        finishAttempt: (quizId) =>
          set((state) => updateCurrentAttempt(state, quizId, (attempt) => ({ ...attempt, finishedAt: now() }))),

        saveReflection: (id, text) =>
          set((state) => ({ reflections: { ...state.reflections, [id]: { text, updatedAt: now() } } })),

        // Dated, so another tab's older copy does not bring the progress back (progress-merge.ts).
        resetProgress: () => set({ ...emptyProgress(), lastLesson: undefined, resetAt: now() }),

        restoreBackup: async (backupKey) => {
          const backup = await readBackup(backupKey, getStorage);
          if (!backup.ok) return backup.code;
          set({ ...dataOf(backup.state), resetAt: now() });
          const { dismiss } = useStorageStatus.getState();
          dismiss('corrupt');
          dismiss('newer-version');
          recordNotice('restored-from-backup', backupKey);
          return 'restored';
        },

        replaceAll: (state, dated) => set(dated ? { ...dataOf(state), resetAt: now() } : dataOf(state)),
      }),
      {
        name: PROGRESS_KEY,
        version: CURRENT_VERSION,
        storage: createSafeStorage(getStorage),
        partialize: dataOf,
        // Loading: nothing in memory yet to merge with. Another tab's later saves merge in (subscribeToOtherTabs).
        merge: (persisted, current) => (persisted ? withData(current, persisted as ProgressState) : current),
      },
    ),
  );
}

export type ProgressStoreApi = ReturnType<typeof createProgressStore>;

export const useProgress = createProgressStore();

/**
 * Merges in what another tab saved, keeping this tab's answers too; returns the unsubscribe
 * function. The store changes (and saves) only when the other tab brought something new, so two
 * tabs never answer each other's saves forever.
 */
export function subscribeToOtherTabs(store: ProgressStoreApi = useProgress): () => void {
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent) => {
    const { name, storage } = store.persist.getOptions();
    if (event.key !== name || !name || !storage) return;
    void loadProgressMerge().then(async (mergeProgress) => {
      const saved = await storage.getItem(name);
      if (!saved) return;
      const ours = dataOf(store.getState());
      const merged = mergeProgress(ours, saved.state);
      if (merged !== ours) store.setState(withData(store.getState(), merged), true);
    });
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
