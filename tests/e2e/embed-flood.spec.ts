/**
 * A host page that floods its embed with commands (a bug in its script, or
 * a hostile page) must not freeze it: the embed applies the last command of
 * each kind per frame, and still answers the next ordinary command.
 */
import { expect, test, type Page } from '@playwright/test';
import { startHostServer, type HostServer } from '../fixtures/host/server';
import { escapeRegExp, eventById, meta } from './support';

const SOURCE = 'mps-minint-timeline';
const FLOOD = 10_000;

let site: string;
let host: HostServer;

test.beforeAll(async ({}, testInfo) => {
  site = new URL(testInfo.project.use.baseURL!).origin;
  host = await startHostServer({ EMBED_ORIGIN: site });
});

test.afterAll(async () => {
  await host?.close();
});

/** Errors thrown in the page or any of its frames, and console errors (not the host's missing favicon). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.location().url)) errors.push(message.text());
  });
  return errors;
}

test(`a flood of ${FLOOD.toLocaleString('en')} host commands applies the last of each kind, and the embed still obeys the next one`, async ({
  page
}) => {
  const errors = collectErrors(page);
  await page.goto(`${host.origin}/script.html`);
  const frame = page.locator('#embed iframe').contentFrame();
  const plot = frame.locator('.plot');
  await expect(plot.locator('button[data-event-id]').first()).toBeVisible();
  // embed.js has heard "ready" once the host's mpsTimeline API queues nothing more: the frame takes commands.
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(meta.title.en);

  // The host counts the selections the embed reports: one per command it applied.
  await page.evaluate((site) => {
    const counter = window as unknown as { reported: number };
    counter.reported = 0;
    addEventListener('message', (event) => {
      if (event.origin === site && (event.data as { type?: string })?.type === 'select') counter.reported += 1;
    });
  }, site);

  // Every event id and every language, over and over; the last of each kind is visit-2010 in French.
  await page.evaluate(
    ({ site, source, flood }) => {
      const target = document.querySelector<HTMLIFrameElement>('#embed iframe')!.contentWindow!;
      const ids = ['visit-2023-05', 'agreement-2018', 'resumption-2022', 'review-2023', 'talks-2024-04'];
      const langs = ['vi', 'en', 'fr'];
      for (let i = 0; i < flood - 2; i += 1) {
        target.postMessage(
          i % 2
            ? { source, version: 1, type: 'select', event: ids[i % ids.length] }
            : { source, version: 1, type: 'language', lang: langs[i % langs.length] },
          site
        );
      }
      target.postMessage({ source, version: 1, type: 'select', event: 'visit-2010' }, site);
      target.postMessage({ source, version: 1, type: 'language', lang: 'fr' }, site);
    },
    { site, source: SOURCE, flood: FLOOD }
  );

  await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(meta.title.fr);
  await expect(frame.locator('article.details #details-title')).toHaveText(eventById('visit-2010').title.fr);
  await expect(page.locator('#selected')).toHaveText('visit-2010');
  // Applied one by one, the flood's 5,000 selects would each be reported (and laid out, and written to
  // the address); coalesced, only the last one received before each frame is.
  const reported = await page.evaluate(() => (window as unknown as { reported: number }).reported);
  console.log(`selections reported during a flood of ${FLOOD} commands: ${reported}`);
  expect(reported).toBeGreaterThanOrEqual(1);
  expect(reported).toBeLessThan(FLOOD / 20);

  // An ordinary command from the host's own button is obeyed at once.
  await page.getByRole('button', { name: 'Show the May 2023 visit' }).click();
  await expect(frame.locator('article.details #details-title')).toHaveText(eventById('visit-2023-05').title.fr);
  await expect(page.locator('#selected')).toHaveText('visit-2023-05');
  await expect(
    plot.getByRole('button', { name: new RegExp(`^\\s*${escapeRegExp(eventById('visit-2023-05').title.fr)}`) })
  ).toHaveAttribute('aria-current', 'true');
  expect(errors).toEqual([]);
});
