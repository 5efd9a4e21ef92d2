import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { cmi5CourseStructure } from './cmi5-course';
import type { PackageCourse } from './package-course';
import { launchedAppFiles, packagedAppFiles } from './package-contents';
import { schemaClosure } from './schema-files';
import { SCORM_12, SCORM_2004, scorm12Manifest, scorm2004Manifest, type ScormEdition } from './scorm-manifest';

/**
 * Packages for LMSs, from one build: SCORM 1.2, SCORM 2004 4th edition and cmi5, each a zip of the
 * built app with its control file at the root.
 */

export type PackageFiles = Map<string, Uint8Array>;

export interface PackageSpec {
  /** `scorm12`, `scorm2004` or `cmi5`: the file name's suffix. */
  kind: ScormEdition['version'] | 'cmi5';
  files: PackageFiles;
}

/**
 * Every file under `dir`, by `/`-separated path relative to it, in a stable order; hidden folders
 * (the build's own `.vite/manifest.json`, for the size budgets) are not part of the app.
 */
export function readTree(dir: string): PackageFiles {
  const files: PackageFiles = new Map();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** An edition's XSDs: those its manifest names, and what they import or include. */
export function editionSchemas(edition: ScormEdition, definitionFiles: string): PackageFiles {
  const folder = join(definitionFiles, edition.schemaFolder);
  const names = schemaClosure(
    edition.schemas.map((s) => s.xsd),
    (name) => readFileSync(join(folder, name), 'utf8'),
  );
  return new Map(names.sort().map((name) => [name, readFileSync(join(folder, name))]));
}

const text = (xml: string) => new TextEncoder().encode(xml);

/** A package's files: its control file first (LMSs and people look for it there), then the rest. */
const withControlFile = (name: string, xml: string, rest: PackageFiles): PackageFiles => new Map([[name, text(xml)], ...rest]);

export function scormPackage(edition: ScormEdition, course: PackageCourse, app: PackageFiles, schemas: PackageFiles): PackageSpec {
  const input = { course, appFiles: [...app.keys()], schemaFiles: [...schemas.keys()] };
  const manifest = edition.version === 'scorm12' ? scorm12Manifest(input) : scorm2004Manifest(input);
  return { kind: edition.version, files: withControlFile('imsmanifest.xml', manifest, new Map([...app, ...schemas])) };
}

export const cmi5Package = (course: PackageCourse, iri: string, app: PackageFiles): PackageSpec => ({
  kind: 'cmi5',
  files: withControlFile('cmi5.xml', cmi5CourseStructure(course, iri), launchedAppFiles(app)),
});

// A fixed date: the same build gives byte-identical zips, so a re-upload can be told apart from a change.
const MTIME = new Date('2020-01-01T00:00:00Z');

export function zipPackage(files: PackageFiles): Uint8Array {
  const entries: Zippable = {};
  for (const [path, data] of files) entries[path] = [data, { level: 9, mtime: MTIME }];
  return zipSync(entries);
}

export interface PackagesInput {
  dist: string;
  definitionFiles: string;
  course: PackageCourse;
  courseIri: string;
}

/** The three packages, in memory: SCORM 1.2, SCORM 2004, cmi5. */
export function buildPackages({ dist, definitionFiles, course, courseIri }: PackagesInput): PackageSpec[] {
  const app = packagedAppFiles(readTree(dist));
  return [
    scormPackage(SCORM_12, course, app, editionSchemas(SCORM_12, definitionFiles)),
    scormPackage(SCORM_2004, course, app, editionSchemas(SCORM_2004, definitionFiles)),
    cmi5Package(course, courseIri, app),
  ];
}

export const packageFileName = (courseId: string, kind: PackageSpec['kind']): string => `${courseId}-${kind}.zip`;

export interface WrittenPackage {
  file: string;
  bytes: number;
}

/** Writes each package's zip into `outDir`, replacing what was there. */
export function writePackages(packages: readonly PackageSpec[], courseId: string, outDir: string): WrittenPackage[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  return packages.map(({ kind, files }) => {
    const file = join(outDir, packageFileName(courseId, kind));
    const zip = zipPackage(files);
    writeFileSync(file, zip);
    return { file, bytes: zip.length };
  });
}
