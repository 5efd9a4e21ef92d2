import { vi } from 'vitest';

export interface Download {
  name: string;
  blob: Blob;
}

/** Captures what the page hands to the browser as a download: each file's name and contents, in order. */
export function captureDownloads(): Download[] {
  const files: Download[] = [];
  let pending: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => ((pending = blob as Blob), 'blob:test'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: pending! });
  });
  return files;
}
