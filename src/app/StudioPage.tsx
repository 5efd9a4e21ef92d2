import type { Root } from 'mdast';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lessonsIn } from '../content/course-meta';
import type { LessonSpec } from '../content/lesson-spec';
import { loadNamespace } from '../i18n/i18n';
import { SOURCE_LOCALE, SUPPORTED_LOCALES, type Locale } from '../i18n/locales';
import { useLocale } from '../i18n/use-locale';
import { blankLesson } from '../studio/blank-lesson';
import type { CourseFile, DraftCheck } from '../studio/check-draft';
import { coursePictures, loadCourseFiles } from '../studio/course-sources';
import { createDraftChecker, type DraftChecker } from '../studio/draft-checker';
import type { DraftState } from '../studio/draft-schema';
import { useDraft, useDraftStorageStatus } from '../studio/draft-store';
import { pickLessonFile, readLessonFile, saveLessonFile, type OpenedText } from '../studio/lesson-file-io';
import { ProblemList } from '../studio/ProblemList';
import { SourceEditor, type SourceEditorHandle } from '../studio/SourceEditor';
import { StudioPreview } from './StudioPreview';
import '../studio/studio.css';

const studioTexts = import.meta.glob<Record<string, unknown>>('../i18n/locales/*/studio.json', { import: 'default' });

/**
 * The route (src/app/router.tsx): the studio's texts in every language (a few KB, so switching
 * language in the studio loads nothing) and the quiz texts its preview shows, then the page.
 */
export async function studioRoute() {
  await Promise.all([
    loadNamespace('quiz'),
    ...SUPPORTED_LOCALES.map(async (language) => {
      const texts = await studioTexts[`../i18n/locales/${language}/studio.json`]?.();
      if (texts) i18n.addResourceBundle(language, 'studio', texts, true, true);
    }),
  ]);
  return { Component: StudioPage };
}

/** How long typing must pause before the file is checked again. */
const CHECK_AFTER_MS = 250;
const NEW_FOLDER = 'new-lesson';

/** `en.mdx`, `lesson.es.mdx`, `intro-es.md`: the language a file's name gives, if any. */
const localeOfName = (name: string): Locale | undefined => {
  const found = /(?:^|[-_.])([a-z]{2})\.mdx?$/i.exec(name)?.[1]?.toLowerCase();
  return SUPPORTED_LOCALES.find((locale) => locale === found);
};

/** The course lesson whose quiz ids a file uses: the lesson it is a version of. */
const lessonOfText = (text: string, locale: Locale): string | undefined => {
  const ids = new Set([...text.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]));
  return lessonsIn(locale).find(({ spec }) => spec.quizzes.some((quiz) => ids.has(quiz.id)))?.spec.slug;
};

interface Start {
  draft: DraftState;
  /** The file the draft was opened from, to save back to (where the browser gives one). */
  handle?: FileSystemFileHandle;
  said?: { text: string; tone: 'ok' | 'problem' };
}

