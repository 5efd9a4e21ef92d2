import { atLeast, atMost, below, cpuSets, formatMs, formatRatio, median, projectToCores, renderTable, verdictOf } from './side-by-side';

test('the median of an odd count is the middle value, of an even count the mean of the two middle ones, whatever the order', () => {
  expect(median([30, 10, 20])).toBe(20);
  expect(median([40, 10, 30, 20])).toBe(25);
  expect(median([7])).toBe(7);
  expect(median([])).toBeNaN();
});

test('the median leaves the measured values in the order they were taken', () => {
  const runs = [3, 1, 2];
  median(runs);
  expect(runs).toEqual([3, 1, 2]);
});

test('a ratio to the floor reads with two decimals and a times sign, and a dash when there is no floor to divide by', () => {
  expect(formatRatio(150, 100)).toBe('1.50×');
  expect(formatRatio(1344.6, 452)).toBe('2.97×');
  expect(formatRatio(100, 0)).toBe('–');
  expect(formatRatio(undefined, 100)).toBe('–');
  expect(formatRatio(100, NaN)).toBe('–');
});

test('milliseconds read with a decimal below 100 ms, whole below a second and in seconds above', () => {
  expect(formatMs(13.64)).toBe('13.6 ms');
  expect(formatMs(452.4)).toBe('452 ms');
  expect(formatMs(1344.6)).toBe('1.34 s');
  expect(formatMs(undefined)).toBe('–');
});

test('a target is met or missed at its edge as its label says, and has no verdict without a value', () => {
  expect(verdictOf(atMost(1.5), 1.5)).toBe('met');
  expect(verdictOf(atMost(1.5), 1.51)).toBe('missed');
  expect(verdictOf(below(16), 16)).toBe('missed');
  expect(verdictOf(below(16), 15.9)).toBe('met');
  expect(verdictOf(atLeast(98), 98)).toBe('met');
  expect(verdictOf(atLeast(98), undefined)).toBe('n/a');
  expect(verdictOf(undefined, 3)).toBe('n/a');
});

test('a table pads each column to its widest cell, names on the left and figures on the right, with a rule under the header', () => {
  expect(
    renderTable(
      ['', 'floor', 'home'],
      [
        ['Performance', '100', '98'],
        ['LCP', '0.9 s', '1.45 s'],
      ],
    ),
  ).toEqual([
    '               floor    home',
    '  -----------  -----  ------',
    '  Performance    100      98',
    '  LCP          0.9 s  1.45 s',
  ]);
});

test('a table row shorter than the header gets empty cells, and no line ends in spaces', () => {
  const lines = renderTable(['a', 'b', 'c'], [['x']], '');
  expect(lines).toEqual(['a  b  c', '-  -  -', 'x']);
});

test('the projection fits serial and parallel time to the fewest and most cores measured', () => {
  // 1 s serial + 8 s that splits: 9 s on 1 core, 5 s on 2, so 2 s on 8.
  const projected = projectToCores(
    [
      { cores: 2, ms: 5_000 },
      { cores: 1, ms: 9_000 },
    ],
    8,
  )!;
  expect(projected.ms).toBeCloseTo(2_000);
  expect(projected.serialShare).toBeCloseTo(1 / 9);
});

test('work that got slower with more cores projects as all serial, never as a negative time', () => {
  const projected = projectToCores(
    [
      { cores: 1, ms: 900 },
      { cores: 2, ms: 950 },
    ],
    8,
  )!;
  expect(projected.ms).toBe(900);
  expect(projected.serialShare).toBe(1);
});

test('there is no projection from one core count', () => {
  expect(projectToCores([{ cores: 2, ms: 100 }], 8)).toBeUndefined();
  expect(projectToCores([], 8)).toBeUndefined();
});

test('the core counts for scaling start at one and double up to all of them, as taskset lists', () => {
  expect(cpuSets(1)).toEqual([{ cores: 1, list: '0' }]);
  expect(cpuSets(2)).toEqual([
    { cores: 1, list: '0' },
    { cores: 2, list: '0-1' },
  ]);
  expect(cpuSets(6).map((set) => set.list)).toEqual(['0', '0-1', '0-3', '0-5']);
});
