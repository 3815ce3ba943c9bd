/**
 * The timeline embedded in pages of another origin: a host server on a port
 * of its own serves tests/fixtures/host/*.html, which embed the timeline
 * from the site under test as the README shows (a plain iframe, the script
 * and a placeholder, the custom element).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { startHostServer, type HostServer } from '../fixtures/host/server';
import { DAY, escapeRegExp, eventById, events, LANGS, meta, ROOT, t, type Lang } from './support';

// Downloads: the Download / Share menu saves its files; the clipboard (allow): its copy buttons.
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';
const ALLOW = 'clipboard-write';
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const SOURCE = 'mps-minint-timeline';

let site: string;
let host: HostServer;
let third: HostServer;

test.beforeAll(async ({}, testInfo) => {
  site = new URL(testInfo.project.use.baseURL!).origin;
  third = await startHostServer({});
  host = await startHostServer({ EMBED_ORIGIN: site, THIRD_ORIGIN: third.origin });
});

test.afterAll(async () => {
  await host?.close();
  await third?.close();
});

// ---- Helpers ------------------------------------------------------------------

/** The embed inside the host element `selector` (a placeholder or an iframe). */
function embedIn(page: Page, selector = '#embed'): { iframe: Locator; frame: FrameLocator } {
  const iframe = page.locator(`${selector}:is(iframe), ${selector} iframe`).first();
  return { iframe, frame: iframe.contentFrame() };
}

const plotIn = (frame: FrameLocator) => frame.locator('.plot');

function markIn(frame: FrameLocator, id: string, lang: Lang): Locator {
  return plotIn(frame).getByRole('button', { name: new RegExp(`^\\s*${escapeRegExp(eventById(id).title[lang])}`) });
}

const markIdsIn = (frame: FrameLocator) =>
  plotIn(frame)
    .locator('button[data-event-id]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-event-id')!));

const detailsIn = (frame: FrameLocator) => frame.locator('article.details');

/** The footer's link to the full timeline, whose words say which language the embed speaks. */
const fullLinkIn = (frame: FrameLocator, lang: Lang) =>
  frame.getByRole('link', { name: new RegExp(`^${escapeRegExp(t(lang, 'embed.openFull'))}`) });

/** Waits until the timeline inside has laid out its marks. */
async function waitForMarks(frame: FrameLocator) {
  await expect(plotIn(frame).locator('button[data-event-id]').first()).toBeVisible();
}

const frameHeight = (iframe: Locator) => iframe.evaluate((element) => element.getBoundingClientRect().height);
/** The height of the embed's content (its root element), whatever the frame's height. */
const contentHeight = (frame: FrameLocator) =>
  frame.locator('.embed').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));

/** Waits until the iframe is exactly as tall as the document inside it, and returns that height. */
async function expectFitsContent(iframe: Locator, frame: FrameLocator): Promise<number> {
  await expect
    .poll(async () => {
      const [outer, inner] = await Promise.all([frameHeight(iframe), contentHeight(frame)]);
      return Math.abs(outer - inner) <= 1 && inner > 200;
    })
    .toBe(true);
  return frameHeight(iframe);
}

const historyLength = (page: Page) => page.evaluate(() => history.length);

/** Starts recording the messages a window receives (after the app's own listeners). */
async function recordMessages(target: Page | FrameLocator): Promise<void> {
  const record = () => {
    const seen: { origin: string; data: unknown }[] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    addEventListener('message', (event) => seen.push({ origin: event.origin, data: event.data }));
  };
  if ('evaluate' in target) await target.evaluate(record);
  else await target.locator('html').evaluate(record);
}

/** Waits until the recorder saw a message from `origin`. */
async function expectMessageSeen(target: Page | FrameLocator, origin: string): Promise<void> {
  const seen = () =>
    'evaluate' in target
      ? target.evaluate(() => (window as unknown as { seen: { origin: string }[] }).seen.map((m) => m.origin))
      : target
          .locator('html')
          .evaluate(() => (window as unknown as { seen: { origin: string }[] }).seen.map((m) => m.origin));
  await expect.poll(seen).toContain(origin);
}