function useCourseFiles(): { files: CourseFile[] | undefined; failed: boolean } {
  const [state, setState] = useState<{ files: CourseFile[] | undefined; failed: boolean }>({ files: undefined, failed: false });
  useEffect(() => {
    let live = true;
    loadCourseFiles().then(
      (files) => live && setState({ files, failed: false }),
      () => live && setState({ files: [], failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

interface Checked {
  result?: DraftCheck;
  failure?: string;
  checking: boolean;
  /** The last version with no problem, for the preview. */
  good?: { lesson: LessonSpec; tree: Root; file: string };
}

/** Checks the draft as the trainer types: at once for a new file, then once typing pauses. */
function useDraftCheck(draft: DraftState | undefined, course: CourseFile[] | undefined): Checked {
  const checker = useRef<DraftChecker | undefined>(undefined);
  const [checked, setChecked] = useState<Checked>({ checking: false });
  const lastFile = useRef<string | undefined>(undefined);

  useEffect(() => {
    const created = createDraftChecker();
    checker.current = created;
    return () => created.dispose();
  }, []);

  const source = draft?.files[draft.locale];
  const english = draft && draft.locale !== SOURCE_LOCALE ? (draft.files.en ?? course?.find((f) => f.slug === draft.slug && f.locale === SOURCE_LOCALE)?.source) : undefined;
  const slug = draft?.slug;
  const locale = draft?.locale;

  useEffect(() => {
    if (slug === undefined || locale === undefined || source === undefined || !course) return;
    const file = `${slug}/${locale}`;
    const fresh = lastFile.current !== file;
    lastFile.current = file;
    if (fresh) setChecked({ checking: true });
    else setChecked((previous) => ({ ...previous, checking: true }));
    let live = true;
    const timer = window.setTimeout(
      () => {
        checker.current
          ?.check({ slug, locale, source, english, course, pictures: coursePictures() })
          .then(
            (result) => {
              if (!live || !result) return;
              setChecked((previous) => ({
                result,
                checking: false,
                good: result.lesson && result.tree ? { lesson: result.lesson, tree: result.tree, file: result.file } : previous.good?.file === result.file ? previous.good : undefined,
              }));
            },
            (error: unknown) => live && setChecked((previous) => ({ ...previous, checking: false, failure: error instanceof Error ? error.message : String(error) })),
          );
      },
      fresh ? 0 : CHECK_AFTER_MS,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [slug, locale, source, english, course]);

  return checked;
}

/**
 * The trainers' lesson studio (#/studio): a lesson's MDX beside the lesson as learners see it, with
 * every problem the build would report, at its line. Its own route: nothing of it loads for learners.
 */
export function StudioPage() {
  const { t } = useTranslation('studio');
  const { t: tc } = useTranslation();
  const uiLocale = useLocale();
  const id = useId();
  const draft = useDraft((s) => s.draft);
  const { start, edit, showLanguage, moveTo } = useDraft.getState();
  const notices = useDraftStorageStatus((s) => s.notices);
  const course = useCourseFiles();
  const checked = useDraftCheck(draft, course.files);
  const editor = useRef<SourceEditorHandle>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const handles = useRef(new Map<Locale, FileSystemFileHandle>());
  const lessons = lessonsIn(uiLocale);
  const [chosen, setChosen] = useState(lessons[0]?.spec.slug ?? '');
  /** A start waiting for the trainer to agree to replace the draft, with what to say once it is made. */
  const [pending, setPending] = useState<Start | undefined>(undefined);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'problem' } | undefined>(undefined);
  const confirmRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = t('title');
  }, [t]);

  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const language = (locale: Locale) => t(`languages.${locale}`);
  const nextOrder = useMemo(() => Math.max(0, ...lessonsIn(SOURCE_LOCALE).map(({ spec }) => spec.order)) + 1, []);

  const commit = ({ draft: next, handle, said }: Start) => {
    if (next.slug !== draft?.slug) handles.current.clear();
    if (handle) handles.current.set(next.locale, handle);
    start(next);
    setMessage(said);
    setPending(undefined);
  };
  /** Starts a draft; one already there is replaced only once the trainer agrees. */
  const begin = (next: Start) => {
    if (draft) setPending(next);
    else commit(next);
  };

  const fromCourse = () => {
    const files = Object.fromEntries((course.files ?? []).filter((f) => f.slug === chosen).map((f) => [f.locale, f.source]));
    if (!files.en) return;
    begin({ draft: { slug: chosen, locale: files[uiLocale] ? uiLocale : SOURCE_LOCALE, files, origin: 'course' } });
  };

  const opened = (file: OpenedText) => {
    if (!file.ok) {
      setMessage({ text: t(`open.${file.problem}`, { name: file.name, reason: file.reason ?? '' }), tone: 'problem' });
      return;
    }
    const locale = localeOfName(file.name) ?? draft?.locale ?? SOURCE_LOCALE;
    const slug = lessonOfText(file.text, locale) ?? (draft?.origin === 'course' ? undefined : draft?.slug) ?? NEW_FOLDER;
    const said = { text: t('open.opened', { name: file.name, language: language(locale), folder: slug }), tone: 'ok' as const };
    // Another language file of the lesson in the draft joins it; any other file starts a new draft,
    // beside the course's other language file when it is a version of a course lesson.
    const others =
      draft?.slug === slug
        ? draft.files
        : Object.fromEntries((course.files ?? []).filter((f) => f.slug === slug && f.locale !== locale).map((f) => [f.locale, f.source]));
    const origin = draft?.slug === slug ? draft.origin : 'file';
    begin({ draft: { slug, locale, files: { ...others, [locale]: file.text }, origin, fileName: file.name }, handle: file.handle, said });
  };

  const openFile = async () => {
    const picked = await pickLessonFile().catch((error: unknown) => ({ ok: false as const, name: '', problem: 'unreadable' as const, reason: String(error) }));
    if (picked === 'cancelled') return;
    if (picked) opened(picked);
    else fileInput.current?.click();
  };

  const save = async () => {
    if (!draft) return;
    const text = draft.files[draft.locale] ?? '';
    const name = draft.fileName && localeOfName(draft.fileName) === draft.locale ? draft.fileName : `${draft.locale}.mdx`;
    const outcome = await saveLessonFile(text, name, handles.current.get(draft.locale));
    if (outcome.how === 'cancelled') setMessage({ text: t('save.cancelled'), tone: 'problem' });
    else if (outcome.how === 'failed') setMessage({ text: t('save.failed', { name: outcome.name, reason: outcome.reason }), tone: 'problem' });
    else setMessage({ text: t(`save.${outcome.how}`, { name: outcome.name, folder: draft.slug }), tone: 'ok' });
  };

  const text = draft?.files[draft.locale];
  const problems = checked.result?.problems;
  const good = checked.good && checked.result?.file === checked.good.file ? checked.good : undefined;
  const courseSlugs = lessonsIn(SOURCE_LOCALE).map(({ spec }) => spec.slug);
  const storageProblem = notices.find((n) => n.code === 'save-failed' || n.code === 'unavailable');
  const recovered = notices.find((n) => n.code === 'corrupt' || n.code === 'newer-version');

  return (
    <article className="studio" aria-labelledby={`${id}-title`}>
      <nav aria-label={tc('lesson.breadcrumb')} className="breadcrumb">
        <Link to="/">{tc('lesson.backToCourse')}</Link>
      </nav>
      <header className="lesson-header">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1 id={`${id}-title`}>{t('title')}</h1>
        <p className="course-intro">{t('intro')}</p>
      </header>

      <section className="studio-start card" aria-labelledby={`${id}-start`}>
        <h2 id={`${id}-start`}>{t('start.heading')}</h2>
        <div className="studio-start-row">
          <label htmlFor={`${id}-lesson`}>{t('start.lesson')}</label>
          <select id={`${id}-lesson`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {lessons.map(({ spec }) => (
              <option key={spec.slug} value={spec.slug}>
                {spec.title}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={fromCourse} disabled={!course.files}>
            {t('start.openLesson')}
          </button>
        </div>
        <div className="studio-start-row">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => begin({ draft: { slug: NEW_FOLDER, locale: SOURCE_LOCALE, files: { en: blankLesson(SOURCE_LOCALE, nextOrder) }, origin: 'blank' } })}
          >
            {t('start.blank')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void openFile()}>
            {t('start.file')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".mdx,.md,text/markdown"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('start.file')}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void readLessonFile(file).then(opened);
            }}
          />
        </div>
        <p className="studio-hint">{t('start.drop')}</p>
        {pending && draft && (
          <div className="studio-confirm notice" role="group" aria-labelledby={`${id}-confirm`} tabIndex={-1} ref={confirmRef}>
            <p id={`${id}-confirm`}>{t('start.replace', { folder: draft.slug })}</p>
            <div className="studio-start-row">
              <button type="button" className="button" onClick={() => commit(pending)}>
                {t('start.replaceConfirm')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setPending(undefined)}>
                {t('start.replaceCancel')}
              </button>
            </div>
          </div>
        )}
        <p role="status" className={message?.tone === 'problem' ? 'studio-message has-problems' : 'studio-message'}>
          {message?.text}
        </p>
        {course.failed && <p className="notice">{t('start.courseFailed')}</p>}
      </section>

      {draft && (
        <div className="studio-workspace">
          <section className="studio-source" aria-labelledby={`${id}-file`}>
            <h2 id={`${id}-file`} className="studio-file-name">
              {checked.result?.file ?? `content/lessons/${draft.slug}/${draft.locale}.mdx`}
            </h2>
            <div className="studio-file-bar">
              <fieldset className="studio-languages">
                <legend>{t('file.language')}</legend>
                {SUPPORTED_LOCALES.map((locale) => (
                  <button key={locale} type="button" className="button button-secondary" aria-pressed={draft.locale === locale} onClick={() => showLanguage(locale)}>
                    {t(`tabs.${locale}`)}
                  </button>
                ))}
              </fieldset>
              <FolderField id={`${id}-folder`} slug={draft.slug} courseSlugs={courseSlugs} onChange={moveTo} />
              <button type="button" className="button" onClick={() => void save()} disabled={text === undefined}>
                {t('save.button')}
              </button>
            </div>
            <p className="studio-hint">{storageProblem ? '' : t('draft.kept')}</p>
            {storageProblem && (
              <p className="notice" role="alert">
                {t('draft.notKept')}
              </p>
            )}
            {recovered?.backupKey && <p className="notice">{t('draft.recovered', { key: recovered.backupKey })}</p>}
            {text === undefined ? (
              <div className="studio-translate">
                <p>{t('file.noTranslation', { language: language(draft.locale) })}</p>
                <button type="button" className="button" onClick={() => edit(draft.locale, draft.files.en ?? '')} disabled={draft.files.en === undefined}>
                  {t('file.translate', { language: language(draft.locale) })}
                </button>
              </div>
            ) : (
              <>
                <SourceEditor
                  ref={editor}
                  id={`${id}-source`}
                  label={t('editor.label', { file: checked.result?.file ?? `${draft.locale}.mdx` })}
                  value={text}
                  onChange={(value) => edit(draft.locale, value)}
                  onDropFile={(file) => void readLessonFile(file).then(opened)}
                  describedBy={`${id}-problems`}
                  invalid={Boolean(problems?.length)}
                />
                <ProblemList
                  id={`${id}-problems`}
                  problems={checked.checking && !checked.result ? undefined : problems}
                  checking={checked.checking}
                  englishProblems={checked.result?.englishProblems ?? 0}
                  language={language(draft.locale)}
                  failure={checked.failure}
                  onGoTo={(line, column) => editor.current?.goTo(line, column)}
                />
              </>
            )}
          </section>

          <section className="studio-preview" aria-labelledby={`${id}-preview`}>
            <h2 id={`${id}-preview`}>{t('preview.heading')}</h2>
            <p className="studio-hint">{t('preview.note')}</p>
            {good && problems?.length ? <p className="notice">{t('preview.stale')}</p> : null}
            {good ? <StudioPreview lesson={good.lesson} tree={good.tree} locale={draft.locale} /> : <p className="studio-hint">{t('preview.empty')}</p>}
          </section>
        </div>
      )}
    </article>
  );
}

/** The lesson folder a draft is checked as: one of the course's, or a new one by name. */
function FolderField({ id, slug, courseSlugs, onChange }: { id: string; slug: string; courseSlugs: string[]; onChange: (slug: string) => void }) {
  const { t } = useTranslation('studio');
  const isCourse = courseSlugs.includes(slug);
  // The new folder's name, offered again after choosing a course lesson and back.
  const [newName, setNewName] = useState(isCourse ? NEW_FOLDER : slug);
  return (
    <div className="studio-folder">
      <label htmlFor={id}>{t('file.folder')}</label>
      <select id={id} value={isCourse ? slug : ''} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value || newName)}>
        {courseSlugs.map((course) => (
          <option key={course} value={course}>
            {course}
          </option>
        ))}
        <option value="">{t('file.newFolder')}</option>
      </select>
      {!isCourse && (
        <>
          <label htmlFor={`${id}-name`}>{t('file.folderName')}</label>
          <input
            id={`${id}-name`}
            value={slug}
            spellCheck={false}
            autoCapitalize="off"
            onChange={(e) => {
              setNewName(e.target.value);
              onChange(e.target.value);
            }}
          />
        </>
      )}
      <p id={`${id}-hint`} className="studio-hint">
        {t('file.folderHint')}
      </p>
    </div>
  );
}
