/**
 * The embed's one-row toolbar at narrow widths, as a reader sees it: every
 * word in it belongs to a control (a bare word beside the search button reads
 * as a cut search field), the controls neither overlap nor leave the frame,
 * and the search button opens a field whose placeholder shows whole.
 */
import { expect, test, type Page } from '@playwright/test';
import { LANGS, openTimeline, t } from './support';

const WIDTHS = [400, 600, 800] as const;

/** Visible words in the toolbar that are not inside a button, link, field or select. */
function looseWords(page: Page): Promise<string[]> {
  return page.getByTestId('toolbar').evaluate((toolbar) => {
    const loose: string[] = [];
    const walker = document.createTreeWalker(toolbar, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const parent = node.parentElement!;
      if (!text || parent.closest('button, a, select, label, input')) continue;
      const box = parent.getBoundingClientRect();
      // Visually hidden text (1 px, clipped) is for screen readers only.
      if (!parent.checkVisibility() || box.width <= 1 || box.height <= 1) continue;
      loose.push(text);
    }
    return loose;
  });
}

/** The boxes of the toolbar's visible controls, with their names. */
function controlBoxes(page: Page) {
  return page.getByTestId('toolbar').evaluate((toolbar) =>
    [...toolbar.querySelectorAll<HTMLElement>('button, a, select, input')]
      .filter((element) => element.checkVisibility())
      .map((element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { name: element.getAttribute('aria-label') ?? element.textContent!.trim(), left, right, top, bottom };
      })
  );
}

for (const lang of LANGS) {
  for (const width of WIDTHS) {
    test(`embed toolbar ${lang} at ${width} px: words only in controls, nothing overlaps, the search field shows its whole placeholder`, async ({
      page
    }) => {
      await page.setViewportSize({ width, height: 500 });
      await openTimeline(page, `/${lang}/embed`);
      await page.evaluate(() => document.fonts.ready);

      expect(await looseWords(page)).toEqual([]);

      const boxes = await controlBoxes(page);
      expect(boxes.length).toBeGreaterThanOrEqual(4);
      for (const [i, a] of boxes.entries()) {
        expect(a.left, a.name).toBeGreaterThanOrEqual(0);
        expect(a.right, a.name).toBeLessThanOrEqual(width);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
          expect(apart, `${a.name} / ${b.name}`).toBe(true);
        }
      }
      // One row: every control on the same line.
      expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);

      const toggle = page.getByTestId('toolbar').getByRole('button', { name: t(lang, 'search.label'), exact: true });
      await expect(toggle).toBeVisible();
      await toggle.click();
      const field = page.getByTestId('toolbar').getByRole('searchbox', { name: t(lang, 'search.label'), exact: true });
      await expect(field).toBeFocused();
      await expect(field).toHaveAttribute('placeholder', t(lang, 'search.placeholder'));
      const fit = await field.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(input.placeholder).width, room };
      });
      expect(fit.text).toBeGreaterThan(0);
      expect(fit.text).toBeLessThanOrEqual(fit.room);
    });
  }
}
