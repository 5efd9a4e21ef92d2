import { useTranslation } from 'react-i18next';

/** An empty table or summary cell: a dash on screen, "none" for screen readers. */
export function NoValue() {
  const { t } = useTranslation('records');
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('none')}</span>
    </>
  );
}
