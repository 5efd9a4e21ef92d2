import { act, renderHook } from '@testing-library/react';
import { lessonSpec, quizSpec } from '../../tests/support/lesson-specs';
import {
  useCourseProgress,
  useCurrentAttempt,
  useLessonScore,
  useLessonStatus,
  useResumeLesson,
} from './progress-hooks';
import { useProgress } from './progress-store';

const quiz = quizSpec('quiz-1', 2);
const lessons = [lessonSpec('intro', [quiz]), lessonSpec('listening')];
const actions = () => useProgress.getState();

beforeEach(() => {
  actions().resetProgress();
});

it('follows the status of a lesson as the learner starts and completes it', () => {
  const { result } = renderHook(() => useLessonStatus('intro'));
  expect(result.current).toBe('not-started');
  act(() => actions().startLesson('intro'));
  expect(result.current).toBe('in-progress');
  act(() => actions().completeLesson('intro'));
  expect(result.current).toBe('completed');
});

it('follows the current attempt of a quiz until it is finished', () => {
  const { result } = renderHook(() => useCurrentAttempt('quiz-1'));
  expect(result.current).toBeUndefined();
  let id = '';
  act(() => {
    id = actions().startAttempt('quiz-1', { lessonSlug: 'intro', questionIds: ['quiz-1-q1', 'quiz-1-q2'], seed: 3 });
  });
  expect(result.current?.id).toBe(id);
  act(() => actions().finishAttempt('quiz-1'));
  expect(result.current).toBeUndefined();
});

it('shows the lesson score once a quiz is finished', () => {
  const { result } = renderHook(() => useLessonScore(lessons[0]!));
  expect(result.current).toBeUndefined();
  act(() => {
    actions().startAttempt('quiz-1', { lessonSlug: 'intro', questionIds: ['q1', 'q2'], seed: 3 });
    actions().checkAnswer('quiz-1', 'q1', { type: 'single-choice', selected: 'a' }, { earned: 1, total: 1 });
    actions().finishAttempt('quiz-1');
  });
  expect(result.current).toBe(50);
});

it('renders course progress and the lesson to resume without re-render loops', () => {
  const { result } = renderHook(() => ({ progress: useCourseProgress(lessons), resume: useResumeLesson(lessons) }));
  expect(result.current).toEqual({ progress: { completed: 0, total: 2, percent: 0 }, resume: 'intro' });
  act(() => {
    actions().startLesson('intro');
    actions().completeLesson('intro');
  });
  expect(result.current).toEqual({ progress: { completed: 1, total: 2, percent: 50 }, resume: 'listening' });
});

it('keeps the same course progress object while unrelated progress changes', () => {
  const { result } = renderHook(() => useCourseProgress(lessons));
  const before = result.current;
  act(() => actions().saveReflection('r', 'text'));
  expect(result.current).toBe(before);
});
