import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import enCommon from './locales/en/common.json';
import enQuiz from './locales/en/quiz.json';
import esCommon from './locales/es/common.json';
import esQuiz from './locales/es/quiz.json';
import enRecords from './locales/en/records.json';
import esRecords from './locales/es/records.json';
import { SOURCE_LOCALE, SUPPORTED_LOCALES } from './locales';

export const resources = {
  en: { common: enCommon, quiz: enQuiz, records: enRecords },
  es: { common: esCommon, quiz: esQuiz, records: esRecords },
} as const;

export const LANGUAGE_STORAGE_KEY = 'cf-language';

/** `<html lang>` follows the language in use ("es", not the browser's "es-ES"). */
const syncDocumentLanguage = () => {
  if (typeof document !== 'undefined') document.documentElement.lang = i18n.resolvedLanguage ?? SOURCE_LOCALE;
};

/** Starts i18next once; the chosen language is remembered on the device. */
export function initI18n(language?: string) {
  if (i18n.isInitialized) return i18n;
  i18n.on('languageChanged', syncDocumentLanguage);
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      ...(language ? { lng: language } : {}),
      fallbackLng: SOURCE_LOCALE,
      supportedLngs: [...SUPPORTED_LOCALES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      ns: ['common', 'quiz', 'records'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      initAsync: false,
    });
  return i18n;
}

export default i18n;
