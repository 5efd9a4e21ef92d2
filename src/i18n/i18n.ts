import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from './locales/en/common.json';
import { isLocale, LEARNER_NAMESPACES, SOURCE_LOCALE, SUPPORTED_LOCALES, type Locale } from './locales';

/**
 * Bundled with the first page: the texts every page shows (header, home, notices), in English.
 * In another language the first page loads them before it renders (`commonTexts`), in that
 * language only.
 */
export const resources = {
  en: { common: enCommon },
} as const;

/**
 * Namespaces that load with the pages that use them, in the language in use only: `quiz`, the
 * checks (lesson pages, the gallery); `records`, the records pages (progress, profile,
 * certificate, handouts, lesson and course completion); `hr`, the HR report (#/hr); `tracking`,
 * the LMS/LRS status shown inside an LMS or with an LRS. Typed with the others (i18next.d.ts):
 * call `loadNamespace` before a page that uses one renders. Switching language loads every
 * namespace already in use in the new language before the page changes (i18next does it).
 */
export const lazyNamespaces = [...LEARNER_NAMESPACES, 'hr', 'tracking'] as const;
export type LazyNamespace = (typeof lazyNamespaces)[number];
export type LazyResources = {
  quiz: typeof import('./locales/en/quiz.json');
  records: typeof import('./locales/en/records.json');
  hr: typeof import('./locales/en/hr.json');
  tracking: typeof import('./locales/en/tracking.json');
  studio: typeof import('./locales/en/studio.json');
};

/**
/**
 * Namespaces whose page adds its texts itself, in every language at once: the trainers' studio
 * (#/studio, src/app/StudioPage.tsx), so the learner's first page does not even list its files.
 */
export const PAGE_TEXTS = ['studio'] as const;

/**
 * i18next's backend: one file a namespace and language, each its own chunk. Vite lists the files
 * that exist (but the studio's); any other language or namespace is refused.
 */
const bundles = import.meta.glob<ResourceKey>(['./locales/*/*.json', '!./locales/*/studio.json'], { import: 'default' });
const backend = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read: (language, namespace, done) => {
    const load = bundles[`./locales/${language}/${namespace}.json`];
    if (!load) {
      done(`No ${namespace} texts in ${language}`, false);
      return;
    }
    load().then(
      (texts) => done(null, texts),
      (error: unknown) => done(error instanceof Error ? error : String(error), false),
    );
  },
} satisfies BackendModule;

export const LANGUAGE_STORAGE_KEY = 'cf-language';

const initialized = new Promise<void>((resolve) => {
  if (i18n.isInitialized) resolve();
  else i18n.on('initialized', () => resolve());
});

/**
 * Loads lazy namespaces in the language in use. The router may ask before `initI18n` ran (it
 * starts navigating as soon as it is created), so this waits for i18next too; their files start
 * loading at once, beside the common texts i18next may still be loading in another language than
 * English, rather than after them.
 */
export async function loadNamespace(...namespaces: LazyNamespace[]): Promise<void> {
  const language = languageInUse();
  for (const namespace of namespaces) void bundles[`./locales/${language}/${namespace}.json`]?.().catch(() => undefined);
  await initialized;
  await i18n.loadNamespaces(namespaces);
}

/**
 * The language in use; before i18next has started (the router may ask before it has), or while it
 * loads that language's common texts, the language it starts in (`detectLanguage`, as `initI18n`).
 */
export function languageInUse(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return language && isLocale(language) ? language : detectLanguage();
}

/**
 * Resolves once the texts every page shows are in, in the language in use: at once in English,
 * after one small file in another language. The first page renders after it (src/main.tsx).
 */
export async function commonTexts(): Promise<void> {
  await initialized;
  // i18next loads `common` in the language in use before it says it is initialized. Asking again
  // would wait for more: `loadNamespaces` loads every namespace asked for so far, and the router
  // asks for the first page's own (the HR report's texts, say) as soon as it starts.
  if (i18n.hasResourceBundle(i18n.resolvedLanguage ?? i18n.language, 'common')) return;
  await i18n.loadNamespaces('common');
}

/** Storage may be blocked (private modes, sandboxed LMS frames): then the browser's languages decide. */
const storage = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

/**
 * The language to start in: the one the learner chose on this device, else the first of the
 * browser's languages the course speaks ("es-MX" is Spanish), else English.
 */
export function detectLanguage(
  saved: string | null | undefined = storage()?.getItem(LANGUAGE_STORAGE_KEY),
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Locale {
  const candidates = [saved, ...preferred].filter((value): value is string => typeof value === 'string' && value !== '');
  for (const candidate of candidates) {
    const base = candidate.toLowerCase().split('-')[0]!;
    if (isLocale(base)) return base;
  }
  return SOURCE_LOCALE;
}

const remember = (language: string) => {
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage full or blocked: the language holds for this visit
  }
};

/** `<html lang>` follows the language in use ("es", not the browser's "es-ES"). */
const syncDocumentLanguage = () => {
  if (typeof document !== 'undefined') document.documentElement.lang = i18n.resolvedLanguage ?? SOURCE_LOCALE;
};

/** Starts i18next once; the chosen language is remembered on the device. */
export function initI18n(language: string = detectLanguage()) {
  if (i18n.isInitialized) return i18n;
  i18n.on('languageChanged', (lng) => {
    syncDocumentLanguage();
    remember(lng);
  });
  void i18n
    .use(backend)
    .use(initReactI18next)
    .init({
      // A copy: i18next adds the namespaces it loads into the object it is given.
      resources: Object.fromEntries(Object.entries(resources).map(([lng, bundles]) => [lng, { ...bundles }])),
      partialBundledLanguages: true,
      lng: language,
      // Every language has every key (translations.test.ts): a Spanish learner never downloads English texts.
      fallbackLng: false,
      supportedLngs: [...SUPPORTED_LOCALES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      // Pages load their namespaces before they render (loadNamespace): nothing suspends.
      react: { useSuspense: false },
    });
  return i18n;
}

export default i18n;
