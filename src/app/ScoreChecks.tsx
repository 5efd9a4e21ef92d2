import { useTranslation } from 'react-i18next';
import type { CheckScore } from '../progress/progress-selectors';
import { formatList, formatPoints } from '../records/records-format';

interface ScoreChecksProps {
  /** The lesson's checks (`lessonChecks`); nothing is shown for a score of one check. */
  checks: readonly CheckScore[];
  locale: string;
  as: 'p' | 'span';
  className: string;
}

/** What a lesson score made of several checks is made of: "Score over 2 checks: quiz 4/5, scenario 3/3". */
export function ScoreChecks({ checks, locale, as: Tag, className }: ScoreChecksProps) {
  const { t } = useTranslation('records');
  if (checks.length < 2) return null;
  const parts = checks.map((check) => {
    const name = t(`checks.kind.${check.check}`);
    return check.finished
      ? t('checks.part', { check: name, earned: formatPoints(check.earned, locale), total: formatPoints(check.total, locale) })
      : t('checks.notDone', { check: name });
  });
  return <Tag className={className}>{t('checks.summary', { count: checks.length, parts: formatList(parts, locale) })}</Tag>;
}
