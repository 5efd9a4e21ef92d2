import { resources } from '../i18n/i18n';

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('quiz translations', () => {
  const english = keysOf(resources.en.quiz).sort();

  it.each(Object.keys(resources).filter((locale) => locale !== 'en'))('%s has every English quiz key and no other', (locale) => {
    const quiz = resources[locale as keyof typeof resources].quiz;
    expect(keysOf(quiz).sort()).toEqual(english);
  });

  it.each(Object.keys(resources))('%s has no empty quiz string', (locale) => {
    const quiz = resources[locale as keyof typeof resources].quiz;
    const empty = keysOf(quiz).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], quiz);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
