import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LessonSpec } from '../content/lesson-spec';
import { lessonAttempts, lessonChecks, lessonScore, lessonStatus } from '../progress/progress-selectors';
import { DigestUnavailableError } from '../records/record-digest';
import { downloadRecord, makeRecord, useRecordContext, type RecordContext } from './record-context';
import { formatDate, formatDuration, formatPercent } from '../records/records-format';
import { PageLoading } from './RouteLoading';
import { ScoreChecks } from './ScoreChecks';
import { BackupRestore } from './BackupRestore';
import { NoValue } from '../ui/NoValue';
import '../ui/records.css';

/** Loads the lessons the page shows; its route waits for them (src/app/router.tsx). */
export { preloadLessons } from './record-context';

/** Every lesson with its status, score, attempts, time and date; the course status; record export. */
export function ProgressPage() {
  const loaded = useRecordContext();
  if (loaded.status !== 'ready') return <PageLoading state={loaded} />;
  return <Progress context={loaded.value} />;
}

function Progress({ context }: { context: RecordContext }) {
  const { t } = useTranslation('records');
  const { lessons, status, locale } = context;
  const assessment = status.assessment;
  const taught = lessons.filter((lesson) => lesson.kind === 'lesson');
  const lessonsDone = taught.length - status.remainingLessons.length;

  useEffect(() => {
    document.title = t('progress.title');
  }, [t]);

  return (
    <div className="records-page records-page-wide">
      <h1>{t('progress.title')}</h1>

      <section className="card course-summary" aria-labelledby="course-summary-heading">
        <div className="course-summary-head">
          <h2 id="course-summary-heading">{t('progress.summaryHeading')}</h2>
          <StatusBadge status={status.status} label={t(`progress.status.${status.status}`)} />
        </div>
        <p>{t('progress.lessonsDone', { completed: lessonsDone, total: taught.length })}</p>
        {assessment && (
          <p>
            {assessment.passed
              ? t('progress.assessmentPassed', { score: assessment.bestScore ?? 0 })
              : assessment.bestScore === undefined
                ? t('progress.assessmentNone', { passMark: assessment.passMark })
                : t('progress.assessmentNotPassed', { score: assessment.bestScore, passMark: assessment.passMark })}
          </p>
        )}
        {status.completedAt && <p>{t('progress.completedOn', { date: formatDate(status.completedAt, locale, 'long') })}</p>}
        {status.status === 'completed' && (
          <p>
            <Link className="button" to="/certificate">
              {t('progress.certificate')}
            </Link>
          </p>
        )}
      </section>

      {/* A table on wide screens; on a phone each lesson is a card, nothing scrolls sideways (records.css). */}
      <div className="table-scroll">
        <table className="progress-table">
          <caption>{t('progress.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.column.lesson')}</th>
              <th scope="col">{t('progress.column.status')}</th>
              <th scope="col">{t('progress.column.bestScore')}</th>
              <th scope="col">{t('progress.column.attempts')}</th>
              <th scope="col">{t('progress.column.time')}</th>
              <th scope="col">{t('progress.column.completedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {lessons.map((lesson) => (
              <LessonRow key={lesson.slug} lesson={lesson} context={context} />
            ))}
          </tbody>
        </table>
      </div>

      <RecordExport context={context} />
      <BackupRestore locale={locale} />
    </div>
  );
}

function StatusBadge({ status, label }: { status: 'not-started' | 'in-progress' | 'completed'; label: string }) {
  return (
    <span className={`badge badge-${status}`}>
      <span aria-hidden="true">{status === 'completed' ? '✓' : status === 'in-progress' ? '◐' : '○'}</span>
      {label}
    </span>
  );
}

