import { describe, expect, it } from 'vitest';
import {
  estimateLabelWidth,
  layoutLabels,
  type LabelItem,
  type LayoutResult
} from '../../src/lib/timeline/layoutLabels';
import { mulberry32 } from './random';

function randomItems(count: number, viewWidth: number, random: () => number): LabelItem[] {
  return Array.from({ length: count }, (_, i) => {
    const x0 = Math.round((random() * 1.4 - 0.2) * viewWidth);
    const isBar = random() < 0.3;
    const x1 = isBar ? x0 + Math.round(random() * viewWidth * 0.3) : x0;
    const width = 20 + Math.round(random() * 140);
    const priority = random() < 0.2 ? Math.floor(random() * 3) : undefined;
    return { id: `e${i}`, x0, x1, width, priority };
  });
}

function shuffled<T>(list: T[], random: () => number): T[] {
  const copy = list.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** The span a placed label claims in its lane: its box joined to its mark's bar. */
function claimedSpan(item: LabelItem, x: number, viewWidth: number): [number, number] {
  return [x, Math.max(x + item.width, Math.min(item.x1, viewWidth))];
}

const inView = (item: LabelItem, viewWidth: number) => item.x1 >= 0 && item.x0 <= viewWidth;

const cases = [320, 390, 768, 1280, 1920].flatMap((viewWidth) =>
  [1, 2, 3, 4].map((lanes) => ({ viewWidth, lanes, seed: viewWidth * 10 + lanes }))
);

describe('layoutLabels on 200 random items', () => {
  it.each(cases)('never overlaps two labels or bars in a lane at width $viewWidth with $lanes lanes', ({ viewWidth, lanes, seed }) => {
    const items = randomItems(200, viewWidth, mulberry32(seed));
    const byId = new Map(items.map((item) => [item.id, item]));
    const gap = 8;
    const { placed } = layoutLabels(items, { width: viewWidth, lanes, gap });

    for (let lane = 0; lane < lanes; lane++) {
      const spans = placed
        .filter((label) => label.lane === lane)
        .map((label) => claimedSpan(byId.get(label.id)!, label.x, viewWidth))
        .sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) {
        expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1] + gap);
      }
    }
  });

  it.each(cases)('accounts for every item in view exactly once at width $viewWidth with $lanes lanes', ({ viewWidth, lanes, seed }) => {
    const items = randomItems(200, viewWidth, mulberry32(seed));
    const result = layoutLabels(items, { width: viewWidth, lanes });

    const seen = [...result.placed.map((label) => label.id), ...result.hidden].sort();
    const expected = items.filter((item) => inView(item, viewWidth)).map((item) => item.id).sort();
    expect(seen).toEqual(expected);
  });

  it.each(cases)('keeps every box within the view at width $viewWidth with $lanes lanes', ({ viewWidth, lanes, seed }) => {
    const items = randomItems(200, viewWidth, mulberry32(seed));
    const byId = new Map(items.map((item) => [item.id, item]));
    const { placed } = layoutLabels(items, { width: viewWidth, lanes });

    for (const label of placed) {
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.x + byId.get(label.id)!.width).toBeLessThanOrEqual(viewWidth);
      expect(label.lane).toBeGreaterThanOrEqual(0);
      expect(label.lane).toBeLessThan(lanes);
    }
  });

  it.each(cases)('gives the same layout for shuffled input at width $viewWidth with $lanes lanes', ({ viewWidth, lanes, seed }) => {
    const random = mulberry32(seed);
    const items = randomItems(200, viewWidth, random);
    const expected = layoutLabels(items, { width: viewWidth, lanes });

    for (let round = 0; round < 3; round++) {
      expect(layoutLabels(shuffled(items, random), { width: viewWidth, lanes })).toEqual(expected);
    }
  });

  it.each(cases)('groups exactly the hidden items into clusters at width $viewWidth with $lanes lanes', ({ viewWidth, lanes, seed }) => {
    const items = randomItems(200, viewWidth, mulberry32(seed));
    const { hidden, clusters } = layoutLabels(items, { width: viewWidth, lanes });

    expect(clusters.flatMap((cluster) => cluster.ids)).toEqual(hidden);
    for (const cluster of clusters) expect(cluster.count).toBe(cluster.ids.length);
  });
});

