/**
 * What the browser tests expect, read from the same files the site is built
 * from (the data YAML and the interface strings), plus small helpers to reach
 * the timeline the way a reader does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const LANGS = ['fr', 'en', 'vi'] as const;
export type Lang = (typeof LANGS)[number];
export type Translated = Record<Lang, string>;

const readYaml = <T>(path: string): T => parse(readFileSync(join(ROOT, path), 'utf8')) as T;

// ---- Interface strings ----------------------------------------------------

type Strings = { [key: string]: string | Strings };
const locales = Object.fromEntries(
  LANGS.map((lang) => [lang, JSON.parse(readFileSync(join(ROOT, `src/lib/i18n/locales/${lang}.json`), 'utf8'))])
) as Record<Lang, Strings>;

/** An interface string by its dotted key, e.g. t('en', 'timeline.zoomIn'); throws when missing. */
export function t(lang: Lang, key: string): string {
  let at: string | Strings | undefined = locales[lang];
  for (const part of key.split('.')) at = typeof at === 'object' ? at[part] : undefined;
  if (typeof at !== 'string') throw new Error(`No string "${key}" in ${lang}.json`);
  return at;
}

// ---- Data -------------------------------------------------------------------

export interface EventData {
  id: string;
  kind: string;
  date: string;
  inferred?: boolean;
  dateLabel?: Translated;
  dateNote?: Translated;
  parent?: string;
  place?: string;
  participants?: { person: string; title?: Translated }[];
  title: Translated;
  summary: Translated;
  sources: string[];
}

export const meta = readYaml<{ title: Translated; description: Translated }>('data/timeline.yaml');
export const places = readYaml<{ id: string; name: Translated; within?: string }[]>('data/places.yaml');
export const people = readYaml<{ id: string; name: string }[]>('data/people.yaml');
export interface SourceData {
  id: string;
  title: string;
  url?: string;
  /** One name for every language, or one per language. */
  publisher: string | Translated;
  note?: Translated;
}

export const sources = readYaml<SourceData[]>('data/sources.yaml');
export const events: EventData[] = readdirSync(join(ROOT, 'data/events'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => readYaml<EventData>(`data/events/${name}`));

export function eventById(id: string): EventData {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`No event "${id}" in data/events`);
  return event;
}

/** "Havana, Cuba": a place and the places it lies within. */
export function placePath(id: string, lang: Lang): string {
  const names: string[] = [];
  for (let at = places.find((p) => p.id === id); at; at = places.find((p) => p.id === at!.within)) {
    names.push(at.name[lang]);
  }
  return names.join(', ');
}

export const personName = (id: string) => people.find((p) => p.id === id)?.name ?? id;
export const sourceById = (id: string) => sources.find((s) => s.id === id)!;

/** A source's publisher as a page in `lang` names it. */
export const publisherName = (source: SourceData, lang: Lang) =>
  typeof source.publisher === 'string' ? source.publisher : source.publisher[lang];

/** "Sources: A, B" as the list writes it: French sets a narrow no-break space before the colon. */
export const sourcesLine = (lang: Lang, ids: string[]) =>
  `${t(lang, 'event.sources')}${lang === 'fr' ? '\u202f' : ''}: ${ids.map((id) => publisherName(sourceById(id), lang)).join(', ')}`;

/** UTC ms where an EDTF date begins: its first written year, month or day. */
export function startOf(edtf: string): number {
  const match = /(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(edtf);
  if (!match) throw new Error(`Cannot read a start from "${edtf}"`);
  return Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, match[3] ? Number(match[3]) : 1);
}

function depthOf(event: EventData): number {
  let depth = 0;
  for (let at = event.parent; at; at = events.find((e) => e.id === at)?.parent) depth += 1;
  return depth;
}

/** Every event in time order: by start, a parent before its milestones, then by id. */
export const timeOrder: EventData[] = [...events].sort(
  (a, b) =>
    startOf(a.date) - startOf(b.date) || depthOf(a) - depthOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
);

// ---- Page helpers -----------------------------------------------------------

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fails a test on any uncaught error in the page. Call before navigating. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

export const plot = (page: Page) => page.locator('.plot');

/** An interface sentence as a pattern, each {{placeholder}} standing for any text. */
const template = (lang: Lang, key: string) => escapeRegExp(t(lang, key)).replace(/\\\{\\\{\w+\\\}\\\}/g, '.+?');

/**
 * What the label of a mark with a hedged date starts with, before its title:
 * "c. 15 May 2023, " or "c. Jun 2022 – ongoing, " (the words the legend explains).
 */
export const hedgePattern = (lang: Lang) =>
  `(?:${['timeline.marks.circa', 'timeline.marks.circaDay', 'timeline.marks.ongoing'].map((key) => template(lang, key)).join('|')}),\\s*`;

/** The mark (a labelled bar, dot or period, or an unlabelled dot) for an event, found by its accessible name. */
export function mark(page: Page, id: string, lang: Lang): Locator {
  return plot(page).getByRole('button', {
    name: new RegExp(`^\\s*(?:${hedgePattern(lang)})?${escapeRegExp(eventById(id).title[lang])}`)
  });
}

/** Every event id with a mark on the plot now. */
export const markIds = (page: Page) =>
  plot(page)
    .locator('button[data-event-id]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-event-id')!));

/** Opens a language page and waits until the timeline has laid out its marks. */
export async function openTimeline(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();
}

export interface Window {
  from: number;
  to: number;
}

