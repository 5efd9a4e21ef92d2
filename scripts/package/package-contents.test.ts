import { OFFLINE_OFF_META, isOfflineFile, packagedAppFiles, packagedIndexHtml } from './package-contents';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('what of the build goes into a package', () => {
  it('leaves out the service worker, its Workbox runtime and the code that registers it', () => {
    for (const path of ['sw.js', 'workbox-2fbc6a65.js', 'assets/offline-register-yIbPJX_q.js', 'offline-lessons.json']) {
      expect(isOfflineFile(path), path).toBe(true);
    }
  });

  it('keeps the app, its lessons and its assets', () => {
    for (const path of ['index.html', 'assets/index-DZoaJV1v.js', 'assets/lesson-what-customer-focus-means-en-BuR8K9qP.js', 'favicon.svg', 'assets/sw.js.png']) {
      expect(isOfflineFile(path), path).toBe(false);
    }
  });

  it('marks index.html so the app does not register a service worker, and changes nothing else', () => {
    const dist = new Map([
      ['index.html', bytes('<!doctype html><html><head><meta charset="UTF-8" /></head><body></body></html>')],
      ['sw.js', bytes('')],
      ['assets/app.js', bytes('console.log(1)')],
    ]);
    const files = packagedAppFiles(dist);
    expect([...files.keys()]).toEqual(['index.html', 'assets/app.js']);
    const html = new TextDecoder().decode(files.get('index.html'));
    expect(html).toContain(`${OFFLINE_OFF_META}\n  </head>`);
    expect(html.indexOf('charset')).toBeLessThan(html.indexOf('course-offline'));
    expect(files.get('assets/app.js')).toBe(dist.get('assets/app.js'));
  });

  it('refuses an index.html without a head', () => {
    expect(() => packagedIndexHtml('<p>hi</p>')).toThrow(/head/);
  });
});
