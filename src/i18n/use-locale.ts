import { useTranslation } from 'react-i18next';
import { isLocale, SOURCE_LOCALE, type Locale } from './locales';

/** The learner's UI language, which is also the language lessons are shown in. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return lng && isLocale(lng) ? lng : SOURCE_LOCALE;
}
