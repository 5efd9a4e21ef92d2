/**
 * Prints the size of each LMS package (SCORM 1.2, SCORM 2004, cmi5), packaging the built course
 * into dist-packages/ first, the same way `npm run package` does.
 */
import { relative, resolve } from 'node:path';
import { packageProject } from '../package/package-project';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function benchPackages(dist: string, outDir = resolve('dist-packages')) {
  const { written } = packageProject(process.cwd(), dist, outDir);
  console.log('\nLMS packages (zip)');
  for (const { file, bytes } of written) console.log(`    ${relative(outDir, file).padEnd(44)} ${kb(bytes).padStart(9)}  (${bytes} bytes)`);
  return written;
}
