/** A lesson file is a few dozen KB; anything past this is not one. */
export const MAX_LESSON_BYTES = 1024 * 1024;

export type OpenedText =
  | { ok: true; name: string; text: string; handle?: FileSystemFileHandle }
  | { ok: false; name: string; problem: 'tooBig' | 'notText' | 'notMdx' | 'unreadable'; reason?: string };

/** Reads a file a trainer opened or dropped: a lesson's text, or why it is not one. */
export async function readLessonFile(file: File, handle?: FileSystemFileHandle): Promise<OpenedText> {
  const { name } = file;
  if (!/\.mdx?$/i.test(name)) return { ok: false, name, problem: 'notMdx' };
  if (file.size > MAX_LESSON_BYTES) return { ok: false, name, problem: 'tooBig' };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    return { ok: false, name, problem: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    // A byte-order mark is dropped; line ends become \n, as the build reads them.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n');
    return handle ? { ok: true, name, text, handle } : { ok: true, name, text };
  } catch {
    return { ok: false, name, problem: 'notText' };
  }
}

/** The File System Access API, where the browser has it (Chromium browsers on a desktop). */
interface FileAccess {
  showOpenFilePicker?: (options: object) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: object) => Promise<FileSystemFileHandle>;
}
interface WritableHandle {
  createWritable?: () => Promise<{ write: (data: string) => Promise<void>; close: () => Promise<void> }>;
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
}

const fileAccess = (): FileAccess => globalThis as unknown as FileAccess;
const PICKER_TYPES = [{ description: 'MDX lesson', accept: { 'text/markdown': ['.mdx', '.md'] } }];

/** Asks for a file with the browser's own picker, keeping its handle to save back to; `undefined` where there is none. */
export async function pickLessonFile(): Promise<OpenedText | 'cancelled' | undefined> {
  const { showOpenFilePicker } = fileAccess();
  if (!showOpenFilePicker) return undefined;
  try {
    const [handle] = await showOpenFilePicker({ types: PICKER_TYPES, multiple: false });
    if (!handle) return 'cancelled';
    return await readLessonFile(await handle.getFile(), handle);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  }
}

export type SaveOutcome = { how: 'saved' | 'downloaded'; name: string } | { how: 'cancelled' } | { how: 'failed'; name: string; reason: string };

async function writeTo(handle: FileSystemFileHandle, text: string): Promise<void> {
  const writable = handle as unknown as WritableHandle;
  if (writable.requestPermission && (await writable.requestPermission({ mode: 'readwrite' })) !== 'granted') {
    throw new Error('the browser was not allowed to write to it');
  }
  if (!writable.createWritable) throw new Error('the browser cannot write to it');
  const stream = await writable.createWritable();
  await stream.write(text);
  await stream.close();
}

/**
 * Saves a lesson's text: back to the file it was opened from, else to a file the trainer picks,
 * else (browsers without file access) as a download.
 */
export async function saveLessonFile(text: string, suggestedName: string, handle?: FileSystemFileHandle): Promise<SaveOutcome> {
  const { showSaveFilePicker } = fileAccess();
  let target = handle;
  try {
    if (!target && showSaveFilePicker) target = await showSaveFilePicker({ suggestedName, types: PICKER_TYPES });
    if (target) {
      await writeTo(target, text);
      return { how: 'saved', name: target.name };
    }
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return { how: 'cancelled' };
    return { how: 'failed', name: target?.name ?? suggestedName, reason: error instanceof Error ? error.message : String(error) };
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { how: 'downloaded', name: suggestedName };
}
