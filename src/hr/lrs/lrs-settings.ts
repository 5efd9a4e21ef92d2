/**
 * The LRS form's endpoint and course IRI, remembered in this browser so HR need not type them each
 * time. The key and secret never are: they stay in the form only while the page is open.
 */
export interface LrsSettings {
  endpoint: string;
  courseIri: string;
}

export const LRS_SETTINGS_KEY = 'cf-hr-lrs';

/**
 * Two strings, checked by hand rather than by a schema: the form draws with the HR page, and the
 * schema library (about 10 KB) would be the one thing on the page's path to its first paint that
 * needs it.
 */
const isSettings = (value: unknown): value is LrsSettings =>
  typeof value === 'object' && value !== null && typeof (value as Partial<LrsSettings>).endpoint === 'string' && typeof (value as Partial<LrsSettings>).courseIri === 'string';

export function loadLrsSettings(storage?: Pick<Storage, 'getItem'>): LrsSettings {
  try {
    // Reading localStorage itself can throw where the browser blocks storage.
    const stored: unknown = JSON.parse((storage ?? localStorage).getItem(LRS_SETTINGS_KEY) ?? 'null');
    if (isSettings(stored)) return { endpoint: stored.endpoint, courseIri: stored.courseIri };
  } catch {
    // Unreadable (private mode, or not JSON): the form starts empty.
  }
  return { endpoint: '', courseIri: '' };
}

/** False when the browser would not keep them (private mode, full storage): the form works anyway. */
export function saveLrsSettings(settings: LrsSettings, storage?: Pick<Storage, 'setItem'>): boolean {
  try {
    (storage ?? localStorage).setItem(LRS_SETTINGS_KEY, JSON.stringify({ endpoint: settings.endpoint, courseIri: settings.courseIri }));
    return true;
  } catch {
    return false;
  }
}