describe('layoutLabels on small cases', () => {
  const point = (id: string, x0: number, width: number, priority?: number): LabelItem => ({ id, x0, x1: x0, width, priority });

  it('fills lanes greedily from the left and hides what fits nowhere', () => {
    const items = [point('a', 10, 100), point('b', 50, 60), point('c', 90, 50), point('d', 120, 40)];
    const result = layoutLabels(items, { width: 400, lanes: 2 });

    expect(result).toEqual<LayoutResult>({
      placed: [
        { id: 'a', lane: 0, x: 10 },
        { id: 'b', lane: 1, x: 50 },
        { id: 'd', lane: 0, x: 120 }
      ],
      hidden: ['c'],
      clusters: [{ x: 90, count: 1, ids: ['c'] }]
    });
  });

  it.each([
    { what: 'starting off the left edge at 0', item: { id: 'a', x0: -50, x1: 5, width: 30 }, placed: [{ id: 'a', lane: 0, x: 0 }], hidden: [] },
    { what: 'near the right edge flush against it', item: point('a', 380, 60), placed: [{ id: 'a', lane: 0, x: 340 }], hidden: [] },
    { what: 'wider than the view among the hidden', item: point('a', 10, 500), placed: [], hidden: ['a'] },
    { what: 'wholly left of the view nowhere', item: { id: 'a', x0: -100, x1: -1, width: 30 }, placed: [], hidden: [] },
    { what: 'wholly right of the view nowhere', item: point('a', 401, 30), placed: [], hidden: [] },
    { what: 'whose bar crosses the whole view at 0', item: { id: 'a', x0: -100, x1: 900, width: 30 }, placed: [{ id: 'a', lane: 0, x: 0 }], hidden: [] }
  ])('puts a label $what', ({ item, placed, hidden }) => {
    const result = layoutLabels([item], { width: 400, lanes: 1 });
    expect(result.placed).toEqual(placed);
    expect(result.hidden).toEqual(hidden);
  });

  it("counts a range's bar as taken, pushing a label over it to the next lane", () => {
    const items = [{ id: 'visit', x0: 10, x1: 300, width: 50 }, point('talks', 100, 20)];
    expect(layoutLabels(items, { width: 400, lanes: 2 }).placed).toEqual([
      { id: 'visit', lane: 0, x: 10 },
      { id: 'talks', lane: 1, x: 100 }
    ]);
  });

  it.each([
    { gap: 8, secondAt: 118, lane: 0 },
    { gap: 8, secondAt: 117, lane: 1 },
    { gap: 0, secondAt: 110, lane: 0 },
    { gap: 20, secondAt: 129, lane: 1 }
  ])('keeps $gap px between labels: one at $secondAt goes to lane $lane', ({ gap, secondAt, lane }) => {
    const items = [point('first', 10, 100), point('second', secondAt, 40)];
    const { placed } = layoutLabels(items, { width: 400, lanes: 2, gap });
    expect(placed.find((label) => label.id === 'second')?.lane).toBe(lane);
  });

  it('places the higher priority first when two labels compete', () => {
    const items = [point('minor', 10, 100), point('major', 20, 100, 1)];
    const result = layoutLabels(items, { width: 400, lanes: 1 });
    expect(result.placed).toEqual([{ id: 'major', lane: 0, x: 20 }]);
    expect(result.hidden).toEqual(['minor']);
  });

  it('breaks a tie on position by id, whatever the input order', () => {
    const items = [point('b', 10, 50), point('a', 10, 50)];
    expect(layoutLabels(items, { width: 400, lanes: 1 }).placed).toEqual([{ id: 'a', lane: 0, x: 10 }]);
  });

  it.each([
    { xs: [0, 10, 30, 50, 200], clusters: [{ x: 0, count: 3 }, { x: 50, count: 1 }, { x: 200, count: 1 }] },
    { xs: [-30, -5, 20], clusters: [{ x: 0, count: 3 }] },
    { xs: [100, 140, 141], clusters: [{ x: 100, count: 2 }, { x: 141, count: 1 }] }
  ])('clusters hidden labels at $xs as $clusters', ({ xs, clusters }) => {
    const items = xs.map((x, i) => ({ id: `e${i}`, x0: x, x1: Math.max(x, 0), width: 30 }));
    const result = layoutLabels(items, { width: 400, lanes: 0 });
    expect(result.clusters.map(({ x, count }) => ({ x, count }))).toEqual(clusters);
  });

  it('returns empty lists for no items', () => {
    expect(layoutLabels([], { width: 400, lanes: 3 })).toEqual({ placed: [], hidden: [], clusters: [] });
  });
});

describe('estimateLabelWidth', () => {
  it.each([
    { text: '', fontPx: 12, width: 0 },
    { text: 'abc', fontPx: 10, width: 17 },
    { text: 'abcdeghknp'.repeat(2), fontPx: 10, width: 110 },
    { text: '中国', fontPx: 10, width: 20 }
  ])('estimates "$text" at $fontPx px as $width px', ({ text, fontPx, width }) => {
    expect(estimateLabelWidth(text, fontPx)).toBe(width);
  });

  it('counts broad letters wider than narrow ones', () => {
    expect(estimateLabelWidth('MWMW', 14)).toBeGreaterThan(estimateLabelWidth('abcd', 14));
    expect(estimateLabelWidth('abcd', 14)).toBeGreaterThan(estimateLabelWidth('il.i', 14));
  });

  it('gives Vietnamese the same width whether its tones are composed or not', () => {
    const text = 'Bộ Công an Việt Nam';
    expect(estimateLabelWidth(text.normalize('NFD'), 14)).toBe(estimateLabelWidth(text.normalize('NFC'), 14));
  });

  it('grows in step with the font size', () => {
    const text = 'Visite officielle à La Havane';
    expect(Math.abs(estimateLabelWidth(text, 24) - 2 * estimateLabelWidth(text, 12))).toBeLessThanOrEqual(1);
  });
});
