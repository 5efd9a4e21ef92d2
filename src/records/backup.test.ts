import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { createProgressStore, PROGRESS_KEY } from '../progress/progress-store';
import { useStorageStatus } from '../progress/progress-storage';
import { emptyProgress, type ProgressState } from '../progress/progress-schema';
import type { QuestionInput } from '../quiz/question-spec';
import {
  BACKUP_FORMAT,
  backupFilename,
  backupText,
  MAX_BACKUP_BYTES,
  readBackup,
  replaceLearnerData,
  summarizeData,
  type BackupProblem,
  type LearnerData,
} from './backup';
import { learnerSlots } from './backup-slots';
import { RECORD_FORMAT } from './completion-record-schema';
import type { ProfileState } from './profile-schema';
import { createProfileStore, PROFILE_KEY, useProfileStorageStatus } from './profile-store';
import enRecords from '../i18n/locales/en/records.json';
import esRecords from '../i18n/locales/es/records.json';

const APP = { name: 'customer-focus-course', version: '1.2.3' };
const NOW = new Date('2026-03-04T10:20:30.000Z');
const PROBLEMS: readonly BackupProblem[] = ['too-large', 'not-json', 'completion-record', 'not-a-backup', 'newer-version', 'damaged'];

// --- arbitraries shaped like progress-schema.ts and profile-schema.ts --------------------------

/** Any text, including astral characters and lone surrogates (JSON escapes those). */
const text = fc.string({ unit: 'binary', maxLength: 24 });
/** `__proto__` is left out: zod drops it from records, and the app never writes it (slugs and ids are authored). */
const key = fc.string({ unit: 'binary', maxLength: 10 }).filter((k) => k !== '__proto__');
const dict = <T>(value: fc.Arbitrary<T>) => fc.dictionary(key, value, { maxKeys: 3, noNullPrototype: true });
const isoDate = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
/** Non-negative finite numbers; `+ 0` turns -0 into 0, as JSON does. */
const amount = fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }).map((n) => n + 0);
const uint32 = fc.tuple(fc.nat(0xffff), fc.nat(0xffff)).map(([high, low]) => high * 0x10000 + low);

