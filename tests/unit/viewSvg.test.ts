import unicodeRanges from '@fontsource/be-vietnam-pro/unicode.json';
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import type { TimelineData, TimelineEvent } from '../../src/lib/data/model';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { fontFaceCss, parseUnicodeRange, subsetsFor } from '../../src/lib/export/fontSubsets';
import { filtersText, pictureTexts, windowSpanText } from '../../src/lib/export/pictureTexts';
import { escapeXml, wrapWords } from '../../src/lib/export/svg/svgText';
import { viewSvg, type Palette, type ViewSvgInput } from '../../src/lib/export/viewSvg';
import { createTranslator } from '../../src/lib/i18n/createTranslator';
import { resources } from '../../src/lib/i18n/resources';
import { NO_FILTERS } from '../../src/lib/search/facets';
import { estimateLabelWidth } from '../../src/lib/timeline/layoutLabels';
import { layoutMarks, overlapDepth, withSelected } from '../../src/lib/timeline/layoutMarks';
import { legendEntries, type DrawnMark } from '../../src/lib/timeline/legend';
import { buildMarkIndex } from '../../src/lib/timeline/markIndex';
import { markQualifier } from '../../src/lib/timeline/markQualifier';
import { isPeriod, markPattern, markShape } from '../../src/lib/timeline/markStyle';
import type { PlotDrawing } from '../../src/lib/timeline/plotDrawing';
import { chooseTicks } from '../../src/lib/timeline/ticks';
import { fullWindow, type TimeWindow } from '../../src/lib/timeline/timeWindow';
import type { Lang } from '../../src/lib/timeline/types';

const data = compileTimeline(readDataFolder('data').raw);
const translators = { fr: createTranslator('fr', resources.fr), en: createTranslator('en', resources.en), vi: createTranslator('vi', resources.vi) };
const MAY_2023: TimeWindow = { from: Date.UTC(2023, 4, 1), to: Date.UTC(2023, 5, 1) };
const measure = (text: string, font: { size: number }) => estimateLabelWidth(text, font.size);

const palette: Palette = {
  bg: '#ffffff',
  surface: '#f6f7f9',
  plotBg: '#fbfcfd',
  text: '#1b1f24',
  muted: '#4c5563',
  border: '#c9ced6',
  axis: '#6b7280',
  grid: '#e7eaee',
  gridMajor: '#c4cad3',
  ring: '#1b1f24',
  link: '#1451a8',
  kinds: {
    visit: '#2d6bd0',
    'working-visit': '#0e8a72',
    talks: '#d1451b',
    award: '#8c2a7e',
    agreement: '#473600',
    'cooperation-period': '#56687f',
    review: '#8a6d00'
  }
};

/**
 * What the timeline would draw of `events` in `window` on a plot `width` px
 * wide: the same steps as Timeline.svelte, with estimated label widths.
 */
function drawingOf(timeline: TimelineData, window: TimeWindow, lang: Lang, opts: { width?: number; selectedId?: string; second?: Lang } = {}): PlotDrawing {
  const width = opts.width ?? 1000;
  const height = 420;
  const marksHeight = height - 30;
  const second = opts.second ?? null;
  const laneHeight = 18 + 2 * 16 + (second ? 15 : 0);
  const bandRowHeight = 44 + (second ? 15 : 0);
  const index = buildMarkIndex(
    timeline.events.map((e) => ({ id: e.id, min: e.date.min, max: e.date.max, depth: e.depth, parent: e.parent, point: markShape(e.date) === 'dot', band: isPeriod(e.kind, e.date) }))
  );
  const bandLanes = overlapDepth(index.events.filter((e) => e.band), 2);
  const eventsTop = bandLanes ? bandLanes * bandRowHeight + 6 + 4 : 4;
  const x = scaleUtc([window.from, window.to], [0, width]);
  const byId = new Map(timeline.events.map((e) => [e.id, e]));
  const labelWidth = (id: string) => estimateLabelWidth(byId.get(id)!.title[lang], 13) + 8;
  const options = { toPx: (ms: number) => x(ms), window: [window.from, window.to] as [number, number], width };
  const layout = withSelected(
    layoutMarks(index, { ...options, lanes: Math.floor((marksHeight - 28 - eventsTop) / laneHeight), bandLanes, expandPx: 140, labelWidth, labelMinWidth: labelWidth }),
    index,
    opts.selectedId ?? null,
    options
  );
  const drawn: DrawnMark[] = [...layout.marks.map((m) => [m.id, true] as const), ...layout.dots.map((d) => [d.id, false] as const)].map(([id, labelled]) => {
    const e = byId.get(id)!;
    const period = isPeriod(e.kind, e.date);
    return { kind: e.kind, shape: markShape(e.date), pattern: markPattern(e.date, period), period, labelled };
  });
  const legend = legendEntries(drawn, {
    milestones: layout.brackets.length > 0,
    selected: !!opts.selectedId,
    more: layout.clusters.some((c) => c.count > 1 || layout.dots.length === 0)
  });
  const ticks = chooseTicks([new Date(window.from), new Date(window.to)], width, lang).ticks.map((tick) => ({ ...tick, x: x(tick.date) }));
  return {
    width,
    height,
    marksHeight,
    axisHeight: 30,
    window,
    ticks,
    layout,
    laneHeight,
    bandRowHeight,
    bandHeight: bandLanes ? bandLanes * bandRowHeight + 7 : 0,
    maxLines: 2,
    eventsTop,
    dotsTop: marksHeight - 26,
    selectedId: opts.selectedId ?? null,
    second,
    legend
  };
}

