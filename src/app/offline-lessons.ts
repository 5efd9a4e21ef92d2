/**
 * The lessons a learner's device keeps for offline use, in the learner's language. The service
 * worker's precache is one list for everyone, so it holds the pages only; the lessons (each one's
 * body and questions, one file) are stored here, per language, in a cache the service worker reads first
 * (the `runtimeCaching` route in vite.config.ts). The build lists each language's files in
 * `OFFLINE_LESSONS_FILE` (scripts/build/offline-plan.ts).
 */

/** The cache the service worker answers lesson files from. */
export const LESSONS_CACHE = 'course-lessons';
/** Written beside index.html by the build, and precached with it. */
export const OFFLINE_LESSONS_FILE = 'offline-lessons.json';
/** Lessons, each its body and questions in one file (`assets/lesson-<slug>-<locale>-<hash>.js`), and a learner's texts (`assets/texts-…`). */
export const LESSON_FILE = /\/assets\/(?:lesson|texts)-[^/]+\.js$/;

export interface OfflineLessons {
  languages: Record<string, string[]>;
}

/**
 * What to store for a learner in `locale` and what to drop: files of this version missing from the
 * cache, and cached files this version no longer lists (an earlier version's). URLs are absolute.
 * A language the build does not list gets the first one listed (the course's own).
 */
export function lessonChanges(plan: OfflineLessons, locale: string, cached: readonly string[], base: string): { add: string[]; drop: string[] } {
  const absolute = (file: string) => new URL(file, base).href;
  const wanted = (plan.languages[locale] ?? Object.values(plan.languages)[0] ?? []).map(absolute);
  const listed = new Set(Object.values(plan.languages).flat().map(absolute));
  const have = new Set(cached);
  return { add: wanted.filter((url) => !have.has(url)), drop: cached.filter((url) => !listed.has(url)) };
}

/**
 * Stores the lessons of `locale` on the device (only the files still missing) and drops an
 * earlier version's. True once every lesson of the language is stored; false when they could not
 * all be fetched (offline, say): the next try fetches what is still missing.
 */
export async function storeLessons(locale: string, base: string = document.baseURI): Promise<boolean> {
  try {
    const response = await fetch(new URL(OFFLINE_LESSONS_FILE, base));
    if (!response.ok) return false;
    const plan = (await response.json()) as OfflineLessons;
    const cache = await caches.open(LESSONS_CACHE);
    const cached = (await cache.keys()).map((request) => request.url);
    const { add, drop } = lessonChanges(plan, locale, cached, base);
    await Promise.all(drop.map((url) => cache.delete(url)));
    await cache.addAll(add);
    return true;
  } catch {
    return false;
  }
}
