/**
 * Data text cannot break the page around it. The site is built from
 * tests/fixtures/hostile-text (valid data written to hurt the layout: a
 * 5,000-character title with nowhere to break, right-to-left overrides left
 * open in a title and a source's title) into build-hostile/, served on a port
 * of its own, and read as a reader would: no page grows wider than the
 * screen, and a date printed next to an overridden title still reads left
 * to right.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ROOT } from './support';

const DATA = 'tests/fixtures/hostile-text';
const DIR = 'build-hostile';
const LONG_VISIT = 'state-visit-2023-05';
const BACKWARDS_TALKS = 'talks-2023-05-15';

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

/** Whether an element's text is laid out left to right: its first character left of its last. */
const readsLeftToRight = (locator: Locator) =>
  locator.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode() as Text;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    // The first and last characters that are drawn (bidi controls are not).
    const drawn = [...text.data].flatMap((char, i) => (/[\u202a-\u202e\u2066-\u2069]/.test(char) ? [] : [i]));
    return drawn.length > 3 && at(drawn[0]) < at(drawn[drawn.length - 1]);
  });

for (const width of [320, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 }, isMobile: width < 400, hasTouch: width < 400 });

    test('a 5,000-character unbroken title widens no page: the timeline, its details, the list, the event page, the embed', async ({
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

test('a right-to-left override in a title or a source does not reverse the dates printed beside it', async ({ page }) => {
  // The visit's details list its milestone "‮Talks written backwards — 15 May 2023".
  await page.goto(`${site}/en?event=${LONG_VISIT}`);
  const milestone = page.locator('.milestones li').filter({ hasText: 'Talks written backwards' });
  await expect(milestone.locator('time')).toHaveText('15 May 2023');
  expect(await readsLeftToRight(milestone.locator('time'))).toBe(true);

  // The talks' source line: "Radio Habana Cuba (RHC), ‮Le titre… — published 16 May 2023, in French".
  await page.goto(`${site}/en?event=${BACKWARDS_TALKS}`);
  const source = page.locator('ul.sources > li').first();
  await expect(source.locator('time')).toHaveText('16 May 2023');
  expect(await readsLeftToRight(source.locator('time'))).toBe(true);
  // The overridden text itself keeps its override, inside its own isolate.
  expect(await readsLeftToRight(page.locator('#details-title [lang="en"]'))).toBe(false);
});