/** The visible window, from the plot's data-from / data-to. */
export async function visibleWindow(page: Page): Promise<Window> {
  const [from, to] = await Promise.all([
    plot(page).getAttribute('data-from'),
    plot(page).getAttribute('data-to')
  ]);
  return { from: Date.parse(from ?? ''), to: Date.parse(to ?? '') };
}

export const span = (w: Window) => w.to - w.from;
export const DAY = 86_400_000;

/**
 * The window once the axis has stopped moving: the zoom buttons and keys ease
 * over several frames, and every frame of that moves the window, so two
 * animation frames in a row showing the same window mean it has arrived.
 */
export async function settledWindow(page: Page): Promise<Window> {
  const [from, to] = await plot(page).evaluate(
    (element) =>
      new Promise<[string, string]>((done) => {
        const read = () => `${element.getAttribute('data-from')} ${element.getAttribute('data-to')}`;
        let last = read();
        let same = 0;
        const frame = () => {
          const now = read();
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 2) done(now.split(' ') as [string, string]);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      })
  );
  return { from: Date.parse(from), to: Date.parse(to) };
}

/** Waits until the visible window differs from `before` and has stopped moving, and returns it. */
export async function windowChangedFrom(page: Page, before: Window): Promise<Window> {
  await expect
    .poll(async () => {
      const now = await visibleWindow(page);
      return now.from !== before.from || now.to !== before.to;
    })
    .toBe(true);
  return settledWindow(page);
}

export const granularity = (page: Page) => page.locator('[data-granularity]');

/** The x (in page px) of a UTC instant on the plot, for the window shown now. */
export async function xOf(page: Page, ms: number): Promise<number> {
  const box = (await plot(page).boundingBox())!;
  const w = await visibleWindow(page);
  return box.x + ((ms - w.from) / span(w)) * box.width;
}

/** A point on the plot's axis strip: inside the zoomable area but on no mark. */
export async function axisY(page: Page): Promise<number> {
  const box = (await plot(page).boundingBox())!;
  return box.y + box.height - 8;
}

export const details = (page: Page) => page.locator('article.details');
export const detailsTitle = (page: Page) => page.locator('#details-title');

export const announcer = (page: Page) => page.getByTestId('announcer');

/** A sentence of the interface with its {{placeholders}} filled: by text where given, by anything else. */
export function sentence(lang: Lang, key: string, values: Record<string, string> = {}): RegExp {
  const pattern = escapeRegExp(t(lang, key)).replace(/\\\{\\\{(\w+)\\\}\\\}/g, (_, name: string) =>
    name in values ? escapeRegExp(values[name]) : '.+'
  );
  return new RegExp(`^${pattern}$`);
}

// ---- Views: timeline or list ------------------------------------------------

/** The Timeline / List switch. */
export const viewSwitch = (page: Page, lang: Lang) => page.getByRole('group', { name: t(lang, 'site.view'), exact: true });

/** The list of events, as a region named by its heading. */
export const eventList = (page: Page, lang: Lang) => page.getByRole('region', { name: t(lang, 'site.listHeading') });

/** The list item of an event in the list view. */
export const listItem = (page: Page, id: string) => page.locator(`li#list-${id}`);

/** Switches to the list view the way a reader does, and waits until it shows. */
export async function showList(page: Page, lang: Lang): Promise<void> {
  const button = viewSwitch(page, lang).getByRole('button', { name: t(lang, 'site.viewList'), exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(eventList(page, lang)).toBeVisible();
  await expect(plot(page)).toBeHidden();
}

/** Switches back to the timeline view, and waits until its marks are drawn. */
export async function showTimeline(page: Page, lang: Lang): Promise<void> {
  const button = viewSwitch(page, lang).getByRole('button', { name: t(lang, 'site.viewTimeline'), exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(eventList(page, lang)).toBeHidden();
  await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();
}

/** The id of the event whose mark has keyboard focus, or null. */
export const focusedEventId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null);

/** Relative luminance (0 black … 1 white, as WCAG defines it) of the page's computed background. */
export const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const colour = getComputedStyle(document.documentElement).backgroundColor;
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    if ([r, g, b].some((c) => c === undefined || Number.isNaN(c))) throw new Error(`Cannot read "${colour}"`);
    const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  });

/** Opens a page in the list view (`?view=list` in `path`) and waits until the page runs and has hidden the timeline. */
export async function openList(page: Page, path: string, lang: Lang): Promise<void> {
  await page.goto(path);
  await expect(viewSwitch(page, lang).getByRole('button', { name: t(lang, 'site.viewList'), exact: true })).toHaveAttribute(
    'aria-pressed',
    'true'
  );
  await expect(plot(page)).toBeHidden();
  await expect(eventList(page, lang)).toBeVisible();
}

// ---- The toolbar's menu -------------------------------------------------------

/** The toolbar's menu button (theme, embed) of the view shown now. */
export const menuButton = (page: Page, lang: Lang) => page.getByRole('button', { name: t(lang, 'site.menu'), exact: true });

/** Opens the toolbar's menu the way a reader does (unless it is open), and waits until it shows. */
export async function openMenu(page: Page, lang: Lang): Promise<void> {
  const button = menuButton(page, lang);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

/** The theme choice (System / Light / Dark), in the toolbar's menu. */
export const themeGroup = (page: Page, lang: Lang) => page.getByRole('group', { name: t(lang, 'site.theme'), exact: true });

/**
 * An event page's <title> (and og:title): "‹event› — ‹site›", each title
 * between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, so
 * a right-to-left title cannot reorder the dash or the other title.
 */
export const eventPageTitle = (eventTitle: string, siteTitle: string) =>
  `\u2068${eventTitle}\u2069 — \u2068${siteTitle}\u2069`;
