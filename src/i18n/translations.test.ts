import { lazyNamespaces, PAGE_TEXTS, resources } from './i18n';
import { SOURCE_LOCALE, SUPPORTED_LOCALES } from './locales';

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

const valueAt = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

/** `{{count}}` and `{{count, number}}` alike. */
const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort().join(',');

/** Every namespace file, bundled or loaded with its page (`hr`): `texts[locale][namespace]`. */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });
const texts: Record<string, Record<string, unknown>> = {};
for (const [path, json] of Object.entries(files)) {
  const [, locale, ns] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  (texts[locale!] ??= {})[ns!] = json;
}
const namespaces = Object.keys(texts[SOURCE_LOCALE]!).sort();
const translations = SUPPORTED_LOCALES.filter((l) => l !== SOURCE_LOCALE);

describe('interface translations', () => {
  it('bundles English only: every other language loads its texts, common ones included', () => {
    expect(Object.keys(resources)).toEqual([SOURCE_LOCALE]);
  });

  it('bundles or lazily loads every namespace file', () => {
    expect([...Object.keys(resources.en), ...lazyNamespaces, ...PAGE_TEXTS].sort()).toEqual(namespaces);
  });

  describe.each(translations)('%s', (locale) => {
    it.each(namespaces)('has every English key of the %s namespace and no other', (ns) => {
      expect(keysOf(texts[locale]![ns]).sort()).toEqual(keysOf(texts[SOURCE_LOCALE]![ns]).sort());
    });

    it.each(namespaces)('keeps every {{placeholder}} of the %s namespace', (ns) => {
      const mismatched = keysOf(texts[SOURCE_LOCALE]![ns]).filter(
        (key) => placeholders(valueAt(texts[SOURCE_LOCALE]![ns], key)) !== placeholders(valueAt(texts[locale]![ns], key)),
      );
      expect(mismatched).toEqual([]);
    });
  });

  it.each(SUPPORTED_LOCALES)('%s has no empty string', (locale) => {
    const empty = namespaces.flatMap((ns) =>
      keysOf(texts[locale]![ns])
        .filter((key) => {
          const value = valueAt(texts[locale]![ns], key);
          return typeof value !== 'string' || value.trim() === '';
        })
        .map((key) => `${ns}:${key}`),
    );
    expect(empty).toEqual([]);
  });
});
