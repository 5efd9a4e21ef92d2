/**
 * Seconds in an ISO 8601 duration as xAPI results carry it (`PT1H2M3.5S`, `P1DT2H`, `P2W`), or
 * undefined when it is not one. Years and months have no fixed length, so a duration that uses
 * them is refused rather than guessed.
 */
export function parseDuration(value: string): number | undefined {
  const match = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return undefined;
  const [, weeks, days, hours, minutes, seconds] = match as Array<string | undefined>;
  const number = (part: string | undefined) => (part ? Number(part) : 0);
  return number(weeks) * 604_800 + number(days) * 86_400 + number(hours) * 3600 + number(minutes) * 60 + number(seconds);
}