const input: fc.Arbitrary<QuestionInput> = fc.oneof(
  fc.record({ type: fc.constant('single-choice' as const), selected: fc.option(text, { nil: null }) }),
  fc.record({ type: fc.constant('multiple-choice' as const), selected: fc.array(text, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('ordering' as const), order: fc.array(text, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('matching' as const), matches: dict(fc.option(text, { nil: null })) }),
  fc.record({ type: fc.constant('scenario' as const), path: fc.array(fc.record({ step: text, option: text }), { maxLength: 3 }) }),
);

const lesson = fc.record(
  { startedAt: isoDate, completedAt: isoDate, timeSpentMs: amount, lastVisitedAt: isoDate, position: text },
  { requiredKeys: ['startedAt', 'timeSpentMs', 'lastVisitedAt'] },
);
const attempt = fc.record(
  {
    id: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
    lessonSlug: text,
    startedAt: isoDate,
    finishedAt: isoDate,
    seed: uint32,
    questionIds: fc.array(text, { maxLength: 4 }),
    position: fc.nat(),
    drafts: dict(input),
    answers: dict(fc.record({ input, earned: amount, total: amount, checkedAt: isoDate })),
  },
  { requiredKeys: ['id', 'lessonSlug', 'startedAt', 'seed', 'questionIds', 'position', 'drafts', 'answers'] },
);
const progressArb: fc.Arbitrary<ProgressState> = fc.record(
  {
    lessons: dict(lesson),
    quizzes: dict(fc.record({ attempts: fc.array(attempt, { maxLength: 3 }) })),
    reflections: dict(fc.record({ text: fc.string({ unit: 'binary', maxLength: 200 }), updatedAt: isoDate })),
    lastLesson: text,
  },
  { requiredKeys: ['lessons', 'quizzes', 'reflections'] },
);
const profileArb: fc.Arbitrary<ProfileState> = fc.record({ name: text, employeeId: text, email: text });
const dataArb: fc.Arbitrary<LearnerData> = fc.record({ progress: progressArb, profile: profileArb });

const encode = (value: string) => new TextEncoder().encode(value);

/** A store pair on the test's own storage, the way the page's restore writes them. */
function stores() {
  localStorage.clear();
  const progress = createProgressStore();
  const profile = createProfileStore();
  return { progress, profile, slots: learnerSlots(progress, profile) };
}

const savedStrings = () => [localStorage.getItem(PROGRESS_KEY), localStorage.getItem(PROFILE_KEY)];

const sample: LearnerData = {
  progress: {
    lessons: { 'why-customer-focus': { startedAt: '2026-03-01T09:00:00.000Z', completedAt: '2026-03-01T09:30:00.000Z', timeSpentMs: 1_800_000, lastVisitedAt: '2026-03-01T09:00:00.000Z' } },
    quizzes: {
      'quiz-why': {
        attempts: [
          {
            id: 'a1',
            lessonSlug: 'why-customer-focus',
            startedAt: '2026-03-01T09:10:00.000Z',
            finishedAt: '2026-03-01T09:20:00.000Z',
            seed: 7,
            questionIds: ['q1'],
            position: 0,
            drafts: {},
            answers: { q1: { input: { type: 'single-choice', selected: 'b' }, earned: 1, total: 1, checkedAt: '2026-03-01T09:15:00.000Z' } },
          },
        ],
      },
    },
    reflections: { 'why-reflection': { text: 'Listen first.', updatedAt: '2026-03-01T09:25:00.000Z' } },
    lastLesson: 'why-customer-focus',
  },
  profile: { name: 'Ana Díaz', employeeId: 'E-1', email: 'ana@example.com' },
};
const sampleFile = () => JSON.parse(backupText(sample, APP, NOW)) as Record<string, unknown>;
const withFile = (change: (file: Record<string, unknown>) => void) => {
  const file = sampleFile();
  change(file);
  return JSON.stringify(file);
};

beforeEach(() => {
  localStorage.clear();
  useStorageStatus.setState({ notices: [] });
  useProfileStorageStatus.setState({ notices: [] });
});

describe('backup file', () => {
  it('names the file with the local date', () => {
    expect(backupFilename(new Date(2026, 0, 9, 23, 30))).toBe('customer-focus-backup-2026-01-09.json');
  });

  it('writes the format, its version, the app and each store with its schema version', () => {
    const file = sampleFile();
    expect(file).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: 1,
      exportedAt: NOW.toISOString(),
      app: APP,
      progress: { version: 1, state: sample.progress },
      profile: { version: 1, state: sample.profile },
    });
  });

  it('gives back exactly the state it was made from, for any valid state', () => {
    fc.assert(
      fc.property(dataArb, (data) => {
        const read = readBackup(encode(backupText(data, APP, NOW)));
        expect(read).toEqual({ ok: true, backup: { ...data, exportedAt: NOW.toISOString(), app: APP } });
      }),
      { numRuns: 300 },
    );
  });

  it('puts any valid state back in both stores exactly as backed up', () => {
    fc.assert(
      fc.property(dataArb, dataArb, (before, data) => {
        const { slots } = stores();
        replaceLearnerData(slots, before);
        const text = backupText(data, APP, NOW);
        const read = readBackup(text);
        if (!read.ok) throw new Error(`refused: ${read.problem}`);
        expect(replaceLearnerData(slots, read.backup)).toEqual({ ok: true });
        // What the stores hold now backs up to the same file.
        expect(backupText({ progress: slots.progress.read(), profile: slots.profile.read() }, APP, NOW)).toBe(text);
        // And what they saved reads back the same after a reload.
        const reloaded = reloadedStores();
        expect(reloaded.progress.read()).toEqual(data.progress);
        expect(reloaded.profile.read()).toEqual(data.profile);
      }),
      { numRuns: 60 },
    );
  });
});

