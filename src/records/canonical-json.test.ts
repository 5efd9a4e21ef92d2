import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompletionRecord } from './completion-record-schema';
import { recordText } from './record-digest';
import { canonicalMember, isCanonicalJson } from './canonical-json';

const encode = (text: string) => new TextEncoder().encode(text);
const shownCanonical = (text: string) => isCanonicalJson(encode(text));

const dir = resolve(import.meta.dirname, '../../tests/fixtures/records/valid');
const fixtures = readdirSync(dir).map((name) => JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as CompletionRecord);

describe('telling canonical JSON from its bytes', () => {
  it('knows every record as the app saves it', () => {
    for (const record of fixtures) expect(shownCanonical(recordText(record))).toBe(true);
  });

  it.each([
    ['an empty object', '{}'],
    ['nested lists and objects', '{"a":[],"b":[{},[1,-2,0.5,1e+21,1e-7,true,false,null]],"c":{"d":"e"}}'],
    ['keys that look like numbers, in text order', '{"1":0,"10":0,"2":0}'],
    ['a shorter key before a longer one it starts', '{"a":0,"ab":0,"b":0}'],
    ['accents, emoji and right-to-left text in values', '{"a":"Núñez 😀 שלום \u2028"}'],
    ['the escapes JSON.stringify writes, and a DEL it does not escape', `${String.raw`{"a":"\"\\\b\f\n\r\t\u0000\u001f`}\x7f"}`],
  ])('knows %s', (_, text) => {
    expect(text).toBe(canonicalize(JSON.parse(text)));
    expect(shownCanonical(text)).toBe(true);
  });

  it.each([
    ['spaces between tokens', '{"a": 1}'],
    ['a line break at the end', '{"a":1}\n'],
    ['keys out of order', '{"b":1,"a":1}'],
    ['a key twice', '{"a":1,"a":1}'],
    ['a number written with an exponent', '{"a":1e2}'],
    ['a number with a trailing zero', '{"a":1.50}'],
    ['minus zero', '{"a":-0}'],
    ['a number with more digits than its double has', '{"a":0.30000000000000001}'],
    ['a huge integer', '{"a":12345678901234567890}'],
    ['an escaped slash', String.raw`{"a":"\/"}`],
    ['a letter written as an escape', String.raw`{"a":"\u0041"}`],
    ['an uppercase escape', String.raw`{"a":"\u001F"}`],
    ['a line break written as \\u000a', String.raw`{"a":"\u000a"}`],
  ])('does not take %s for canonical', (_, text) => {
    expect(text).not.toBe(canonicalize(JSON.parse(text)));
    expect(shownCanonical(text)).toBe(false);
  });

  it('takes only an object without a byte order mark: a record file as the app saves it', () => {
    expect(shownCanonical('\uFEFF{"a":1}')).toBe(false);
    expect(shownCanonical('[1]')).toBe(false);
  });

  it('leaves keys beyond plain ASCII to the full computation, canonical or not', () => {
    expect(shownCanonical('{"é":1}')).toBe(false);
    expect(shownCanonical(String.raw`{"\"":1}`)).toBe(false);
  });

  it('leaves nesting deeper than it follows to the full computation', () => {
    expect(shownCanonical(`${'{"a":'.repeat(100)}1${'}'.repeat(100)}`)).toBe(false);
    expect(shownCanonical(`${'{"a":'.repeat(60)}1${'}'.repeat(60)}`)).toBe(true);
  });

  it('says yes to JSON text only when it is its value written canonically', () => {
    const texts = fc.oneof(
      fc.jsonValue().map((value) => canonicalize({ value }) ?? '{}'),
      fc.jsonValue().map((value) => JSON.stringify({ value, z: value, a: 1 })),
      fc.jsonValue().map((value) => JSON.stringify({ value }, null, 1)),
      fc.json().map((text) => `{"value":${text}}`),
    );
    fc.assert(
      fc.property(texts, (text) => {
        if (shownCanonical(text)) expect(text).toBe(canonicalize(JSON.parse(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows canonical text whatever value it holds, keys and escapes aside', () => {
    const plainKeys = fc.dictionary(fc.stringMatching(/^[a-z0-9_]{0,6}$/), fc.oneof(fc.string({ unit: 'grapheme' }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null)));
    fc.assert(
      fc.property(plainKeys, (value) => {
        expect(shownCanonical(canonicalize(value)!)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  describe('finding the member the digest is in', () => {
    const without = (text: string) => {
      const bytes = encode(text);
      const member = canonicalMember(bytes, 'digest');
      return member && new TextDecoder().decode(new Uint8Array([...bytes.subarray(0, member.from), ...bytes.subarray(member.to)]));
    };

    it.each([
      ['between others', '{"a":1,"digest":{"v":"x"},"z":[2]}', '{"a":1,"z":[2]}'],
      ['first', '{"digest":{"v":"x"},"z":2}', '{"z":2}'],
      ['alone', '{"digest":{"v":"x"}}', '{}'],
      ['last', '{"a":{"digest":1},"digest":"x"}', '{"a":{"digest":1}}'],
    ])('takes it out %s, leaving the canonical text of the rest', (_, text, rest) => {
      expect(without(text)).toBe(rest);
      expect(rest).toBe(canonicalize(JSON.parse(rest)));
    });

    it('finds none in text that is not canonical, or only deeper down', () => {
      expect(without('{"a":1, "digest":"x"}')).toBeUndefined();
      expect(without('{"a":{"digest":1}}')).toBeUndefined();
    });

    it('finds the digest of every record as the app saves it', () => {
      for (const record of fixtures) {
        const { digest, ...rest } = record;
        expect(digest.value).toMatch(/^[0-9a-f]{64}$/);
        expect(without(recordText(record))).toBe(canonicalize(rest));
      }
    });
  });
});
