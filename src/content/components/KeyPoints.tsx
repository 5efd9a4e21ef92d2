import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function KeyPoints({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="key-points" aria-label={t('keyPoints.heading')}>
      <p className="eyebrow">{t('keyPoints.heading')}</p>
      {children}
    </section>
  );
}