/** New stores on the storage as it is now: what a reload would find. */
function reloadedStores() {
  return learnerSlots(createProgressStore(), createProfileStore());
}

describe('restoring any bytes', () => {
  const refusedOrWhole = (bytes: Uint8Array | string) => {
    const { slots } = stores();
    replaceLearnerData(slots, sample);
    const before = savedStrings();
    const read = readBackup(bytes);
    if (read.ok) {
      expect(replaceLearnerData(slots, read.backup)).toEqual({ ok: true });
      expect(slots.progress.read()).toEqual(read.backup.progress);
      expect(slots.profile.read()).toEqual(read.backup.profile);
    } else {
      expect(PROBLEMS).toContain(read.problem);
      expect(savedStrings()).toEqual(before);
      expect(slots.progress.read()).toEqual(sample.progress);
    }
  };

  it('accepts random bytes whole or refuses them with a reason, never throwing', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), refusedOrWhole), { numRuns: 300 });
  });

  it('accepts random text and JSON values whole or refuses them with a reason', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue().map((v) => JSON.stringify(v))), refusedOrWhole), { numRuns: 300 });
  });

  it('accepts a backup with any part cut out or changed whole, or refuses it', () => {
    const text = backupText(sample, APP, NOW);
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(40), fc.string({ maxLength: 4 }), (at, cut, insert) => refusedOrWhole(text.slice(0, at) + insert + text.slice(at + cut))),
      { numRuns: 300 },
    );
  });

  it('accepts a backup whose JSON values were swapped for others whole, or refuses it', () => {
    const leaves = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant('2026-02-30T00:00:00.000Z'), fc.constant(-1));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), leaves), { maxLength: 3 }), (swaps) => {
        const file = sampleFile();
        for (const [index, value] of swaps) replaceNth(file, index, value);
        refusedOrWhole(JSON.stringify(file));
      }),
      { numRuns: 300 },
    );
  });
});

/** Replaces the `index`-th value (depth first, modulo their number) in a JSON tree. */
function replaceNth(tree: Record<string, unknown>, index: number, value: unknown) {
  const slots: Array<[Record<string, unknown>, string]> = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [k, child] of Object.entries(node)) {
      slots.push([node as Record<string, unknown>, k]);
      walk(child);
    }
  };
  walk(tree);
  const [parent, k] = slots[index % slots.length]!;
  parent[k] = value;
}

