import { z } from 'zod/mini';

/**
 * The LRS form's endpoint and course IRI, remembered in this browser so HR need not type them each
 * time. The key and secret never are: they stay in the form only while the page is open.
 */
export interface LrsSettings {
  endpoint: string;
  courseIri: string;
}

export const LRS_SETTINGS_KEY = 'cf-hr-lrs';

const settingsSchema = z.object({ endpoint: z.string(), courseIri: z.string() });

export function loadLrsSettings(storage?: Pick<Storage, 'getItem'>): LrsSettings {
  try {
    // Reading localStorage itself can throw where the browser blocks storage.
    const parsed = settingsSchema.safeParse(JSON.parse((storage ?? localStorage).getItem(LRS_SETTINGS_KEY) ?? 'null'));
    if (parsed.success) return parsed.data;
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
