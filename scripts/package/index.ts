/**
 * npm run package: after `vite build`, writes the LMS packages (SCORM 1.2, SCORM 2004, cmi5) into
 * dist-packages/. See docs/lms.md.
 * Usage: tsx scripts/package/index.ts [dist] [out]
 */
import { relative, resolve } from 'node:path';
import { packageProject } from './package-project';
import { XMLLINT_MISSING } from './xmllint';

const root = process.cwd();
try {
  const { written, validated } = packageProject(root, resolve(process.argv[2] ?? 'dist'), resolve(process.argv[3] ?? 'dist-packages'));
  if (!validated) console.warn(`warning: ${XMLLINT_MISSING}`);
  for (const { file, bytes } of written) console.log(`${relative(root, file).padEnd(44)} ${String(bytes).padStart(9)} bytes  ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
