import { resources } from './i18n';
import { SOURCE_LOCALE, SUPPORTED_LOCALES } from './locales';

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

const valueAt = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

const source = resources[SOURCE_LOCALE];
const namespaces = Object.keys(source) as Array<keyof typeof source>;
const translations = SUPPORTED_LOCALES.filter((l) => l !== SOURCE_LOCALE);

describe('interface translations', () => {
  it('offers a resource bundle for every supported language', () => {
    expect(Object.keys(resources).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  describe.each(translations)('%s', (locale) => {
    it.each(namespaces)('has every English key of the %s namespace and no other', (ns) => {
      expect(keysOf(resources[locale][ns]).sort()).toEqual(keysOf(source[ns]).sort());
    });

    it.each(namespaces)('keeps every {{placeholder}} of the %s namespace', (ns) => {
      const mismatched = keysOf(source[ns]).filter((key) => {
        const names = (v: unknown) => [...String(v).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join(',');
        return names(valueAt(source[ns], key)) !== names(valueAt(resources[locale][ns], key));
      });
      expect(mismatched).toEqual([]);
    });
  });

  it.each(SUPPORTED_LOCALES)('%s has no empty string', (locale) => {
    const empty = namespaces.flatMap((ns) =>
      keysOf(resources[locale][ns])
        .filter((key) => {
          const value = valueAt(resources[locale][ns], key);
          return typeof value !== 'string' || value.trim() === '';
        })
        .map((key) => `${ns}:${key}`),
    );
    expect(empty).toEqual([]);
  });
});
