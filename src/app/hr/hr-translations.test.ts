// The HR namespace loads with its page (i18n.ts `lazyNamespaces`), so the shared translations test,
// which reads the bundled resources, does not see it: the same checks, for `hr`.
import en from '../../i18n/locales/en/hr.json';
import es from '../../i18n/locales/es/hr.json';

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

const valueAt = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

/** `{{count}}` and `{{count, number}}` alike. */
const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort().join(',');

describe('the HR report texts', () => {
  it('have every English key in Spanish and no other', () => {
    expect(keysOf(es).sort()).toEqual(keysOf(en).sort());
  });

  it('keep every placeholder in Spanish', () => {
    expect(keysOf(en).filter((key) => placeholders(valueAt(en, key)) !== placeholders(valueAt(es, key)))).toEqual([]);
  });

  it.each([
    ['en', en],
    ['es', es],
  ])('%s has no empty text', (_, texts) => {
    expect(keysOf(texts).filter((key) => String(valueAt(texts, key)).trim() === '')).toEqual([]);
  });
});