function inputFor(timeline: TimelineData, lang: Lang, window: TimeWindow, opts: Parameters<typeof drawingOf>[3] = {}): ViewSvgInput {
  const drawing = drawingOf(timeline, window, lang, opts);
  const byId = new Map(timeline.events.map((e) => [e.id, e]));
  const count = timeline.events.filter((e) => e.date.min < window.to && e.date.max > window.from).length;
  const texts = pictureTexts(timeline, lang, translators[lang], {
    window,
    count,
    query: '',
    filters: NO_FILTERS,
    second: opts.second ?? null,
    address: `https://timeline.example/${lang}?from=2023-05-01&to=2023-05-31`
  }, (event) => markQualifier(event.date, lang, translators[lang]));
  return { drawing, eventById: (id) => byId.get(id), lang, texts, palette, measure };
}

/** The text of every <text> in an element of the SVG, one string per line, entities decoded. */
function textsIn(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((match) =>
    match[1]
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
  );
}

/** Each mark's group of lines, joined, by event id. */
function labelsIn(svg: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const match of svg.matchAll(/<g class="mark" data-event-id="([^"]+)">(.*?)<\/g><\/g>/g)) {
    labels.set(match[1], textsIn(match[2]).join(' '));
  }
  return labels;
}

/** Fails unless every tag is closed in order and no raw < or & stands in text: the SVG is well-formed XML. */
function expectWellFormed(svg: string) {
  const stack: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([<&])/g)) {
    if (match[5]) {
      if (match[5] === '&' && /^&(?:amp|lt|gt|quot|apos);/.test(svg.slice(match.index!))) continue;
      throw new Error(`Stray "${match[5]}" at ${match.index}: ${svg.slice(match.index! - 30, match.index! + 30)}`);
    }
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) expect(stack.pop(), `</${name}> closes what it opened`).toBe(name);
    else stack.push(name);
  }
  expect(stack).toEqual([]);
}

