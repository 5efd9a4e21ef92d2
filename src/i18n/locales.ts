/** Languages the app offers; English is the source of every lesson. */
export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

export const isLocale = (value: string): value is Locale =>
  (SUPPORTED_LOCALES as readonly string[]).includes(value);

/**
 * Texts that load with the pages that use them (src/i18n/i18n.ts) and that every learner needs
 * offline: stored per language with the lessons (scripts/build/offline-plan.ts).
 */
export const LEARNER_NAMESPACES = ['quiz', 'records'] as const;
/** The module of one namespace's texts in one language. */
export const textsModule = (locale: string, namespace: string): string => `src/i18n/locales/${locale}/${namespace}.json`;
/**
 * Texts stored offline per language with the lessons: the learner's namespaces, and the common
 * texts, bundled in English only (src/i18n/i18n.ts).
 */
export const OFFLINE_TEXTS = ['common', ...LEARNER_NAMESPACES] as const;
