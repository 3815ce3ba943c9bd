/**
 * The "Embed" dialog on the full page: defaults from the current view, a
 * live preview, codes that copy and that work when pasted into a page of
 * another origin, and a dialog a keyboard user can leave as they came.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHostServer, type HostServer } from '../fixtures/host/server';
import { details, detailsTitle, escapeRegExp, eventById, LANGS, menuButton, meta, openMenu, openTimeline, ROOT, t, type Lang } from './support';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

let site: string;
let host: HostServer;

test.beforeAll(async ({}, testInfo) => {
  site = new URL(testInfo.project.use.baseURL!).origin;
  host = await startHostServer({ EMBED_ORIGIN: site });
});

test.afterAll(async () => {
  await host?.close();
});

const embedButton = (page: Page, lang: Lang) => page.getByRole('button', { name: t(lang, 'embed.button'), exact: true });
/** Opens the dialog as a reader does: the toolbar's menu, then Embed. */
async function openDialog(page: Page, lang: Lang) {
  await openMenu(page, lang);
  await embedButton(page, lang).click();
}
const dialog = (page: Page, lang: Lang) => page.getByRole('dialog', { name: t(lang, 'embed.title') });
const code = (page: Page, lang: Lang, which: 'iframeCode' | 'scriptCode') =>
  dialog(page, lang).getByRole('textbox', { name: t(lang, `embed.${which}`) });
const preview = (page: Page, lang: Lang) =>
  dialog(page, lang).getByTitle(t(lang, 'embed.previewTitle')).contentFrame();

for (const lang of LANGS) {
  test.describe(`the embed dialog (${lang})`, () => {
    test('opens on the current view, previews it, and closes with Escape back to its button', async ({ page }) => {
      const event = eventById('visit-2022-10-cuba');
      await openTimeline(page, `/${lang}?event=${event.id}&from=2022-09-01&to=2022-11-30`);
      await expect(detailsTitle(page)).toHaveText(event.title[lang]);

      await openDialog(page, lang);
      const box = dialog(page, lang);
      await expect(box).toBeVisible();
      await expect(box.getByRole('heading', { level: 2 })).toHaveText(t(lang, 'embed.title'));
      await expect(box.getByLabel(t(lang, 'embed.language'), { exact: true })).toHaveValue(lang);
      await expect(box.getByLabel(t(lang, 'embed.event'), { exact: true })).toHaveValue(event.id);
      await expect(box.getByLabel(t(lang, 'embed.window'), { exact: true })).toHaveValue('current');

      const script = code(page, lang, 'scriptCode');
      await expect(script).toHaveValue(new RegExp(`data-lang="${lang}"`));
      await expect(script).toHaveValue(/data-event="visit-2022-10-cuba"/);
      await expect(script).toHaveValue(/data-from="2022-09-01" data-to="2022-11-30"/);
      await expect(script).toHaveValue(new RegExp(`<script src="${site}/embed\\.js" async></script>`));
      await expect(code(page, lang, 'iframeCode')).toHaveValue(
        new RegExp(`^<iframe src="${site}/${lang}/embed\\?event=visit-2022-10-cuba&amp;from=2022-09-01&amp;to=2022-11-30&amp;height=\\d+"`)
      );

      // The preview is the embed itself, showing the same event.
      await expect(preview(page, lang).locator('#details-title')).toHaveText(event.title[lang]);

      // Escape closes the dialog only: the event stays open behind, and focus is back on the menu's button.
      await page.keyboard.press('Escape');
      await expect(box).toBeHidden();
      await expect(menuButton(page, lang)).toBeFocused();
      await expect(details(page)).toBeVisible();
    });

    test('options change the codes and the preview', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      await openDialog(page, lang);
      const box = dialog(page, lang);
      const second = LANGS.find((code) => code !== lang)!;

      await box.getByLabel(t(lang, 'embed.subset'), { exact: true }).selectOption('parent:visit-2023-05');
      await box.getByLabel(t(lang, 'embed.event'), { exact: true }).selectOption('talks-2023-05-15');
      await box.getByLabel(t(lang, 'site.secondLanguage'), { exact: true }).selectOption(second);
      await box.getByLabel(t(lang, 'site.theme'), { exact: true }).selectOption('dark');
      await box.getByLabel(t(lang, 'embed.langs')).uncheck();
      await box.getByLabel(t(lang, 'embed.showTitle')).check();

      const script = code(page, lang, 'scriptCode');
      await expect(script).toHaveValue(
        new RegExp(
          `data-lang="${lang}" data-event="talks-2023-05-15" data-second="${second}" data-parent="visit-2023-05" data-theme="dark" data-langs="0" data-show-title="1"`
        )
      );
      const frame = preview(page, lang);
      const title = frame.locator('#details-title');
      await expect(title.locator(`[lang="${lang}"]`)).toHaveText(eventById('talks-2023-05-15').title[lang]);
      await expect(title.locator(`[lang="${second}"]`)).toHaveText(eventById('talks-2023-05-15').title[second]);
      await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(frame.getByRole('navigation', { name: t(lang, 'site.languages') })).toHaveCount(0);
      await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(code(page, lang, 'iframeCode')).toHaveValue(/(\?|&amp;)title=1(&amp;|")/);

      // A fixed height goes into both codes.
      await box.getByLabel(t(lang, 'embed.height'), { exact: true }).selectOption('fixed');
      const px = box.getByRole('spinbutton');
      await px.fill('720');
      await px.press('Enter');
      await px.blur();
      await expect(script).toHaveValue(/data-height="720"/);
      await expect(code(page, lang, 'iframeCode')).toHaveValue(/height="720"/);
    });

    test('the copy buttons copy the code and say so in a live region', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
      await openTimeline(page, `/${lang}?event=visit-2023-05`);
      await openDialog(page, lang);
      const box = dialog(page, lang);
      const status = box.getByRole('status');
      await expect(status).toHaveText('');

      await box.getByRole('button', { name: t(lang, 'embed.copyScript') }).click();
      await expect(status).toHaveText(t(lang, 'embed.copied'));
      const script = await code(page, lang, 'scriptCode').inputValue();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);

      await box.getByRole('button', { name: t(lang, 'embed.copyIframe') }).click();
      await expect(status).toHaveText(t(lang, 'embed.copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await code(page, lang, 'iframeCode').inputValue()
      );
    });
  });
}

