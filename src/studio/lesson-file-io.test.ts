import { MAX_LESSON_BYTES, readLessonFile, saveLessonFile } from './lesson-file-io';

afterEach(() => vi.unstubAllGlobals());

describe('opening a lesson file', () => {
  it('reads UTF-8 text, with Windows line ends made into the build\'s', async () => {
    const opened = await readLessonFile(new File(['---\r\ntitle: Hola\r\n---\r\n'], 'es.mdx'));
    expect(opened).toEqual({ ok: true, name: 'es.mdx', text: '---\ntitle: Hola\n---\n' });
  });

  it.each([
    ['notes.txt', ['hello'], 'notMdx'],
    ['es.mdx', [new Uint8Array([0xff, 0xfe, 0x00, 0xd8])], 'notText'],
    ['big.mdx', [new Uint8Array(MAX_LESSON_BYTES + 1)], 'tooBig'],
  ] as const)('refuses %s with its reason', async (name, parts, problem) => {
    expect(await readLessonFile(new File([...parts], name))).toEqual({ ok: false, name, problem });
  });
});

describe('saving a lesson file', () => {
  it('writes through the file picker where the browser has one', async () => {
    const written: string[] = [];
    const handle = {
      name: 'en.mdx',
      createWritable: () => Promise.resolve({ write: (text: string) => Promise.resolve(void written.push(text)), close: () => Promise.resolve() }),
    };
    vi.stubGlobal('showSaveFilePicker', () => Promise.resolve(handle));
    expect(await saveLessonFile('lesson', 'en.mdx')).toEqual({ how: 'saved', name: 'en.mdx' });
    expect(written).toEqual(['lesson']);
  });

  it('says the file was not saved when the trainer closes the picker', async () => {
    vi.stubGlobal('showSaveFilePicker', () => Promise.reject(new DOMException('closed', 'AbortError')));
    expect(await saveLessonFile('lesson', 'en.mdx')).toEqual({ how: 'cancelled' });
  });

  it('names the file and the reason when writing fails', async () => {
    vi.stubGlobal('showSaveFilePicker', () => Promise.resolve({ name: 'en.mdx', createWritable: () => Promise.reject(new Error('the disk is full')) }));
    expect(await saveLessonFile('lesson', 'en.mdx')).toEqual({ how: 'failed', name: 'en.mdx', reason: 'the disk is full' });
  });

  it('downloads the file where there is no picker', async () => {
    vi.stubGlobal('showSaveFilePicker', undefined);
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    expect(await saveLessonFile('lesson', 'es.mdx')).toEqual({ how: 'downloaded', name: 'es.mdx' });
    expect(clicked).toEqual(['es.mdx']);
    click.mockRestore();
  });
});
