import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { course, findLesson, lessonsIn } from '../content/course-meta';
import { courseStatus } from '../progress/course-status';
import { lessonChecks, lessonScore, lessonStatus } from '../progress/progress-selectors';
import { NotFoundPage } from './NotFoundPage';
import { useLocale } from '../i18n/use-locale';
import { useProgressData } from './use-progress-data';
import { ScoreChecks } from './ScoreChecks';
import './completion.css';

export function LessonCompletePage() {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('records');
  const { slug = '' } = useParams();
  const locale = useLocale();
  const state = useProgressData();
  const lesson = findLesson(slug, locale);

  useEffect(() => {
    document.title = `${t('complete.title')} · ${lesson?.spec.title ?? ''}`;
  }, [t, lesson?.spec.title]);

  if (!lesson) return <NotFoundPage />;
  const { spec } = lesson;
  if (lessonStatus(state, slug) !== 'completed') {
    return (
      <section className="completion">
        <h1>
          {spec.title}
        </h1>
        <p>{t('complete.notFinished')}</p>
        <Link className="button" to={`/lessons/${slug}`}>
          {t('complete.goToLesson')}
        </Link>
      </section>
    );
  }
  const lessons = lessonsIn(locale);
  // Passing the final assessment ends the course: its screen is the course's, not a lesson's.
  if (spec.kind === 'assessment' && courseStatus(state, lessons.map((other) => other.spec), course.passMark).status === 'completed') {
    return <Navigate to="/course-complete" replace />;
  }
  const score = lessonScore(state, spec);
  // The next lesson still to do: after this one in course order, else an earlier one left behind.
  // Only when none is left has the learner completed every lesson.
  const at = lessons.findIndex((other) => other.spec.slug === slug);
  const unfinished = (other: (typeof lessons)[number]) => lessonStatus(state, other.spec.slug) !== 'completed';
  const next = lessons.slice(at + 1).find(unfinished) ?? lessons.slice(0, at).find(unfinished);
  return (
    <section className="completion" aria-labelledby="completion-heading">
      <svg className="completion-mark" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="11" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <p className="eyebrow">{t('complete.title')}</p>
      <h1 id="completion-heading">
        {t('complete.heading', { title: spec.title })}
      </h1>
      {score === undefined ? (
        <p>{t('complete.noScore')}</p>
      ) : (
        <p className="completion-score">{t('complete.score', { score })}</p>
      )}
      {score !== undefined && <ScoreChecks as="p" className="completion-checks" checks={lessonChecks(state, spec)} locale={locale} />}
      {!next && <p>{t('complete.courseDone')}</p>}
      <div className="completion-actions">
        {next && (
          <Link className="button" to={`/lessons/${next.spec.slug}`}>
            {t('complete.next', { title: next.spec.title })}
          </Link>
        )}
        <Link className={next ? 'button button-secondary' : 'button'} to="/">
          {t('complete.backHome')}
        </Link>
        {spec.kind === 'lesson' && (
          <Link className="button button-secondary" to={`/lessons/${slug}/handout`}>
            {tr('handout.link')}
          </Link>
        )}
      </div>
    </section>
  );
}
