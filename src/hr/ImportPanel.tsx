import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadTone } from './load-tone';
import { LoadResult } from './LoadResult';
import { fromDrop, fromFolderInput, type Picked } from './picked-files';
import type { ImportState } from './use-hr-report';

/** Four announcements per import at most: screen readers hear a quarter done, half done… */
const milestone = (done: number, total: number) => (total ? Math.floor((done / total) * 4) : 0);

/** Drop or pick record files and zips; shows the import's progress and result. */
export function ImportPanel({
  state,
  learners,
  onFiles,
  onCancel,
  onClear,
}: {
  state: ImportState;
  learners: number;
  onFiles: (picked: Picked) => void;
  onCancel: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('hr');
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  // Files given while an import runs wait for it (see useHrReport), so the inputs stay usable and
  // keyboard focus never drops to the page when an import starts or ends.
  const busy = state.kind === 'importing';

  // Stop and Clear go once pressed: keyboard focus moves to where the next files are chosen.
  const thenChooseFiles = (action: () => void) => () => {
    action();
    filesInput.current?.focus();
  };

  // A file dropped beside the drop zone would make the browser leave the page for it.
  useEffect(() => {
    const keep = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    // The dropped folders' entries can be read only now, during the event.
    void fromDrop(event.dataTransfer).then(onFiles, () => onFiles({ files: [...event.dataTransfer.files], skipped: 0 }));
  };

  const progress = state.kind === 'importing' ? state.progress : undefined;
  const spoken =
    progress &&
    (milestone(progress.done, progress.total) === 0
      ? t('import.reading', { total: progress.total })
      : t('import.checking', { done: Math.round((milestone(progress.done, progress.total) / 4) * progress.total), total: progress.total }));

  return (
    <section className="card hr-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('import.heading')}</h2>
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={drop}
      >
        <p className="drop-zone-title">{t('import.drop')}</p>
        <div className="import-buttons">
          <input
            id={`${id}-files`}
            className="visually-hidden file-input"
            type="file"
            multiple
            accept=".json,.zip,application/json,application/zip"
            ref={filesInput}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              const files = [...(event.currentTarget.files ?? [])];
              // Cleared, so picking the same files again still counts as a change.
              event.currentTarget.value = '';
              onFiles({ files, skipped: 0 });
            }}
          />
          <label htmlFor={`${id}-files`} className="button">
            {t('import.choose')}
          </label>
          {/* A folder, with every file in it at any depth; the record files are picked out. */}
          <input
            id={`${id}-folder`}
            className="visually-hidden file-input"
            type="file"
            multiple
            {...{ webkitdirectory: '' }}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              const files = [...(event.currentTarget.files ?? [])];
              event.currentTarget.value = '';
              onFiles(fromFolderInput(files));
            }}
          />
          <label htmlFor={`${id}-folder`} className="button button-secondary">
            {t('import.chooseFolder')}
          </label>
        </div>
        <p id={`${id}-hint`} className="field-hint">
          {t('import.hint')} {t('import.adds')}
        </p>
      </div>

      {progress && (
        <div className="import-progress">
          <label htmlFor={`${id}-progress`}>{t('import.progressLabel')}</label>
          <progress id={`${id}-progress`} className="progress-bar" max={Math.max(progress.total, 1)} value={progress.done} />
          <p className="field-hint" aria-hidden="true">
            {t('import.checking', { done: progress.done, total: progress.total })}
          </p>
          {state.kind === 'importing' && state.queued > 0 && <p className="field-hint">{t('import.queued', { count: state.queued })}</p>}
          <button
            type="button"
            className="button button-secondary import-stop"
            onClick={thenChooseFiles(onCancel)}
          >
            {t('import.cancel')}
          </button>
        </div>
      )}

      <p role="status" className={state.kind === 'failed' ? 'form-status form-status-error' : 'form-status'}>
        {/* For screen readers, in quarters; the line above the bar shows every file. */}
        {spoken && <span className="visually-hidden">{spoken}</span>}
        {state.kind === 'done' && (
          <LoadResult tone={loadTone(state.outcome.loaded, state.outcome.problems.length)}>
            {[
              t('import.loaded', { count: state.outcome.loaded }),
              state.outcome.problems.length ? `; ${t('import.notLoaded', { count: state.outcome.problems.length })}` : '',
              state.skipped ? `; ${t('import.skipped', { count: state.skipped })}` : '',
              `. ${t('import.learners', { count: state.outcome.learners })}`,
              state.outcome.problems.length ? ` ${t('import.seeProblems')}` : '',
            ].join('')}
          </LoadResult>
        )}
        {state.kind === 'cleared' && t('import.cleared')}
        {state.kind === 'cancelled' && (state.dropped ? t('import.cancelledQueued', { count: state.dropped }) : t('import.cancelled'))}
        {state.kind === 'failed' && t('import.failed')}
      </p>

      {learners > 0 && !busy && (
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={thenChooseFiles(onClear)}
          >
            {t('import.clear')}
          </button>
        </p>
      )}
    </section>
  );
}
