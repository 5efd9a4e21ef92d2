import { render, screen } from '@testing-library/react';
import { questionCompilers } from './question-compilers';
import { questionTypes } from './question-types';
import { questionUiModules } from './question-ui-modules';
import { questionUiSetOf, QuestionUisContext, useQuestionUi } from './question-ui-set';

const types = questionCompilers.map((compiler) => compiler.type);

describe('questionTypes', () => {
  it('has an entry, with a view, for every question type the build produces', () => {
    expect(Object.keys(questionTypes).sort()).toEqual([...types].sort());
    for (const type of types) expect(typeof questionTypes[type].View).toBe('function');
  });

  it('starts every type from an input of its own type that is not yet answerable', () => {
    expect(questionTypes['single-choice'].emptyInput()).toEqual({ type: 'single-choice', selected: null });
    expect(questionTypes['single-choice'].isAnswerable({ type: 'single-choice', selected: null })).toBe(false);
    expect(questionTypes['single-choice'].isAnswerable({ type: 'single-choice', selected: 'a' })).toBe(true);
    expect(questionTypes['multiple-choice'].emptyInput()).toEqual({ type: 'multiple-choice', selected: [] });
    expect(questionTypes['multiple-choice'].isAnswerable({ type: 'multiple-choice', selected: [] })).toBe(false);
    expect(questionTypes['multiple-choice'].isAnswerable({ type: 'multiple-choice', selected: ['b'] })).toBe(true);
  });

  it('names each type by the same authored tag as the build does', () => {
    for (const compiler of questionCompilers) expect(questionTypes[compiler.type].component).toBe(compiler.component);
  });
});

describe('where the build finds each type’s views', () => {
  it('names, for every type, the module and export that hold the same views as the registry', async () => {
    expect(Object.keys(questionUiModules).sort()).toEqual([...types].sort());
    for (const type of types) {
      const { file, name } = questionUiModules[type];
      const module = (await import(/* @vite-ignore */ `../../${file}`)) as Record<string, unknown>;
      expect(module[name]).toBe(questionTypes[type]);
    }
  });

  it('has scenarios as the one type that stands alone, whose views the connection to progress loads with', () => {
    // scripts/build/question-chunks.ts puts ConnectedStandalone with the scenario views: a second
    // type that stands alone needs it elsewhere.
    expect(Object.values(questionTypes).filter((ui) => ui.Standalone !== null).map((ui) => ui.type)).toEqual(['scenario']);
  });
});

describe('the views a page has loaded', () => {
  function OrderingKind() {
    return <>{useQuestionUi('ordering').component}</>;
  }

  it('gives a type’s views where the page loaded them', () => {
    render(
      <QuestionUisContext.Provider value={questionUiSetOf([questionTypes.ordering])}>
        <OrderingKind />
      </QuestionUisContext.Provider>,
    );
    expect(screen.getByText('Ordering')).toBeInTheDocument();
  });

  it('says which type is missing where the page did not load it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <QuestionUisContext.Provider value={questionUiSetOf([questionTypes['single-choice']])}>
          <OrderingKind />
        </QuestionUisContext.Provider>,
      ),
    ).toThrow(/no view for "ordering" questions/);
  });
});
