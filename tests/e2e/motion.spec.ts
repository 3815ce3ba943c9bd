import { expect, test, type Locator, type Page } from '@playwright/test';
import { details, eventById, LANGS, mark, openTimeline, plot, t, type Lang } from './support';

interface Frames {
  /** The window before the click, as "from to". */
  before: string;
  /** The window seen on each animation frame after it, until it had stayed put for a few frames. */
  frames: string[];
}

/**
 * Clicks `button` from inside the page and reads the plot's window on every
 * animation frame that follows, so no frame of a transition goes unseen.
 */
async function framesAfterClicking(page: Page, button: Locator): Promise<Frames> {
  const handle = await button.elementHandle();
  const plotHandle = await plot(page).elementHandle();
  return page.evaluate(
    ([target, element]) =>
      new Promise<Frames>((done) => {
        const read = () => `${element!.getAttribute('data-from')} ${element!.getAttribute('data-to')}`;
        const before = read();
        const frames: string[] = [];
        (target as HTMLElement).click();
        const frame = () => {
          frames.push(read());
          const last = frames.slice(-4);
          const still = last.length === 4 && last.every((w) => w === last[0]) && last[0] !== before;
          if (still || frames.length >= 600) done({ before, frames });
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    [handle, plotHandle] as const
  );
}

const spanOf = (window: string) => {
  const [from, to] = window.split(' ').map(Date.parse);
  return to - from;
};

const zoomIn = (page: Page, lang: Lang) => page.getByRole('button', { name: t(lang, 'timeline.zoomIn'), exact: true });
const showAll = (page: Page, lang: Lang) => page.getByRole('button', { name: t(lang, 'timeline.showAll'), exact: true });

const lang: Lang = LANGS[1];

test.describe('with prefers-reduced-motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' });

  test('Zoom in, Show all and Zoom to event jump to their window on the next frame', async ({ page }) => {
    await openTimeline(page, `/${lang}`);

    const zoomed = await framesAfterClicking(page, zoomIn(page, lang));
    const final = zoomed.frames.at(-1)!;
    expect(spanOf(final) / spanOf(zoomed.before)).toBeCloseTo(0.5, 3);
    // The first frame after the click already shows the final window, and nothing moves after it.
    expect(new Set(zoomed.frames)).toEqual(new Set([final]));

    const restored = await framesAfterClicking(page, showAll(page, lang));
    expect(restored.frames.at(-1)!.split(' ')).not.toEqual(restored.before.split(' '));
    expect(new Set(restored.frames)).toEqual(new Set([restored.frames.at(-1)]));

    const event = eventById('visit-2022-10-cuba');
    await mark(page, event.id, lang).click();
    await expect(details(page)).toBeVisible();
    const toEvent = await framesAfterClicking(
      page,
      details(page).getByRole('button', { name: t(lang, 'event.zoomTo'), exact: true })
    );
    expect(spanOf(toEvent.frames.at(-1)!)).toBeLessThan(spanOf(toEvent.before) / 100);
    expect(new Set(toEvent.frames)).toEqual(new Set([toEvent.frames.at(-1)]));
  });
});

test.describe('without a motion preference', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('Zoom in, Show all and Zoom to event pass through windows in between', async ({ page }) => {
    await openTimeline(page, `/${lang}`);

    const zoomed = await framesAfterClicking(page, zoomIn(page, lang));
    const final = zoomed.frames.at(-1)!;
    expect(spanOf(final) / spanOf(zoomed.before)).toBeCloseTo(0.5, 3);
    // Some frame shows a window strictly between the old one and the new one.
    const between = zoomed.frames.filter((w) => spanOf(w) < spanOf(zoomed.before) && spanOf(w) > spanOf(final));
    expect(between.length, `frames seen: ${JSON.stringify(zoomed.frames)}`).toBeGreaterThan(0);

    const restored = await framesAfterClicking(page, showAll(page, lang));
    const full = restored.frames.at(-1)!;
    expect(
      restored.frames.filter((w) => spanOf(w) > spanOf(restored.before) && spanOf(w) < spanOf(full)).length
    ).toBeGreaterThan(0);

    const event = eventById('visit-2022-10-cuba');
    await mark(page, event.id, lang).click();
    await expect(details(page)).toBeVisible();
    const toEvent = await framesAfterClicking(
      page,
      details(page).getByRole('button', { name: t(lang, 'event.zoomTo'), exact: true })
    );
    const target = toEvent.frames.at(-1)!;
    expect(spanOf(target)).toBeLessThan(spanOf(toEvent.before) / 100);
    expect(
      toEvent.frames.filter((w) => spanOf(w) < spanOf(toEvent.before) && spanOf(w) > spanOf(target)).length
    ).toBeGreaterThan(0);
  });
});