describe('hostile backup files', () => {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  const longName = 'N'.repeat(10_000);
  // Each row: what the file is, the file, and the outcome: a refusal's reason, or accepted whole.
  const cases: Array<[string, () => Uint8Array | string, BackupProblem | 'accepted']> = [
    ['a file over the size limit', () => new Uint8Array(MAX_BACKUP_BYTES + 1).fill(0x20), 'too-large'],
    ['a huge JSON document within a string', () => JSON.stringify({ format: BACKUP_FORMAT, pad: 'x'.repeat(MAX_BACKUP_BYTES) }), 'too-large'],
    ['an empty file', () => '', 'not-json'],
    ['bytes that are not UTF-8', () => new Uint8Array([0xff, 0xfe, 0x00, 0x7b]), 'not-json'],
    ['a PDF', () => '%PDF-1.7\n1 0 obj', 'not-json'],
    // Restore reads no archives: a zipped backup, or a zip bomb, is never inflated.
    ['a zipped backup', () => zipSync({ 'backup.json': strToU8(backupText(sample, APP, NOW)) }), 'not-json'],
    ['a zip bomb (a few KB of 16 MB of zeros)', () => zipSync({ 'backup.json': new Uint8Array(16 * 1024 * 1024) }, { level: 9 }), 'not-json'],
    // Too deep for the engine to walk: refused as damaged rather than read.
    ['JSON nested 100,000 deep', () => deep, 'damaged'],
    ['JSON nested 100,000 deep and never closed', () => '['.repeat(100_000), 'damaged'],
    ['a backup nested 100,000 deep inside', () => backupText(sample, APP, NOW).replace('"lessons": {', `"lessons": {"deep": ${deep},`), 'damaged'],
    ['a backup cut short', () => backupText(sample, APP, NOW).slice(0, 200), 'damaged'],
    ['a completion record', () => JSON.stringify({ format: RECORD_FORMAT, formatVersion: 1 }), 'completion-record'],
    ['another JSON file', () => '{"name":"package","version":"1.0.0"}', 'not-a-backup'],
    ['a JSON list', () => '[1,2,3]', 'not-a-backup'],
    ['a newer backup format', () => withFile((file) => (file.formatVersion = 2)), 'newer-version'],
    ['progress saved by a newer app', () => withFile((file) => (file.progress = { version: 99, state: {} })), 'newer-version'],
    ['a profile saved by a newer app', () => withFile((file) => (file.profile = { version: 99, state: {} })), 'newer-version'],
    ['a version that is not a number', () => withFile((file) => (file.formatVersion = '1')), 'damaged'],
    ['a top-level __proto__ key', () => backupText(sample, APP, NOW).replace('{', '{"__proto__":{"polluted":true},'), 'damaged'],
    ['a __proto__ key deep inside', () => backupText(sample, APP, NOW).replace('"lessons": {', '"lessons": {"__proto__":{"polluted":true},'), 'damaged'],
    ['constructor and prototype as lesson slugs', () => withFile((file) => {
      const lessons = (file.progress as { state: ProgressState }).state.lessons;
      Object.assign(lessons, { constructor: lessons['why-customer-focus'], prototype: lessons['why-customer-focus'] });
    }), 'accepted'],
    ['a lesson that is a string', () => withFile((file) => ((file.progress as { state: { lessons: unknown } }).state.lessons = { a: 'done' })), 'damaged'],
    ['a profile name that is a number', () => withFile((file) => ((file.profile as { state: { name: unknown } }).state.name = 42)), 'damaged'],
    ['an invalid date (30 February)', () => backupText(sample, APP, NOW).replace('2026-03-01T09:30:00.000Z', '2026-02-30T09:30:00.000Z'), 'damaged'],
    ['a date that is not a date', () => backupText(sample, APP, NOW).replace('2026-03-01T09:30:00.000Z', 'yesterday'), 'damaged'],
    ['a time of 1e309 ms (Infinity)', () => backupText(sample, APP, NOW).replace('1800000', '1e309'), 'damaged'],
    ['a negative time', () => backupText(sample, APP, NOW).replace('1800000', '-5'), 'damaged'],
    ['a name with HTML and a script', () => withFile((file) => ((file.profile as { state: ProfileState }).state.name = '<img src=x onerror=alert(1)><script>alert(1)</script>')), 'accepted'],
    ['a name with bidi controls', () => withFile((file) => ((file.profile as { state: ProfileState }).state.name = 'Ana \u202Egnp.exe\u202C')), 'accepted'],
    ['a name of 10,000 characters', () => withFile((file) => ((file.profile as { state: ProfileState }).state.name = longName)), 'accepted'],
    ['duplicate keys (the last one counts, as in any JSON)', () => backupText(sample, APP, NOW).replace('"name": "Ana Díaz"', '"name": "Old", "name": "Ana Díaz"'), 'accepted'],
  ];

  const earlier: LearnerData = { progress: { ...emptyProgress(), reflections: { earlier: { text: 'Kept.', updatedAt: NOW.toISOString() } } }, profile: { name: 'Bea', employeeId: 'E-9', email: '' } };

  it.each(cases)('%s: %s', (_what, file, outcome) => {
    // The device already holds a learner's data: a refusal must leave every byte of it.
    const { slots } = stores();
    replaceLearnerData(slots, earlier);
    const before = savedStrings();
    const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const started = performance.now();
    const read = readBackup(file());
    expect(performance.now() - started).toBeLessThan(2000);
    expect(read.ok ? 'accepted' : read.problem).toBe(outcome);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    if (read.ok) {
      expect(Object.getPrototypeOf(read.backup.progress.lessons)).toBe(Object.prototype);
      expect(replaceLearnerData(slots, read.backup)).toEqual({ ok: true });
      // Written whole: both stores, and what a reload finds.
      const reloaded = reloadedStores();
      expect(reloaded.progress.read()).toEqual(read.backup.progress);
      expect(reloaded.profile.read()).toEqual(read.backup.profile);
    } else {
      expect(savedStrings()).toEqual(before);
      expect(reloadedStores().progress.read()).toEqual(earlier.progress);
      // The page has a message for the reason, in each language.
      for (const messages of [enRecords, esRecords]) expect(messages.backup.problem[read.problem]).toMatch(/\S/);
    }
  });

  it('keeps a name with HTML as the very text it was', () => {
    const name = '<b>Ana</b><script>alert(1)</script>';
    const read = readBackup(withFile((file) => ((file.profile as { state: ProfileState }).state.name = name)));
    expect(read.ok && read.backup.profile.name).toBe(name);
  });
});

