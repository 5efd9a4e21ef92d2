import { parseDuration } from './xapi-duration';

describe('ISO 8601 durations in xAPI results', () => {
  it('reads hours, minutes and fractional seconds', () => {
    expect(parseDuration('PT1H2M3.5S')).toBe(3723.5);
    expect(parseDuration('PT90S')).toBe(90);
  });

  it('reads days and weeks', () => {
    expect(parseDuration('P1DT2H')).toBe(93_600);
    expect(parseDuration('P2W')).toBe(1_209_600);
  });

  it('refuses what is not a duration, or has no fixed length', () => {
    for (const bad of ['', 'P', 'PT', '90', 'PT-5S', 'P1Y', 'P1M', 'PT1H2', 'p1d']) expect(parseDuration(bad), bad).toBeUndefined();
  });
});