/** Errors thrown in the page or any of its frames, and console errors (not 404s of the host's favicon). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.location().url)) errors.push(message.text());
  });
  return errors;
}

// ---- The script and a placeholder ---------------------------------------------

test('the script turns the placeholder into a titled, lazy, sandboxed iframe showing the timeline', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${host.origin}/script.html`);
  const { iframe, frame } = embedIn(page);

  await expect(iframe).toHaveAttribute('sandbox', SANDBOX);
  await expect(iframe).toHaveAttribute('allow', ALLOW);
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('title', /\S/);
  const src = new URL((await iframe.getAttribute('src'))!);
  expect(src.origin).toBe(site);
  expect(src.pathname).toBe('/en/embed');
  expect(src.searchParams.get('origin')).toBe(host.origin);

  await waitForMarks(frame);
  // No title by default: the host page has its own; the footer names the sources and links the full timeline.
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(fullLinkIn(frame, 'en')).toBeVisible();
  await expect(frame.getByText(t('en', 'site.sourcesFooter'))).toBeVisible();
  await expect(markIn(frame, 'visit-2022-10-cuba', 'en')).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  // Full width of its container, no border.
  const [frameBox, containerBox] = await Promise.all([iframe.boundingBox(), page.locator('#embed').boundingBox()]);
  expect(Math.abs(frameBox!.width - containerBox!.width)).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
});

/** The box of a locator inside a frame, in the frame's own coordinates, and the frame's viewport. */
const boxInFrame = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, left: box.left, right: box.right, width: innerWidth, height: innerHeight };
  });

test('the details open as an overlay inside the frame, which keeps its height and fits its content', async ({ page }) => {
  await page.goto(`${host.origin}/script.html`);
  const { iframe, frame } = embedIn(page);
  await waitForMarks(frame);
  const closed = await expectFitsContent(iframe, frame);
  const hostUrl = page.url();
  const entries = await historyLength(page);
  const mark = markIn(frame, 'visit-2022-10-cuba', 'en');
  const plotBefore = await boxInFrame(plotIn(frame));

  await mark.click();
  const title = detailsIn(frame).locator('#details-title');
  await expect(title).toHaveText(eventById('visit-2022-10-cuba').title.en);
  // The host hears what the reader selected.
  await expect(page.locator('#selected')).toHaveText('visit-2022-10-cuba');
  // Inside the frame, where the reader is: the title and the buttons in view, nothing below the frame.
  for (const part of [title, detailsIn(frame).getByRole('button', { name: t('en', 'event.close') })]) {
    const box = await boxInFrame(part);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
  }
  const overlay = await boxInFrame(detailsIn(frame).locator('..'));
  expect(overlay.bottom).toBeLessThanOrEqual(overlay.height + 1);
  expect(await frameHeight(iframe)).toBeCloseTo(closed, 0);
  await expectFitsContent(iframe, frame);
  // The plot behind keeps its place and size (its marks are laid out on it).
  expect(await boxInFrame(plotIn(frame))).toEqual(plotBefore);

  await detailsIn(frame).getByRole('button', { name: t('en', 'event.close') }).click();
  await expect(detailsIn(frame)).toHaveCount(0);
  expect(await expectFitsContent(iframe, frame)).toBeCloseTo(closed, 0);
  await expect(page.locator('#selected')).toHaveText('none');

  // Nothing of this reached the host's address or its back button.
  expect(page.url()).toBe(hostUrl);
  expect(await historyLength(page)).toBe(entries);
});

