import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompletionRecord, Learner } from '../records/completion-record-schema';
import { DigestUnavailableError } from '../records/record-digest';
import { downloadRecord, makeRecord, useRecordContext, type RecordContext } from './record-context';
import { formatDate, formatPercent } from '../records/records-format';
import { certificateState } from '../progress/course-status';
import { ProfileForm } from './ProfileForm';
import '../ui/records.css';

type Sealed = { kind: 'working' } | { kind: 'ready'; record: CompletionRecord } | { kind: 'failed'; noCrypto: boolean };

/**
 * The printable certificate, once the course is complete. It shows the record it was made from, and
 * offers that same record as JSON, so the record id on paper names a file HR can check.
 */
export function CertificatePage() {
  const { t } = useTranslation('records');
  const context = useRecordContext();
  const { status, learner, lessons } = context;
  // Made on this page from the details just given: focus goes to the certificate that replaces the form.
  const [justMade, setJustMade] = useState(false);

  useEffect(() => {
    document.title = t('certificate.title');
  }, [t]);

  const certificate = certificateState(status, learner !== undefined);
  if (certificate === 'needs-details') {
    // A complete course is never "locked": only the name and employee ID are missing, asked for here.
    return (
      <div className="records-page">
        <h1>{t('certificate.title')}</h1>
        <p>{t('certificate.needsDetails')}</p>
        <ProfileForm fields={['name', 'employeeId']} submitLabel={t('certificate.make')} onSaved={() => setJustMade(true)} />
      </div>
    );
  }
  if (certificate === 'locked' || !learner) {
    const assessment = status.assessment;
    const remaining = lessons.filter((lesson) => status.remainingLessons.includes(lesson.slug));
    return (
      <div className="records-page">
        <h1>{t('certificate.title')}</h1>
        <p>{t('certificate.locked')}</p>
        <h2>{t('certificate.todoHeading')}</h2>
        <ul className="todo-list">
          {remaining.map((lesson) => (
            <li key={lesson.slug}>
              <Link to={`/lessons/${lesson.slug}`}>{t('certificate.todoLesson', { title: lesson.title })}</Link>
            </li>
          ))}
          {assessment && !assessment.passed && (
            <li>
              <Link to={`/lessons/${assessment.slug}`}>
                {assessment.bestScore === undefined
                  ? t('certificate.todoAssessment', { passMark: assessment.passMark })
                  : t('certificate.todoAssessmentBest', { passMark: assessment.passMark, score: assessment.bestScore })}
              </Link>
            </li>
          )}
          {!learner && (
            <li>
              <Link to="/profile">{t('certificate.todoProfile')}</Link>
            </li>
          )}
        </ul>
      </div>
    );
  }
  return <Certificate context={{ ...context, learner }} focusOnReady={justMade} />;
}

function Certificate({ context, focusOnReady = false }: { context: RecordContext & { learner: Learner }; focusOnReady?: boolean }) {
  const { t } = useTranslation('records');
  const [sealed, setSealed] = useState<Sealed>({ kind: 'working' });
  const [downloaded, setDownloaded] = useState<string>();
  const { learner, progress, lessons, locale, profile, status } = context;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnReady && sealed.kind === 'ready') heading.current?.focus();
  }, [focusOnReady, sealed.kind]);

  useEffect(() => {
    let live = true;
    makeRecord({ progress, lessons, locale, learner, profile, status }, { includeReflections: false }).then(
      (record) => live && setSealed({ kind: 'ready', record }),
      (error: unknown) => live && setSealed({ kind: 'failed', noCrypto: error instanceof DigestUnavailableError }),
    );
    return () => {
      live = false;
    };
  }, [learner, progress, lessons, locale, profile, status]);

  if (sealed.kind === 'working') {
    return (
      <p role="status" className="records-page">
        {t('certificate.preparing')}
      </p>
    );
  }
  if (sealed.kind === 'failed') {
    return (
      <div className="records-page">
        <h1>{t('certificate.title')}</h1>
        <p role="alert" className="notice">
          {t(sealed.noCrypto ? 'export.noCrypto' : 'export.failed')}
        </p>
      </div>
    );
  }

  const { record } = sealed;
  const date = formatDate(record.completedAt ?? record.createdAt, record.language, 'long');
  const score = record.finalScore ?? 0;
  return (
    <div className="records-page print-page">
      <div className="print-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print.button')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void downloadRecord(record, 'json').then(setDownloaded)}
        >
          {t('certificate.download')}
        </button>
        <p className="field-hint">
          {t('print.hint')} {t('certificate.downloadHint')}
        </p>
        <p role="status" className="form-status">
          {downloaded ? `✓ ${t('export.done', { filename: downloaded })}` : ''}
        </p>
      </div>

      <article className="certificate" aria-labelledby="certificate-heading">
        <h1 id="certificate-heading" ref={heading} tabIndex={-1} className="certificate-eyebrow">
          {t('certificate.eyebrow')}
        </h1>
        <p className="certificate-line">{t('certificate.certifies')}</p>
        <p className="certificate-name">{record.learner.name}</p>
        <p className="certificate-small">{t('certificate.employeeId', { id: record.learner.employeeId })}</p>
        <p className="certificate-line">{t('certificate.hasCompleted')}</p>
        <p className="certificate-course">{record.course.title}</p>
        <dl className="certificate-facts">
          <div>
            <dt>{t('certificate.completedOn')}</dt>
            <dd>
              <time dateTime={record.completedAt}>{date}</time>
            </dd>
          </div>
          <div>
            <dt>{t('certificate.finalScore')}</dt>
            <dd>{formatPercent(score, record.language)}</dd>
          </div>
        </dl>
        <p className="certificate-record">
          {t('certificate.recordId')}: <code>{record.recordId}</code>
          <br />
          {t('certificate.courseVersion', { version: record.course.version })}
        </p>
      </article>
    </div>
  );
}
