import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgress } from '../progress/progress-store';

/** "Reset my progress", behind a confirmation dialog. */
export function ResetProgress() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const resetProgress = useProgress((s) => s.resetProgress);
  const [done, setDone] = useState(false);

  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  return (
    <>
      <button ref={opener} type="button" className="button button-secondary" onClick={() => dialog.current?.showModal()}>
        {t('reset.button')}
      </button>
      <p role="status">{done ? t('reset.done') : ''}</p>
      <dialog ref={dialog} aria-labelledby="reset-title" aria-describedby="reset-body" onClose={() => opener.current?.focus()}>
        <h2 id="reset-title">{t('reset.title')}</h2>
        <p id="reset-body">{t('reset.body')}</p>
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={close} autoFocus>
            {t('reset.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              resetProgress();
              setDone(true);
              close();
            }}
          >
            {t('reset.confirm')}
          </button>
        </div>
      </dialog>
    </>
  );
}