test('the iframe height follows a change of width', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${host.origin}/options.html?lang=fr&event=visit-2023-05&show-title=1`);
  const { iframe, frame } = embedIn(page);
  await expect(detailsIn(frame)).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(meta.title.fr);
  const wide = await expectFitsContent(iframe, frame);

  await page.setViewportSize({ width: 340, height: 900 });
  // Narrower, the title and the footer rewrap onto more lines: taller.
  await expect.poll(() => frameHeight(iframe)).toBeGreaterThan(wide + 40);
  await expectFitsContent(iframe, frame);
  // And nothing inside is wider than the frame.
  const overflow = await frame
    .locator('html')
    .evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the host page drives the embed: select an event, close it, change the language', async ({ page }) => {
  await page.goto(`${host.origin}/script.html`);
  const { frame } = embedIn(page);
  await waitForMarks(frame);
  const entries = await historyLength(page);

  await page.getByRole('button', { name: 'Show the May 2023 visit' }).click();
  await expect(detailsIn(frame).locator('#details-title')).toHaveText(eventById('visit-2023-05').title.en);
  await expect(page.locator('#selected')).toHaveText('visit-2023-05');

  await page.getByRole('button', { name: 'Close it' }).click();
  await expect(detailsIn(frame)).toHaveCount(0);
  await expect(page.locator('#selected')).toHaveText('none');

  await page.getByRole('button', { name: 'In French' }).click();
  await expect(fullLinkIn(frame, 'fr')).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(markIn(frame, 'visit-2022-10-cuba', 'fr')).toBeVisible();
  expect(await historyLength(page)).toBe(entries);
});

// ---- Options --------------------------------------------------------------------

test('language, event, second language and dark theme from the placeholder take effect', async ({ page }) => {
  await page.goto(`${host.origin}/options.html?lang=vi&event=talks-2023-05-15&second=fr&theme=dark`);
  const { frame } = embedIn(page);
  const event = eventById('talks-2023-05-15');
  const title = detailsIn(frame).locator('#details-title');
  await expect(title.locator('[lang="vi"]')).toHaveText(event.title.vi);
  await expect(title.locator('[lang="fr"]')).toHaveText(event.title.fr);
  await expect(fullLinkIn(frame, 'vi')).toBeVisible();
  await expect(markIn(frame, 'talks-2023-05-15', 'vi')).toHaveAttribute('aria-current', 'true');
  await expect(plotIn(frame).locator('[lang="fr"]').first()).toBeVisible();

  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await frame.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor);
  expect(background).toBe('rgb(18, 22, 28)');
  // Applied, not remembered: the reader's own choice on our site stays theirs.
  expect(await frame.locator('html').evaluate(() => localStorage.getItem('timeline-theme'))).toBeNull();

  // The frame's address follows the view (the event's window is added) and keeps the embed's options.
  await expect.poll(() => frame.locator('html').evaluate(() => new URLSearchParams(location.search).has('from'))).toBe(true);
  const params = await frame.locator('html').evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
  expect(params).toMatchObject({ event: event.id, second: 'fr', theme: 'dark', origin: host.origin });
});

test('a window from the placeholder sets the visible window', async ({ page }) => {
  await page.goto(`${host.origin}/options.html?lang=en&from=2023-04-01&to=2023-07-01`);
  const { frame } = embedIn(page);
  await waitForMarks(frame);
  await expect
    .poll(async () => {
      const [from, to] = await Promise.all([
        plotIn(frame).getAttribute('data-from'),
        plotIn(frame).getAttribute('data-to')
      ]);
      return (
        Math.abs(Date.parse(from!) - Date.UTC(2023, 3, 1)) <= DAY && Math.abs(Date.parse(to!) - Date.UTC(2023, 6, 1)) <= DAY
      );
    })
    .toBe(true);
  await expect(markIn(frame, 'visit-2023-05', 'en')).toBeVisible();
});

test('a parent subset shows only that visit and its milestones', async ({ page }) => {
  await page.goto(`${host.origin}/options.html?lang=en&parent=visit-2023-05`);
  const { frame } = embedIn(page);
  await waitForMarks(frame);
  const subset = new Set(['visit-2023-05', ...events.filter((e) => e.parent === 'visit-2023-05').map((e) => e.id)]);
  // The embed opens on the subset: the visit fills the axis and its milestones show on their days.
  await expect(markIn(frame, 'talks-2023-05-15', 'en')).toBeVisible();
  const ids = await markIdsIn(frame);
  expect(ids.length).toBeGreaterThan(1);
  for (const id of ids) expect(subset, `mark ${id}`).toContain(id);
  await expect(markIn(frame, 'visit-2010', 'en')).toHaveCount(0);
});

test('a domain subset shows only the events of that domain', async ({ page }) => {
  await page.goto(`${host.origin}/options.html?lang=fr&domain=awards`);
  const { frame } = embedIn(page);
  await waitForMarks(frame);
  const inDomain = new Set(
    events.filter((e) => (e as unknown as { domains: string[] }).domains.includes('awards')).map((e) => e.id)
  );
  await expect(markIn(frame, 'visit-2023-05', 'fr')).toBeVisible();
  for (const id of await markIdsIn(frame)) expect(inDomain, `mark ${id}`).toContain(id);
  await expect(markIn(frame, 'visit-2022-10-cuba', 'fr')).toHaveCount(0);
});

test('without details and language switch, a click selects and tells the host, and nothing more shows', async ({
  page
}) => {
  await page.goto(`${host.origin}/options.html?lang=en&details=0&langs=0`);
  const { frame } = embedIn(page);
  await waitForMarks(frame);
  await expect(frame.getByRole('navigation', { name: t('en', 'site.languages') })).toHaveCount(0);
  await markIn(frame, 'visit-2010', 'en').click();
  await expect(markIn(frame, 'visit-2010', 'en')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('#selected')).toHaveText('visit-2010');
  await expect(detailsIn(frame)).toHaveCount(0);
});

test('a fixed height is filled by the plot, and stays fixed when the details open', async ({ page }) => {
  await page.goto(`${host.origin}/options.html?lang=en&height=500`);
  const { iframe, frame } = embedIn(page);
  await waitForMarks(frame);
  expect(await frameHeight(iframe)).toBe(500);
  // The content fills the frame: no blank band below the footer.
  await expect.poll(() => contentHeight(frame)).toBe(500);
  const plot = await boxInFrame(plotIn(frame));
  expect(plot.bottom - plot.top).toBeGreaterThan(500 * 0.55);
  await markIn(frame, 'visit-2022-10-cuba', 'en').click();
  await expect(detailsIn(frame)).toBeVisible();
  await expect(page.locator('#selected')).toHaveText('visit-2022-10-cuba');
  // The details scroll inside their overlay; the frame neither grows nor scrolls.
  expect(await contentHeight(frame)).toBe(500);
  expect(await frameHeight(iframe)).toBe(500);
  const overlay = detailsIn(frame).locator('..');
  expect(await overlay.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  expect(await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight)).toBeLessThanOrEqual(0);
});

test('Escape from inside the details closes them and gives focus to the event, in the frame', async ({ page }) => {
  await page.goto(`${host.origin}/options.html?lang=en&event=visit-2022-10-cuba`);
  const { frame } = embedIn(page);
  await expect(detailsIn(frame)).toBeVisible();
  const next = detailsIn(frame).getByRole('button', { name: t('en', 'event.next') });
  await next.focus();
  await next.press('Enter');
  const shown = await detailsIn(frame).getAttribute('data-event-id');
  expect(shown).not.toBe('visit-2022-10-cuba');
  await expect(next).toBeFocused();
  await next.press('Escape');
  await expect(detailsIn(frame)).toHaveCount(0);
  await expect
    .poll(() => frame.locator('html').evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null))
    .toBe(shown);
});

test('the title option shows the title; without it the embed has none', async ({ page }) => {
  await page.goto(`${host.origin}/options.html?lang=vi&show-title=1`);
  const { iframe, frame } = embedIn(page);
  await waitForMarks(frame);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(meta.title.vi);
  expect(new URL((await iframe.getAttribute('src'))!).searchParams.get('title')).toBe('1');

  await page.goto(`${host.origin}/options.html?lang=vi&show-title=0`);
  await waitForMarks(embedIn(page).frame);
  await expect(embedIn(page).frame.getByRole('heading', { level: 1 })).toHaveCount(0);
});

test('malformed and hostile options fall back to defaults and inject nothing', async ({ page }) => {
  const errors = collectErrors(page);
  const hostile = new URLSearchParams({
    lang: 'xx',
    event: '"><img src=x onerror=alert(1)>',
    theme: 'javascript:alert(1)',
    height: '99999',
    details: 'maybe',
    domain: '<script>',
    from: '2023-13-45',
    to: 'tomorrow',
    second: 'klingon'
  });
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    return dialog.dismiss();
  });
  await page.goto(`${host.origin}/options.html?${hostile}`);
  const { frame } = embedIn(page);
  await waitForMarks(frame);
  await expect(fullLinkIn(frame, 'en')).toBeVisible();
  await expect(detailsIn(frame)).toHaveCount(0);
  await expect(frame.locator('img')).toHaveCount(0);
  await expect(frame.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(markIn(frame, 'visit-2010', 'en')).toBeVisible();
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('the custom element embeds the timeline too', async ({ page }) => {
  await page.goto(`${host.origin}/custom-element.html`);
  const { iframe, frame } = embedIn(page);
  const event = eventById('talks-2024-04');
  await expect(detailsIn(frame).locator('#details-title')).toHaveText(event.title.vi);
  await expectFitsContent(iframe, frame);
});

// ---- The plain iframe -------------------------------------------------------------

test('the plain iframe works without any script on the host page, at its fixed height', async ({ page }) => {
  await page.goto(`${host.origin}/iframe.html`);
  const { iframe, frame } = embedIn(page);
  const event = eventById('visit-2022-10-cuba');
  const title = detailsIn(frame).locator('#details-title');
  await expect(title.locator('[lang="fr"]')).toHaveText(event.title.fr);
  await expect(title.locator('[lang="vi"]')).toHaveText(event.title.vi);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await frameHeight(iframe)).toBe(640);
  // The host page has no script of its own.
  expect(await page.locator('script').count()).toBe(0);
});

// ---- Links and navigation -------------------------------------------------------------

test('links open new tabs; nothing in the embed navigates the host page', async ({ page, context }) => {
  await page.goto(`${host.origin}/options.html?lang=en&event=visit-2023-05`);
  const { frame } = embedIn(page);
  await expect(detailsIn(frame)).toBeVisible();
  const hostUrl = page.url();
  const entries = await historyLength(page);

  // Every link either opens a new tab without a handle on this page, or stays in the frame.
  const links = await frame.locator('a[href]').evaluateAll((anchors) =>
    anchors.map((a) => ({
      href: (a as HTMLAnchorElement).href,
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
      download: a.hasAttribute('download')
    }))
  );
  expect(links.length).toBeGreaterThan(3);
  for (const link of links) {
    const url = new URL(link.href);
    const staysInFrame = url.origin === site && /^\/(fr|en|vi)\/embed$/.test(url.pathname);
    // A file of the site's own (Add to calendar) is saved, which navigates nothing.
    const savesFile = link.download && url.origin === site;
    if (staysInFrame || savesFile) expect(link.target, link.href).toBeNull();
    else {
      expect(link.target, link.href).toBe('_blank');
      expect(link.rel ?? '', link.href).toMatch(/\bnoopener\b/);
    }
  }
  const sourceLinks = detailsIn(frame).locator('.sources a[href]');
  expect(await sourceLinks.count()).toBeGreaterThan(0);

  // The link to the full timeline opens the same view in a new tab.
  const full = frame.getByRole('link', { name: new RegExp(escapeRegExp(t('en', 'embed.openFull'))) });
  const [popup] = await Promise.all([context.waitForEvent('page'), full.click()]);
  await popup.waitForLoadState('domcontentloaded');
  const opened = new URL(popup.url());
  expect(opened.origin).toBe(site);
  expect(opened.pathname).toBe('/en');
  expect(opened.searchParams.get('event')).toBe('visit-2023-05');
  await popup.close();

  // A milestone link in the details selects it inside the frame.
  const milestone = eventById('talks-2023-05-15');
  await detailsIn(frame).getByRole('link', { name: milestone.title.en }).click();
  await expect(detailsIn(frame).locator('#details-title')).toHaveText(milestone.title.en);

  // The language switch changes the frame's language only.
  await frame.getByRole('navigation', { name: t('en', 'site.languages') }).getByRole('link', { name: /Tiếng Việt/ }).click();
  await expect(detailsIn(frame).locator('#details-title')).toHaveText(milestone.title.vi);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'vi');

  expect(page.url()).toBe(hostUrl);
  expect(await historyLength(page)).toBe(entries);
});

// ---- Origins ---------------------------------------------------------------------------

test('messages from a foreign origin or a foreign frame are ignored, both ways', async ({ page }) => {
  await page.goto(`${host.origin}/origins.html`);
  const { iframe, frame } = embedIn(page);
  const wrong = embedIn(page, '#wrong-origin').frame;
  const right = embedIn(page, '#right-origin').frame;
  await Promise.all([waitForMarks(frame), waitForMarks(wrong), waitForMarks(right)]);
  const fitted = await expectFitsContent(iframe, frame);
  const thirdFrame = page.frames().find((f) => f.url().startsWith(third.origin))!;
  const select = (event: string) => ({ source: SOURCE, version: 1, type: 'select', event });

  // A third origin in the same page forges a resize for the host script…
  await recordMessages(page);
  await thirdFrame.evaluate(
    (message) => parent.postMessage(message, '*'),
    { source: SOURCE, version: 1, type: 'resize', height: 1234 }
  );
  await expectMessageSeen(page, third.origin);
  expect(await frameHeight(iframe)).toBe(fitted);

  // …and commands for every embed: none of them comes from the embeds' own parent.
  for (const target of [frame, wrong, right]) await recordMessages(target);
  await thirdFrame.evaluate((message) => {
    for (let i = 0; i < parent.frames.length; i += 1) if (parent.frames[i] !== window) parent.frames[i].postMessage(message, '*');
  }, select('visit-2010'));
  for (const target of [frame, wrong, right]) {
    await expectMessageSeen(target, third.origin);
    await expect(markIn(target, 'visit-2010', 'en')).not.toHaveAttribute('aria-current', 'true');
  }

  // The host page itself is obeyed by an embed told its origin, not by one told another.
  await page.evaluate(
    ({ message, site }) => {
      for (const id of ['wrong-origin', 'right-origin']) {
        (document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage(message, site);
      }
    },
    { message: select('visit-2010'), site }
  );
  await expect(markIn(right, 'visit-2010', 'en')).toHaveAttribute('aria-current', 'true');
  await expectMessageSeen(wrong, host.origin);
  await expect(markIn(wrong, 'visit-2010', 'en')).not.toHaveAttribute('aria-current', 'true');
});

// ---- Sandbox, storage, requests -----------------------------------------------------------

test('in the sandbox with storage and cookies blocked, the embed works and asks nothing of other origins', async ({
  page
}) => {
  // Every frame of the site's origin finds storage and cookies denied, as with third-party blocking.
  await page.addInitScript((origin) => {
    if (location.origin !== origin) return;
    const deny = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
      Object.defineProperty(window, name, { get: deny, configurable: true });
    }
    Object.defineProperty(Document.prototype, 'cookie', { get: deny, set: deny, configurable: true });
  }, site);
  const errors = collectErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.frame() !== page.mainFrame()) requests.push(request.url());
  });

  await page.goto(`${host.origin}/options.html?lang=en&theme=dark&event=visit-2023-05`);
  const { iframe, frame } = embedIn(page);
  await expect(iframe).toHaveAttribute('sandbox', SANDBOX);
  await expect(detailsIn(frame)).toBeVisible();
  const blocked = await frame.locator('html').evaluate(() => {
    try {
      void localStorage;
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The details lie over part of the plot: closed first, the marks are all within reach.
  await detailsIn(frame).getByRole('button', { name: t('en', 'event.close') }).click();
  await markIn(frame, 'talks-2023-05-15', 'en').click();
  await expect(detailsIn(frame).locator('#details-title')).toHaveText(eventById('talks-2023-05-15').title.en);
  await expectFitsContent(iframe, frame);
  await frame.getByRole('button', { name: t('en', 'timeline.zoomIn') }).click();

  expect(errors).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) expect(new URL(url).origin, url).toBe(site);
});

// ---- Accessibility ------------------------------------------------------------------------------

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

for (const [lang, query] of [
  ['fr', 'event=visit-2023-05&second=vi'],
  ['en', 'event=visit-2022-10-cuba&theme=dark'],
  ['vi', 'event=talks-2024-04&second=en&theme=light']
] as [Lang, string][]) {
  test(`axe finds no serious or critical violation in the embed (${lang}, ${query})`, async ({ page }) => {
    await page.goto(`${host.origin}/options.html?lang=${lang}&${query}`);
    const { frame } = embedIn(page);
    await expect(detailsIn(frame)).toBeVisible();
    const inner = page.frames().find((f) => new URL(f.url()).pathname === `/${lang}/embed`)!;
    // Evaluated, not added as a <script>: the page's Content-Security-Policy blocks inline scripts.
    await inner.evaluate(readFileSync(AXE, 'utf8'));
    const violations = await inner.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
  });
}

// ---- oEmbed --------------------------------------------------------------------------------------

test('each language page links its oEmbed answer, whose iframe embeds that language', async ({ page, request }) => {
  for (const lang of LANGS) {
    await page.goto(`/${lang}`);
    const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
    await expect(link).toHaveCount(1);
    // Absolute, at the site's public address (SITE_URL), which may not be the test server's.
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.pathname).toBe(`/${lang}/oembed.json`);

    const response = await request.get(`${site}${href.pathname}`);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const answer = await response.json();
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: meta.title[lang],
      provider_url: `${href.origin}/${lang}`,
      width: expect.any(Number),
      height: expect.any(Number)
    });

    // Its html is the plain iframe: pasted as is (at the test server's address), it embeds the timeline.
    const html = (answer.html as string).replaceAll(href.origin, site);
    expect(html).toMatch(new RegExp(`^<iframe src="${escapeRegExp(site)}/${lang}/embed\\?height=\\d+"[^>]* title="[^"]+"[^>]* loading="lazy" sandbox="${SANDBOX}" allow="${ALLOW}"></iframe>$`));
    host.setPage(`/oembed-${lang}.html`, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>oEmbed</title></head><body>${html}</body></html>`);
    await page.goto(`${host.origin}/oembed-${lang}.html`);
    const frame = page.locator('iframe').contentFrame();
    await waitForMarks(frame);
    await expect(fullLinkIn(frame, lang)).toBeVisible();
  }
});

// ---- The README's own examples ------------------------------------------------------------------

test('the README examples, pasted into a page of another origin, embed and size the timeline', async ({ page }) => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embedding'));
  const blocks = [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1].replaceAll('http://127.0.0.1:4173', site));
  expect(blocks.length).toBeGreaterThanOrEqual(3);
  const wrap = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>README example</title></head><body>${body}</body></html>`;

  // 1. The plain iframe.
  host.setPage('/readme-iframe.html', wrap(blocks[0]));
  await page.goto(`${host.origin}/readme-iframe.html`);
  const plain = page.locator('iframe').contentFrame();
  await expect(detailsIn(plain).locator('#details-title')).toHaveText(eventById('visit-2023-05').title.en);

  // 2. The placeholder and the script: it sizes itself.
  host.setPage('/readme-script.html', wrap(blocks[1]));
  await page.goto(`${host.origin}/readme-script.html`);
  const scripted = embedIn(page, '[data-mps-timeline]');
  await expect(detailsIn(scripted.frame).locator('#details-title')).toHaveText(eventById('visit-2023-05').title.en);
  await expectFitsContent(scripted.iframe, scripted.frame);

  // 3. Driven from the page.
  host.setPage('/readme-drive.html', wrap(blocks[2]));
  await page.goto(`${host.origin}/readme-drive.html`);
  const driven = embedIn(page, '#timeline');
  await waitForMarks(driven.frame);
  const logged = page.waitForEvent('console', (message) => message.text().startsWith('selected'));
  await page.getByRole('button', { name: /The talks of 15 May 2023/ }).click();
  await expect(detailsIn(driven.frame).locator('#details-title')).toHaveText(eventById('talks-2023-05-15').title.en);
  expect((await logged).text()).toBe('selected talks-2023-05-15');
});
