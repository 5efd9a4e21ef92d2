/**
 * What of `dist/` goes into an LMS package. Everything the course needs, except the offline
 * service worker: registered from an LMS's content path, a service worker would take that path of
 * the LMS's own site as its scope, then cache and answer requests that belong to the LMS (and keep
 * doing so after the course is replaced or removed). So packages leave out the worker, its Workbox
 * runtime and the code that registers it, and index.html tells the app not to try
 * (`src/app/offline.ts` reads the same marker).
 */

import { openConnectForLaunch } from '../build/content-security-policy';

export const OFFLINE_OFF_META = '<meta name="course-offline" content="off">';

const OFFLINE_FILES = [/^sw\.js$/, /^offline-lessons\.json$/, /^workbox-[^/]+\.js$/, /^assets\/offline-register-[^/]+\.js$/];

/** The service worker, its runtime and its registration chunk: built for the web, never packaged. */
export const isOfflineFile = (path: string): boolean => OFFLINE_FILES.some((pattern) => pattern.test(path));

/** index.html with the marker that switches offline registration off, at the end of <head>. */
export function packagedIndexHtml(html: string): string {
  const end = html.search(/<\/head>/i);
  if (end < 0) throw new Error('index.html has no </head>: cannot mark the package as online-only.');
  return `${html.slice(0, end)}  ${OFFLINE_OFF_META}\n  ${html.slice(end)}`;
}

/** The app's files for a package, from the built files (paths relative to dist, `/`-separated). */
export function packagedAppFiles(dist: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of dist) {
    if (isOfflineFile(path)) continue;
    files.set(path, path === 'index.html' ? new TextEncoder().encode(packagedIndexHtml(new TextDecoder().decode(data))) : data);
  }
  return files;
}

/**
 * The app's files for a cmi5 package: the LMS names its LRS only in the launch URL, so unless the
 * build named origins (COURSE_CONNECT_ORIGINS), index.html's policy lets the page reach any https
 * origin until the launch is read; the page then narrows it to the launch's own (docs/security.md).
 */
export function launchedAppFiles(app: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  const index = app.get('index.html');
  if (!index) throw new Error('The build has no index.html to launch.');
  return new Map([...app].map(([path, data]) => [path, path === 'index.html' ? new TextEncoder().encode(openConnectForLaunch(new TextDecoder().decode(index))) : data]));
}