/**
 * Every option's text, measured with its select's own font, against the room
 * the select gives it: its inner width less its padding and Chromium's drop-down
 * arrow (about 1.5em with the arrow's own margin at our sizes; a select whose
 * text reaches it is cut with an ellipsis, "Automatic: all events, or the open eve…").
 * `all` measures every option; otherwise only the chosen one (the event and
 * subset selects list the record's titles, which are data and can be long).
 */
async function cutOptions(page: Page, lang: Lang): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  return dialog(page, lang)
    .locator('select')
    .evaluateAll((selects) => {
      const context = document.createElement('canvas').getContext('2d')!;
      const cut: string[] = [];
      for (const element of selects) {
        const select = element as HTMLSelectElement;
        const style = getComputedStyle(select);
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const fontSize = parseFloat(style.fontSize);
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * fontSize;
        const data = select.id === 'embed-opt-event' || select.id === 'embed-opt-subset';
        const options = data ? [select.selectedOptions[0]] : [...select.options];
        for (const option of options) {
          const width = context.measureText(option.text).width;
          if (width > room) cut.push(`${select.id}: "${option.text}" ${Math.round(width)} px > ${Math.round(room)} px`);
        }
      }
      return cut;
    });
}

for (const [width, height] of [
  [1280, 800],
  [390, 844]
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const lang of LANGS) {
      test(`no option of the dialog is cut (${lang})`, async ({ page }) => {
        // A window that is not the whole record, so both of the window's options are offered.
        await openTimeline(page, `/${lang}?from=2022-09-01&to=2022-11-30`);
        await openDialog(page, lang);
        const box = dialog(page, lang);
        await expect(box.getByLabel(t(lang, 'embed.window'), { exact: true })).toHaveValue('current');
        await box.getByLabel(t(lang, 'embed.height'), { exact: true }).selectOption('fixed');
        await expect(box.getByRole('spinbutton')).toBeVisible();
        expect(await cutOptions(page, lang)).toEqual([]);
      });
    }
  });
}

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const lang of LANGS) {
    test(`the preview is in view beside the options as the dialog opens (${lang})`, async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      await openDialog(page, lang);
      const box = dialog(page, lang);
      const frame = box.getByTitle(t(lang, 'embed.previewTitle'));
      await expect(preview(page, lang).locator('button[data-event-id]').first()).toBeVisible();
      const shown = (await frame.boundingBox())!;
      const options = (await box.getByRole('group', { name: t(lang, 'embed.options') }).boundingBox())!;
      // Not scrolled to: its top, and a good part of it, are on screen as the dialog opens.
      expect(shown.y).toBeGreaterThanOrEqual(0);
      expect(shown.y + 300).toBeLessThanOrEqual(800);
      // Beside the options, not under them.
      expect(shown.x).toBeGreaterThanOrEqual(options.x + options.width);
      // The codes are still there to copy, under it.
      const copy = box.getByRole('button', { name: t(lang, 'embed.copyIframe') });
      expect((await copy.boundingBox())!.y).toBeGreaterThan(shown.y + shown.height);
    });
  }
});

