import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LOCALES } from '../i18n/locales';
import { useLocale } from '../i18n/use-locale';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={locale} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {SUPPORTED_LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
