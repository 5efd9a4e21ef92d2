import { localize } from './course-index';
import type { LessonSpec } from './lesson-spec';

const spec = (locale: 'en' | 'es', title: string): LessonSpec => ({
  slug: 'a',
  locale,
  title,
  summary: 's',
  duration: 3,
  order: 1,
  objectives: [],
  kind: 'lesson',
  quizzes: [],
  reflections: [],
});

describe('a lesson in the learner language', () => {
  it('uses the translation when it exists', () => {
    expect(localize({ en: spec('en', 'Hello'), es: spec('es', 'Hola') }, 'es')).toEqual({ spec: spec('es', 'Hola'), fallback: false });
  });

  it('falls back to English and says so when the translation is missing', () => {
    expect(localize({ en: spec('en', 'Hello') }, 'es')).toEqual({ spec: spec('en', 'Hello'), fallback: true });
  });

  it('is never a fallback in English', () => {
    expect(localize({ en: spec('en', 'Hello') }, 'en').fallback).toBe(false);
  });
});
