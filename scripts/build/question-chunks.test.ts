import { answersChunkOf, lessonPageChunkOf } from './question-chunks';

const at = (file: string) => `/project/src/${file}`;

describe('where the lesson page code goes', () => {
  it('puts the views of ordering, scenario and matching questions in a file per type', () => {
    expect(lessonPageChunkOf(at('quiz/types/ordering/OrderingView.tsx'))).toBe('question-ordering');
    expect(lessonPageChunkOf(at('quiz/types/ordering/use-drag-reorder.ts'))).toBe('question-ordering');
    expect(lessonPageChunkOf(at('quiz/types/ordering/ordering.css'))).toBe('question-ordering');
    expect(lessonPageChunkOf(at('quiz/types/scenario/StandaloneScenarioView.tsx'))).toBe('question-scenario');
    expect(lessonPageChunkOf(at('quiz/types/matching/matching-ui.tsx'))).toBe('question-matching');
  });

  it('keeps the choice views with the quiz screens and lesson components, which every lesson loads', () => {
    for (const file of ['quiz/types/single-choice/SingleChoiceView.tsx', 'quiz/types/choice/ChoiceGroup.tsx', 'quiz/QuizView.tsx', 'quiz/screens/QuestionStep.tsx', 'quiz/quiz.css', 'app/LessonBody.tsx', 'content/components/Callout.tsx']) {
      expect(lessonPageChunkOf(at(file))).toBe('LessonBody');
    }
  });

  it('leaves a type’s pure logic out of its views: answers and scores in one file, the rest where the bundler puts it', () => {
    expect(lessonPageChunkOf(at('quiz/types/ordering/ordering-answers.ts'))).toBeUndefined();
    expect(answersChunkOf(at('quiz/types/ordering/ordering-answers.ts'))).toBe('question-answers');
    expect(answersChunkOf(at('quiz/types/scenario/scenario-graph.ts'))).toBe('question-answers');
    expect(answersChunkOf(at('quiz/question-answers.ts'))).toBe('question-answers');
    expect(lessonPageChunkOf(at('quiz/types/scenario/scenario-input.ts'))).toBeUndefined();
    expect(answersChunkOf(at('quiz/types/scenario/scenario-input.ts'))).toBeUndefined();
  });

  it('never puts every type’s registry, the first page’s scores or other pages in the lesson page', () => {
    for (const file of ['quiz/question-types.ts', 'quiz/score.ts', 'quiz/attempt-score.ts', 'app/HomePage.tsx', 'app/LessonPage.tsx']) {
      expect(lessonPageChunkOf(at(file))).toBeUndefined();
    }
  });
});
