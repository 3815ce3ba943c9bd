import { describe, expect, it } from 'vitest';
import { dataFileBody, dataFileName, deliver, inlineMax, previewTimeline } from '../../src/lib/data/delivery';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import { unpackJson } from '../../src/lib/data/packJson';
import { readDataFolder } from '../../src/lib/data/readDataFolder';

const timeline = compileTimeline(readDataFolder('data').raw);
const count = timeline.events.length;

describe('deliver', () => {
  it('inlines a timeline up to the limit', () => {
    const delivered = deliver(timeline, { TIMELINE_INLINE_MAX: String(count) });
    expect(delivered.dataUrl).toBeNull();
    expect(delivered.timeline).toBe(timeline);
  });

  it('inlines a preview and names the whole file beyond the limit', () => {
    const delivered = deliver(timeline, { TIMELINE_INLINE_MAX: String(count - 1) });
    expect(delivered.dataUrl).toBe(`/data/${dataFileName(timeline)}`);
    expect(delivered.timeline.total).toBe(count);
  });

  it('falls back to 1000 events for a missing or bad limit', () => {
    expect(inlineMax({})).toBe(1000);
    expect(inlineMax({ TIMELINE_INLINE_MAX: 'many' })).toBe(1000);
    expect(inlineMax({ TIMELINE_INLINE_MAX: '-3' })).toBe(1000);
  });
});

describe('previewTimeline', () => {
  const preview = previewTimeline(timeline, 3);

  it('keeps the first events, the whole span and what they refer to', () => {
    expect(preview.events.map((e) => e.id)).toEqual(timeline.events.slice(0, 3).map((e) => e.id));
    expect(preview.span).toEqual(timeline.span);
    expect(preview.sources).toEqual(timeline.sources);
    expect(preview.total).toBe(count);
  });

  it('leaves no milestone reference to an event outside the preview', () => {
    // Cut a visit off after its first milestone.
    const visit = timeline.events.findIndex((e) => e.children.length >= 2);
    expect(visit).toBeGreaterThanOrEqual(0);
    const cut = previewTimeline(timeline, timeline.events.indexOf(timeline.events.find((e) => e.parent === timeline.events[visit].id)!) + 1);
    const kept = new Set(cut.events.map((e) => e.id));
    expect(cut.events[visit].children.length).toBeGreaterThan(0);
    expect(cut.events[visit].children.length).toBeLessThan(timeline.events[visit].children.length);
    for (const event of cut.events) {
      for (const child of event.children) expect(kept.has(child)).toBe(true);
      if (event.parent) expect(kept.has(event.parent)).toBe(true);
    }
  });

  it('does not change the whole timeline', () => {
    expect(timeline.total).toBeUndefined();
    expect(timeline.events).toHaveLength(count);
  });
});

describe('the data file', () => {
  it('holds the whole timeline, packed', () => {
    expect(unpackJson(JSON.parse(dataFileBody(timeline)))).toEqual(JSON.parse(JSON.stringify(timeline)));
  });

  it('is named by its content', () => {
    const changed = { ...timeline, meta: { ...timeline.meta, title: { ...timeline.meta.title, en: 'Other' } } };
    expect(dataFileName(timeline)).toMatch(/^timeline-[0-9a-f]{12}\.json$/);
    expect(dataFileName(changed)).not.toBe(dataFileName(timeline));
    expect(dataFileName({ ...timeline })).toBe(dataFileName(timeline));
  });
});
