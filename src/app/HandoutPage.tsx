import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { course, courseText, findLesson } from '../content/course-meta';
import type { LessonSpec } from '../content/lesson-spec';
import { loadLessonSpec } from '../content/lesson-specs';
import { useProgress } from '../progress/progress-store';
import { NotFoundPage } from './NotFoundPage';
import { PageLoading } from './RouteLoading';
import { useLoaded } from './use-loaded';
import { formatDate } from '../records/records-format';
import { useLocale } from '../i18n/use-locale';
import '../ui/records.css';

const NO_HANDOUT = { keyPoints: [], facts: [] };

/** A lesson's key points and facts, ready to print; the learner's reflection only if they ask. */
export function HandoutPage() {
  const { slug = '' } = useParams();
  const locale = useLocale();
  const lesson = findLesson(slug, locale);
  if (!lesson) return <NotFoundPage />;
  return <LoadedHandout key={slug} slug={slug} locale={lesson.spec.locale} />;
}

/** The lesson's full spec (its handout and reflections), from the same chunk its lesson page loads. */
function LoadedHandout({ slug, locale }: { slug: string; locale: LessonSpec['locale'] }) {
  const loaded = useLoaded(`lesson/${slug}/${locale}`, () => loadLessonSpec(slug, locale));
  if (loaded.status !== 'ready') return <PageLoading state={loaded} />;
  // Keyed (by its parent), so the reflection choice starts unticked on every handout.
  return <Handout spec={loaded.value} />;
}

function Handout({ spec }: { spec: LessonSpec }) {
  const { t } = useTranslation('records');
  const locale = useLocale();
  const id = useId();
  const { slug } = spec;
  const reflections = useProgress((s) => s.reflections);
  const [includeReflection, setIncludeReflection] = useState(false);

  useEffect(() => {
    document.title = `${t('handout.eyebrow')} · ${spec.title}`;
  }, [t, spec.title]);

  const { keyPoints, facts } = spec.handout ?? NO_HANDOUT;
  const courseTitle = courseText(course.title, locale);

  return (
    <article className="records-page handout print-page" lang={spec.locale}>
      <nav className="breadcrumb no-print" aria-label={t('handout.backToLesson')}>
        <Link to={`/lessons/${slug}`}>{t('handout.backToLesson')}</Link>
      </nav>
      <header className="handout-header">
        <p className="eyebrow">
          {t('handout.eyebrow')} · {courseTitle}
        </p>
        <h1>{spec.title}</h1>
        <p className="handout-summary">{spec.summary}</p>
      </header>

      <div className="print-actions no-print" lang={locale}>
        {spec.reflections.length > 0 && (
          <div className="checkbox-field">
            <input
              id={`${id}-reflection`}
              type="checkbox"
              checked={includeReflection}
              aria-describedby={`${id}-reflection-hint`}
              onChange={(e) => setIncludeReflection(e.target.checked)}
            />
            <label htmlFor={`${id}-reflection`}>{t('handout.includeReflection')}</label>
            <p id={`${id}-reflection-hint`} className="field-hint">
              {t('handout.reflectionHint')}
            </p>
          </div>
        )}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print.button')}
        </button>
        <p className="field-hint">{t('print.hint')}</p>
      </div>

      {keyPoints.length === 0 && facts.length === 0 && <p>{t('handout.empty')}</p>}
      {keyPoints.length > 0 && (
        <section aria-labelledby={`${id}-key-points`}>
          <h2 id={`${id}-key-points`}>{t('handout.keyPoints')}</h2>
          <ul className="handout-points">
            {keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      )}
      {facts.length > 0 && (
        <section aria-labelledby={`${id}-facts`}>
          <h2 id={`${id}-facts`}>{t('handout.facts')}</h2>
          <ul className="handout-facts">
            {facts.map((fact) => (
              <li key={fact.text}>
                <p className="handout-fact">{fact.text}</p>
                <p className="handout-source">
                  {t('handout.source')}{' '}
                  {fact.href ? (
                    <>
                      <a href={fact.href} target="_blank" rel="noreferrer">
                        {fact.source}
                      </a>
                      <span className="print-only"> ({fact.href})</span>
                    </>
                  ) : (
                    <cite>{fact.source}</cite>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {includeReflection && (
        <section aria-labelledby={`${id}-reflection-heading`} className="handout-reflection">
          <h2 id={`${id}-reflection-heading`}>{t('handout.reflectionHeading')}</h2>
          {spec.reflections.map((reflection) => {
            const text = reflections[reflection.id]?.text.trim();
            return (
              <div key={reflection.id}>
                <p className="handout-prompt">{reflection.prompt}</p>
                {text ? <p className="handout-answer">{text}</p> : <p lang={locale}>{t('handout.noReflection')}</p>}
              </div>
            );
          })}
        </section>
      )}
      <footer className="handout-footer">{t('handout.footer', { course: courseTitle, date: formatDate(new Date().toISOString(), locale, 'long') })}</footer>
    </article>
  );
}
