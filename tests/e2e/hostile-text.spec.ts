/**
 * Data text cannot break the page around it. The site is built from
 * tests/fixtures/hostile-text (valid data written to hurt the layout: the
 * longest unbroken title, summary and source title the data rules allow, and
 * a milestone titled in a right-to-left script) into build-hostile/, served on
 * a port of its own, and read as a reader would: no page grows wider than the
 * screen, and a date printed next to a right-to-left title stays in one piece,
 * left to right. (Bidi controls such as U+202E are refused by the data rules
 * before they reach a page; the isolation is what holds for text they allow.)
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ROOT } from './support';

const DATA = 'tests/fixtures/hostile-text';
const DIR = 'build-hostile';
const LONG_VISIT = 'state-visit-2023-05';

let site: string;
let server: ChildProcess | undefined;

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(300_000);
  // Built afresh every run, so it is never older than the code under test.
  await promisify(execFile)('npx', ['vite', 'build'], {
    cwd: ROOT,
    env: { ...process.env, TIMELINE_DATA: DATA, BUILD_DIR: DIR },
    maxBuffer: 64 * 1024 * 1024
  });
  const port = Number(new URL(testInfo.project.use.baseURL!).port) + 2;
  site = `http://127.0.0.1:${port}`;
  server = spawn('node', ['src/cli/serve.js', '--dir', DIR, '--port', String(port)], { cwd: ROOT, stdio: 'ignore' });
  await expect.poll(() => fetch(`${site}/en`).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
});

/** How far the page is wider than the screen, in CSS px (0 when there is no horizontal scroll). */
const overflow = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });

/**
 * Whether an element's text is laid out in one piece, left to right: each
 * character just right of the one before (a date split by the bidi algorithm
 * has a character far from its neighbour, or left of it).
 */
const inOnePieceLeftToRight = (locator: Locator) =>
  locator.evaluate((element) => {
    const text = element.firstChild as Text;
    const box = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect();
    };
    for (let i = 1; i < text.length; i += 1) {
      const gap = box(i).left - box(i - 1).right;
      if (gap < -1 || gap > 2) return false;
    }
    return text.length > 3;
  });

for (const width of [320, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 }, isMobile: width < 400, hasTouch: width < 400 });

    test('the longest unbroken title, summary and source title the data allows widen no page: the timeline, its details, the list, the event page, the embed', async ({
      page
    }) => {
      const paths = [
        `/en?event=${LONG_VISIT}`,
        `/en?view=list`,
        `/fr/events/${LONG_VISIT}`,
        `/vi/embed?event=${LONG_VISIT}&title=1`
      ];
      for (const path of paths) {
        await page.goto(`${site}${path}`);
        const title = path.includes('view=list')
          ? page.locator(`#list-${LONG_VISIT} h4`)
          : page.locator('#details-title');
        await expect(title).toContainText('WWWWWWWWWW');
        // The title wraps inside its box, and its box inside the screen.
        const box = (await title.boundingBox())!;
        expect(box.x, path).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, path).toBeLessThanOrEqual(width);
        expect(box.height, path).toBeGreaterThan(100);
        expect(await overflow(page), path).toBeLessThanOrEqual(0);
      }
    });
  });
}

test('a date printed next to a right-to-left title stays in one piece, left to right', async ({ page }) => {
  // The visit's details list its milestone "שיחות בהאנוי — 15 May 2023": the
  // dash and the day would otherwise join the Hebrew run, "15 — …  May 2023".
  await page.goto(`${site}/en?event=${LONG_VISIT}`);
  const milestone = page.locator('.milestones li').filter({ hasText: 'שיחות' });
  await expect(milestone.locator('time')).toHaveText('15 May 2023');
  expect(await inOnePieceLeftToRight(milestone.locator('time'))).toBe(true);
  // The date sits right of the title it follows, as the sentence is written.
  const [title, date] = await Promise.all([milestone.locator('a').boundingBox(), milestone.locator('time').boundingBox()]);
  expect(date!.x).toBeGreaterThan(title!.x + title!.width - 1);
});

test('the <title> and og:title isolate a right-to-left title from the dash and the site title beside it', async ({ page }) => {
  // "שיחות בהאנוי — Test timeline" without isolation reads right to left as a
  // whole: the site title lands left of the dash. A <title> holds no markup,
  // so each title sits between U+2068 FIRST STRONG ISOLATE and U+2069 POP
  // DIRECTIONAL ISOLATE; with no strong character left outside them, the
  // title reads left to right, as the page does.
  const isolated = '\u2068שיחות בהאנוי\u2069 — \u2068Test timeline\u2069';
  await page.goto(`${site}/en/events/talks-2023-05-15`);
  await expect(page).toHaveTitle(isolated);
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', isolated);
  // The timeline page that selects it says the same.
  await page.goto(`${site}/en?event=talks-2023-05-15`);
  await expect(page).toHaveTitle(isolated);
});

test('the live region announces a right-to-left title and its date each isolated in <bdi>', async ({ page }) => {
  await page.goto(`${site}/en?event=talks-2023-05-15`);
  const announcer = page.getByTestId('announcer');
  await expect(announcer).toHaveText('Selected: שיחות בהאנוי, 15 May 2023');
  await expect(announcer.locator('bdi')).toHaveText(['שיחות בהאנוי', '15 May 2023']);
  // No isolate character is left in what a screen reader is handed.
  expect(await announcer.textContent()).not.toMatch(/[\u2066-\u2069]/);
});
