import type { TFunction } from 'i18next';

/** A date in the learner's language, e.g. "3 March 2025". */
export const formatDate = (iso: string, locale: string, style: 'medium' | 'long' = 'medium'): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: style }).format(new Date(iso));

/** Time spent, rounded to the minute: "Under 1 min", "12 min", "1 h 5 min". */
export function formatDuration(seconds: number, t: TFunction<'records'>): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return t('time.underMinute');
  if (minutes < 60) return t('time.minutes', { count: minutes });
  return t('time.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** A whole percentage as the learner's language writes it: "90%", "90 %". */
export const formatPercent = (value: number, locale: string): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);

/** Points as the learner's language writes them, to one decimal where a question gave part of its points: "4", "7,5". */
export const formatPoints = (value: number, locale: string): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);

/** "quiz 4/5, scenario 3/3": a short list in the learner's language. */
export const formatList = (items: readonly string[], locale: string): string => new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(items);
