import { expect, test, type Page } from '@playwright/test';
import { detailsTitle, eventById, LANGS, mark, openTimeline, plot, t, timeOrder, type Lang } from './support';

// The marks as a reader sees them: they stay put, say what they are, and
// never run into each other.

/** Every mark on the plot: its box, its shape's box and its label's box, relative to the plot. */
const markBoxes = (page: Page) =>
  plot(page).evaluate((element) => {
    const origin = element.getBoundingClientRect();
    const rect = (node: Element | null) => {
      if (!node) return null;
      const r = node.getBoundingClientRect();
      return { left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top };
    };
    return [...element.querySelectorAll<HTMLElement>('button[data-event-id]')].map((button) => ({
      id: button.dataset.eventId!,
      box: rect(button)!,
      shape: rect(button.querySelector('.tl-shape')),
      label: rect(button.querySelector('.label'))
    }));
  });

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

const VIEWS = [
  { name: 'all events', path: (lang: Lang) => `/${lang}`, window: '' },
  {
    name: 'May 2023, talks selected',
    path: (lang: Lang) => `/${lang}?event=talks-2023-05-15&from=2023-05-01&to=2023-05-31`,
    window: 'from=2023-05-01&to=2023-05-31'
  },
  { name: 'April 2024, talks selected', path: (lang: Lang) => `/${lang}?event=talks-2024-04`, window: 'from=2024-04-13&to=2024-04-18' }
];

for (const width of [320, 390, 1280]) {
  test.describe(`marks at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 600 ? 844 : 800 } });

    for (const lang of LANGS) {
      for (const view of VIEWS) {
        test(`${view.name} (${lang}): no label overlaps a mark or a label, none starts left of its mark`, async ({ page }) => {
          await openTimeline(page, view.path(lang));
          await page.evaluate(() => document.fonts.ready);
          const marks = await markBoxes(page);
          const labelled = marks.filter((m) => m.label);
          expect(labelled.length).toBeGreaterThan(1);
          const plotWidth = (await plot(page).boundingBox())!.width;
          for (const m of labelled) {
            const label = m.label!;
            const shape = m.shape!;
            // Right of its mark, or left of it and ending at it.
            const startsAtMark = label.left >= Math.max(0, shape.left) - 0.5;
            const endsAtMark = Math.abs(label.right - shape.left) <= 1;
            expect(startsAtMark || endsAtMark, `${m.id}: label ${JSON.stringify(label)}, mark ${JSON.stringify(shape)}`).toBe(true);
            // Labels keep 8 px inside the plot's edges (a mark may come closer).
            expect(label.left, m.id).toBeGreaterThanOrEqual(8 - 0.5);
            expect(label.right, m.id).toBeLessThanOrEqual(plotWidth - 8 + 0.5);
            for (const other of marks) {
              if (other.id === m.id) continue;
              expect(overlaps(label, other.label ?? other.box), `${m.id} and ${other.id}`).toBe(false);
              if (other.shape) expect(overlaps(label, other.shape), `label of ${m.id}, mark of ${other.id}`).toBe(false);
            }
          }
        });
      }
    }

    test('clicking or hovering a mark moves no mark', async ({ page }) => {
      for (const view of VIEWS) {
        await openTimeline(page, `/en?${view.window}`);
        await page.evaluate(() => document.fonts.ready);
        const before = await markBoxes(page);
        expect(before.length).toBeGreaterThan(1);
        for (const { id } of before) {
          const target = plot(page).locator(`button[data-event-id="${id}"]`);
          await target.hover();
          expect(await markBoxes(page)).toEqual(before);
          await target.click();
          await expect(target).toHaveAttribute('aria-current', 'true');
          await expect(detailsTitle(page)).toHaveText(eventById(id).title.en);
          // Every mark is where it was: same boxes, same marks.
          expect(await markBoxes(page)).toEqual(before);
        }
      }
    });
  });
}

for (const lang of LANGS) {
  test.describe(`the legend (${lang})`, () => {
    for (const view of VIEWS) {
      test(`names every kind drawn, in the page's language: ${view.name}`, async ({ page }) => {
        await openTimeline(page, view.path(lang));
        const legend = page.getByTestId('legend');
        await expect(legend).toBeVisible();
        const drawnKinds = new Set((await markBoxes(page)).map((m) => eventById(m.id).kind));
        await expect
          .poll(async () => (await legend.locator('li[data-kind]').allTextContents()).map((text) => text.trim()).sort())
          .toEqual([...drawnKinds].map((kind) => t(lang, `event.kind.${kind}`)).sort());
        await expect(page.getByRole('list', { name: t(lang, 'timeline.legend.title') })).toBeVisible();
      });
    }

    test('explains the patterns drawn: stripes, dashes, the arrow, brackets, the selection', async ({ page }) => {
      await openTimeline(page, `/${lang}?event=talks-2023-05-15&from=2023-05-01&to=2023-05-31`);
      const legend = page.getByTestId('legend');
      for (const key of ['dayUnknown', 'approximate', 'ongoing', 'milestones', 'selected', 'day']) {
        await expect(legend.getByText(t(lang, `timeline.legend.${key}`), { exact: true })).toBeVisible();
      }
      // Nothing in view lasts several known days: no plain bar to explain.
      await expect(legend.getByText(t(lang, 'timeline.legend.range'), { exact: true })).toHaveCount(0);
    });
  });
}

// The key's words as a reader meets them, written out: a bar says "several days", stripes "the exact day is not known".
const KEY_WORDS: Record<Lang, { range: string; dayUnknown: string }> = {
  fr: { range: 'Plusieurs jours, du premier au dernier', dayUnknown: 'Jour exact inconnu' },
  en: { range: 'Several days, first to last', dayUnknown: 'Exact day unknown' },
  vi: { range: 'Nhiều ngày, từ ngày đầu đến ngày cuối', dayUnknown: 'Không rõ ngày cụ thể' }
};

