import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { detailsTitle, eventById, LANGS, openTimeline, ROOT } from './support';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it is now; returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
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
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function describe(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${JSON.stringify(n.target)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n')
    )
    .join('\n');
}

for (const lang of LANGS) {
  test.describe(`accessibility (${lang})`, () => {
    test('the timeline page has no serious or critical axe violations', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      const violations = await seriousViolations(page);
      expect(violations, describe(violations)).toEqual([]);
    });

    test('with an event open and a second language, no serious or critical axe violations', async ({ page }) => {
      const event = eventById('visit-2023-05');
      const second = LANGS.find((code) => code !== lang)!;
      await openTimeline(page, `/${lang}?event=${event.id}&second=${second}`);
      await expect(detailsTitle(page).locator(`[lang="${lang}"]`)).toHaveText(event.title[lang]);
      const violations = await seriousViolations(page);
      expect(violations, describe(violations)).toEqual([]);
    });
  });
}

test('the language chooser at / has no serious or critical axe violations', async ({ browser }) => {
  // Without JavaScript, / stays on the chooser instead of moving on to a language.
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link')).toHaveCount(LANGS.length);
    // axe needs scripts: run it in a scripted page on the same markup, less the app's own scripts.
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const scripted = await browser.newPage();
    try {
      await scripted.route('**/chooser', (route) => route.fulfill({ contentType: 'text/html', body: html }));
      await scripted.goto('/chooser');
      const violations = await seriousViolations(scripted);
      expect(violations, describe(violations)).toEqual([]);
    } finally {
      await scripted.close();
    }
  } finally {
    await context.close();
  }
});
