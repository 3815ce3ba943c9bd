import { describe, expect, it } from 'vitest';
import { chooseTicks, granularityOf, labelsInside } from '../../src/lib/timeline/ticks';
import { LANGS } from '../../src/lib/timeline/types';

function utc(year: number, month = 1, day = 1, hours = 0, minutes = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

const SPANS: Record<string, [Date, Date]> = {
  'one day': [utc(2023, 5, 15), utc(2023, 5, 16)],
  'three weeks': [utc(2023, 5, 1), utc(2023, 5, 22)],
  'three months': [utc(2023, 5, 1), utc(2023, 8, 1)],
  'one year': [utc(2023, 1, 1), utc(2023, 12, 31)],
  'two years': [utc(2022, 1, 1), utc(2024, 1, 1)],
  'fifteen years': [utc(2010), utc(2025)],
  'thirty years': [utc(1995), utc(2025)],
  'a century and more': [utc(1900), utc(2025)]
};
const WIDTHS = [320, 390, 1280, 1920];

describe('chooseTicks', () => {
  it('counts in decades or years over thirty years at 1280 px', () => {
    expect(['decade', 'year']).toContain(chooseTicks(SPANS['thirty years'], 1280, 'en').granularity);
  });

  it('counts in months over two years at 1280 px', () => {
    expect(chooseTicks(SPANS['two years'], 1280, 'en').granularity).toBe('month');
  });

  it('counts in days over three weeks at 1280 px', () => {
    expect(chooseTicks(SPANS['three weeks'], 1280, 'en').granularity).toBe('day');
  });

  it('coarsens on a phone: three weeks in weeks, two years in years at 320 px', () => {
    expect(chooseTicks(SPANS['three weeks'], 320, 'en').granularity).toBe('week');
    expect(chooseTicks(SPANS['two years'], 320, 'en').granularity).toBe('year');
  });

  describe.each(Object.entries(SPANS))('over %s', (_, domain) => {
    it.each(WIDTHS)('never draws more than one tick per 60 px at %i px', (width) => {
      const { ticks } = chooseTicks(domain, width, 'en');
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.length).toBeLessThanOrEqual(Math.floor(width / 60));
    });

    it.each(WIDTHS)('keeps ticks sorted, inside the domain and 90 px apart at %i px', (width) => {
      const { ticks } = chooseTicks(domain, width, 'fr');
      const [start, stop] = domain.map(Number);
      const xs = ticks.map((t) => ((+t.date - start) / (stop - start)) * width);
      for (const t of ticks) {
        expect(+t.date).toBeGreaterThanOrEqual(start);
        expect(+t.date).toBeLessThanOrEqual(stop);
      }
      for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(90);
    });
  });

  it.each([
    {
      lang: 'en',
      labels: ['Jan 2023', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    },
    {
      lang: 'fr',
      labels: ['janv. 2023', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
    },
    {
      lang: 'vi',
      labels: ['T1/2023', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']
    }
  ] as const)('labels the months of a year in $lang', ({ lang, labels }) => {
    const { granularity, ticks } = chooseTicks(SPANS['one year'], 1280, lang);
    expect(granularity).toBe('month');
    expect(ticks.map((t) => t.label)).toEqual(labels);
  });

  it.each([
    { lang: 'en', labels: ['Jan 2022', 'Apr', 'Jul', 'Oct', 'Jan 2023', 'Apr', 'Jul', 'Oct', 'Jan 2024'] },
    { lang: 'fr', labels: ['janv. 2022', 'avr.', 'juil.', 'oct.', 'janv. 2023', 'avr.', 'juil.', 'oct.', 'janv. 2024'] },
    { lang: 'vi', labels: ['T1/2022', 'T4', 'T7', 'T10', 'T1/2023', 'T4', 'T7', 'T10', 'T1/2024'] }
  ] as const)('gives the year to the first month tick and each January in $lang', ({ lang, labels }) => {
    const { ticks } = chooseTicks(SPANS['two years'], 1280, lang);
    expect(ticks.map((t) => t.label)).toEqual(labels);
    expect(ticks.filter((t) => t.major).map((t) => t.date.toISOString().slice(0, 7))).toEqual([
      '2022-01',
      '2023-01',
      '2024-01'
    ]);
  });

  it.each([
    { lang: 'en', labels: ['1 May 2023', '3 May', '5 May', '7 May', '9 May', '11 May'] },
    { lang: 'fr', labels: ['1er mai 2023', '3 mai', '5 mai', '7 mai', '9 mai', '11 mai'] },
    { lang: 'vi', labels: ['1/5/2023', '3/5', '5/5', '7/5', '9/5', '11/5'] }
  ] as const)('labels days in $lang', ({ lang, labels }) => {
    const { ticks } = chooseTicks(SPANS['three weeks'], 1280, lang);
    expect(ticks.slice(0, 6).map((t) => t.label)).toEqual(labels);
  });

  it('labels years with the year alone and marks round decades as major', () => {
    const { granularity, ticks } = chooseTicks(SPANS['fifteen years'], 1280, 'vi');
    expect(granularity).toBe('year');
    expect(ticks.map((t) => t.label)).toEqual(['2010', '2012', '2014', '2016', '2018', '2020', '2022', '2024']);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2010', '2020']);
  });

  it('labels decades with their first year', () => {
    const { granularity, ticks } = chooseTicks(SPANS['a century and more'], 1280, 'fr');
    expect(granularity).toBe('decade');
    expect(ticks.map((t) => t.label)).toEqual(
      ['1900', '1910', '1920', '1930', '1940', '1950', '1960', '1970', '1980', '1990', '2000', '2010', '2020']
    );
  });

  it('speaks the reader’s language: "mai" in French, never "May"', () => {
    const labels = (lang: (typeof LANGS)[number]) => chooseTicks(SPANS['one year'], 1280, lang).ticks.map((t) => t.label);
    expect(labels('fr')).toContain('mai');
    expect(labels('fr')).not.toContain('May');
    expect(labels('en')).toContain('May');
    expect(labels('vi')).toContain('T5');
  });

  it('puts day ticks on UTC midnights and names them in UTC, whatever the local time zone', () => {
    const { granularity, ticks } = chooseTicks([utc(2023, 12, 30, 23, 30), utc(2024, 1, 3, 0, 30)], 1280, 'en');
    expect(granularity).toBe('day');
    expect(ticks.map((t) => t.date.toISOString())).toEqual([
      '2023-12-31T00:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
      '2024-01-02T00:00:00.000Z',
      '2024-01-03T00:00:00.000Z'
    ]);
    expect(ticks.map((t) => t.label)).toEqual(['31 Dec 2023', '1 Jan 2024', '2 Jan', '3 Jan']);
  });

  it.each([
    { lang: 'fr', labels: ['31 déc. 2023', '1er janv. 2024', '2 janv.', '3 janv.'] },
    { lang: 'vi', labels: ['31/12/2023', '1/1/2024', '2/1', '3/1'] }
  ] as const)('names days across a new year in $lang (French keeps the ordinal "1er")', ({ lang, labels }) => {
    const { ticks } = chooseTicks([utc(2023, 12, 30, 23, 30), utc(2024, 1, 3, 0, 30)], 1280, lang);
    expect(ticks.map((t) => t.label)).toEqual(labels);
  });

  it('gives the same ticks for a domain given backwards', () => {
    const [a, b] = SPANS['two years'];
    expect(chooseTicks([b, a], 1280, 'en')).toEqual(chooseTicks([a, b], 1280, 'en'));
  });

  it('draws no ticks on an axis too narrow for one label', () => {
    expect(chooseTicks(SPANS['two years'], 50, 'en').ticks).toEqual([]);
  });
});

describe('granularityOf', () => {
  it.each(Object.entries(SPANS).flatMap(([name, domain]) => WIDTHS.map((width) => ({ name, domain, width }))))(
    'agrees with chooseTicks over $name at $width px',
    ({ domain, width }) => {
      expect(granularityOf(domain, width)).toBe(chooseTicks(domain, width, 'en').granularity);
    }
  );
});

describe('labelsInside', () => {
  // Labels 7 px a character, drawn 4 px right of their tick, on a 300 px plot.
  const width = (tick: { label: string }) => tick.label.length * 7;
  it.each([
    ['a label that ends inside is kept', 200, 'Jan 2023', 'Jan 2023'],
    ['one that ends exactly at the edge is kept', 240, 'Jan 2023', 'Jan 2023'],
    ['one that would run a pixel past the edge loses its text', 241, 'Jan 2023', ''],
    ['one whose tick is near the edge (the embed\'s "Ju")', 290, 'Jul', ''],
    ['one that would start left of the plot loses its text', -10, '2024', ''],
    ['an empty label stays empty', 100, '', '']
  ])('%s', (_, x, label, shown) => {
    const [tick] = labelsInside([{ x, label, major: false }], 300, width);
    expect(tick).toEqual({ x, label: shown, major: false });
  });

  it('keeps every tick, with its line, and the others untouched', () => {
    const ticks = [
      { x: 10, label: '2010' },
      { x: 150, label: '2015' },
      { x: 280, label: '2020' }
    ];
    const inside = labelsInside(ticks, 300, width);
    expect(inside.map((t) => t.x)).toEqual([10, 150, 280]);
    expect(inside.map((t) => t.label)).toEqual(['2010', '2015', '']);
    expect(inside[0]).toBe(ticks[0]);
  });
});
