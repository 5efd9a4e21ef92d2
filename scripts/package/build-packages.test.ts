import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { elementsNS, onlyNS, parseXml } from '../../tests/support/parse-xml';
import { metaPolicy, policyIn, securityMeta } from '../build/content-security-policy';
import { buildPackages, packageFileName, writePackages, type PackageSpec } from './build-packages';
import { CMI5_NAMESPACE, courseIri } from './cmi5-course';
import { scormDefinitionFiles } from './package-project';
import { SCORM_12, SCORM_2004, type ScormEdition } from './scorm-manifest';
import { testCourse } from './test-course';
import { XMLLINT_MISSING, hasXmllint, validateScormPackage } from './xmllint';

/**
 * A small built app stands in for dist/ (the real build takes too long for the unit suite); the
 * packages are built, written as zips, read back and checked with xmllint against the XSDs inside
 * them. `npm run package` runs the same check on the real manifests.
 */
const DIST_FILES: Record<string, string> = {
  'index.html': `<!doctype html><html><head><meta charset="UTF-8" />${securityMeta(metaPolicy({ connect: [] }))}<script type="module" src="./assets/index-a1.js"></script></head><body></body></html>`,
  'assets/index-a1.js': 'console.log("course")',
  'assets/index-b2.css': 'body{}',
  'assets/lesson-one-en-c3.js': 'export default 1',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'sw.js': 'self.addEventListener("fetch", () => {})',
  'workbox-d4.js': '',
  'assets/offline-register-e5.js': '',
  'offline-lessons.json': '{}',
};
const APP_FILES = ['assets/index-a1.js', 'assets/index-b2.css', 'assets/lesson-one-en-c3.js', 'favicon.svg', 'index.html'];

let work: string;
let zips: Map<PackageSpec['kind'], Map<string, Uint8Array>>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'packages-test-'));
  const dist = join(work, 'dist');
  for (const [path, text] of Object.entries(DIST_FILES)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  const course = testCourse({ title: { en: 'Customer & <Focus> "One"', es: 'Orientación' } });
  const packages = buildPackages({ dist, definitionFiles: scormDefinitionFiles(process.cwd()), course, courseIri: courseIri(course.id) });
  const written = writePackages(packages, course.id, join(work, 'out'));
  zips = new Map(
    packages.map(({ kind }, i) => {
      expect(written[i]!.file).toBe(join(work, 'out', packageFileName(course.id, kind)));
      return [kind, new Map(Object.entries(unzipSync(readFileSync(written[i]!.file))))];
    }),
  );
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const text = (data: Uint8Array | undefined) => new TextDecoder().decode(data);
const zip = (kind: PackageSpec['kind']) => zips.get(kind)!;

describe.each([
  ['SCORM 1.2', SCORM_12],
  ['SCORM 2004', SCORM_2004],
] as const)('the %s zip', (_name, edition: ScormEdition) => {
  const cp = edition.schemas[0]!.namespace;

  it('has imsmanifest.xml at its root', () => {
    expect(zip(edition.version).has('imsmanifest.xml')).toBe(true);
  });

  it('lists in its manifest every file it holds, and holds every file it lists', () => {
    const files = zip(edition.version);
    const listed = elementsNS(parseXml(text(files.get('imsmanifest.xml'))), cp, 'file').map((f) => f.getAttribute('href')!);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual([...files.keys()].filter((name) => name !== 'imsmanifest.xml').sort());
  });

  it('carries the app without its service worker, and an index.html that does not register one', () => {
    const files = zip(edition.version);
    expect([...files.keys()].filter((name) => !name.endsWith('.xsd') && name !== 'imsmanifest.xml').sort()).toEqual(APP_FILES);
    expect(text(files.get('index.html'))).toContain('<meta name="course-offline" content="off">');
  });

  it('keeps the build’s security policy: the SCORM API is in a frame, so the page needs no other origin', () => {
    expect(policyIn(text(zip(edition.version).get('index.html')))).toBe(metaPolicy({ connect: [] }));
  });

  it('carries every schema its manifest names', () => {
    const files = zip(edition.version);
    for (const { xsd } of edition.schemas) expect(files.has(xsd), xsd).toBe(true);
  });

  it('has a manifest that xmllint validates against the schemas inside the zip', () => {
    // Not a skip: without xmllint this check would prove nothing, so it fails and says how to install it.
    expect(hasXmllint(), XMLLINT_MISSING).toBe(true);
    const result = validateScormPackage(zip(edition.version), edition);
    expect(result.output).toMatch(/validates$/);
    expect(result.valid).toBe(true);
  });

  it('would be rejected by the same check if its manifest broke the schema', () => {
    expect(hasXmllint(), XMLLINT_MISSING).toBe(true);
    const files = new Map(zip(edition.version));
    const broken = text(files.get('imsmanifest.xml')).replace(/(adlcp:scorm[tT]ype)="sco"/, '$1="lesson"');
    files.set('imsmanifest.xml', new TextEncoder().encode(broken));
    const result = validateScormPackage(files, edition);
    expect(result.valid).toBe(false);
    expect(result.output).toMatch(/scorm[tT]ype/);
  });

  it.each(['named', 'imported'] as const)('would be rejected if a schema the manifest %s were missing from the zip', (how) => {
    expect(hasXmllint(), XMLLINT_MISSING).toBe(true);
    const files = new Map(zip(edition.version));
    // A named schema is checked before xmllint runs; one that is only imported, by xmllint's warning.
    files.delete(how === 'named' ? edition.schemas[1]!.xsd : edition.version === 'scorm12' ? 'ims_xml.xsd' : 'xml.xsd');
    const result = validateScormPackage(files, edition);
    expect(result.valid).toBe(false);
    expect(result.output).toMatch(how === 'named' ? /lacks the schemas/ : /warning/);
  });
});

describe('the cmi5 zip', () => {
  it('has cmi5.xml at its root, launching index.html, and the app beside it', () => {
    const files = zip('cmi5');
    expect([...files.keys()].filter((name) => name !== 'cmi5.xml').sort()).toEqual(APP_FILES);
    const structure = parseXml(text(files.get('cmi5.xml')));
    const url = onlyNS(structure, CMI5_NAMESPACE, 'url').textContent!;
    expect(files.has(url)).toBe(true);
  });

  it('lets the page reach any https origin until the launch names the LMS’s, and changes nothing else in the policy', () => {
    const policy = policyIn(text(zip('cmi5').get('index.html')))!;
    expect(policy).toContain("connect-src 'self' https:;");
    expect(policy.replace(" https:;", ';')).toBe(metaPolicy({ connect: [] }));
  });
});
