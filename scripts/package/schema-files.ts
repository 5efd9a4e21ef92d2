/**
 * Which XSD files a package carries, and how it is checked against them. A manifest names its
 * schemas in `xsi:schemaLocation`; those import and include others. The package carries exactly
 * that closure, nothing more, so the zip is both small and self-consistent.
 */

/** `schemaLocation`s of the `import`s and `include`s in one XSD (any prefix, attributes on several lines). */
export function referencedSchemas(xsd: string): string[] {
  const found: string[] = [];
  for (const [tag] of xsd.matchAll(/<[A-Za-z_][\w.-]*:(?:import|include)\b[^>]*>/g)) {
    const location = /\bschemaLocation\s*=\s*["']([^"']+)["']/.exec(tag)?.[1];
    if (location) found.push(location);
  }
  return found;
}

/**
 * Every XSD reachable from `roots` through imports and includes, in discovery order. `read` gives
 * an XSD's text by file name (schemas here sit side by side in one folder).
 */
export function schemaClosure(roots: readonly string[], read: (name: string) => string): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...referencedSchemas(read(name)));
  }
  return [...seen];
}

/**
 * A schema that only imports each namespace the manifest declares, from the file the manifest
 * names. xmllint takes one schema; given the content-packaging XSD alone it skips the ADL and IMS
 * sequencing extensions (its wildcards are lax), so the SCORM-specific parts would go unchecked.
 * This wraps the package's own XSDs; it defines nothing and never goes into a package.
 */
export function validationSchema(schemas: ReadonlyArray<{ namespace: string; xsd: string }>): string {
  const imports = schemas.map((s) => `  <xs:import namespace="${s.namespace}" schemaLocation="${s.xsd}"/>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">', ...imports, '</xs:schema>', ''].join('\n');
}
