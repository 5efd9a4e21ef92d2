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

  it('puts what connects a standalone scenario to progress with the scenario views, not in every lesson', () => {
    expect(lessonPageChunkOf(at('app/ConnectedStandalone.tsx'))).toBe('question-scenario');
  });

  it('keeps the choice views with the quiz screens and lesson components, which every lesson loads', () => {
    for (const file of ['quiz/types/single-choice/SingleChoiceView.tsx', 'quiz/types/choice/ChoiceGroup.tsx', 'quiz/QuizView.tsx', 'quiz/screens/QuestionStep.tsx', 'quiz/quiz.css', 'app/LessonBody.tsx', 'content/components/Callout.tsx']) {
      expect(lessonPageChunkOf(at(file))).toBe('LessonBody');
    }
  });

  it('leaves a type’s pure logic out of its views: answers and scores in a file per type, the rest where the bundler puts it', () => {
    expect(lessonPageChunkOf(at('quiz/types/ordering/ordering-answers.ts'))).toBeUndefined();
    expect(answersChunkOf(at('quiz/types/ordering/ordering-answers.ts'))).toBe('answers-ordering');
    expect(answersChunkOf(at('quiz/types/scenario/scenario-graph.ts'))).toBe('answers-scenario');
    expect(answersChunkOf(at('quiz/types/matching/matching-score.ts'))).toBe('answers-matching');
    expect(answersChunkOf(at('quiz/types/single-choice/single-choice-answers.ts'))).toBe('answers-choice');
    expect(answersChunkOf(at('quiz/types/choice/choice-answers.ts'))).toBe('answers-choice');
    expect(answersChunkOf(at('quiz/answer-options.ts'))).toBe('answers-choice');
    expect(lessonPageChunkOf(at('quiz/types/scenario/scenario-input.ts'))).toBeUndefined();
    expect(answersChunkOf(at('quiz/types/scenario/scenario-input.ts'))).toBeUndefined();
  });

  it('never puts every type’s registry, the first page’s scores or other pages in the lesson page', () => {
    expect(answersChunkOf(at('quiz/question-answers.ts'))).toBeUndefined();
    expect(lessonPageChunkOf(at('quiz/question-answers.ts'))).toBeUndefined();
    for (const file of ['quiz/question-types.ts', 'quiz/score.ts', 'quiz/attempt-score.ts', 'app/HomePage.tsx', 'app/LessonPage.tsx']) {
      expect(lessonPageChunkOf(at(file))).toBeUndefined();
    }
  });
});
