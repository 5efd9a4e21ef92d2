import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../records/download';

type ExportState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; filename: string };

/** CSV and JSON of the learners matching the filters, made by the worker. */
export const ReportExport = memo(function ReportExport({ onExport }: { onExport: (format: 'csv' | 'json') => Promise<{ file: Blob; filename: string }> | undefined }) {
  const { t } = useTranslation('hr');
  const id = useId();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const run = async (format: 'csv' | 'json') => {
    if (state.kind === 'working') return;
    setState({ kind: 'working' });
    const exported = await onExport(format);
    if (!exported) {
      setState({ kind: 'idle' });
      return;
    }
    downloadBlob(exported.filename, exported.file);
    setState({ kind: 'done', filename: exported.filename });
  };

  return (
    <section className="card report-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('export.heading')}</h2>
      <p>{t('export.intro')}</p>
      <div className="export-actions">
        {(['csv', 'json'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className={format === 'csv' ? 'button' : 'button button-secondary'}
            aria-disabled={state.kind === 'working' || undefined}
            onClick={() => void run(format)}
          >
            {t(`export.${format}`)}
          </button>
        ))}
      </div>
      <p role="status" className="form-status">
        {state.kind === 'working' && t('export.working')}
        {state.kind === 'done' && `✓ ${t('export.done', { filename: state.filename })}`}
      </p>
    </section>
  );
});
