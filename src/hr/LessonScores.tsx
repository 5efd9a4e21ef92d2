import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonStats } from './aggregate';
import { lessonTitle, type ReportLabels } from './report-labels';
import { NoValue } from '../ui/NoValue';
import { formatNumber, formatScore } from './hr-format';
import { useReportTables } from './report-layout';

/** A bar from 0 to 100%, with the pass mark as a dashed line. The numbers beside it carry the meaning. */
function Bar({ value, passMark }: { value: number | undefined; passMark: number }) {
  return (
    <svg className="score-bar" width="100%" height="20" aria-hidden="true" focusable="false">
      <rect className="score-bar-track" x="0" y="2" width="100%" height="16" rx="4" />
      {value !== undefined && value > 0 && <rect className="score-bar-value" x="0" y="2" width={`${value}%`} height="16" rx="4" />}
      <line className="score-bar-mark" x1={`${passMark}%`} x2={`${passMark}%`} y1="0" y2="20" />
    </svg>
  );
}

/**
 * Average best score per lesson, as bars, then every figure in a table; on a narrow screen the
 * other figures go under each bar instead, so nothing scrolls sideways.
 */
export const LessonScores = memo(function LessonScores({ lessons, labels, passMark, locale }: { lessons: LessonStats[]; labels: ReportLabels; passMark: number; locale: string }) {
  const { t } = useTranslation('hr');
  const id = useId();
  const asTable = useReportTables();
  const score = (value: number | undefined) => (value === undefined ? <NoValue /> : formatScore(value, locale));
  return (
    <section className="report-section report-section-below" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('lessons.heading')}</h2>
      <figure className="card lesson-chart" aria-labelledby={`${id}-chart`}>
        <figcaption id={`${id}-chart`} className="visually-hidden">
          {t('lessons.chartLabel')}
        </figcaption>
        <ul className="bar-list">
          {lessons.map((lesson) => (
            <li key={lesson.slug}>
              <span className="bar-title">{lessonTitle(labels, lesson.slug)}</span>
              <span className="bar-value">{lesson.averageScore === undefined ? t('lessons.noScore') : formatScore(lesson.averageScore, locale)}</span>
              <Bar value={lesson.averageScore} passMark={passMark} />
              {!asTable && (
                <dl className="bar-facts">
                  <div>
                    <dt>{t('lessons.column.median')}</dt>
                    <dd>{score(lesson.medianScore)}</dd>
                  </div>
                  <div>
                    <dt>{t('lessons.column.scored')}</dt>
                    <dd>{formatNumber(lesson.scored, locale)}</dd>
                  </div>
                  <div>
                    <dt>{t('lessons.column.completed')}</dt>
                    <dd>{formatNumber(lesson.completed, locale)}</dd>
                  </div>
                </dl>
              )}
            </li>
          ))}
        </ul>
        <p className="field-hint">{t('lessons.passMark', { mark: passMark })}</p>
      </figure>

      {asTable && (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- keyboard users scroll the table sideways from here
        <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="progress-table report-table">
            <caption id={`${id}-caption`}>{t('lessons.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lessons.column.lesson')}</th>
                <th scope="col">{t('lessons.column.average')}</th>
                <th scope="col">{t('lessons.column.median')}</th>
                <th scope="col">{t('lessons.column.scored')}</th>
                <th scope="col">{t('lessons.column.completed')}</th>
              </tr>
            </thead>
            <tbody>
              {lessons.map((lesson) => (
                <tr key={lesson.slug}>
                  <th scope="row">{lessonTitle(labels, lesson.slug)}</th>
                  <td>{score(lesson.averageScore)}</td>
                  <td>{score(lesson.medianScore)}</td>
                  <td>{formatNumber(lesson.scored, locale)}</td>
                  <td>{formatNumber(lesson.completed, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});
