import type { CompletionRecord } from './completion-record-schema';

/** The local calendar date, YYYY-MM-DD. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Keeps letters, digits, `.`, `_` and `-` (any script), so the name is safe on every file system. */
const fileSafe = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 64) || 'learner';

/** `customer-focus-record-<employeeId>-<date>.json`, from the course id and the record's own date. */
export function recordFilename(record: CompletionRecord, extension: 'json' | 'csv'): string {
  return `${fileSafe(record.course.id)}-record-${fileSafe(record.learner.employeeId)}-${localDate(new Date(record.createdAt))}.${extension}`;
}

/** Hands `content` to the browser as a file download. */
export function downloadFile(filename: string, content: string, type: string): void {
  downloadBlob(filename, new Blob([content], { type }));
}

/** Hands a file made elsewhere (a worker, say) to the browser as a download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
