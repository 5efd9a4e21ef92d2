import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileProblem } from './read-record-file';
import { formatDateTime, formatMegabytes } from './hr-format';
import { FILE_NAME_SHOWN, FileText } from './FileText';

/** Files listed on the page; the JSON export has every one. */
const SHOWN = 200;

function useProblemText(locale: string) {
  const { t } = useTranslation('hr');
  return (problem: FileProblem): string => {
    const detail = problem.detail ?? '';
    switch (problem.code) {
      case 'too-large':
        return t('problems.code.too-large', { size: formatMegabytes(Number(detail) || 0, locale) });
      case 'invalid':
        return detail ? t('problems.code.invalidField', { detail }) : t('problems.code.invalid');
      case 'duplicate':
        return problem.made
          ? t('problems.code.duplicateMade', { detail, older: formatDateTime(problem.made.setAside, locale), newer: formatDateTime(problem.made.kept, locale) })
          : t('problems.code.duplicate', { detail });
      case 'copied-record':
        return t('problems.code.copied-record', { detail, learner: problem.learner ?? '' });
      case 'unsupported-version':
      case 'other-course':
      case 'same-record':
        return t(`problems.code.${problem.code}`, { detail });
      default:
        return t(`problems.code.${problem.code}`);
    }
  };
}

/** Every file left out of the report, by name, with the reason. */
export const FileProblems = memo(function FileProblems({ problems, locale }: { problems: readonly FileProblem[]; locale: string }) {
  const { t } = useTranslation('hr');
  const id = useId();
  const text = useProblemText(locale);
  if (!problems.length) return null;
  return (
    <section className="card file-problems" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {t('problems.heading')} <span className="badge">{problems.length.toLocaleString(locale)}</span>
      </h2>
      <p>{t('problems.intro')}</p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- keyboard users scroll a long list from here */}
      <div className="problem-scroll" role="region" aria-label={t('problems.list')} tabIndex={0}>
        <ul className="problem-list">
          {problems.slice(0, SHOWN).map((problem, index) => (
            <li key={`${index}-${problem.file}`}>
              <span className="problem-file">
                <FileText text={problem.file} max={FILE_NAME_SHOWN} />
              </span>
              <span className="problem-reason">{text(problem)}</span>
            </li>
          ))}
        </ul>
      </div>
      {problems.length > SHOWN && <p>{t('problems.more', { count: problems.length - SHOWN })}</p>}
    </section>
  );
});