describe('viewSvg: a picture of the view', () => {
  for (const lang of ['fr', 'en', 'vi'] as const) {
    it(`draws the title, the span, every drawn event's label and the legend (${lang})`, () => {
      const input = inputFor(data, lang, MAY_2023);
      const { svg, width, height } = viewSvg(input);
      expectWellFormed(svg);
      expect(width).toBe(1000 + 32);
      expect(height).toBeGreaterThan(420);
      expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`));

      const texts = textsIn(svg);
      const all = texts.join('\n');
      expect(svg).toContain(`<title id="title">${escapeXml(data.meta.title[lang])}</title>`);
      expect(all.replace(/\n/g, ' ')).toContain(data.meta.title[lang]);
      expect(texts).toContain(input.texts.span);
      expect(input.texts.span).toContain('2023');
      expect(all).toContain(translators[lang]('site.sourcesFooter').split(' ')[0]);
      expect(texts.join('')).toContain(input.texts.address);

      const { marks, dots } = input.drawing.layout;
      expect(marks.length).toBeGreaterThan(2);
      const labels = labelsIn(svg);
      expect([...labels.keys()].sort()).toEqual(marks.map((m) => m.id).sort());
      for (const mark of marks) {
        const event = input.eventById(mark.id)!;
        const label = labels.get(mark.id)!;
        const title = event.title[lang];
        // The whole title, or its beginning cut with an ellipsis where it runs past its lines.
        if (label.endsWith('…')) expect(title.replace(/\s+/g, ' ')).toContain(label.slice(label.lastIndexOf('·') + 1, -1).trim().split(' ').slice(0, 2).join(' '));
        else expect(label).toContain(title);
        const hedge = input.texts.qualifier(event);
        if (hedge) expect(label.startsWith(`${hedge}\u00a0·`)).toBe(true);
      }
      expect(svg.match(/<circle cx="[^"]+" cy="[^"]+" r="4" fill/g)?.length ?? 0).toBe(dots.length);

      for (const kind of input.drawing.legend.kinds) expect(texts).toContain(translators[lang](`event.kind.${kind}`));
      for (const symbol of input.drawing.legend.symbols) expect(texts).toContain(translators[lang](`timeline.legend.${symbol}`));
      expect(texts).toContain(translators[lang]('timeline.legend.title'));
      expect(input.drawing.legend.kinds.length).toBeGreaterThan(1);
      for (const tick of input.drawing.ticks) expect(texts).toContain(tick.label);
    });
  }

  it('rings the selected event, sets its label in bold, and writes the second language below each label', () => {
    const input = inputFor(data, 'fr', MAY_2023, { selectedId: 'visit-2023-05', second: 'vi' });
    const { svg } = viewSvg(input);
    expectWellFormed(svg);
    const selected = /<g class="mark" data-event-id="visit-2023-05">(.*?)<\/g><\/g>/.exec(svg)![1];
    expect(selected).toContain('font-weight="700"');
    expect(selected).toContain(`stroke="${palette.ring}"`);
    expect(selected).toContain('lang="vi"');
    expect(textsIn(selected).join(' ')).toContain(data.events.find((e) => e.id === 'visit-2023-05')!.title.vi.slice(0, 10));
    expect(svg).toContain(`<text x="16"`);
    expect(textsIn(svg)).toContain(translators.fr('timeline.legend.selected'));
    // The title in the second language, under the first.
    expect(textsIn(svg).join(' ')).toContain(data.meta.title.vi.split(' ').slice(0, 3).join(' '));
  });

  it('draws the whole timeline with the band of periods, patterns and the legend of what is drawn', () => {
    const input = inputFor(data, 'en', fullWindow(data.span));
    const { svg } = viewSvg(input);
    expectWellFormed(svg);
    expect(input.drawing.bandHeight).toBeGreaterThan(0);
    expect(svg).toContain(`fill="${palette.surface}"`);
    // An open-ended period ends in an arrow; stripes are a pattern declared once per colour.
    if (input.drawing.legend.symbols.includes('ongoing')) expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+Z" fill/);
    if (input.drawing.legend.symbols.includes('approximate')) expect(svg).toContain('stroke-dasharray');
    for (const id of new Set(svg.match(/id="stripes-\d+"/g) ?? [])) expect(svg.split(id)).toHaveLength(2);
  });

  it('escapes every text: a title with markup stays text', () => {
    const hostile = '<script>alert("x")</script> & \u0007 Tô Lâm’s';
    const events: TimelineEvent[] = data.events.map((e) =>
      e.id === 'talks-2023-05-15' ? { ...e, title: { fr: hostile, en: hostile, vi: hostile } } : e
    );
    const timeline = { ...data, events, meta: { ...data.meta, title: { ...data.meta.title, en: 'A & B <i>' } } };
    const input = inputFor(timeline, 'en', MAY_2023);
    const { svg } = viewSvg(input);
    expectWellFormed(svg);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('A &amp; B &lt;i&gt;');
    expect(svg).not.toContain('\u0007');
  });

  it('notes the characters written in each weight, and embeds the font rules it is given', () => {
    const input = inputFor(data, 'vi', MAY_2023);
    const { glyphs } = viewSvg(input);
    // The title is set in bold.
    expect(glyphs[700]).toContain(data.meta.title.vi[0]);
    expect(glyphs[400]).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    const { svg } = viewSvg({ ...input, fontCss: "@font-face{font-family:'Be Vietnam Pro';src:url(data:font/woff2;base64,AAAA)}" });
    expect(svg).toContain("<style>@font-face{font-family:'Be Vietnam Pro';src:url(data:font/woff2;base64,AAAA)}text{font-family:'Be Vietnam Pro'");
    expectWellFormed(svg);
  });
});

describe('wrapWords', () => {
  const word = (text: string) => ({ text, font: { size: 10, weight: 400 as const }, fill: '#000' });
  // Every character 5 px: "abc" is 15 px, a space 5 px.
  const fixed = (text: string) => [...text].length * 5;
  const lines = (text: string, width: number, max: number) =>
    wrapWords(text.split(' ').map(word), width, max, fixed).map((runs) => runs.map((run) => run.text).join(''));

  it.each([
    ['one line when it fits', 'ab cd ef', 40, 2, ['ab cd ef']],
    ['breaks between words', 'ab cd ef', 25, 3, ['ab cd', 'ef']],
    ['ends the last line with an ellipsis where words are left, cut as CSS cuts it', 'ab cd ef gh ij', 25, 2, ['ab cd', 'ef g…']],
    ['cuts a word longer than the line', 'abcdefghij', 25, 3, ['abcde', 'fghij']]
  ])('%s', (_, text, width, max, expected) => {
    expect(lines(text, width, max)).toEqual(expected);
  });

  it('keeps runs of different styles apart, and joins words of one style', () => {
    const hedge = { text: 'c.', font: { size: 10, weight: 400 as const }, fill: '#666' };
    const runs = wrapWords([hedge, word('ab'), word('cd')], 100, 2, fixed);
    expect(runs).toEqual([[{ ...hedge }, { text: ' ab cd', font: word('').font, fill: '#000' }]]);
  });
});

describe('the words of a picture', () => {
  it.each([
    ['a month', MAY_2023, ['1–31 May 2023', '1er–31 mai 2023', '1–31/5/2023']],
    // Edges within a day show that day.
    ['days across months, edges mid-day', { from: Date.UTC(2023, 3, 21, 5), to: Date.UTC(2023, 5, 10, 20) }, ['21 April – 10 June 2023', '21 avril – 10 juin 2023', '21/4 – 10/6/2023']],
    ['one day', { from: Date.UTC(2023, 4, 15), to: Date.UTC(2023, 4, 16) }, ['15 May 2023', '15 mai 2023', '15/5/2023']],
    ['months, over four of them', { from: Date.UTC(2023, 3, 1), to: Date.UTC(2023, 8, 1) }, ['April–August 2023', 'avril–août 2023', 'tháng 4 – tháng 8/2023']],
    ['months across years', { from: Date.UTC(2022, 9, 12, 13), to: Date.UTC(2023, 4, 16, 2) }, ['October 2022 – May 2023', 'octobre 2022 – mai 2023', 'tháng 10/2022 – tháng 5/2023']],
    ['years, over three of them', { from: Date.UTC(2009, 5, 6), to: Date.UTC(2024, 10, 11) }, ['2009–2024', '2009–2024', '2009–2024']]
  ] as const)('give the window in the page language as the site writes dates, at the precision its length calls for: %s', (_, window, [en, fr, vi]) => {
    expect(windowSpanText(window, 'en')).toBe(en);
    expect(windowSpanText(window, 'fr')).toBe(fr);
    expect(windowSpanText(window, 'vi')).toBe(vi);
  });

  it('name the search and the filters, or nothing when none narrows the events', () => {
    const t = translators.fr;
    expect(filtersText(data, 'fr', t, '', NO_FILTERS)).toBeNull();
    const text = filtersText(data, 'fr', t, 'alvarez', { ...NO_FILTERS, kind: ['visit'], evidence: ['primary'] });
    expect(text).toBe(`Uniquement les événements correspondant à «\u202falvarez\u202f», ${t('event.kind.visit')}, ${t('event.evidence.primary')}`);
  });
});

describe('font subsets', () => {
  // The font's own ranges, as the package ships them.
  const ranges = unicodeRanges;
  const order = ['latin', 'vietnamese', 'latin-ext'];

  it('reads a unicode-range', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+1EA0-1EF9')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x1ea0, 0x1ef9]
    ]);
  });

  it.each([
    ['English', 'Visit to Havana', ['latin']],
    ['French', 'Visite à La Havane, « vers » 2023', ['latin']],
    ['Vietnamese', 'Đại tướng Tô Lâm thăm Cuba', ['latin', 'vietnamese']],
    ['a Polish name', 'Łukasz', ['latin', 'latin-ext']],
    ['nothing', '', []]
  ])('takes only the subsets %s needs', (_, text, expected) => {
    expect(subsetsFor(text, ranges, order)).toEqual(expected);
  });

  it('writes one @font-face per face, with its range', () => {
    const css = fontFaceCss([{ family: 'Be Vietnam Pro', weight: 600, unicodeRange: 'U+0000-00FF', src: 'data:font/woff2;base64,AA' }]);
    expect(css).toBe(
      "@font-face{font-family:'Be Vietnam Pro';font-style:normal;font-weight:600;font-display:block;src:url(data:font/woff2;base64,AA) format('woff2');unicode-range:U+0000-00FF}"
    );
  });
});
