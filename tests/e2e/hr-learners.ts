import type { Page } from '@playwright/test';
import enHr from '../../src/i18n/locales/en/hr.json' with { type: 'json' };

/** The HR report's learners: rows of a table where it fits, cards on a phone. */
export function learnerEntries(page: Page) {
  const table = page.getByRole('table', { name: enHr.table.caption });
  const cards = page.getByRole('list', { name: enHr.table.caption });
  return table.getByRole('row').filter({ has: page.getByRole('rowheader') }).or(cards.getByRole('listitem'));
}

/** Each learner's name, in the report's order. */
export async function learnerNames(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: enHr.table.caption });
  const cards = page.getByRole('list', { name: enHr.table.caption });
  const names = await table.getByRole('rowheader').or(cards.getByRole('heading', { level: 3 })).allInnerTexts();
  // A row header holds the email under the name.
  return names.map((name) => name.split('\n')[0]!);
}

/** One question of the question analysis, by its prompt: a table row where it fits, a card on a phone. */
export function questionEntry(page: Page, prompt: string) {
  const table = page.getByRole('table', { name: enHr.items.caption });
  const cards = page.getByRole('list', { name: enHr.items.caption });
  return table.getByRole('row').or(cards.getByRole('listitem')).filter({ hasText: prompt });
}
