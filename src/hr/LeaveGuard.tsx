import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * The loaded records live only in this page's memory: while `active`, leaving for another page of
 * the course asks first, and closing or reloading the tab gets the browser's own warning.
 */
export const LeaveGuard = memo(function LeaveGuard({ active }: { active: boolean }) {
  const { t } = useTranslation('hr');
  const dialog = useRef<HTMLDialogElement>(null);
  // The router can hold Back and Forward only on history entries it made itself (they carry its
  // index). On an entry made by typing #/hr into the address bar it would reload the page instead,
  // so there Back and Forward go without asking.
  const [routerEntry] = useState(() => typeof (window.history.state as { idx?: unknown } | null)?.idx === 'number');
  const blocker = useBlocker(
    ({ currentLocation, nextLocation, historyAction }) =>
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-comparison -- NavigationType.Pop would put the router's enum object in the first download; 'POP' is its value.
      active && currentLocation.pathname !== nextLocation.pathname && (historyAction !== 'POP' || routerEntry),
  );

  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);

  useEffect(() => {
    const element = dialog.current;
    if (blocker.state === 'blocked' && element && !element.open) element.showModal();
    if (blocker.state !== 'blocked' && element?.open) element.close();
  }, [blocker.state]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="leave-report-title"
      aria-describedby="leave-report-body"
      // Escape closes the dialog: the learner stays.
      onClose={() => {
        if (blocker.state === 'blocked') blocker.reset();
      }}
    >
      <h2 id="leave-report-title">{t('leave.title')}</h2>
      <p id="leave-report-body">{t('leave.body')}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => blocker.reset?.()} autoFocus>
          {t('leave.stay')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => blocker.proceed?.()}>
          {t('leave.leave')}
        </button>
      </div>
    </dialog>
  );
});
