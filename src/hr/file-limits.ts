// What the page checks before reading a file; kept apart from the record schema so the HR page's own
// chunk stays free of it (the workers do the checking).

/** A record file is a few dozen KB; anything this big is not one (and would stall the import). */
export const MAX_RECORD_BYTES = 5 * 1024 * 1024;
/** A zip of 20,000 records is about 64 MB. */
export const MAX_ZIP_BYTES = 200 * 1024 * 1024;

/** Zip files start with a local file header, "PK\3\4" (or "PK\5\6" when empty); without the bytes, the name says. */
export function looksLikeZip(name: string, bytes?: Uint8Array): boolean {
  if (bytes && bytes.length >= 4) return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
  return /\.zip$/i.test(name);
}
