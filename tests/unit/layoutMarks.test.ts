import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { bucketEdges, isSmallMove, layoutMarks, overlapDepth, rowTops, withSelected, type MarkEvent, type MarkLayout, type MarkLayoutOptions } from '../../src/lib/timeline/layoutMarks';
import { buildMarkIndex } from '../../src/lib/timeline/markIndex';
import { mulberry32 } from './random';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const WIDTH = 1000;
const EXPAND_PX = 40;

/** An event from its first day to its last day, inclusive. */
function ev(id: string, first: string, last = first, parent: string | null = null): MarkEvent {
  return { id, min: utc(first), max: utc(last) + DAY, depth: parent ? 1 : 0, parent };
}

/** Sorted as compileTimeline sorts: by start, parents before their milestones, then by id. */
function sorted(events: MarkEvent[]): MarkEvent[] {
  return [...events].sort((a, b) => a.min - b.min || a.depth - b.depth || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const EVENTS = sorted([
  ev('early', '2015-03-01'),
  ev('visit', '2023-05-14', '2023-05-17'),
  ev('talks', '2023-05-15', '2023-05-15', 'visit'),
  ev('awards', '2023-05-16', '2023-05-16', 'visit'),
  ev('review', '2023-09-01', '2023-09-02'),
  ev('late', '2030-01-01')
]);

/** Lays out `events` in `window` on a linear scale `WIDTH` px wide. */
function layout(
  events: MarkEvent[],
  window: [number, number],
  extra: Partial<MarkLayoutOptions> = {}
): MarkLayout {
  const x = scaleLinear().domain(window).range([0, WIDTH]);
  return layoutMarks(buildMarkIndex(events), {
    toPx: (ms) => x(ms),
    window,
    width: WIDTH,
    lanes: 3,
    expandPx: EXPAND_PX,
    labelWidth: () => 80,
    maxDots: Infinity,
    // The detailed layout, unless a test asks for level of detail.
    denseLimit: Infinity,
    ...extra
  });
}

const drawn = (result: MarkLayout) => [...result.marks.map((m) => m.id), ...result.dots.map((d) => d.id)];

const COARSE: [number, number] = [utc('2022-01-01'), utc('2025-01-01')];
const FINE: [number, number] = [utc('2023-05-01'), utc('2023-06-01')];

describe('layoutMarks', () => {
  it('shows only the parent while its bar is narrower than expandPx', () => {
    const result = layout(EVENTS, COARSE);
    expect(drawn(result).sort()).toEqual(['review', 'visit']);
    expect(result.expanded.has('visit')).toBe(false);
  });

  it('shows the milestones once the parent bar is at least expandPx wide', () => {
    const result = layout(EVENTS, FINE);
    expect(drawn(result).sort()).toEqual(['awards', 'talks', 'visit']);
    expect(result.expanded.has('visit')).toBe(true);
  });

  it('expands exactly at expandPx, not a pixel before', () => {
    const visitLength = 4 * DAY;
    // A window in which the visit bar is exactly EXPAND_PX wide, and one just wider.
    const exact = visitLength * (WIDTH / EXPAND_PX);
    const from = utc('2023-05-01');
    expect(layout(EVENTS, [from, from + exact]).expanded.has('visit')).toBe(true);
    expect(layout(EVENTS, [from, from + exact * 1.01]).expanded.has('visit')).toBe(false);
  });

  it('leaves out events outside the window', () => {
    for (const window of [COARSE, FINE]) {
      const ids = drawn(layout(EVENTS, window));
      expect(ids).not.toContain('early');
      expect(ids).not.toContain('late');
    }
  });

  it('keeps an event that started before the window and still runs in it', () => {
    const ids = drawn(layout(EVENTS, [utc('2023-05-16'), utc('2023-05-20')]));
    expect(ids).toContain('visit');
    expect(ids).toContain('awards');
    expect(ids).not.toContain('talks');
  });

  it('draws nothing in an empty window', () => {
    expect(layout(EVENTS, [utc('2019-01-01'), utc('2020-01-01')])).toMatchObject({ marks: [], dots: [], clusters: [] });
  });

  it('places a mark at the scale positions of its start and end', () => {
    const x = scaleLinear().domain(FINE).range([0, WIDTH]);
    const visit = layout(EVENTS, FINE).marks.find((m) => m.id === 'visit')!;
    expect(visit.x0).toBeCloseTo(x(utc('2023-05-14')));
    expect(visit.x1).toBeCloseTo(x(utc('2023-05-18')));
    expect(visit.labelWidth).toBe(80);
  });

  it('lays out the same with or without a selection, and still draws the selected event', () => {
    const rivals = sorted([ev('alpha', '2023-05-15'), ev('bravo', '2023-05-15')]);
    const x = scaleLinear().domain(FINE).range([0, WIDTH]);
    const base = layout(rivals, FINE, { lanes: 1 });
    expect(base.marks.map((m) => m.id)).toEqual(['alpha']);
    expect(base.dots.map((d) => d.id)).toEqual(['bravo']);
    for (const id of ['alpha', 'bravo']) {
      // Selecting either changes nothing: it is already drawn, as a label or a dot.
      expect(withSelected(base, buildMarkIndex(rivals), id, { toPx: (ms) => x(ms), window: FINE, width: WIDTH })).toBe(base);
    }
  });

  it('adds a selected milestone of a closed visit as a dot, moving nothing', () => {
    const x = scaleLinear().domain(COARSE).range([0, WIDTH]);
    const index = buildMarkIndex(EVENTS);
    const base = layout(EVENTS, COARSE);
    expect(drawn(base)).not.toContain('talks');
    const selected = withSelected(base, index, 'talks', { toPx: (ms) => x(ms), window: COARSE, width: WIDTH });
    expect(selected.marks).toEqual(base.marks);
    expect(selected.dots).toEqual([...base.dots, { id: 'talks', x: x(utc('2023-05-15')) }]);
    // Out of the window, or no selection: nothing to add.
    expect(withSelected(base, index, 'early', { toPx: (ms) => x(ms), window: COARSE, width: WIDTH })).toBe(base);
    expect(withSelected(base, index, null, { toPx: (ms) => x(ms), window: COARSE, width: WIDTH })).toBe(base);
  });

  it('labels a parent before its milestones when lanes run short', () => {
    const result = layout(EVENTS, FINE, { lanes: 1 });
    expect(result.marks.map((m) => m.id)).toContain('visit');
    expect(result.dots.map((d) => d.id).sort()).toEqual(['awards', 'talks']);
  });

  it('draws milestones in the rows right beneath their visit, tied to it by a bracket', () => {
    const result = layout(EVENTS, FINE, { lanes: 4 });
    const lane = Object.fromEntries(result.marks.map((m) => [m.id, m.lane]));
    expect([lane.talks, lane.awards].every((l) => l > lane.visit && l <= lane.visit + 2)).toBe(true);
    expect(result.marks.find((m) => m.id === 'talks')!.parent).toBe('visit');
    expect(result.brackets).toEqual([expect.objectContaining({ id: 'visit', from: lane.visit + 1 })]);
  });

  it('draws a single-day event as a dot in the middle of its day, and a short range as a bar at least 8 px wide', () => {
    const day = sorted([{ ...ev('talks', '2023-05-15'), point: true }, ev('visit', '2023-05-16')]);
    const x = scaleLinear().domain(COARSE).range([0, WIDTH]);
    const result = layout(day, COARSE, { dotRadius: 6 });
    const middle = x(utc('2023-05-15') + DAY / 2);
    const talks = result.marks.find((m) => m.id === 'talks')!;
    expect(talks.x0).toBeCloseTo(middle - 6);
    expect(talks.x1).toBeCloseTo(middle + 6);
    const visit = result.marks.find((m) => m.id === 'visit')!;
    expect(visit.x0).toBeCloseTo(x(utc('2023-05-16')));
    expect(visit.x1).toBeCloseTo(visit.x0 + 8);
  });

  it('puts long periods in the band at the top, apart from the event rows', () => {
    const events = sorted([{ ...ev('period', '2022-06-01', '2024-04-16'), band: true }, ev('talks', '2023-05-15')]);
    const banded = layout(events, COARSE, { lanes: 1, bandLanes: 1 });
    expect(banded.marks.map(({ id, band, lane }) => ({ id, band, lane }))).toEqual([
      { id: 'talks', band: false, lane: 0 },
      { id: 'period', band: true, lane: 0 }
    ]);
    // Without a band, the period takes the one event row from the talks.
    expect(layout(events, COARSE, { lanes: 1 }).marks.map((m) => m.id)).toEqual(['period']);
  });

  it('keeps dots on screen for marks that start off screen', () => {
    const result = layout(EVENTS, [utc('2023-05-16'), utc('2023-05-20')], { lanes: 0 });
    for (const dot of result.dots) {
      expect(dot.x).toBeGreaterThanOrEqual(0);
      expect(dot.x).toBeLessThanOrEqual(WIDTH);
    }
  });

  it('draws counts only, no dots, beyond maxDots unlabelled events', () => {
    const crowd = sorted(Array.from({ length: 30 }, (_, i) => ev(`e${String(i).padStart(2, '0')}`, '2023-05-15')));
    const result = layout(crowd, FINE, { lanes: 1, maxDots: 10 });
    expect(result.marks).toHaveLength(1);
    expect(result.dots).toEqual([]);
    expect(result.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(29);
  });

  it('gives a lane to an event in the view before a period running across all of it', () => {
    const events = sorted([ev('decade', '2015-01-01', '2029-12-31'), ev('talks', '2023-05-15')]);
    const result = layout(events, FINE, { lanes: 1 });
    expect(result.marks.map((m) => m.id)).toEqual(['talks']);
    expect(result.dots.map((d) => d.id)).toEqual(['decade']);
    // With room for both, both are labelled.
    expect(layout(events, FINE, { lanes: 2 }).marks.map((m) => m.id).sort()).toEqual(['decade', 'talks']);
  });

  it('gives the same layout for the same input', () => {
    expect(layout(EVENTS, FINE, { lanes: 1 })).toEqual(layout(EVENTS, FINE, { lanes: 1 }));
  });

  it('does not depend on the order of events that start together', () => {
    const a = ev('alpha', '2023-05-15');
    const b = ev('bravo', '2023-05-15');
    expect(layout([b, a], FINE, { lanes: 1 })).toEqual(layout([a, b], FINE, { lanes: 1 }));
  });
});

/** Visits of days to weeks over 2010–2025, some with milestones inside them. */
function randomTimeline(count: number, random: () => number): MarkEvent[] {
  const start = utc('2010-01-01');
  const span = utc('2025-01-01') - start;
  const events: MarkEvent[] = [];
  for (let i = 0; i < count; i++) {
    const min = start + Math.floor(random() * (span / DAY)) * DAY;
    const days = 1 + Math.floor(random() * (random() < 0.8 ? 5 : 60));
    const id = `e${i}`;
    events.push({ id, min, max: min + days * DAY, depth: 0, parent: null });
    const children = random() < 0.3 ? 1 + Math.floor(random() * 3) : 0;
    for (let c = 0; c < children; c++) {
      const childMin = min + Math.floor(random() * days) * DAY;
      events.push({ id: `${id}-m${c}`, min: childMin, max: childMin + DAY, depth: 1, parent: id });
    }
  }
  return sorted(events);
}

/** Events the layout must draw: those in the window whose parent is drawn and wide enough. */
function expectedVisible(events: MarkEvent[], [from, to]: [number, number]): Set<string> {
  const px = (ms: number) => ((ms - from) / (to - from)) * WIDTH;
  const byId = new Map(events.map((e) => [e.id, e]));
  const shown = new Set<string>();
  for (const e of events) {
    if (!(e.min < to && (e.max > from || e.min >= from))) continue;
    if (e.parent) {
      const parent = byId.get(e.parent)!;
      if (!shown.has(parent.id) || px(parent.max) - px(parent.min) < EXPAND_PX) continue;
    }
    shown.add(e.id);
  }
  return shown;
}

describe('layoutMarks on a random timeline', () => {
  const events = randomTimeline(600, mulberry32(20230515));
  const WINDOWS: [string, [number, number]][] = [
    ['fifteen years', [utc('2010-01-01'), utc('2025-01-01')]],
    ['two years', [utc('2022-01-01'), utc('2024-01-01')]],
    ['three months', [utc('2023-04-01'), utc('2023-07-01')]],
    ['three weeks', [utc('2016-02-03'), utc('2016-02-24')]],
    ['five days', [utc('2019-08-10'), utc('2019-08-15')]]
  ];

  it.each(WINDOWS)('draws every visible event exactly once over %s', (_, window) => {
    const result = layout(events, window);
    const ids = drawn(result);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(expectedVisible(events, window));
  });

  it.each(WINDOWS)('never overlaps two marks in one lane over %s', (_, window) => {
    const { marks } = layout(events, window);
    const boxes = marks.map((m) => ({
      ...m,
      left: m.labelX,
      right: Math.max(m.labelX + m.labelWidth, Math.min(m.x1, WIDTH))
    }));
    for (const box of boxes) {
      expect(box.lane).toBeGreaterThanOrEqual(0);
      expect(box.lane).toBeLessThan(3);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.left + box.labelWidth).toBeLessThanOrEqual(WIDTH);
    }
    for (let lane = 0; lane < 3; lane++) {
      const inLane = boxes.filter((b) => b.lane === lane).sort((a, b) => a.left - b.left);
      for (let i = 1; i < inLane.length; i++) {
        expect(inLane[i].left, `${inLane[i - 1].id} and ${inLane[i].id}`).toBeGreaterThan(inLane[i - 1].right);
      }
    }
  });

  it.each(WINDOWS)('moves no mark when an event is selected, and draws the selected one, over %s', (_, window) => {
    const index = buildMarkIndex(events);
    const x = scaleLinear().domain(window).range([0, WIDTH]);
    const base = layout(events, window, { lanes: 2 });
    const visible = [...expectedVisible(events, window)];
    const closedMilestone = events.find((e) => e.parent && e.min >= window[0] && e.min < window[1] && !visible.includes(e.id));
    const choices = [visible[0], visible[visible.length - 1], closedMilestone?.id].filter((id): id is string => !!id);
    expect(choices.length).toBeGreaterThan(0);
    for (const id of choices) {
      const selected = withSelected(base, index, id, { toPx: (ms) => x(ms), window, width: WIDTH });
      expect(selected.marks).toEqual(base.marks);
      expect(selected.dots.slice(0, base.dots.length)).toEqual(base.dots);
      expect(drawn(selected)).toContain(id);
    }
  });

  it.each(WINDOWS)('keeps marks in their lanes through a small pan over %s', (_, [from, to]) => {
    const shift = (to - from) * 0.03;
    const before = layout(events, [from, to], { lanes: 4 });
    const previousLanes = new Map(before.marks.map((m) => [m.id, m.lane]));
    const kept = (after: MarkLayout) => {
      const both = after.marks.filter((m) => previousLanes.has(m.id));
      return both.filter((m) => previousLanes.get(m.id) === m.lane).length / Math.max(1, both.length);
    };
    const steady = layout(events, [from + shift, to + shift], { lanes: 4, previousLanes });
    const fresh = layout(events, [from + shift, to + shift], { lanes: 4 });
    expect(kept(steady)).toBeGreaterThanOrEqual(0.9);
    expect(kept(steady)).toBeGreaterThanOrEqual(kept(fresh));
    // Not moving at all keeps every lane.
    expect(kept(layout(events, [from, to], { lanes: 4, previousLanes }))).toBe(1);
  });

  it('is deterministic', () => {
    const [, window] = WINDOWS[1];
    expect(layout(events, window)).toEqual(layout(randomTimeline(600, mulberry32(20230515)), window));
  });
});

describe('layoutMarks level of detail (a crowded window)', () => {
  const events = randomTimeline(3000, mulberry32(5));
  const topLevel = events.filter((e) => e.depth === 0);
  const startingIn = (from: number, to: number) => topLevel.filter((e) => e.min >= from && e.min < to);
  // Nested windows, as a reader zooming in meets them.
  const WINDOWS: [string, [number, number]][] = [
    ['fifteen years', [utc('2010-01-01'), utc('2025-01-01')]],
    ['five years', [utc('2015-01-01'), utc('2020-01-01')]],
    ['one year', [utc('2017-01-01'), utc('2018-01-01')]],
    ['an odd stretch', [utc('2017-03-07') + 12_345, utc('2017-11-23') - 999]]
  ];

  it.each(WINDOWS)('labels or counts each top-level event starting in %s exactly once', (_, window) => {
    const result = layout(events, window, { denseLimit: 50, lanes: 3 });
    expect(result.dense).toBe(true);
    const labelled = result.marks.map((m) => m.id);
    expect(new Set(labelled).size).toBe(labelled.length);
    const expected = startingIn(...window);
    const labelledStarting = expected.filter((e) => labelled.includes(e.id));
    const counted = result.clusters.reduce((sum, c) => sum + c.count, 0);
    expect(labelledStarting.length + counted).toBe(expected.length);
    expect(result.dots).toEqual([]);
  });

  it.each(WINDOWS)('counts in each "+n" exactly the unlabelled events starting in its stretch, over %s', (_, window) => {
    const result = layout(events, window, { denseLimit: 50 });
    const labelled = new Set(result.marks.map((m) => m.id));
    for (const cluster of result.clusters) {
      const inStretch = startingIn(cluster.from, cluster.to).filter((e) => !labelled.has(e.id));
      expect(cluster.count).toBe(inStretch.length);
      expect(cluster.from).toBeGreaterThanOrEqual(window[0]);
      expect(cluster.to).toBeLessThanOrEqual(window[1]);
    }
    const stretches = result.clusters.map((c) => [c.from, c.to]);
    for (let i = 1; i < stretches.length; i++) expect(stretches[i][0]).toBeGreaterThanOrEqual(stretches[i - 1][1]);
  });

  it.each(WINDOWS)('labels only events that overlap %s', (_, [from, to]) => {
    for (const mark of layout(events, [from, to], { denseLimit: 50 }).marks) {
      const event = events.find((e) => e.id === mark.id)!;
      expect(event.min < to && (event.max > from || event.min >= from)).toBe(true);
    }
  });

  it('switches to counts only above denseLimit', () => {
    const window = WINDOWS[2][1];
    const count = startingIn(...window).length;
    expect(layout(events, window, { denseLimit: count }).dense).toBe(false);
    expect(layout(events, window, { denseLimit: count - 1 }).dense).toBe(true);
  });

  it('draws a selected event that is only counted as a dot, and counts it no more', () => {
    const window = WINDOWS[1][1];
    const x = scaleLinear().domain(window).range([0, WIDTH]);
    const index = buildMarkIndex(events);
    const base = layout(events, window, { denseLimit: 50, lanes: 1 });
    const labelled = new Set(base.marks.map((m) => m.id));
    const counted = startingIn(...window).find((e) => !labelled.has(e.id))!;
    const milestone = events.find((e) => e.depth === 1 && e.min >= window[0] && e.min < window[1])!;
    const total = (l: MarkLayout) => l.clusters.reduce((sum, c) => sum + c.count, 0);
    for (const [event, uncounted] of [[counted, 1], [milestone, 0]] as const) {
      const selected = withSelected(base, index, event.id, { toPx: (ms) => x(ms), window, width: WIDTH });
      expect(selected.marks).toEqual(base.marks);
      expect(selected.dots.map((d) => d.id)).toEqual([event.id]);
      expect(total(selected)).toBe(total(base) - uncounted);
    }
  });

  it('draws one count per 40 to 80 px, however many events', () => {
    const result = layout(events, WINDOWS[0][1], { denseLimit: 50 });
    expect(result.clusters.length).toBeLessThanOrEqual(Math.ceil(WIDTH / 40));
    expect(result.clusters.length).toBeGreaterThanOrEqual(Math.floor(WIDTH / 80) - 1);
    const [from, to] = WINDOWS[0][1];
    const px = (ms: number) => ((ms - from) / (to - from)) * WIDTH;
    for (let i = 1; i < result.clusters.length; i++) expect(px(result.clusters[i].from) - px(result.clusters[i - 1].from)).toBeGreaterThanOrEqual(40 - 1e-9);
  });

  it('labels the same events when the window moves a little (the buckets do not move with it)', () => {
    const [from, to] = WINDOWS[1][1];
    const before = layout(events, [from, to], { denseLimit: 50, lanes: 4 });
    const shift = (to - from) * 0.05;
    const previousLanes = new Map(before.marks.map((m) => [m.id, m.lane]));
    const after = layout(events, [from + shift, to + shift], { denseLimit: 50, lanes: 4, previousLanes });
    // Away from the edges (where the window's end cuts a bucket), what was labelled stays labelled.
    const inner = (id: string) => {
      const event = events.find((e) => e.id === id)!;
      return event.min > from + 3 * shift && event.min < to - 3 * shift;
    };
    const kept = (l: MarkLayout) => l.marks.map((m) => m.id).filter(inner).sort();
    expect(kept(before).length).toBeGreaterThan(5);
    expect(kept(after)).toEqual(kept(before));
  });
});

describe('layoutMarks on a short plot (few events, few lanes)', () => {
  // Five events far apart in time whose labels each need a row of their own (a phone: one event a row).
  const FIVE = sorted(['2010-01-01', '2018-01-01', '2022-10-01', '2023-05-01', '2024-04-01'].map((day, i) => ev(`e${i}`, day)));
  const DECADE: [number, number] = [utc('2009-06-01'), utc('2024-12-31')];
  // Lanes 50 px tall (two lines of 16 px + 18 px), 240 px of rows: four lanes and the row of dots' 28 px;
  // labels too wide to share a lane, wrapped or not.
  const SHORT = { lanes: 4, ownRow: true, rowsRoom: 240, rowBase: 18, lineHeight: 16, labelWidth: (): number => 900 };
  const oneLine = { labelLines: () => 1 };

  it.each([
    ['one line each: five rows of 34 px fit in 240', { ...SHORT, ...oneLine }, 5],
    ['two lines each: five rows of 50 px do not (the fifth would end at 248)', { ...SHORT, labelLines: () => 2 }, 4],
    ['without room given: the lanes as given', { lanes: 4, ownRow: true, labelWidth: (): number => 900, ...oneLine }, 4]
  ])('labels as many as fit: %s', (_, extra, labelled) => {
    const result = layout(FIVE, DECADE, extra);
    expect(result.marks).toHaveLength(labelled);
    expect(result.marks.length + result.dots.length).toBe(5);
  });

  it('gives rows as tall as their labels, the most recent event included, and no row of dots', () => {
    const result = layout(FIVE, DECADE, { ...SHORT, labelLines: (id) => (id === 'e1' ? 3 : 1) });
    expect(result.marks.map((m) => m.id).sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(result.dots).toEqual([]);
    expect(result.clusters).toEqual([]);
    const lanes = Object.fromEntries(result.marks.map((m) => [m.id, m.lane]));
    // Each row starts where the one above ends: 34 px for a line, 66 for the three of e1.
    const heights = result.laneTops!.slice(1).map((top, lane) => top - result.laneTops![lane]);
    expect(heights[lanes.e1]).toBe(66);
    expect(heights.filter((h) => h === 34)).toHaveLength(4);
  });

  it('keeps lanes of one height when every event has a label', () => {
    const result = layout(FIVE, DECADE, { ...SHORT, ...oneLine, lanes: 5 });
    expect(result.marks).toHaveLength(5);
    expect(result.laneTops).toBeUndefined();
  });

  it('wraps a long label so that the next event shares its lane, rather than leave that one a dot', () => {
    const two = sorted([ev('long', '2010-01-01'), ev('next', '2018-01-01')]);
    const widths: Record<string, [number, number]> = { long: [900, 400], next: [200, 200] };
    const result = layout(two, DECADE, {
      lanes: 1,
      labelWidth: (id) => widths[id][0],
      labelMinWidth: (id) => widths[id][1]
    });
    expect(result.marks.map((m) => [m.id, m.lane])).toEqual([
      ['long', 0],
      ['next', 0]
    ]);
    expect(result.marks[0].wrapped).toBe(true);
  });

  it('lays out a crowded window as before: nothing is tried twice past a few events', () => {
    const many = sorted(Array.from({ length: 60 }, (_, i) => ev(`m${String(i).padStart(2, '0')}`, `20${10 + (i % 14)}-0${1 + (i % 9)}-01`)));
    const plain = layout(many, DECADE, { lanes: 3 });
    const roomy = layout(many, DECADE, { lanes: 3, rowsRoom: 2000, rowBase: 18, lineHeight: 16, ...oneLine });
    expect(roomy).toEqual(plain);
  });
});

describe('rowTops', () => {
  const mark = (lane: number, id = `l${lane}`, band = false) => ({ id, lane, band, labelWidth: 100 });
  it.each([
    ['rows of one, three and two lines', [mark(0), mark(1), mark(2)], [1, 3, 2], 200, [0, 34, 100, 150]],
    ['an empty row as tall as one line', [mark(0), mark(2)], [1, 0, 1], 200, [0, 34, 68, 102]],
    ['the tallest label of a row', [mark(0, 'a'), mark(0, 'b')], [1, 2], 100, [0, 50]],
    ['the band does not count', [mark(0), mark(0, 'p', true)], [1, 3], 100, [0, 34]],
    ['the last label ends past the room', [mark(0), mark(1)], [2, 2], 90, null],
    ['the last label ends just inside it', [mark(0), mark(1)], [2, 2], 98, [0, 50, 100]]
  ])('%s', (_, marks, lines, room, tops) => {
    const linesOf = new Map(marks.map((m, i) => [m.id, lines[i]]));
    expect(rowTops(marks, Math.max(...marks.map((m) => m.lane)) + 1, (m) => linesOf.get(m.id)!, 18, 16, room)).toEqual(tops);
  });
});

describe('bucketEdges', () => {
  const YEAR = 365 * DAY;
  it.each([
    { name: 'fifteen years', from: utc('2010-01-01'), to: utc('2025-01-01'), width: 1000 },
    { name: 'an odd stretch', from: utc('2017-03-07') + 12_345, to: utc('2017-11-23') - 999, width: 1280 },
    { name: 'a day', from: utc('2020-02-29'), to: utc('2020-03-01'), width: 320 }
  ])('cuts $name into buckets of 40 to 80 px on a grid of a power of two ms, from the first edge to the last', ({ from, to, width }) => {
    const edges = bucketEdges(from, to, width);
    expect(edges[0]).toBe(from);
    expect(edges.at(-1)).toBe(to);
    const inner = edges.slice(1, -1);
    const step = inner[1] - inner[0];
    expect(Math.log2(step) % 1).toBe(0);
    const stepPx = (step / (to - from)) * width;
    expect(stepPx).toBeGreaterThanOrEqual(40);
    expect(stepPx).toBeLessThan(80);
    for (let i = 1; i < inner.length; i++) expect(inner[i] - inner[i - 1]).toBe(step);
    for (const edge of inner) expect(edge % step).toBe(0);
    // The first bucket is at least a step long, the last at most one.
    expect(edges[1] - from).toBeGreaterThanOrEqual(step);
    expect(to - edges.at(-2)!).toBeLessThanOrEqual(step);
  });

  it('keeps its edges when the window moves, and splits each bucket in two when it zooms in twice', () => {
    const from = utc('2012-06-01');
    const span = 8 * YEAR;
    const a = bucketEdges(from, from + span, 1000);
    const moved = bucketEdges(from + span / 10, from + span + span / 10, 1000);
    const shared = moved.slice(1, -1).filter((edge) => edge < from + span);
    expect(shared.length).toBeGreaterThan(10);
    for (const edge of shared) expect(a).toContain(edge);
    const zoomed = bucketEdges(from, from + span / 2, 1000).slice(1, -1);
    const step = a[2] - a[1];
    expect(zoomed[1] - zoomed[0]).toBe(step / 2);
    for (const edge of a.slice(1, -1).filter((edge) => edge < from + span / 2)) expect(zoomed).toContain(edge);
  });

  it('makes one bucket of a window it cannot cut', () => {
    expect(bucketEdges(5, 5, 1000)).toEqual([5, 5]);
    expect(bucketEdges(0, 1000, 0)).toEqual([0, 1000]);
  });
});

describe('overlapDepth', () => {
  const span = (min: number, max: number) => ({ min, max });
  it.each([
    { spans: [], cap: 2, depth: 0 },
    { spans: [span(0, 10)], cap: 2, depth: 1 },
    { spans: [span(0, 10), span(10, 20)], cap: 2, depth: 1 },
    { spans: [span(0, 10), span(5, 20)], cap: 2, depth: 2 },
    { spans: [span(0, 10), span(2, 20), span(4, 30)], cap: 2, depth: 2 },
    { spans: [span(0, 10), span(2, 20), span(4, 30)], cap: 5, depth: 3 },
    { spans: [span(0, 10), span(2, 5), span(6, 8), span(9, 12)], cap: 5, depth: 2 }
  ])('needs $depth row(s) for $spans (at most $cap)', ({ spans, cap, depth }) => {
    expect(overlapDepth(spans, cap)).toBe(depth);
  });
});

describe('isSmallMove', () => {
  it.each([
    { previous: [0, 100], next: [0, 100], small: true },
    { previous: [0, 100], next: [3, 103], small: true },
    { previous: [0, 100], next: [49, 149], small: true },
    { previous: [0, 100], next: [51, 151], small: false },
    { previous: [0, 100], next: [10, 80], small: true },
    { previous: [0, 100], next: [20, 60], small: true },
    { previous: [0, 100], next: [30, 65], small: true },
    { previous: [0, 100], next: [35, 65], small: false },
    { previous: [0, 100], next: [40, 60], small: false },
    { previous: [0, 100], next: [-20, 120], small: true },
    { previous: [0, 100], next: [-40, 150], small: true },
    { previous: [0, 100], next: [-50, 150], small: false },
    { previous: [0, 100], next: [-50, 160], small: false },
    { previous: [0, 100], next: [500, 600], small: false },
    { previous: [0, 0], next: [0, 100], small: false }
  ] as const)('moving from $previous to $next is small: $small', ({ previous, next, small }) => {
    expect(isSmallMove(previous, next)).toBe(small);
  });
});