function LessonRow({ lesson, context }: { lesson: LessonSpec; context: RecordContext }) {
  const { t } = useTranslation('records');
  const { progress, locale, status } = context;
  const saved = progress.lessons[lesson.slug];
  const score = lessonScore(progress, lesson);
  const attempts = lessonAttempts(progress, lesson);
  const isAssessment = lesson.kind === 'assessment' && status.assessment?.slug === lesson.slug;
  const state = lessonStatus(progress, lesson.slug);

  let badge = <StatusBadge status={state} label={t(`progress.status.${state}`)} />;
  if (isAssessment && status.assessment!.passed) badge = <StatusBadge status="completed" label={t('progress.passed')} />;
  else if (isAssessment && status.assessment!.finishedAttempts > 0) badge = <StatusBadge status="in-progress" label={t('progress.notPassed')} />;

  return (
    <tr>
      <th scope="row">
        {isAssessment && lesson.title !== t('progress.assessment') && <span className="row-eyebrow">{t('progress.assessment')}</span>}
        <Link to={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
        {lesson.kind === 'lesson' && (
          <Link className="row-link" to={`/lessons/${lesson.slug}/handout`}>
            {t('progress.handout')}
            <span className="visually-hidden"> ({lesson.title})</span>
          </Link>
        )}
      </th>
      <td data-label={t('progress.column.status')}>{badge}</td>
      <td data-label={t('progress.column.bestScore')} className="score-cell">
        {score === undefined ? <NoValue /> : formatPercent(score, locale)}
        {score !== undefined && <ScoreChecks as="span" className="cell-note" checks={lessonChecks(progress, lesson)} locale={locale} />}
      </td>
      <td data-label={t('progress.column.attempts')}>
        {attempts.finished}
        {attempts.inProgress && <span className="cell-note cell-note-short">{t('progress.attemptInProgress')}</span>}
      </td>
      <td data-label={t('progress.column.time')}>{saved ? formatDuration(saved.timeSpentMs / 1000, t) : <NoValue />}</td>
      <td data-label={t('progress.column.completedOn')}>
        {saved?.completedAt ? <time dateTime={saved.completedAt}>{formatDate(saved.completedAt, locale)}</time> : <NoValue />}
      </td>
    </tr>
  );
}

type ExportState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; filename: string } | { kind: 'failed'; noCrypto: boolean };

function RecordExport({ context }: { context: RecordContext }) {
  const { t } = useTranslation('records');
  const id = useId();
  const [includeReflections, setIncludeReflections] = useState(false);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const { learner } = context;
  const blocked = !learner || state.kind === 'working';

  const run = async (as: 'json' | 'csv') => {
    if (!learner || state.kind === 'working') return;
    setState({ kind: 'working' });
    try {
      const record = await makeRecord({ ...context, learner }, { includeReflections });
      setState({ kind: 'done', filename: await downloadRecord(record, as) });
    } catch (error) {
      setState({ kind: 'failed', noCrypto: error instanceof DigestUnavailableError });
    }
  };

  return (
    <section className="card record-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('export.heading')}</h2>
      <p>{t('export.intro')}</p>
      {!learner && (
        <div className="notice" id={`${id}-needs-profile`}>
          <p>
            {t('export.needsProfile')} <Link to="/profile">{t('export.profileLink')}</Link>
          </p>
        </div>
      )}
      <div className="checkbox-field">
        <input
          id={`${id}-reflections`}
          type="checkbox"
          checked={includeReflections}
          aria-describedby={`${id}-reflections-hint`}
          onChange={(e) => setIncludeReflections(e.target.checked)}
        />
        <label htmlFor={`${id}-reflections`}>{t('export.includeReflections')}</label>
        <p id={`${id}-reflections-hint`} className="field-hint">
          {t('export.reflectionsHint')}
        </p>
      </div>
      <div className="export-actions">
        {(['json', 'csv'] as const).map((as) => (
          <button
            key={as}
            type="button"
            className={as === 'json' ? 'button' : 'button button-secondary'}
            aria-disabled={blocked || undefined}
            aria-describedby={learner ? undefined : `${id}-needs-profile`}
            onClick={() => void run(as)}
          >
            {t(as === 'json' ? 'export.json' : 'export.csv')}
          </button>
        ))}
      </div>
      <p role="status" className={state.kind === 'failed' ? 'form-status form-status-error' : 'form-status'}>
        {state.kind === 'working' && t('export.working')}
        {state.kind === 'done' && `✓ ${t('export.done', { filename: state.filename })}`}
        {state.kind === 'failed' && t(state.noCrypto ? 'export.noCrypto' : 'export.failed')}
      </p>
    </section>
  );
}
