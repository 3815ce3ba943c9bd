/**
 * The downloads of the site built against 10,000 synthetic events
 * (tests/build-large.sh), served by the `large` project: the data files hold
 * every event, and the calendars, made only while events have their own
 * pages, are neither made nor linked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { unpackJson } from '../../src/lib/data/packJson';
import { ROOT, t } from './support';

const BUILD = join(ROOT, 'build-large');
const dataFile = readdirSync(join(BUILD, 'data')).find((name) => /^timeline-[0-9a-f]+\.json$/.test(name));
const ids = (unpackJson(JSON.parse(readFileSync(join(BUILD, 'data', dataFile!), 'utf8'))) as { events: { id: string }[] }).events.map(
  (e) => e.id
);

test('a timeline of 10,000 events offers its whole data as CSV and JSON, and no calendar', async ({ page, request }) => {
  await page.goto('/vi');
  const list = page.getByRole('region', { name: t('vi', 'downloads.heading') });
  await expect(list.getByRole('link', { name: t('vi', 'downloads.csv'), exact: true })).toBeVisible();
  await expect(list.getByRole('link', { name: t('vi', 'downloads.json'), exact: true })).toBeVisible();
  await expect(list.getByRole('link', { name: t('vi', 'downloads.calendar'), exact: true })).toHaveCount(0);
  expect((await request.get('/downloads/timeline-vi.ics')).status()).toBe(404);

  const rows = parseCsv(await (await request.get('/downloads/timeline-vi.csv')).text(), { bom: true, columns: true }) as { id: string }[];
  expect(rows.map((r) => r.id)).toEqual(ids);
  const record = await (await request.get('/downloads/timeline.json')).json();
  expect(record.events.map((e: { id: string }) => e.id)).toEqual(ids);
  expect(record.meta.eventCount).toBe(10_000);
});
