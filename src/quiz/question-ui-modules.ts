import type { QuestionType } from './question-spec';

/**
 * Where each type's views are, for the build: a lesson's own file imports the views of the types
 * its questions use (src/content/compile/vite-plugin-course.ts). Paths from the project's root.
 */
export const questionUiModules = {
  'single-choice': { file: 'src/quiz/types/single-choice/single-choice-ui.tsx', name: 'singleChoiceUi' },
  'multiple-choice': { file: 'src/quiz/types/multiple-choice/multiple-choice-ui.tsx', name: 'multipleChoiceUi' },
  scenario: { file: 'src/quiz/types/scenario/scenario-ui.tsx', name: 'scenarioUi' },
  ordering: { file: 'src/quiz/types/ordering/ordering-ui.tsx', name: 'orderingUi' },
  matching: { file: 'src/quiz/types/matching/matching-ui.tsx', name: 'matchingUi' },
} as const satisfies { [K in QuestionType]: { file: string; name: string } };
