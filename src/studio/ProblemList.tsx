import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../content/compile/diagnostic';

interface ProblemListProps {
  id: string;
  /** Undefined while the first check runs. */
  problems: readonly Diagnostic[] | undefined;
  checking: boolean;
  /** Problems of the English file a translation is compared with. */
  englishProblems: number;
  language: string;
  failure?: string;
  onGoTo: (line: number, column: number) => void;
}

/**
 * What the build would say about the file, in its words, each with its place: choosing one puts
 * the cursor there. The summary is announced as it changes.
 */
export function ProblemList({ id, problems, checking, englishProblems, language, failure, onGoTo }: ProblemListProps) {
  const { t } = useTranslation('studio');
  const summary = failure
    ? t('problems.failed', { reason: failure })
    : problems === undefined
      ? t('problems.checking')
      : problems.length === 0
        ? t('problems.none')
        : t('problems.count', { count: problems.length });
  const tone = failure || problems?.length ? 'has-problems' : problems ? 'is-clear' : '';
  return (
    <section className="studio-problems" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('problems.heading')}</h2>
      <p id={id} className={`studio-summary ${tone}`} role="status" aria-busy={checking}>
        {summary}
      </p>
      {englishProblems > 0 && <p className="notice">{t('problems.english', { count: englishProblems, language })}</p>}
      {problems && problems.length > 0 && (
        <ol className="studio-problem-list">
          {problems.map((problem, index) => (
            <li key={`${String(index)}:${problem.line}:${problem.column}`}>
              <button
                type="button"
                className="studio-problem"
                onClick={() => onGoTo(problem.line, problem.column)}
              >
                <span className="studio-problem-place">{t('problems.place', { line: problem.line, column: problem.column })}</span>
                <span className="studio-problem-message" lang="en">
                  {problem.message}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
