import { useTranslation } from 'react-i18next';
import { languageInUse } from './i18n';
import type { Locale } from './locales';

/** The learner's UI language, which is also the language lessons are shown in. */
export function useLocale(): Locale {
  // Subscribes to the language: a change renders the caller again.
  useTranslation();
  return languageInUse();
}
