/**
 * Keeps docs/security.md true: the policy it quotes is the one the build writes, and its list of
 * production dependencies names every entry of package.json's "dependencies", and no other.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONNECT_ORIGINS_VARIABLE, REFERRER_POLICY, headerPolicy, metaPolicy } from './build/content-security-policy';

const root = resolve(import.meta.dirname, '..');
const doc = readFileSync(resolve(root, 'docs/security.md'), 'utf8');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

describe('docs/security.md', () => {
  it('quotes the meta policy and the header policy the build writes, and the referrer policy', () => {
    expect(doc).toContain(`\n${metaPolicy({ connect: [] })}\n`);
    expect(doc).toContain(`Content-Security-Policy: ${headerPolicy({ connect: [] })}\n`);
    expect(doc).toContain(`Referrer-Policy: ${REFERRER_POLICY}`);
    expect(doc).toContain(CONNECT_ORIGINS_VARIABLE);
  });

  it('gives one reason for every production dependency, and lists no other', () => {
    const section = doc.slice(doc.indexOf('## Production dependencies'));
    const listed = [...section.matchAll(/^\| (`[^|]+`) \|/gm)].flatMap((row) => [...row[1]!.matchAll(/`([^`]+)`/g)].map((name) => name[1]!));
    expect(listed.sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });
});
