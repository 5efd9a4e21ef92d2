import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { findLesson } from '../content/course-meta';
import { loadNamespace } from '../i18n/i18n';
import { loadLessonVersion } from '../content/lesson-specs';
import { lastFinishedAttempt } from '../progress/progress-selectors';
import { useProgress } from '../progress/progress-store';
import { LessonBody, useMdxBody } from './LessonBody';
import { CrashBoundary } from './CrashBoundary';
import { NotFoundPage } from './NotFoundPage';
import { preload, useLoaded } from './use-loaded';
import { useLessonTracking } from './use-lesson-tracking';
import { useLocale } from '../i18n/use-locale';

// Only the final assessment asks for the certificate's details: its form loads with it alone, in
// the same wait as the assessment's body, so the form is there when the body appears rather than
// arriving a moment later and pushing the quiz down under the learner's finger.
const PROMPT = 'certificate-details-prompt';
// Its words too: a form drawn before them would change size when they arrive.
const loadPrompt = () =>
  Promise.all([import('./CertificateDetailsPrompt'), loadNamespace('records')]).then(([module]) => module.CertificateDetailsPrompt);

function CertificateDetails() {
  const prompt = useLoaded(PROMPT, loadPrompt);
  return prompt.status === 'ready' ? <prompt.value /> : null;
}

export function LessonPage() {
  const { slug = '' } = useParams();
  const locale = useLocale();
  const lesson = findLesson(slug, locale);
  if (!lesson) return <NotFoundPage />;
  // A lesson that throws stays inside its boundary: the course, its progress and the other lessons go on.
  return (
    <CrashBoundary key={`${slug}:${lesson.spec.locale}`}>
      <Lesson slug={slug} />
    </CrashBoundary>
  );
}

function Lesson({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  // The header from the light course index; the body and its questions load together.
  const { spec, fallback } = findLesson(slug, locale)!;
  const { body, retry } = useMdxBody(
    useCallback(async () => {
      const [version] = await Promise.all([
        loadLessonVersion(slug, spec.locale),
        // The form is a help, not the lesson: if it cannot load, the body still shows.
        spec.kind === 'assessment' ? preload(PROMPT, loadPrompt).catch(() => undefined) : undefined,
      ]);
      return version;
    }, [slug, spec.locale, spec.kind]),
  );
  const startLesson = useProgress((s) => s.startLesson);
  const completeLesson = useProgress((s) => s.completeLesson);
  const savedPosition = useProgress((s) => s.lessons[slug]?.position);
  const quizzesDone = useProgress((s) => spec.quizzes.every((q) => lastFinishedAttempt(s, q.id) !== undefined));
  const completedAt = useProgress((s) => s.lessons[slug]?.completedAt);
  const restored = useRef(false);

  useEffect(() => {
    startLesson(slug);
  }, [slug, startLesson]);

  useEffect(() => {
    document.title = spec.title;
  }, [spec.title]);

  // Once the body (and the quizzes in it) has rendered, back to where the learner was; before the
  // position tracking starts, so the tracking never overwrites the place to come back to.
  useEffect(() => {
    if (body.status !== 'ready' || restored.current) return;
    restored.current = true;
    if (savedPosition) resumeAt(savedPosition);
  }, [body.status, savedPosition]);

  useLessonTracking(slug, body.status === 'ready');

  const finish = () => {
    completeLesson(slug);
    void navigate(`/lessons/${slug}/complete`);
  };

  const questionCount = spec.quizzes.reduce((sum, quiz) => sum + quiz.questionCount, 0);
  return (
    <article className="lesson" lang={spec.locale}>
      <nav aria-label={t('lesson.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('lesson.backToCourse')}</Link>
      </nav>
      <header className="lesson-header">
        <h1>{spec.title}</h1>
        <p className="lesson-meta">
          {/* The assessment is questions, not reading: say how many, and the time from its frontmatter. */}
          {spec.kind === 'assessment' && questionCount > 0
            ? t('lesson.assessmentLength', { count: questionCount, minutes: spec.duration })
            : t('lesson.minutes', { count: spec.duration })}
        </p>
      </header>
      {fallback && (
        <p className="notice" role="note" lang={locale}>
          {t('lesson.fallback')}
        </p>
      )}
      {/* From the lesson's own file, with the body: nothing drawn above the body moves when it comes. */}
      {body.status === 'ready' && body.spec.objectives.length > 0 && (
        <section className="objectives" aria-labelledby="objectives-heading">
          <h2 id="objectives-heading">{t('lesson.objectives')}</h2>
          <ul>
            {body.spec.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
      )}

      {spec.kind === 'assessment' && body.status === 'ready' && <CertificateDetails />}

      {/* A new element once the body is ready: the loading line goes and the body (with the
          assessment's form above it) arrives in its place, rather than the line being pushed down. */}
      <div className="lesson-body" key={body.status}>
        <LessonBody body={body} onRetry={retry} />
      </div>

      {body.status === 'ready' && (
        <footer className="lesson-footer">
          {completedAt && (
            <p className="lesson-meta">
              {t('lesson.completedOn', { date: new Date(completedAt).toLocaleDateString(locale, { dateStyle: 'long' }) })}
            </p>
          )}
          <button
            type="button"
            className="button"
            aria-disabled={!quizzesDone && !completedAt}
            aria-describedby={quizzesDone || completedAt ? undefined : 'finish-hint'}
            onClick={() => (completedAt ? void navigate(`/lessons/${slug}/complete`) : quizzesDone && finish())}
          >
            {completedAt ? t('lesson.seeResult') : t('lesson.finish')}
          </button>
          {!quizzesDone && !completedAt && (
            <p id="finish-hint" className="lesson-meta">
              {t('lesson.finishHint')}
            </p>
          )}
        </footer>
      )}
    </article>
  );
}

/**
 * Scrolls a lesson back to a saved mark. A quiz in progress marks the question on screen
 * (`data-resume-focus`): the learner lands on that question, and focus goes to its heading so a
 * screen reader starts there too. Other marks are only scrolled to.
 */
function resumeAt(position: string) {
  const mark = document.querySelector<HTMLElement>(`[data-position="${CSS.escape(position)}"]`);
  if (!mark) return;
  const question = mark.querySelector<HTMLElement>('[data-resume-focus]');
  // Instant: the page's smooth scrolling (theme.css) would pass other marks on the way, and the
  // position tracking would take the learner to be at one of them.
  (question ?? mark).scrollIntoView({ block: 'start', behavior: 'instant' });
  question?.focus({ preventScroll: true });
}
