import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { backgroundLuminance, detailsTitle, eventById, LANGS, listItem, openList, openTimeline, ROOT } from './support';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const THEMES = ['light', 'dark'] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it is now; returns every violation, whatever its impact. */
async function violations(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not added as a <script>: the page's Content-Security-Policy blocks inline scripts.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary }))
    }));
  });
}

function describe(found: AxeViolation[]): string {
  return found
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((n) => `    ${JSON.stringify(n.target)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
          .join('\n')
    )
    .join('\n');
}

async function expectNoViolations(page: Page, theme: (typeof THEMES)[number]) {
  // Contrast is judged on the final colours, with the web font in.
  await page.evaluate(() => document.fonts.ready);
  // The page really is in the theme under test, or this would check the other one twice.
  const luminance = await backgroundLuminance(page);
  if (theme === 'dark') expect(luminance).toBeLessThan(0.1);
  else expect(luminance).toBeGreaterThan(0.8);
  const found = await violations(page);
  expect(found, describe(found)).toEqual([]);
}

for (const theme of THEMES) {
  test.describe(`axe, ${theme} system theme`, () => {
    test.use({ colorScheme: theme });

    for (const lang of LANGS) {
      test(`the language page /${lang} has no axe violations`, async ({ page }) => {
        await openTimeline(page, `/${lang}`);
        await expectNoViolations(page, theme);
      });

      test(`an event page in ${lang} has no axe violations`, async ({ page }) => {
        const event = eventById('visit-2022-10-cuba');
        await openTimeline(page, `/${lang}/events/${event.id}`);
        await expect(detailsTitle(page)).toHaveText(event.title[lang]);
        await expectNoViolations(page, theme);
      });

      test(`the list view in ${lang}, with an event selected, has no axe violations`, async ({ page }) => {
        const event = eventById('visit-2023-05');
        await openList(page, `/${lang}?view=list&event=${event.id}`, lang);
        await expect(listItem(page, event.id)).toHaveAttribute('aria-current', 'true');
        await expectNoViolations(page, theme);
      });

      test(`in ${lang}, an event open with a second language has no axe violations`, async ({ page }) => {
        const event = eventById('visit-2023-05');
        const second = LANGS.find((code) => code !== lang)!;
        await openTimeline(page, `/${lang}?event=${event.id}&second=${second}`);
        await expect(detailsTitle(page).locator(`[lang="${lang}"]`)).toHaveText(event.title[lang]);
        await expectNoViolations(page, theme);
      });
    }

    test('the language chooser at / has no axe violations', async ({ browser }) => {
      await expectChooserClean(browser, theme);
    });
  });
}

/** `/` moves on to a language when scripts run, so axe looks at its markup as served, less the app's scripts. */
async function expectChooserClean(browser: Browser, theme: (typeof THEMES)[number]) {
  const plain = await browser.newContext({ javaScriptEnabled: false, colorScheme: theme });
  const scripted = await browser.newContext({ colorScheme: theme });
  try {
    const page = await plain.newPage();
    await page.goto('/');
    await expect(page.getByRole('link')).toHaveCount(LANGS.length);
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const copy = await scripted.newPage();
    await copy.route('**/chooser', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await copy.goto('/chooser');
    await expect(copy.getByRole('link')).toHaveCount(LANGS.length);
    await expectNoViolations(copy, theme);
  } finally {
    await plain.close();
    await scripted.close();
  }
}
