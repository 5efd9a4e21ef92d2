import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemStats } from './aggregate';
import { chosenLabels, lessonTitle, questionPrompt } from './report-labels';
import type { CourseLabels } from './hr-labels';
import { formatNumber, formatShare } from './hr-format';
import { nextSort, SortableHeader, type SortDirection } from './SortableHeader';
import { SortChoices } from './SortChoices';
import { useReportTables } from './report-layout';

const COLUMNS = ['question', 'answered', 'rightFirstTime', 'topWrong'] as const;
type ItemColumn = (typeof COLUMNS)[number];

const share = (part: number, whole: number) => (whole ? part / whole : 0);

const keyOf: Record<ItemColumn, (item: ItemStats, labels: CourseLabels) => number> = {
  question: (item, labels) => labels.questionOrder.get(item.questionId) ?? Number.MAX_SAFE_INTEGER,
  answered: (item) => item.answered,
  rightFirstTime: (item) => share(item.rightFirstTime, item.answered),
  topWrong: (item) => share(item.topWrong?.count ?? 0, item.answered),
};

/** One choice as text; several (a set, an order, a path) as a list. */
function WrongAnswer({ options }: { options: string[] }) {
  if (options.length === 1) return <span className="top-wrong">{options[0]}</span>;
  return (
    <ul className="top-wrong">
      {options.map((option, index) => (
        <li key={index}>{option}</li>
      ))}
    </ul>
  );
}

/** Each question's first-try success and most common wrong answer, for trainers: a table where it fits, cards on a phone. */
export const ItemAnalysis = memo(function ItemAnalysis({ items, labels, locale }: { items: ItemStats[]; labels: CourseLabels; locale: string }) {
  const { t } = useTranslation('hr');
  const id = useId();
  const asTable = useReportTables();
  const [sort, setSort] = useState<{ column: ItemColumn; direction: SortDirection }>({ column: 'question', direction: 'ascending' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const sorted = [...items].sort(
    (a, b) => (keyOf[sort.column](a, labels) - keyOf[sort.column](b, labels)) * sign || keyOf.question(a, labels) - keyOf.question(b, labels),
  );
  const header = (column: ItemColumn) => (
    <SortableHeader key={column} direction={sort.column === column ? sort.direction : undefined} onSort={() => setSort(nextSort(sort, column))}>
      {t(`items.column.${column}`)}
    </SortableHeader>
  );

  // The same three figures in either layout.
  const question = (item: ItemStats) => (
    <>
      <span className="row-eyebrow">{lessonTitle(labels, item.lessonSlug)}</span>
      {questionPrompt(labels, item.questionId) ?? t('items.unknownQuestion', { id: item.questionId })}
    </>
  );
  const rightFirstTime = (item: ItemStats) => {
    const right = share(item.rightFirstTime, item.answered);
    return (
      <>
        {t('items.rightShare', { share: formatShare(right, locale), count: item.rightFirstTime })}
        {right < 0.5 && <span className="badge badge-warning">{t('items.weak')}</span>}
      </>
    );
  };
  const topWrong = (item: ItemStats) =>
    item.topWrong ? (
      <>
        <WrongAnswer options={chosenLabels(labels, item.questionId, item.topWrong.chosen)} />
        <span className="field-hint">
          {t('items.topWrongCount', { count: item.topWrong.count, share: formatShare(share(item.topWrong.count, item.answered), locale) })}
        </span>
      </>
    ) : (
      t('items.noWrong')
    );

  return (
    <section className="report-section report-section-below" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('items.heading')}</h2>
      <p className="page-intro">{t('items.intro')}</p>
      {items.length === 0 ? (
        <p>{t('items.empty')}</p>
      ) : asTable ? (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- keyboard users scroll the table sideways from here
        <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="progress-table report-table item-table">
            <caption id={`${id}-caption`}>{t('items.caption')}</caption>
            <thead>
              <tr>{COLUMNS.map(header)}</tr>
            </thead>
            <tbody>
              {sorted.map((item) => (
                <tr key={item.questionId}>
                  <th scope="row">{question(item)}</th>
                  <td>{formatNumber(item.answered, locale)}</td>
                  <td>{rightFirstTime(item)}</td>
                  <td className="wrap">{topWrong(item)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <>
          <SortChoices legend={t('items.sortLegend')} columns={COLUMNS} label={(column) => t(`items.column.${column}`)} sort={sort} onSort={setSort} />
          <ul className="item-cards" aria-label={t('items.caption')}>
            {sorted.map((item) => (
              <li key={item.questionId} className="item-card">
                <p className="item-card-question">{question(item)}</p>
                <dl className="item-card-facts">
                  <dt>{t('items.column.answered')}</dt>
                  <dd>{formatNumber(item.answered, locale)}</dd>
                  <dt>{t('items.column.rightFirstTime')}</dt>
                  <dd>{rightFirstTime(item)}</dd>
                  <dt>{t('items.column.topWrong')}</dt>
                  <dd>{topWrong(item)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
