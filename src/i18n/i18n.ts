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

/**
 * Namespaces that load only when needed, so most learners never download them: `hr`, the HR
 * report (#/hr); `tracking`, the LMS/LRS status shown inside an LMS or with an LRS. Typed with the others (i18next.d.ts); call `loadNamespace` before the page renders.
 */
export const lazyNamespaces = {
  hr: { en: () => import('./locales/en/hr.json'), es: () => import('./locales/es/hr.json') },
  tracking: { en: () => import('./locales/en/tracking.json'), es: () => import('./locales/es/tracking.json') },
} as const satisfies Record<string, Record<(typeof SUPPORTED_LOCALES)[number], () => Promise<unknown>>>;
export type LazyResources = { hr: typeof import('./locales/en/hr.json'); tracking: typeof import('./locales/en/tracking.json') };

/**
 * Adds a lazy namespace in every language. The router may ask before `initI18n` ran (it starts
 * navigating as soon as it is created), so this waits for i18next too.
 */
export async function loadNamespace(ns: keyof typeof lazyNamespaces): Promise<void> {
  const bundles = await Promise.all(SUPPORTED_LOCALES.map(async (lng) => [lng, (await lazyNamespaces[ns][lng]()).default] as const));
  if (!i18n.isInitialized) await new Promise((resolve) => i18n.on('initialized', resolve));
  for (const [lng, bundle] of bundles) if (!i18n.hasResourceBundle(lng, ns)) i18n.addResourceBundle(lng, ns, bundle);
}

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
