import { createContext, useContext } from 'react';
import type { LessonSpec } from '../content/lesson-spec';

/** The lesson being shown, so MDX components find their specs by id. */
export const LessonContext = createContext<LessonSpec | null>(null);

export function useLessonSpec(): LessonSpec {
  const lesson = useContext(LessonContext);
  if (!lesson) throw new Error('Lesson components must be rendered inside a lesson page');
  return lesson;
}
