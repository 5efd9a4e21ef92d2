import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup, BackupProblem, DataSummary } from '../records/backup';
import { formatDate } from '../records/records-format';
import { APP_INFO } from './app-info';

/** The backup code (schemas, migrations, the store slots) loads when the learner uses it, not with the page. */
const loadBackup = () => Promise.all([import('../records/backup'), import('../records/backup-slots'), import('../records/download')]);

/** A profile name as long as a paragraph is cut here, with an ellipsis, so the preview stays readable. */
const NAME_SHOWN = 80;

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'downloaded'; filename: string }
  | { kind: 'refused'; problem: BackupProblem | 'unreadable' }
  | { kind: 'restored'; exportedAt: string }
  | { kind: 'save-failed' };

interface Preview {
  backup: Backup;
  now: DataSummary;
  incoming: DataSummary;
}

const ROWS = ['lessonsCompleted', 'attempts', 'answers', 'reflections', 'name'] as const;

/**
 * "Back up progress" downloads everything this browser holds of the learner in one file;
 * "Restore from a backup" reads one, shows what it would replace and writes it only when confirmed.
 */
export function BackupRestore({ locale }: { locale: string }) {
  const { t } = useTranslation('records');
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  /** Where focus goes when the dialog closes: the message after a restore, else the file field. */
  const focusAfterClose = useRef<'message' | 'file'>('file');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [preview, setPreview] = useState<Preview>();

  const show = (next: Status) => {
    setStatus(next);
    // After the dialog, focus goes to what happened; the text is announced as it changes.
    if (next.kind !== 'working') queueMicrotask(() => message.current?.focus());
  };

  const download = async () => {
    const [{ backupText, backupFilename }, { learnerSlots }, { downloadFile }] = await loadBackup();
    const slots = learnerSlots();
    const now = new Date();
    const filename = backupFilename(now);
    downloadFile(filename, backupText({ progress: slots.progress.read(), profile: slots.profile.read() }, APP_INFO, now), 'application/json');
    return filename;
  };

  const backUp = async () => {
    try {
      setStatus({ kind: 'downloaded', filename: await download() });
    } catch {
      setStatus({ kind: 'refused', problem: 'unreadable' });
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'working' });
    try {
      const [{ readBackup, MAX_BACKUP_BYTES, summarizeData }, { learnerSlots }] = await loadBackup();
      // Not even read when it is too big to be a backup.
      const read = file.size > MAX_BACKUP_BYTES ? ({ ok: false, problem: 'too-large' } as const) : readBackup(new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) {
        show({ kind: 'refused', problem: read.problem });
        return;
      }
      const slots = learnerSlots();
      setPreview({ backup: read.backup, now: summarizeData({ progress: slots.progress.read(), profile: slots.profile.read() }), incoming: summarizeData(read.backup) });
      setStatus({ kind: 'idle' });
      dialog.current?.showModal();
    } catch {
      show({ kind: 'refused', problem: 'unreadable' });
    } finally {
      // The same file can be chosen again.
      input.value = '';
    }
  };

  const close = () => {
    dialog.current?.close();
    setPreview(undefined);
  };

  const confirm = async () => {
    if (!preview) return;
    const [{ replaceLearnerData }, { learnerSlots }] = await loadBackup();
    const result = replaceLearnerData(learnerSlots(), preview.backup);
    const exportedAt = preview.backup.exportedAt;
    // The dialog's close event comes after this: it must not take focus from the message.
    focusAfterClose.current = 'message';
    close();
    show(result.ok ? { kind: 'restored', exportedAt } : { kind: 'save-failed' });
  };

  const failed = status.kind === 'refused' || status.kind === 'save-failed';
  const cell = (summary: DataSummary, row: (typeof ROWS)[number]) => {
    if (row !== 'name') return summary[row].toLocaleString(locale);
    if (!summary.name) return t('backup.noName');
    // By characters, so an emoji or any character outside the basic plane is never cut in half.
    const characters = Array.from(summary.name);
    const cut = characters.length > NAME_SHOWN;
    return (
      <bdi title={cut ? summary.name : undefined}>
        {cut ? `${characters.slice(0, NAME_SHOWN).join('')}…` : summary.name}
        {cut && <span className="visually-hidden"> {t('backup.nameCut', { count: characters.length })}</span>}
      </bdi>
    );
  };

  return (
    <section className="card backup-restore" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('backup.heading')}</h2>
      <p>{t('backup.intro')}</p>
      <div className="export-actions">
        <button type="button" className="button" onClick={() => void backUp()}>
          {t('backup.download')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('backup.restoreLabel')}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t('backup.restoreHint')}
        </p>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          onChange={(event) => void choose(event)}
        />
      </div>
      <p role="status" ref={message} tabIndex={-1} className={failed ? 'form-status form-status-error' : 'form-status'}>
        {status.kind === 'working' && t('backup.reading')}
        {status.kind === 'downloaded' && `✓ ${t('backup.downloaded', { filename: status.filename })}`}
        {status.kind === 'refused' && t(`backup.problem.${status.problem}`)}
        {status.kind === 'restored' && `✓ ${t('backup.restored', { date: formatDate(status.exportedAt, locale, 'long') })}`}
        {status.kind === 'save-failed' && t('backup.saveFailed')}
      </p>

      <dialog
        ref={dialog}
        className="backup-dialog"
        aria-labelledby={`${id}-dialog-title`}
        aria-describedby={`${id}-dialog-intro`}
        onClose={() => {
          setPreview(undefined);
          (focusAfterClose.current === 'message' ? message : fileInput).current?.focus();
          focusAfterClose.current = 'file';
        }}
      >
        <h2 id={`${id}-dialog-title`}>{t('backup.dialogTitle')}</h2>
        {preview && (
          <>
            <p id={`${id}-dialog-intro`}>{t('backup.dialogIntro', { date: formatDate(preview.backup.exportedAt, locale, 'long') })}</p>
            <table className="backup-compare">
              <caption className="visually-hidden">{t('backup.tableCaption')}</caption>
              <thead>
                <tr>
                  <td />
                  <th scope="col">{t('backup.column.now')}</th>
                  <th scope="col">{t('backup.column.backup')}</th>
                </tr>
              </thead>
              <tbody>
                {ROWS.map((row) => (
                  <tr key={row}>
                    <th scope="row">{t(`backup.row.${row}`)}</th>
                    <td>{cell(preview.now, row)}</td>
                    <td>{cell(preview.incoming, row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{t('backup.warning')}</p>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={close} autoFocus>
            {t('backup.cancel')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void download()}>
            {t('backup.downloadFirst')}
          </button>
          <button type="button" className="button button-danger" onClick={() => void confirm()}>
            {t('backup.confirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
