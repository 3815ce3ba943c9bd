import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LANGS, mark, meta, openTimeline, plot, ROOT } from './support';

const WIDTHS = [320, 390, 1280] as const;
const DIR = join(ROOT, 'test-results/screenshots');

for (const lang of LANGS) {
  for (const width of WIDTHS) {
    test(`screenshot ${lang} at ${width} px: the page fits its width`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await openTimeline(page, `/${lang}?event=visit-2022-10-cuba`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title[lang]);
      await expect(mark(page, 'visit-2022-10-cuba', lang)).toBeVisible();
      await page.evaluate(() => document.fonts.ready);

      // Nothing pushes the page sideways, and the plot spans the viewport less its margins.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const box = (await plot(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.width).toBeGreaterThan(width * 0.8);

      mkdirSync(DIR, { recursive: true });
      const path = join(DIR, `${lang}-${width}.png`);
      const image = await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`${lang}-${width}`, { body: image, contentType: 'image/png' });
    });
  }
}
