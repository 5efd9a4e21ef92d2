/** A number as the reader's language writes it: "20,000", "20.000". */
export const formatNumber = (value: number, locale: string): string => new Intl.NumberFormat(locale).format(value);

/** A percentage given 0–100 (scores) or a rate given 0–1 ("share"), with up to `digits` decimals. */
export const formatScore = (value: number, locale: string, digits = 1): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value / 100);
export const formatShare = (rate: number, locale: string): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);

/** A moment as the reader's language writes it, to the minute, in their time zone: "23 Nov 2026, 14:05". */
export const formatDateTime = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** A file's size in MB, rounded up: a file just over a 5 MB limit reads "5.1 MB", never "5 MB". */
export function formatMegabytes(bytes: number, locale: string): string {
  const exact = bytes / (1024 * 1024);
  // Rounded as usual, except that a size over a whole limit never reads as the limit (5.01 MB is "5.1 MB", not "5 MB").
  const rounded = Math.round(exact * 10) / 10;
  const shown = rounded < exact && Number.isInteger(rounded) ? Math.ceil(exact * 10) / 10 : rounded;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(shown);
}
