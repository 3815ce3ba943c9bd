import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { timeScale } from '../../src/lib/timeline/timeScale';

const day = 86_400_000;
const may1 = Date.UTC(2023, 4, 1);

describe('timeScale', () => {
  it.each([
    { time: may1, px: 0 },
    { time: may1 + 15 * day, px: 500 },
    { time: may1 + 30 * day, px: 1000 },
    { time: may1 - 30 * day, px: -1000 }
  ])('maps $time to $px px and back', ({ time, px }) => {
    const x = timeScale([may1, may1 + 30 * day], [0, 1000]);
    expect(x(time)).toBeCloseTo(px, 6);
    expect(x.invert(px)).toBeCloseTo(time, 0);
  });

  it('accepts Dates as well as milliseconds', () => {
    const x = timeScale([new Date(may1), new Date(may1 + day)], [0, 100]);
    expect(x(new Date(may1 + day / 2))).toBe(50);
    expect(x.domain()).toEqual([may1, may1 + day]);
  });

  it('copies without sharing state', () => {
    const x = timeScale([0, 10], [0, 100]);
    const y = x.copy().domain([0, 20]);
    expect(x(10)).toBe(100);
    expect(y(10)).toBe(50);
  });

  it('is rescaled by a d3-zoom transform like a d3 scale', () => {
    const x = timeScale([may1, may1 + 30 * day], [0, 1000]);
    // Zoom 2x around the middle: the window becomes the middle 15 days.
    const zoomed = zoomIdentity.translate(-500, 0).scale(2).rescaleX(x);
    const [from, to] = zoomed.domain();
    expect(from).toBeCloseTo(may1 + 7.5 * day, 0);
    expect(to).toBeCloseTo(may1 + 22.5 * day, 0);
    expect(zoomed(may1 + 15 * day)).toBeCloseTo(500, 6);
  });

  it('maps an empty domain or range to its middle instead of dividing by zero', () => {
    expect(timeScale([5, 5], [0, 100])(5)).toBe(50);
    expect(timeScale([0, 10], [40, 40]).invert(40)).toBe(5);
  });
});
