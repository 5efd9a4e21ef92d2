import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { memoryStorage } from '../storage/memory-storage';
import { createDraftStore, DRAFT_KEY, useDraftStorageStatus } from './draft-store';

const frozenV1 = readFileSync(resolve(__dirname, '../../tests/fixtures/studio/draft-v1.json'), 'utf8');

const draft = { slug: 'new-lesson', locale: 'en' as const, files: { en: 'text' }, origin: 'blank' as const };

beforeEach(() => useDraftStorageStatus.setState({ notices: [] }));

describe('the studio draft kept on the device', () => {
  it('opens a draft saved by version 1 exactly as it was', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, frozenV1);
    const store = createDraftStore(() => storage);
    expect(store.getState().draft).toEqual({ slug: 'new-lesson', locale: 'es', files: { en: '---\ntitle: A\n---\n', es: '---\ntitle: B\n---\n' }, origin: 'file', fileName: 'es.mdx' });
  });

  it('saves every edit, and another store on the same device reads it back', () => {
    const storage = memoryStorage();
    const store = createDraftStore(() => storage);
    store.getState().start(draft);
    store.getState().edit('en', 'changed');
    store.getState().showLanguage('es');
    expect(createDraftStore(() => storage).getState().draft).toEqual({ ...draft, files: { en: 'changed' }, locale: 'es' });
  });

  it('puts an unreadable saved draft aside under a backup key and says so, instead of dropping it', async () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, '{"state":{"draft":{"slug":42}},"version":1}');
    const store = createDraftStore(() => storage);
    expect(store.getState().draft).toBeUndefined();
    store.getState().start(draft);
    await Promise.resolve();
    const notice = useDraftStorageStatus.getState().notices.find((n) => n.code === 'corrupt');
    expect(notice?.backupKey).toMatch(new RegExp(`^${DRAFT_KEY}\\.backup\\.`));
    expect(storage.getItem(notice!.backupKey!)).toBe('{"state":{"draft":{"slug":42}},"version":1}');
  });

  it('keeps working in memory and says so when the device cannot store the draft (quota full)', () => {
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createDraftStore(() => full);
    store.getState().start(draft);
    expect(store.getState().draft).toEqual(draft);
    expect(useDraftStorageStatus.getState().notices.map((n) => n.code)).toContain('save-failed');
  });
});
