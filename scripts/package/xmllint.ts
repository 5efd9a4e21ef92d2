import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validationSchema } from './schema-files';
import type { ScormEdition } from './scorm-manifest';

export const XMLLINT_MISSING = 'xmllint is not installed, so the SCORM manifests cannot be checked against their schemas: install it (Debian: apt-get install -y libxml2-utils).';

export const hasXmllint = (): boolean => spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;

export interface Validation {
  valid: boolean;
  /** xmllint's messages, naming the line and what is wrong. */
  output: string;
}

/**
 * Checks a package's `imsmanifest.xml` against the XSDs inside that same package, so a pass proves
 * the zip is self-consistent. The package's files are written to a scratch folder with a wrapper
 * schema that imports every namespace the manifest declares (see `validationSchema`).
 */
export function validateScormPackage(files: ReadonlyMap<string, Uint8Array>, edition: ScormEdition): Validation {
  const missing = edition.schemas.filter((s) => !files.has(s.xsd)).map((s) => s.xsd);
  if (missing.length) return { valid: false, output: `The package lacks the schemas its manifest names: ${missing.join(', ')}` };
  const dir = mkdtempSync(join(tmpdir(), 'scorm-check-'));
  try {
    for (const [name, data] of files) {
      if (name === 'imsmanifest.xml' || name.endsWith('.xsd')) writeFileSync(join(dir, name), data);
    }
    // Named so it cannot clash with a schema the package carries.
    writeFileSync(join(dir, '__validate__.xsd'), validationSchema(edition.schemas));
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', '__validate__.xsd', 'imsmanifest.xml'], { cwd: dir, encoding: 'utf8' });
    if (run.error) throw new Error(XMLLINT_MISSING, { cause: run.error });
    const output = `${run.stdout}${run.stderr}`.trim();
    // xmllint still says "validates" when a schema it was told to import cannot be read (it warns
    // and skips it, and the lax wildcards then let that namespace through unchecked): any warning fails.
    return { valid: run.status === 0 && !/warning/i.test(output), output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
