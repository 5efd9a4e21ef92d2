import { questionCompilers } from './question-compilers';
import { questionTypes } from './question-types';

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
