import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { galleryIn, loadGalleryBody } from '../content/gallery';
import type { LessonSpec } from '../content/lesson-spec';
import { questionUis } from '../quiz/question-types';
import { ConnectedStandalone } from './ConnectedStandalone';
import { LessonBody, useMdxBody } from './LessonBody';
import { useLocale } from '../i18n/use-locale';
import './gallery.css';

/**
 * The trainers' component gallery (#/gallery): every lesson component working,
 * in the learner's language. Not in the catalog, and loaded only on this route.
 */
export function GalleryPage() {
  const locale = useLocale();
  const { spec, fallback } = galleryIn(locale);
  return <Gallery key={spec.locale} spec={spec} fallback={fallback} />;
}

function Gallery({ spec, fallback }: { spec: LessonSpec; fallback: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { body, retry } = useMdxBody(useCallback(async () => ({ Body: await loadGalleryBody(spec.locale), spec, questionUis, Standalone: ConnectedStandalone }), [spec]));

  useEffect(() => {
    document.title = spec.title;
  }, [spec.title]);

  return (
    <article className="lesson gallery" lang={spec.locale}>
      <nav aria-label={t('lesson.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('lesson.backToCourse')}</Link>
      </nav>
      <header className="lesson-header">
        <p className="eyebrow">{t('gallery.eyebrow')}</p>
        <h1>{spec.title}</h1>
        <p className="course-intro">{spec.summary}</p>
      </header>
      <p className="notice" role="note" lang={locale}>
        {fallback ? `${t('gallery.notice')} ${t('lesson.fallback')}` : t('gallery.notice')}
      </p>
      <div className="lesson-body">
        <LessonBody body={body} onRetry={retry} />
      </div>
    </article>
  );
}