describe('replacing the stores', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('puts both stores back as they were when the profile cannot be saved', () => {
    const { slots, progress } = stores();
    replaceLearnerData(slots, sample);
    const before = savedStrings();
    const write = localStorage.setItem.bind(localStorage);
    const spy = vi.spyOn(localStorage, 'setItem').mockImplementation((k, v) => {
      if (k === PROFILE_KEY) throw quota();
      write(k, v);
    });
    try {
      const next: LearnerData = { progress: emptyProgress(), profile: { name: 'Someone Else', employeeId: 'E-2', email: '' } };
      expect(replaceLearnerData(slots, next)).toEqual({ ok: false, problem: 'save-failed' });
    } finally {
      spy.mockRestore();
    }
    expect(savedStrings()).toEqual(before);
    expect(slots.progress.read()).toEqual(sample.progress);
    expect(slots.profile.read()).toEqual(sample.profile);
    expect(progress.getState().lessons).toEqual(sample.progress.lessons);
  });

  it('changes nothing when the progress cannot be saved', () => {
    const { slots } = stores();
    replaceLearnerData(slots, sample);
    const before = savedStrings();
    const write = localStorage.setItem.bind(localStorage);
    const spy = vi.spyOn(localStorage, 'setItem').mockImplementation((k, v) => {
      if (k === PROGRESS_KEY && v.length > before[0]!.length) throw quota();
      write(k, v);
    });
    try {
      const bigger: LearnerData = { ...sample, progress: { ...sample.progress, reflections: { r: { text: 'x'.repeat(5000), updatedAt: NOW.toISOString() } } } };
      expect(replaceLearnerData(slots, bigger)).toEqual({ ok: false, problem: 'save-failed' });
    } finally {
      spy.mockRestore();
    }
    expect(savedStrings()).toEqual(before);
    expect(slots.progress.read()).toEqual(sample.progress);
  });

  it('summarizes what a restore replaces: completed lessons, attempts, answers, reflections, name', () => {
    expect(summarizeData(sample)).toEqual({ lessonsCompleted: 1, attempts: 1, answers: 1, reflections: 1, name: 'Ana Díaz' });
    expect(summarizeData({ progress: emptyProgress(), profile: { name: '', employeeId: '', email: '' } })).toEqual({
      lessonsCompleted: 0,
      attempts: 0,
      answers: 0,
      reflections: 0,
      name: '',
    });
  });
});
