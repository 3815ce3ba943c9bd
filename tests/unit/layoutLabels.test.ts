import { describe, expect, it } from 'vitest';
import {
  estimateLabelWidth,
  layoutLabels,
  type LabelItem,
  type LayoutResult,
  type PlacedLabel
} from '../../src/lib/timeline/layoutLabels';
import { mulberry32 } from './random';

/** Points and bars, some bars with milestones beneath them; labels wrap to about half their width. */
function randomItems(count: number, viewWidth: number, random: () => number): LabelItem[] {
  return Array.from({ length: count }, (_, i) => {
    const x0 = Math.round((random() * 1.4 - 0.2) * viewWidth);
    const isBar = random() < 0.3;
    const x1 = isBar ? x0 + Math.round(random() * viewWidth * 0.3) : x0 + 12;
    const width = 20 + Math.round(random() * 260);
    const priority = random() < 0.2 ? Math.floor(random() * 3) : undefined;
    const item: LabelItem = { id: `e${i}`, x0, x1, width, minWidth: Math.ceil(width / 2) + 12, priority };
    if (isBar && random() < 0.4) {
      item.below = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, c) => {
        const at = x0 + Math.round(random() * (x1 - x0));
        const w = 20 + Math.round(random() * 200);
        return { id: `e${i}-m${c}`, x0: at, x1: at + 12, width: w, minWidth: Math.ceil(w / 2) + 12 };
      });
    }
    return item;
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

const flatten = (items: LabelItem[]): LabelItem[] => items.flatMap((item) => [item, ...flatten(item.below ?? [])]);
const inView = (item: LabelItem, viewWidth: number) => item.x1 >= 0 && item.x0 <= viewWidth;

/** What a placed label covers in its lane: its box and the visible part of its mark. */
function ink(item: LabelItem, label: PlacedLabel, viewWidth: number): [number, number] {
  return [Math.min(label.x, Math.max(0, item.x0)), Math.max(label.x + label.width, Math.min(item.x1, viewWidth))];
}

const cases = [320, 390, 768, 1280, 1920].flatMap((viewWidth) =>
  [1, 2, 4, 6].flatMap((lanes) =>
    [false, true].map((ownRow) => ({ viewWidth, lanes, ownRow, seed: viewWidth * 10 + lanes + (ownRow ? 5 : 0) }))
  )
);

describe('layoutLabels on 200 random items', () => {
  const run = ({ viewWidth, lanes, ownRow, seed }: (typeof cases)[number]) => {
    const items = randomItems(200, viewWidth, mulberry32(seed));
    const all = flatten(items);
    const byId = new Map(all.map((item) => [item.id, item]));
    return { items, all, byId, result: layoutLabels(items, { width: viewWidth, lanes, ownRow }) };
  };

  it.each(cases)('never overlaps two labels, marks or brackets in a lane at $viewWidth px, $lanes lanes, own row $ownRow', (c) => {
    const { byId, result } = run(c);
    const gap = 8;
    for (let lane = 0; lane < c.lanes; lane++) {
      const spans: { start: number; end: number; group: string }[] = result.placed
        .filter((label) => label.lane === lane)
        .map((label) => {
          const [start, end] = ink(byId.get(label.id)!, label, c.viewWidth);
          return { start, end, group: label.parent ?? '' };
        });
      for (const bracket of result.brackets) {
        if (lane >= bracket.from && lane <= bracket.to) spans.push({ start: bracket.x, end: bracket.x + 1, group: `bracket:${bracket.id}` });
      }
      spans.sort((a, b) => a.start - b.start);
      for (let i = 1; i < spans.length; i++) {
        // A bracket sits a little closer to its own milestones than the gap, never on them.
        const own = spans[i - 1].group === `bracket:${spans[i].group}`;
        expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end + (own ? 1 : gap));
      }
      if (c.ownRow) expect(result.placed.filter((label) => label.lane === lane).length).toBeLessThanOrEqual(1);
    }
  });

  it.each(cases)('accounts for every item in view exactly once at $viewWidth px, $lanes lanes, own row $ownRow', (c) => {
    const { all, result } = run(c);
    const seen = [...result.placed.map((label) => label.id), ...result.hidden].sort();
    expect(seen).toEqual(all.filter((item) => inView(item, c.viewWidth)).map((item) => item.id).sort());
  });

  it.each(cases)('starts each label at its mark, or ends it there when only there it fits on one line or the right has no room, at $viewWidth px, $lanes lanes, own row $ownRow', (c) => {
    const { byId, result } = run(c);
    for (const label of result.placed) {
      const item = byId.get(label.id)!;
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.x + label.width).toBeLessThanOrEqual(c.viewWidth + 1e-9);
      if (label.side === 'right') {
        expect(label.x).toBe(Math.max(0, item.x0));
      } else {
        expect(label.x + label.width).toBeCloseTo(item.x0, 9);
        const natural = Math.min(item.width, c.viewWidth);
        const roomRight = c.viewWidth - Math.max(0, item.x0);
        expect(roomRight).toBeLessThan(natural);
        expect(item.x0 >= natural || roomRight < Math.min(item.minWidth!, item.width)).toBe(true);
      }
    }
  });

  it.each(cases)('wraps a label only when its box is narrower than its one line, never below its wrapped width when there is room, at $viewWidth px, $lanes lanes, own row $ownRow', (c) => {
    const { byId, result } = run(c);
    for (const label of result.placed) {
      const item = byId.get(label.id)!;
      const natural = Math.min(item.width, c.viewWidth);
      const room = label.side === 'right' ? c.viewWidth - Math.max(0, item.x0) : item.x0;
      expect(label.width).toBeLessThanOrEqual(natural);
      expect(label.width).toBeGreaterThanOrEqual(Math.min(item.minWidth!, natural, room) - 1e-9);
      expect(label.wrapped).toBe(label.width < natural);
    }
  });

  it.each(cases)('puts milestones only in the rows right beneath their placed parent at $viewWidth px, $lanes lanes, own row $ownRow', (c) => {
    const { items, result } = run(c);
    const lane = new Map(result.placed.map((label) => [label.id, label.lane]));
    for (const item of items) {
      const children = (item.below ?? []).filter((child) => lane.has(child.id));
      if (!children.length) continue;
      expect(lane.has(item.id)).toBe(true);
      const rows = new Set(children.map((child) => lane.get(child.id)! - lane.get(item.id)!));
      // Rows 1, 2, … k with none skipped.
      expect([...rows].sort()).toEqual(Array.from({ length: rows.size }, (_, i) => i + 1));
      const bracket = result.brackets.find((b) => b.id === item.id)!;
      expect(bracket).toMatchObject({ from: lane.get(item.id)! + 1, to: lane.get(item.id)! + rows.size });
      for (const child of children) expect(result.placed.find((p) => p.id === child.id)!.parent).toBe(item.id);
    }
  });

  it.each(cases)('gives the same layout for shuffled input at $viewWidth px, $lanes lanes, own row $ownRow', (c) => {
    const random = mulberry32(c.seed);
    const items = randomItems(200, c.viewWidth, random);
    const expected = layoutLabels(items, { width: c.viewWidth, lanes: c.lanes, ownRow: c.ownRow });
    for (let round = 0; round < 3; round++) {
      expect(layoutLabels(shuffled(items, random), { width: c.viewWidth, lanes: c.lanes, ownRow: c.ownRow })).toEqual(expected);
    }
  });

  it.each(cases)('groups exactly the hidden items into clusters at $viewWidth px, $lanes lanes, own row $ownRow', (c) => {
    const { result } = run(c);
    expect(result.clusters.flatMap((cluster) => cluster.ids)).toEqual(result.hidden);
    for (const cluster of result.clusters) expect(cluster.count).toBe(cluster.ids.length);
  });

  it.each(cases)('keeps every lane a label had before when nothing moved, at $viewWidth px, $lanes lanes, own row $ownRow', (c) => {
    const { items, result } = run(c);
    // Told each label's lane, in any order, the layout gives each the same lane again.
    const lanes = new Map(result.placed.map((label) => [label.id, label.lane]));
    const again = layoutLabels(
      shuffled(items, mulberry32(c.seed + 1)).map((item) => ({
        ...item,
        lane: lanes.get(item.id),
        below: item.below?.map((child) => ({ ...child, lane: lanes.get(child.id) }))
      })),
      { width: c.viewWidth, lanes: c.lanes, ownRow: c.ownRow }
    );
    for (const label of result.placed) expect(again.placed.find((p) => p.id === label.id)?.lane, label.id).toBe(label.lane);
  });
});

