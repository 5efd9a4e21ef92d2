import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Tone = 'tip' | 'note' | 'warning';
const icons: Record<Tone, string> = {
  tip: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.6 10.8c.4.3.6.8.6 1.2v1h6v-1c0-.4.2-.9.6-1.2A6 6 0 0 0 12 3z',
  note: 'M12 8h.01M11 12h1v5h1M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
  warning: 'M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z',
};

export function Callout({ tone = 'note', children }: { tone?: Tone; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <aside className={`callout callout-${tone}`}>
      <p className="callout-label">
        <svg className="callout-icon" viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
          <path d={icons[tone]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t(`callout.${tone}`)}
      </p>
      {children}
    </aside>
  );
}
