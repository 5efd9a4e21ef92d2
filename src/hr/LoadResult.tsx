import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadTone } from './load-tone';

const ICON: Record<LoadTone, string> = { success: '✓', warning: '⚠', error: '✕' };

/**
 * The end of a load, in its tone: a mixed or failed load says so in words first ("Some files were
 * not loaded."), so the colour is never the only sign.
 */
export function LoadResult({ tone, children }: { tone: LoadTone; children: ReactNode }) {
  const { t } = useTranslation('hr');
  return (
    <span className={`load-result load-result-${tone}`}>
      <span className="load-result-icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      <span>
        {tone !== 'success' && <strong className="load-result-lead">{t(`result.${tone}`)} </strong>}
        {children}
      </span>
    </span>
  );
}
