import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasProgress } from '../progress/progress-selectors';
import { useProgress } from '../progress/progress-store';

/**
 * "Reset my progress", behind a confirmation dialog, in its own section at the foot of the page;
 * nothing at all while there is nothing to reset. After a reset the button goes, and focus moves to
 * the message that says it was done.
 */
export function ResetProgress() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const anything = useProgress(hasProgress);
  const resetProgress = useProgress((s) => s.resetProgress);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (done && !anything) message.current?.focus();
  }, [done, anything]);

  if (!anything && !done) return null;

  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  return (
    <div className="danger-zone">
      {anything && (
        <button ref={opener} type="button" className="button button-secondary" onClick={() => dialog.current?.showModal()}>
          {t('reset.button')}
        </button>
      )}
      <p role="status" ref={message} tabIndex={-1}>
        {done ? t('reset.done') : ''}
      </p>
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
    </div>
  );
}
