import profileV1Raw from '../../tests/fixtures/records/profile-v1.json?raw';
import { useStorageStatus } from '../progress/progress-storage';
import { checkProfile, emptyProfile, learnerOf, migrateProfile, PROFILE_VERSION } from './profile-schema';
import { createProfileStore, PROFILE_KEY, useProfileStorageStatus } from './profile-store';

const profile = (name: string, employeeId: string, email = '') => ({ name, employeeId, email });

beforeEach(() => {
  useProfileStorageStatus.setState({ notices: [] });
  useStorageStatus.setState({ notices: [] });
});

describe('checking a profile', () => {
  it('accepts a name and an employee id, trimmed, with no email', () => {
    expect(checkProfile(profile('  Zoë   Ñúñez ', ' E-7 '))).toEqual({
      ok: true,
      profile: profile('Zoë Ñúñez', 'E-7'),
      learner: { name: 'Zoë Ñúñez', employeeId: 'E-7' },
    });
  });

  it('requires the name and the employee id', () => {
    expect(checkProfile(profile('  ', ''))).toMatchObject({ ok: false, problems: { name: 'required', employeeId: 'required' } });
  });

  it('rejects an email that is not an address, but not an empty one', () => {
    expect(checkProfile(profile('Ana', 'A1', 'ana at example'))).toMatchObject({ ok: false, problems: { email: 'invalid' } });
    expect(checkProfile(profile('Ana', 'A1', 'ana@example.com'))).toMatchObject({ ok: true, learner: { email: 'ana@example.com' } });
  });

  it('says which field is too long', () => {
    expect(checkProfile(profile('x'.repeat(201), 'y'.repeat(65)))).toMatchObject({ ok: false, problems: { name: 'too-long', employeeId: 'too-long' } });
  });

  it('keeps names with commas, quotes, emoji and a leading "=" as typed (the CSV writer neutralises them)', () => {
    const name = '=O\'Brien, "Zed" 🚀';
    expect(learnerOf(profile(name, 'E1'))).toEqual({ name, employeeId: 'E1' });
  });

  it('gives no learner until the profile is complete', () => {
    expect(learnerOf(emptyProfile())).toBeUndefined();
  });
});

describe('the saved profile', () => {
  it('is saved under its own key, at version 1', () => {
    const store = createProfileStore();
    store.getState().saveProfile(profile('Ana', 'A1'));
    expect(JSON.parse(localStorage.getItem(PROFILE_KEY)!)).toEqual({ state: profile('Ana', 'A1'), version: 1 });
    expect(PROFILE_VERSION).toBe(1);
  });

  it('loads what version 1 saved', () => {
    localStorage.setItem(PROFILE_KEY, profileV1Raw);
    const { state } = JSON.parse(profileV1Raw) as { state: unknown };
    expect(createProfileStore().getState()).toMatchObject(state as object);
  });

  it('starts empty and keeps a backup when the saved profile cannot be read, telling only the profile page', () => {
    localStorage.setItem(PROFILE_KEY, '{"state": {"name": ');
    const store = createProfileStore();
    expect(store.getState()).toMatchObject(emptyProfile());
    const [notice] = useProfileStorageStatus.getState().notices;
    expect(notice).toMatchObject({ code: 'corrupt', backupKey: expect.stringContaining(`${PROFILE_KEY}.backup.`) as string });
    expect(localStorage.getItem(notice!.backupKey!)).toBe('{"state": {"name": ');
    expect(useStorageStatus.getState().notices).toEqual([]);
  });

  it('reports a profile saved by a newer version instead of reading it', () => {
    expect(migrateProfile(profile('Ana', 'A1'), 2)).toEqual({ ok: false, reason: 'newer-version' });
  });

  it('can be cleared', () => {
    const store = createProfileStore();
    store.getState().saveProfile(profile('Ana', 'A1'));
    store.getState().clearProfile();
    expect(store.getState()).toMatchObject(emptyProfile());
  });
});