describe('layoutLabels on small cases', () => {
  const point = (id: string, x0: number, width: number, extra: Partial<LabelItem> = {}): LabelItem => ({
    id,
    x0,
    x1: x0 + 10,
    width,
    ...extra
  });
  const boxes = (result: LayoutResult) => result.placed.map(({ id, lane, x, width }) => ({ id, lane, x, width }));

  it('fills lanes greedily from the left and hides what fits nowhere', () => {
    const items = [point('a', 10, 100), point('b', 50, 60), point('c', 90, 50), point('d', 130, 40)];
    const result = layoutLabels(items, { width: 400, lanes: 2 });
    expect(boxes(result)).toEqual([
      { id: 'a', lane: 0, x: 10, width: 100 },
      { id: 'b', lane: 1, x: 50, width: 60 },
      { id: 'd', lane: 0, x: 130, width: 40 }
    ]);
    expect(result.hidden).toEqual(['c']);
    expect(result.clusters).toEqual([{ x: 90, count: 1, ids: ['c'] }]);
  });

  // Where a label goes, alone in a lane 400 px wide.
  it.each([
    { what: 'at the left edge when its mark starts off screen', item: { id: 'a', x0: -50, x1: 5, width: 30 }, x: 0, width: 30, side: 'right' },
    { what: 'right of its mark, at full width, when there is room', item: point('a', 100, 150), x: 100, width: 150, side: 'right' },
    { what: 'left of its mark, ending there, near the right edge', item: point('a', 380, 60), x: 320, width: 60, side: 'left' },
    { what: 'left of its mark on one line, rather than wrapped on its right', item: point('a', 300, 160, { minWidth: 90 }), x: 140, width: 160, side: 'left' },
    { what: 'right of its mark, wrapped, when one line fits on neither side', item: point('a', 300, 350, { minWidth: 90 }), x: 300, width: 100, side: 'right' },
    { what: 'cut to the view when wider than it', item: point('a', 0, 500, { minWidth: 450 }), x: 0, width: 400, side: 'right' },
    { what: 'at 0 for a bar crossing the whole view', item: { id: 'a', x0: -100, x1: 900, width: 30 }, x: 0, width: 30, side: 'right' }
  ])('puts a label $what', ({ item, x, width, side }) => {
    const result = layoutLabels([item], { width: 400, lanes: 1 });
    expect(result.placed).toMatchObject([{ id: 'a', lane: 0, x, width, side }]);
    expect(result.hidden).toEqual([]);
  });

  // The same, 8 px inside either edge of the view.
  it.each([
    { what: 'at the edge when its mark starts off screen', item: { id: 'a', x0: -50, x1: 5, width: 30 }, x: 8, width: 30, side: 'right' },
    { what: 'ending 8 px short of the right edge', item: point('a', 200, 300, { minWidth: 150 }), x: 200, width: 192, side: 'right' },
    { what: 'left of a mark near the right edge, from 8 px at most', item: point('a', 380, 500, { minWidth: 360 }), x: 8, width: 372, side: 'left' },
    { what: 'cut to the view less its edges when wider than it', item: point('a', 0, 500, { minWidth: 450 }), x: 8, width: 384, side: 'right' }
  ])('with an edge, puts a label $what', ({ item, x, width, side }) => {
    const result = layoutLabels([item], { width: 400, lanes: 1, edge: 8 });
    expect(result.placed).toMatchObject([{ id: 'a', lane: 0, x, width, side }]);
  });

  it.each([
    { what: 'wholly left of the view', item: { id: 'a', x0: -100, x1: -1, width: 30 } },
    { what: 'wholly right of the view', item: point('a', 401, 30) }
  ])('leaves out a label $what', ({ item }) => {
    expect(layoutLabels([item], { width: 400, lanes: 1 })).toEqual({ placed: [], hidden: [], clusters: [], brackets: [] });
  });

  // A label runs to the next obstacle in its lane (8 px before it), up to its one-line width,
  // and wraps to two lines when that is narrower; below its two-line width it finds no room.
  it.each([
    { next: 400, width: 200, lines: 1 },
    { next: 258, width: 200, lines: 1 },
    { next: 257, width: 199, lines: 2 },
    { next: 200, width: 142, lines: 2 },
    { next: 168, width: 110, lines: 2 }
  ])('with the next mark at $next px, a 200 px label at 50 px is $width px wide on $lines line(s)', ({ next, width, lines }) => {
    const items = [point('label', 50, 200, { minWidth: 110 }), point('next', next, 20, { priority: 1 })];
    const { placed } = layoutLabels(items, { width: 500, lanes: 1 });
    expect(placed.find((p) => p.id === 'label')).toMatchObject({ lane: 0, width, wrapped: lines === 2 });
  });

  it('takes another lane for its one-line width before wrapping, and is hidden when even two lines find no room', () => {
    const items = [point('label', 50, 200, { minWidth: 110 }), point('next', 200, 20, { priority: 1 })];
    expect(layoutLabels(items, { width: 500, lanes: 2 }).placed.find((p) => p.id === 'label')).toMatchObject({ lane: 1, width: 200, wrapped: false });
    const crowded = [point('label', 50, 200, { minWidth: 110 }), point('next', 167, 20, { priority: 1 })];
    expect(layoutLabels(crowded, { width: 500, lanes: 1 }).hidden).toEqual(['label']);
  });

  it("counts a range's bar as taken, pushing a label over it to the next lane", () => {
    const items = [{ id: 'visit', x0: 10, x1: 300, width: 50 }, point('talks', 100, 20)];
    expect(layoutLabels(items, { width: 400, lanes: 2 }).placed).toMatchObject([
      { id: 'visit', lane: 0, x: 10 },
      { id: 'talks', lane: 1, x: 100 }
    ]);
  });

  it.each([
    { gap: 8, secondAt: 128, lane: 0 },
    { gap: 8, secondAt: 127, lane: 1 },
    { gap: 0, secondAt: 120, lane: 0 },
    { gap: 20, secondAt: 139, lane: 1 }
  ])('keeps $gap px between labels: one at $secondAt goes to lane $lane', ({ gap, secondAt, lane }) => {
    const items = [point('first', 10, 110), point('second', secondAt, 40)];
    const { placed } = layoutLabels(items, { width: 400, lanes: 2, gap });
    expect(placed.find((label) => label.id === 'second')?.lane).toBe(lane);
  });

  it('places the higher priority first when two labels compete', () => {
    const items = [point('minor', 10, 100), point('major', 20, 100, { priority: 1 })];
    const result = layoutLabels(items, { width: 400, lanes: 1 });
    expect(boxes(result)).toEqual([{ id: 'major', lane: 0, x: 20, width: 100 }]);
    expect(result.hidden).toEqual(['minor']);
  });

  it('breaks a tie on position by id, whatever the input order', () => {
    const items = [point('b', 10, 50), point('a', 10, 50)];
    expect(boxes(layoutLabels(items, { width: 400, lanes: 1 }))).toEqual([{ id: 'a', lane: 0, x: 10, width: 50 }]);
  });

  it.each([
    { previous: { a: 1, b: 0 }, lanes: { a: 1, b: 0 } },
    { previous: { a: 1 }, lanes: { a: 1, b: 0 } },
    { previous: { b: 1 }, lanes: { a: 0, b: 1 } },
    // A lane that no longer exists is no preference.
    { previous: { a: 5, b: 7 }, lanes: { a: 0, b: 1 } },
    { previous: {}, lanes: { a: 0, b: 1 } }
  ])('keeps the lanes labels had before ($previous gives $lanes)', ({ previous, lanes }) => {
    const before = previous as Record<string, number>;
    const items = [point('a', 10, 100, { lane: before.a }), point('b', 50, 100, { lane: before.b })];
    const { placed } = layoutLabels(items, { width: 400, lanes: 2 });
    expect(Object.fromEntries(placed.map((label) => [label.id, label.lane]))).toEqual(lanes);
  });

  it('gives each label its own lane on a narrow plot, so none is cut by a neighbour', () => {
    const items = [point('a', 10, 300, { minWidth: 160 }), point('b', 150, 200, { minWidth: 110 }), point('c', 330, 200, { minWidth: 110 })];
    const own = layoutLabels(items, { width: 390, lanes: 3, ownRow: true });
    expect(boxes(own)).toEqual([
      { id: 'a', lane: 0, x: 10, width: 300 },
      { id: 'b', lane: 1, x: 150, width: 200 },
      // No room on the right: it ends at its mark.
      { id: 'c', lane: 2, x: 130, width: 200 }
    ]);
    expect(own.placed.every((p) => !p.wrapped)).toBe(true);
    expect(layoutLabels(items, { width: 390, lanes: 2, ownRow: true }).hidden).toEqual(['c']);
  });

  describe('milestones beneath their visit', () => {
    const visit = (below: LabelItem[], extra: Partial<LabelItem> = {}): LabelItem => ({ id: 'visit', x0: 100, x1: 300, width: 120, below, ...extra });
    const milestones = [point('talks', 150, 100), point('awards', 160, 160), point('park', 270, 80)];

    it('draws them in the rows right beneath the visit, with a bracket just left of them', () => {
      const result = layoutLabels([point('early', 10, 120), visit(milestones)], { width: 600, lanes: 4 });
      expect(boxes(result)).toEqual([
        { id: 'early', lane: 0, x: 10, width: 120 },
        { id: 'visit', lane: 1, x: 100, width: 120 },
        { id: 'talks', lane: 2, x: 150, width: 100 },
        { id: 'awards', lane: 3, x: 160, width: 160 },
        // Room after "talks" in the first row under the visit.
        { id: 'park', lane: 2, x: 270, width: 80 }
      ]);
      expect(result.brackets).toEqual([{ id: 'visit', x: 145, from: 2, to: 3 }]);
      expect(result.placed.filter((p) => p.parent === 'visit').map((p) => p.id).sort()).toEqual(['awards', 'park', 'talks']);
    });

    it('moves the whole group down to where its rows are free', () => {
      const blocker = { id: 'blocker', x0: 140, x1: 160, width: 40 };
      const result = layoutLabels([visit(milestones), { ...blocker, priority: 1 }], { width: 600, lanes: 4 });
      expect(Object.fromEntries(result.placed.map((p) => [p.id, p.lane]))).toEqual({ blocker: 0, visit: 1, talks: 2, park: 2, awards: 3 });
    });

    it('gives up its lowest rows when lanes run short: those milestones become dots', () => {
      const result = layoutLabels([visit(milestones)], { width: 600, lanes: 2 });
      expect(Object.fromEntries(result.placed.map((p) => [p.id, p.lane]))).toEqual({ visit: 0, talks: 1, park: 1 });
      expect(result.hidden).toEqual(['awards']);
      expect(layoutLabels([visit(milestones)], { width: 600, lanes: 1 }).hidden).toEqual(['talks', 'awards', 'park']);
    });

    it('keeps the group where it was, milestones in their rows', () => {
      const before = { visit: 2, talks: 4, awards: 3, park: 4 } as Record<string, number>;
      const items = [visit(milestones.map((m) => ({ ...m, lane: before[m.id] })), { lane: before.visit })];
      const result = layoutLabels(items, { width: 600, lanes: 5 });
      expect(Object.fromEntries(result.placed.map((p) => [p.id, p.lane]))).toEqual(before);
    });
  });

  it('returns empty lists for no items', () => {
    expect(layoutLabels([], { width: 400, lanes: 3 })).toEqual({ placed: [], hidden: [], clusters: [], brackets: [] });
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
