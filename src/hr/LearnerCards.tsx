import { useTranslation } from 'react-i18next';
import type { LearnerRow } from './imported-record';
import { Email } from './Email';
import { useFacts, type Fact } from './learner-facts';
import type { ReportSort, SortColumn } from './report-query';
import { SortChoices } from './SortChoices';
import { FileText, NAME_SHOWN } from './FileText';

/** Every fact has a line on a card; the course version only on a record of another version. */
const CARD_FACTS = ['employeeId', 'status', 'finalScore', 'passed', 'completedAt', 'lessonsCompleted', 'timeSpentSeconds', 'assessmentAttempts'] as const satisfies readonly Fact[];
const SORTS: readonly SortColumn[] = ['name', ...CARD_FACTS];

/** What the learners table and the cards both show: one page of learners and how it is sorted. */
export interface LearnerViewProps {
  rows: readonly LearnerRow[];
  sort: ReportSort;
  onSort: (sort: ReportSort) => void;
  currentVersion: string;
  locale: string;
}

/** Learners on a narrow screen: one card each, sorted by the choices above them. */
export function LearnerCards({ rows, sort, onSort, currentVersion, locale }: LearnerViewProps) {
  const { t } = useTranslation('hr');
  const facts = useFacts(locale);
  return (
    <>
      <SortChoices legend={t('table.sortLegend')} columns={SORTS} label={(column) => t(`table.column.${column}`)} sort={sort} onSort={onSort} />
      <ul className="learner-cards" aria-label={t('table.caption')}>
        {rows.map((row) => (
          <li key={`${row.courseId}/${row.employeeId}`} className="learner-card">
            <h3 className="learner-card-name">
              <FileText text={row.name} max={NAME_SHOWN} />
            </h3>
            {row.email && (
              <p className="row-detail">
                <Email address={row.email} />
              </p>
            )}
            <dl className="learner-card-facts">
              {[...CARD_FACTS, ...(row.courseVersion === currentVersion ? [] : (['courseVersion'] as const))].map((fact) => (
                <div key={fact}>
                  <dt>{t(`table.column.${fact}`)}</dt>
                  <dd>{facts[fact](row)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
