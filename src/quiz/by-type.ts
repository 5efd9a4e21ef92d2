/** A registry's descriptors keyed by their question type, each keeping its own precise type. */
export function byType<const D extends ReadonlyArray<{ type: string }>>(descriptors: D): { [E in D[number] as E['type']]: E } {
  return Object.fromEntries(descriptors.map((descriptor) => [descriptor.type, descriptor])) as { [E in D[number] as E['type']]: E };
}