test('the codes from the dialog, pasted into a page of another origin, embed what the dialog showed', async ({
  page
}) => {
  await openTimeline(page, '/fr?event=visit-2023-05');
  await openDialog(page, 'fr');
  const box = dialog(page, 'fr');
  await box.getByLabel(t('fr', 'site.theme'), { exact: true }).selectOption('dark');
  const wrap = (body: string) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Collé</title></head><body>${body}</body></html>`;

  host.setPage('/pasted-script.html', wrap(await code(page, 'fr', 'scriptCode').inputValue()));
  host.setPage('/pasted-iframe.html', wrap(await code(page, 'fr', 'iframeCode').inputValue()));
  const visit = eventById('visit-2023-05');

  for (const path of ['/pasted-script.html', '/pasted-iframe.html']) {
    await page.goto(`${host.origin}${path}`);
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute('title', new RegExp(t('fr', 'embed.frameTitle').replace('{{title}}', '.+').replace(/[()]/g, '\\$&')));
    const frame = iframe.contentFrame();
    await expect(frame.locator('#details-title')).toHaveText(visit.title.fr);
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  }
});

test("the codes title the frame in the embed's language, whose strings load when it is chosen", async ({ page }) => {
  await openTimeline(page, '/fr');
  await openDialog(page, 'fr');
  const box = dialog(page, 'fr');
  for (const embedLang of ['vi', 'en'] as const) {
    await box.getByLabel(t('fr', 'embed.language'), { exact: true }).selectOption(embedLang);
    const title = t(embedLang, 'embed.frameTitle').replace('{{title}}', meta.title[embedLang]);
    await expect(code(page, 'fr', 'scriptCode')).toHaveValue(new RegExp(`data-lang="${embedLang}"[^]*data-title="${escapeRegExp(title)}"`));
    await expect(code(page, 'fr', 'iframeCode')).toHaveValue(new RegExp(` title="${escapeRegExp(title)}"`));
  }
});

test('the dialog has no serious or critical axe violations', async ({ page }) => {
  await openTimeline(page, '/vi?event=visit-2023-05');
  await openDialog(page, 'vi');
  await expect(preview(page, 'vi').locator('#details-title')).toBeVisible();
  // Evaluated, not added as a <script>: the page's Content-Security-Policy blocks inline scripts.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run({ include: [['dialog']] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
});

test('the dialog is modal, so the page behind is inert, and the close button returns focus too', async ({ page }) => {
  await openTimeline(page, '/en');
  await openDialog(page, 'en');
  const box = dialog(page, 'en');
  await expect(box).toBeVisible();
  expect(await box.evaluate((element) => element.matches(':modal'))).toBe(true);
  // Focus starts inside, and Tab stays inside.
  expect(await box.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
  expect(await box.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await box.getByRole('button', { name: t('en', 'embed.close') }).click();
  await expect(box).toBeHidden();
  await expect(menuButton(page, 'en')).toBeFocused();
});
