import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { course, courseText } from '../content/course-meta';
import { certificateState } from '../progress/course-status';
import type { Learner } from '../records/completion-record-schema';
import { DigestUnavailableError } from '../records/record-digest';
import { formatDate } from '../records/records-format';
import { downloadRecord, makeRecord, useRecordContext, type RecordContext } from './record-context';
import { ProfileForm } from './ProfileForm';
import { PageLoading } from './RouteLoading';
import '../ui/records.css';
import './completion.css';

/** Loads the lessons the page shows; its route waits for them (src/app/router.tsx). */
export { preloadLessons } from './record-context';

/**
 * The end of the course, reached by passing the final assessment: what the learner achieved,
 * their certificate (asking in place for the name and employee ID it needs, if they skipped them)
 * and their record to download.
 */
export function CourseCompletePage() {
  const loaded = useRecordContext();
  if (loaded.status !== 'ready') return <PageLoading state={loaded} />;
  return <CourseComplete context={loaded.value} />;
}

function CourseComplete({ context }: { context: RecordContext }) {
  const { t } = useTranslation('records');
  const { t: tc } = useTranslation();
  const { status, lessons, learner, locale } = context;
  const title = courseText(course.title, locale);

  useEffect(() => {
    document.title = `${t('courseComplete.title')} · ${title}`;
  }, [t, title]);

  if (status.status !== 'completed') {
    return (
      <section className="completion">
        <h1>{title}</h1>
        <p>{t('courseComplete.notComplete')}</p>
        <Link className="button" to="/progress">
          {t('courseComplete.progressLink')}
        </Link>
      </section>
    );
  }

  const taught = lessons.filter((lesson) => lesson.kind === 'lesson').length;
  const { assessment } = status;
  return (
    <div className="completion course-completion">
      <svg className="completion-mark" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="11" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <p className="eyebrow">{t('courseComplete.title')}</p>
      <h1>{t('courseComplete.heading', { course: title })}</h1>

      <section className="card completion-part" aria-labelledby="achieved-heading">
        <h2 id="achieved-heading">{t('courseComplete.achievedHeading')}</h2>
        <ul className="achievements">
          <li>{t('courseComplete.lessons', { completed: taught - status.remainingLessons.length, total: taught })}</li>
          {assessment?.bestScore !== undefined && (
            <li>{t('courseComplete.assessment', { score: assessment.bestScore, passMark: assessment.passMark })}</li>
          )}
          {status.completedAt && <li>{t('courseComplete.completedOn', { date: formatDate(status.completedAt, locale, 'long') })}</li>}
        </ul>
      </section>

      <CertificatePart learner={learner} ready={certificateState(status, learner !== undefined) === 'ready'} />
      <RecordPart context={context} />

      <div className="completion-actions">
        <Link className="button button-secondary" to="/">
          {tc('complete.backHome')}
        </Link>
        <Link className="button button-secondary" to="/progress">
          {t('courseComplete.progressLink')}
        </Link>
      </div>
    </div>
  );
}

function CertificatePart({ learner, ready }: { learner: Learner | undefined; ready: boolean }) {
  const { t } = useTranslation('records');
  const link = useRef<HTMLAnchorElement>(null);
  const [justSaved, setJustSaved] = useState(false);

  // The form gives way to the certificate link: focus follows, so it is not lost to the page.
  useEffect(() => {
    if (justSaved && ready) link.current?.focus();
  }, [justSaved, ready]);

  return (
    <section className="card completion-part" aria-labelledby="certificate-part-heading">
      <h2 id="certificate-part-heading">{t('courseComplete.certificateHeading')}</h2>
      {ready && learner ? (
        <>
          <p>{t('courseComplete.certificateReady', { name: learner.name, id: learner.employeeId })}</p>
          <Link ref={link} className="button" to="/certificate">
            {t('courseComplete.certificateLink')}
          </Link>
        </>
      ) : (
        <>
          <p id="certificate-needs-details">{t('courseComplete.needsDetails')}</p>
          <ProfileForm plain fields={['name', 'employeeId']} submitLabel={t('certificate.make')} onSaved={() => setJustSaved(true)} />
        </>
      )}
    </section>
  );
}

type DownloadState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; filename: string } | { kind: 'failed'; noCrypto: boolean };

function RecordPart({ context }: { context: RecordContext }) {
  const { t } = useTranslation('records');
  const hintId = useId();
  const [state, setState] = useState<DownloadState>({ kind: 'idle' });
  const { learner } = context;

  const download = async () => {
    if (!learner || state.kind === 'working') return;
    setState({ kind: 'working' });
    try {
      const record = await makeRecord({ ...context, learner }, { includeReflections: false });
      setState({ kind: 'done', filename: await downloadRecord(record, 'json') });
    } catch (error) {
      setState({ kind: 'failed', noCrypto: error instanceof DigestUnavailableError });
    }
  };

  return (
    <section className="card completion-part" aria-labelledby="record-part-heading">
      <h2 id="record-part-heading">{t('courseComplete.recordHeading')}</h2>
      <p>{t('courseComplete.recordIntro')}</p>
      {!learner && <p id={hintId}>{t('courseComplete.recordNeedsDetails')}</p>}
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={!learner || state.kind === 'working' || undefined}
        aria-describedby={learner ? undefined : hintId}
        onClick={() => void download()}
      >
        {t('courseComplete.download')}
      </button>
      <p role="status" className={state.kind === 'failed' ? 'form-status form-status-error' : 'form-status'}>
        {state.kind === 'working' && t('export.working')}
        {state.kind === 'done' && `✓ ${t('export.done', { filename: state.filename })}`}
        {state.kind === 'failed' && t(state.noCrypto ? 'export.noCrypto' : 'export.failed')}
      </p>
    </section>
  );
}
