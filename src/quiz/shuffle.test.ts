import { hashSeed, mulberry32, seededShuffle } from './shuffle';

const items = Array.from({ length: 10 }, (_, i) => `q${i}`);

describe('mulberry32', () => {
  it('returns the same sequence for the same seed, within [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const seqA = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(seqA);
    expect(seqA.every((n) => n >= 0 && n < 1)).toBe(true);
  });
});

describe('seededShuffle', () => {
  it('gives the same order for the same seed', () => {
    expect(seededShuffle(items, 7)).toEqual(seededShuffle(items, 7));
  });

  it('usually gives a different order for a different seed', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => seededShuffle(items, seed).join()));
    expect(orders.size).toBeGreaterThan(15);
  });

  it('keeps every element exactly once and leaves the input untouched', () => {
    const copy = [...items];
    const shuffled = seededShuffle(items, 123);
    expect([...shuffled].sort()).toEqual([...items].sort());
    expect(items).toEqual(copy);
  });

  it('handles empty and single-element lists', () => {
    expect(seededShuffle([], 1)).toEqual([]);
    expect(seededShuffle(['only'], 1)).toEqual(['only']);
  });
});

describe('hashSeed', () => {
  it('is deterministic and gives an unsigned 32-bit integer', () => {
    const h = hashSeed(99, 'l1-john');
    expect(hashSeed(99, 'l1-john')).toBe(h);
    expect(Number.isInteger(h) && h >= 0 && h <= 0xffff_ffff).toBe(true);
  });

  it('derives different seeds for different keys and different attempt seeds', () => {
    expect(hashSeed(1, 'a')).not.toBe(hashSeed(1, 'b'));
    expect(hashSeed(1, 'a')).not.toBe(hashSeed(2, 'a'));
  });
});
