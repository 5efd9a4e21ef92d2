import { useShallow } from 'zustand/react/shallow';
import type { LessonSpec } from '../content/lesson-spec';
import type { QuizAttempt } from './progress-schema';
import {
  courseProgress,
  currentAttempt,
  lessonScore,
  lessonStatus,
  resumeLesson,
  type CourseProgress,
  type LessonStatus,
} from './progress-selectors';
import { useProgress } from './progress-store';

export const useLessonStatus = (slug: string): LessonStatus => useProgress((state) => lessonStatus(state, slug));

export const useLessonScore = (lesson: LessonSpec): number | undefined =>
  useProgress((state) => lessonScore(state, lesson));

export const useCurrentAttempt = (quizId: string): QuizAttempt | undefined =>
  useProgress((state) => currentAttempt(state, quizId));

export const useCourseProgress = (lessons: readonly LessonSpec[]): CourseProgress =>
  useProgress(useShallow((state) => courseProgress(state, lessons)));

export const useResumeLesson = (lessons: readonly LessonSpec[]): string | undefined =>
  useProgress((state) => resumeLesson(state, lessons));
