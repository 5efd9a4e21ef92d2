import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { course, courseText, lessonsIn } from '../content/course-meta';
import { courseProgress, lessonScore, lessonStatus, resumeLesson } from '../progress/progress-selectors';
import { useProgressData } from './use-progress-data';
import { courseStatus } from '../progress/course-status';
import { useOffline } from './offline';
import { formatDate } from '../records/records-format';
import { ResetProgress } from './ResetProgress';
import { useLocale } from '../i18n/use-locale';

export function HomePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const lessons = lessonsIn(locale);
  const specs = lessons.map((l) => l.spec);
  const state = useProgressData();
  const progress = courseProgress(state, specs);
  const resumeSlug = resumeLesson(state, specs);
  const resume = lessons.find((l) => l.spec.slug === resumeSlug);
  const offline = useOffline((s) => s.available);
  const title = courseText(course.title, locale);

  useEffect(() => {
    document.title = title;
  }, [title]);

  const status = courseStatus(state, specs, course.passMark);
  const started = progress.completed > 0 || Object.keys(state.lessons).length > 0;
  // The text counts lessons as the progress page does; the bar also counts the assessment, the course's last step.
  const taught = specs.filter((spec) => spec.kind === 'lesson').length;
  const assessment = status.assessment;
  return (
    <>
      <h1>{title}</h1>
      {course.description && <p className="course-intro">{courseText(course.description, locale)}</p>}

      {status.status === 'completed' && status.completedAt && (
        <section className="course-complete card" aria-labelledby="course-complete-heading">
          <h2 id="course-complete-heading">
            <span aria-hidden="true">✓ </span>
            {t('home.courseCompleteHeading')}
          </h2>
          <p>{t('home.courseComplete', { date: formatDate(status.completedAt, locale, 'long'), score: status.finalScore ?? 100 })}</p>
          <Link className="button" to="/certificate">
            {t('home.certificate')}
          </Link>
        </section>
      )}

      <section className="course-progress card" aria-label={t('home.progressLabel')}>
        <div className="course-progress-row">
          <p id="course-progress-text">
            {t('home.progress', { completed: taught - status.remainingLessons.length, total: taught })}
            {assessment &&
              `. ${
                assessment.passed
                  ? t('home.assessmentPassed')
                  : assessment.bestScore === undefined
                    ? t('home.assessmentToTake')
                    : t('home.assessmentNotPassed', { score: assessment.bestScore, passMark: assessment.passMark })
              }`}
          </p>
          {resume ? (
            <Link className="button" to={`/lessons/${resume.spec.slug}`}>
              {started ? t('home.continue', { title: resume.spec.title }) : t('home.start')}
            </Link>
          ) : (
            lessons[0] && (
              <Link className="button button-secondary" to={`/lessons/${lessons[0].spec.slug}`}>
                {t('home.review')}
              </Link>
            )
          )}
        </div>
        <progress className="progress-bar" max={100} value={progress.percent} aria-labelledby="course-progress-text" />
      </section>

      <h2>{t('home.lessonsHeading')}</h2>
      <ol className="lesson-list">
        {lessons.map(({ spec, fallback }, i) => {
          const status = lessonStatus(state, spec.slug);
          const score = lessonScore(state, spec);
          return (
            <li key={spec.slug} className="card lesson-card">
              <span className="eyebrow">
                {spec.kind === 'assessment' ? t('home.assessment') : t('home.lessonNumber', { number: i + 1 })}
              </span>
              <h3>
                <Link to={`/lessons/${spec.slug}`}>{spec.title}</Link>
              </h3>
              <p>{spec.summary}</p>
              <div className="lesson-meta">
                <span className={`badge badge-${status}`}>
                  <span aria-hidden="true">{status === 'completed' ? '✓' : status === 'in-progress' ? '◐' : '○'}</span>
                  {t(`status.${status}`)}
                </span>
                <span className="badge">{t('home.duration', { count: spec.duration })}</span>
                {score !== undefined && <span className="badge">{t('home.score', { score })}</span>}
                {fallback && (
                  <span className="badge" lang={locale}>
                    {t('home.notTranslated')}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ol>

      {/* At the end, so its arrival (once the service worker is ready) moves nothing the learner reads. */}
      {offline && <p className="offline-note">{t('offline.available')}</p>}

      <ResetProgress />
    </>
  );
}