for (const lang of LANGS) {
  test(`the key names a bar and stripes in plain words, and a kind as its mark reads (${lang})`, async ({ page }) => {
    await openTimeline(page, `/${lang}`);
    const legend = page.getByTestId('legend');
    // The October 2022 visit (three known days) is a bar; the May 2023 visit (days unknown) is striped.
    await expect(legend.locator('li[data-symbol="range"]')).toHaveText(KEY_WORDS[lang].range);
    await expect(legend.locator('li[data-symbol="dayUnknown"]')).toHaveText(KEY_WORDS[lang].dayUnknown);
    // The review's mark starts with the name the key gives its kind ("Bilan", "Review", "Đánh giá kết quả").
    const kindName = (await legend.locator('li[data-kind="review"]').textContent())!.trim();
    await expect(plot(page).locator('button[data-event-id="review-2023"] .label')).toHaveText(new RegExp(`^${kindName} `));
  });
}

test.describe('selection keeps what a mark says', () => {
  test('a selected striped mark keeps its stripes, a selected dashed one its dashes; both gain a ring', async ({ page }) => {
    const shapeStyle = (id: string) =>
      plot(page)
        .locator(`button[data-event-id="${id}"] .tl-shape`)
        .evaluate((shape) => {
          const style = getComputedStyle(shape);
          return { background: style.backgroundImage, border: style.borderTopStyle, ring: style.boxShadow };
        });

    await openTimeline(page, '/en?event=visit-2024-04-havana&from=2024-04-13&to=2024-04-18');
    const striped = await shapeStyle('talks-2024-04');
    expect(striped.background).toContain('repeating-linear-gradient');
    expect(striped.ring).toBe('none');
    await mark(page, 'talks-2024-04', 'en').click();
    await expect(mark(page, 'talks-2024-04', 'en')).toHaveAttribute('aria-current', 'true');
    const selected = await shapeStyle('talks-2024-04');
    expect(selected.background).toBe(striped.background);
    expect(selected.border).toBe(striped.border);
    expect(selected.ring).not.toBe('none');

    await page.goto('/en?event=visit-2023-05&from=2023-05-10&to=2023-05-20');
    await expect(mark(page, 'awards-2023-05', 'en')).toBeVisible();
    const dashed = await shapeStyle('awards-2023-05');
    expect(dashed.border).toBe('dashed');
    await mark(page, 'awards-2023-05', 'en').click();
    await expect(mark(page, 'awards-2023-05', 'en')).toHaveAttribute('aria-current', 'true');
    const dashedSelected = await shapeStyle('awards-2023-05');
    expect(dashedSelected.border).toBe('dashed');
    expect(dashedSelected.background).toBe(dashed.background);
    expect(dashedSelected.ring).not.toBe('none');
  });

  test('a one-day event is a dot, a span of days a bar, at day zoom', async ({ page }) => {
    await openTimeline(page, '/en?from=2023-05-14&to=2023-05-17');
    const size = (id: string) =>
      plot(page).locator(`button[data-event-id="${id}"] .tl-shape`).evaluate((shape) => {
        const r = shape.getBoundingClientRect();
        return { width: r.width, round: getComputedStyle(shape).borderTopLeftRadius };
      });
    const talks = await size('talks-2023-05-15');
    expect(talks.width).toBeLessThanOrEqual(14);
    expect(talks.round).toBe('50%');
    // The May visit: a bar across the whole month shown.
    expect((await size('visit-2023-05')).width).toBeGreaterThan(300);
  });
});

// A short or narrow plot (a phone, an embed, the second language's taller
// rows) still names every event of the record: rows as tall as their labels,
// labels sharing a row, never the story's latest event left a bare dot.
const TOP_LEVEL = timeOrder.filter((event) => !event.parent);
const SHORT_PLOTS: { path: string; viewport: { width: number; height: number }; lang: Lang }[] = [
  ...LANGS.map((lang) => ({ path: `/${lang}`, viewport: { width: 390, height: 844 }, lang })),
  { path: '/fr?second=vi', viewport: { width: 1280, height: 800 }, lang: 'fr' },
  { path: '/en/embed', viewport: { width: 400, height: 700 }, lang: 'en' },
  { path: '/vi/embed', viewport: { width: 600, height: 640 }, lang: 'vi' },
  { path: '/vi/embed', viewport: { width: 800, height: 500 }, lang: 'vi' }
];
for (const { path, viewport, lang } of SHORT_PLOTS) {
  test.describe(`${path} at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });
    test('every top-level event has its label, above the axis', async ({ page }) => {
      await openTimeline(page, path);
      const plotBox = (await plot(page).boundingBox())!;
      for (const event of TOP_LEVEL) {
        const label = plot(page).locator(`[data-event-id="${event.id}"] .label:not(.second)`);
        await expect(label, event.id).toBeVisible();
        await expect(label, event.id).toContainText(event.title[lang]);
        const box = (await label.boundingBox())!;
        // The axis' 30 px at the bottom of the plot are the axis', not a label's.
        expect(box.y + box.height, event.id).toBeLessThanOrEqual(plotBox.y + plotBox.height - 30);
      }
      // No "+n" count either ("2 more events"): nothing is left to zoom in for.
      const more = new RegExp(t(lang, 'timeline.more_other').replace('{{count}}', '\\d+'));
      await expect(plot(page).getByRole('button', { name: more })).toHaveCount(0);
    });
  });
}
