import { describe, expect, it } from 'vitest';
import type { MarkLayout, PlacedMark } from '../../src/lib/timeline/layoutMarks';
import { frameExtent, framePlacement, moveLayout, nextLayoutFrame, type LayoutFrame } from '../../src/lib/timeline/layoutFrame';

const W = 1000; // plot width, px
const M = 400; // margin, px
const at = (from: number, to: number) => ({ from, to });
const rest = (from: number, to: number): LayoutFrame => ({ from, to, margin: 0 });
const wide = (from: number, to: number): LayoutFrame => ({ from, to, margin: M });

describe('nextLayoutFrame', () => {
  // [case, previous, visible, moving, expected frame, same object as previous?]
  // [case, previous, visible, moving, expected frame, same object as previous?, a wheel's move?]
  const cases: [string, LayoutFrame | null, { from: number; to: number }, boolean, LayoutFrame, boolean, boolean?][] = [
    ['first frame at rest: the visible window', null, at(0, 1000), false, rest(0, 1000), false],
    ['at rest on the same window: the same frame', rest(0, 1000), at(0, 1000), false, rest(0, 1000), true],
    ['at rest after a move: the visible window', rest(0, 1000), at(50, 1050), false, rest(50, 1050), false],
    ['a move settles: the visible window, no margin', wide(0, 1000), at(100, 1100), false, rest(100, 1100), false],
    ['a move starts: a frame with a margin', rest(0, 1000), at(10, 1010), true, wide(10, 1010), false],
    ['a drag starts: a frame with a margin, before the pointer moves', rest(0, 1000), at(0, 1000), true, wide(0, 1000), false],
    ['a wheel starts without moving yet: the frame at rest', rest(0, 1000), at(0, 1000), true, rest(0, 1000), true, true],
    ['a wheel zooms in: the frame at rest, which holds the view', rest(0, 1000), at(100, 900), true, rest(0, 1000), true, true],
    ['an easing zooms in: a frame with a margin', rest(0, 1000), at(100, 900), true, wide(100, 900), false],
    ['a zoom out starts: a frame with a margin, 1.25 times the view', rest(0, 1000), at(-10, 1010), true, wide(-137.5, 1137.5), false],
    ['a wheel zooms in 2.5 times from the frame at rest: a frame with a margin', rest(0, 1000), at(300, 699), true, wide(300, 699), false, true],
    ['dragging within half the margin: the same frame', wide(0, 1000), at(150, 1150), true, wide(0, 1000), true],
    ['dragging back within half the margin: the same frame', wide(0, 1000), at(-200, 800), true, wide(0, 1000), true],
    ['dragging past half the margin: a new frame', wide(0, 1000), at(201, 1201), true, wide(201, 1201), false],
    ['zooming in by less than 1.45: the same frame', wide(0, 1000), at(200, 900), true, wide(0, 1000), true],
    ['zooming in by less than 2.5: the same frame', wide(0, 1000), at(290, 700), true, wide(0, 1000), true],
    ['zooming out by less than 1.45 within the margin: the same frame', wide(0, 1000), at(-150, 1150), true, wide(0, 1000), true],
    ['zooming in by 2.5 or more: a new frame', wide(0, 1000), at(300, 699), true, wide(300, 699), false],
    ['zooming out by 1.45 or more, even within the margin: a new frame, 1.25 times the view', wide(0, 1000), at(-200, 1250), true, wide(-381.25, 1431.25), false],
    ['zooming out past half the margin: a new frame, 1.25 times the view', wide(0, 1000), at(-250, 1100), true, wide(-418.75, 1268.75), false],
    ['a frame ahead of a zoom out serves it until the view passes half its margin', wide(-125, 1125), at(-300, 1300), true, wide(-125, 1125), true]
  ];
  it.each(cases)('%s', (_, previous, visible, moving, expected, same, wheel) => {
    const frame = nextLayoutFrame(previous, visible, W, M, moving, undefined, wheel);
    expect(frame).toEqual(expected);
    if (same) expect(frame).toBe(previous);
  });
  it('leads a zoom out by no more than the whole span is wide', () => {
    expect(nextLayoutFrame(wide(0, 1000), at(-250, 1100), W, M, true, at(-300, 1300))).toEqual(wide(-375, 1225));
    expect(nextLayoutFrame(wide(0, 1000), at(-500, 1500), W, M, true, at(-500, 1500))).toEqual(wide(-500, 1500));
  });
  it('lays out the visible window while the plot has no width yet', () => {
    expect(nextLayoutFrame(wide(0, 1000), at(10, 1010), 0, M, true)).toEqual(rest(10, 1010));
  });
  it('takes the float error of a transform for the same frame', () => {
    const previous = wide(0, 1000);
    expect(nextLayoutFrame(previous, at(100.0000001, 1100.0000001), W, M, true)).toBe(previous);
  });
});

