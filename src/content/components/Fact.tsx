import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Fact({ source, href, children }: { source: string; href?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure className="fact">
      <div className="fact-body">{children}</div>
      <figcaption className="fact-source">
        {t('fact.source')}{' '}
        {href ? (
          <a href={href} target="_blank" rel="noreferrer">
            {source}
          </a>
        ) : (
          <cite>{source}</cite>
        )}
      </figcaption>
    </figure>
  );
}