describe('frameExtent', () => {
  it.each([
    ['at rest: the window itself', rest(0, 1000), [0, 1000], 1000],
    ['with a margin: widened by the margin at the same scale', wide(0, 1000), [-400, 1400], 1800],
    ['another scale (2 ms per px)', { from: 0, to: 2000, margin: 100 }, [-200, 2200], 1200]
  ] as const)('%s', (_, frame, window, width) => {
    expect(frameExtent(frame, W)).toEqual({ window, width });
  });
});

describe('framePlacement', () => {
  it.each([
    ['at rest on the window: where it is', rest(0, 1000), at(0, 1000), 1, 0],
    ['a margin, no move yet: back by the margin', wide(0, 1000), at(0, 1000), 1, -400],
    ['the view moved 100 ms (px) later: slid 100 px left', wide(0, 1000), at(100, 1100), 1, -500],
    ['the view moved earlier: slid right', wide(0, 1000), at(-150, 850), 1, -250],
    ['zoomed in twice around the middle', rest(0, 1000), at(250, 750), 2, -500],
    ['zoomed in twice, with a margin', wide(0, 1000), at(250, 750), 2, -1300],
    ['no width: where it is', wide(0, 1000), at(0, 0), 1, 0]
  ] as const)('%s', (_, frame, visible, scale, offset) => {
    const placement = framePlacement(frame, visible, W);
    expect(placement.scale).toBeCloseTo(scale, 9);
    expect(placement.offset).toBeCloseTo(offset, 9);
  });
  it('reads a scale within float error of 1 as a slide', () => {
    expect(framePlacement(wide(0, 1000), at(100.0000001, 1100.0000002), W).scale).toBe(1);
  });
});

describe('moveLayout', () => {
  const mark = (id: string, x0: number, x1: number, labelX: number, side: 'right' | 'left' = 'right'): PlacedMark => ({
    id,
    x0,
    x1,
    lane: 2,
    band: false,
    labelX,
    labelWidth: 80,
    side,
    wrapped: false
  });
  const layout: MarkLayout = {
    marks: [mark('bar', 100, 200, 100), mark('day', 294, 306, 294), mark('left', 500, 600, 420, 'left')],
    dots: [{ id: 'd', x: 50 }],
    clusters: [{ x: 60, count: 3, from: 1, to: 2 }],
    brackets: [{ id: 'bar', x: 100, from: 2, to: 3 }],
    expanded: new Set(['bar']),
    dense: false
  };
  const moved = moveLayout(layout, 2, -100, (id) => id === 'day');
  it.each([
    ['a bar: both ends scale, the label keeps its place at the start', 'bar', 100, 300, 100],
    ['a day: its middle moves, it keeps its size and its label beside it', 'day', 494, 506, 494],
    ['a label to the left: it still ends where its mark starts', 'left', 900, 1100, 820]
  ] as const)('%s', (_, id, x0, x1, labelX) => {
    const found = moved.marks.find((m) => m.id === id)!;
    expect([found.x0, found.x1, found.labelX]).toEqual([x0, x1, labelX]);
    expect(found.lane).toBe(2);
    expect(found.labelWidth).toBe(80);
  });
  it('moves the dots, the counts and the brackets, and keeps the rest', () => {
    expect(moved.dots).toEqual([{ id: 'd', x: 0 }]);
    expect(moved.clusters).toEqual([{ x: 20, count: 3, from: 1, to: 2 }]);
    expect(moved.brackets).toEqual([{ id: 'bar', x: 100, from: 2, to: 3 }]);
    expect(moved.expanded).toBe(layout.expanded);
    expect(moved.dense).toBe(false);
  });
});
