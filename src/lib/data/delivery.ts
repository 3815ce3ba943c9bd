import { createHash } from 'node:crypto';
import { LIST_PAGE } from '$lib/timeline/listRange';
import type { TimelineData } from './model';
import { packJson } from './packJson';

/**
 * How a page gets its timeline. Up to `inlineMax` events the data is inlined
 * in the prerendered page: one request, nothing to wait for. Beyond, inlining
 * would make every page megabytes of script to parse before anything shows, so
 * the page inlines a preview (the first events, enough for the list and for
 * readers without JavaScript) and the browser fetches the whole timeline as
 * one packed JSON file, named by its content so it can be cached for good.
 */
export interface Delivery {
  timeline: TimelineData;
  /** Where the whole timeline is, when `timeline` is only its preview. */
  dataUrl: string | null;
}

/** Timelines with more events than this are fetched, not inlined (TIMELINE_INLINE_MAX, default 1000). */
export function inlineMax(env: Record<string, string | undefined> = process.env): number {
  const max = Number(env.TIMELINE_INLINE_MAX ?? 1000);
  return Number.isFinite(max) && max >= 0 ? max : 1000;
}

const fileNames = new WeakMap<TimelineData, string>();

/** The data file's name, from a hash of its content (computed once per timeline). */
export function dataFileName(timeline: TimelineData): string {
  let name = fileNames.get(timeline);
  if (!name) {
    const hash = createHash('sha256').update(dataFileBody(timeline)).digest('hex').slice(0, 12);
    fileNames.set(timeline, (name = `timeline-${hash}.json`));
  }
  return name;
}

const bodies = new WeakMap<TimelineData, string>();

/** The data file's content: the whole timeline, packed (see packJson: a third to a fifth of the JSON, and parsed faster). */
export function dataFileBody(timeline: TimelineData): string {
  let body = bodies.get(timeline);
  if (body === undefined) bodies.set(timeline, (body = JSON.stringify(packJson(timeline))));
  return body;
}

/** Whether a timeline is delivered as a file (see Delivery). */
export function isFetched(timeline: TimelineData, env: Record<string, string | undefined> = process.env): boolean {
  return timeline.events.length > inlineMax(env);
}

/** What a page inlines: the timeline, or its preview and the address of the whole. */
export function deliver(timeline: TimelineData, env: Record<string, string | undefined> = process.env): Delivery {
  if (!isFetched(timeline, env)) return { timeline, dataUrl: null };
  return { timeline: previewTimeline(timeline, LIST_PAGE), dataUrl: `/data/${dataFileName(timeline)}` };
}

/**
 * The first `count` events with everything they refer to, and the whole
 * timeline's span and size, so the axis and the list's "of N" are right from
 * the first paint. Milestones beyond the preview are left out of `children`.
 */
export function previewTimeline(timeline: TimelineData, count: number): TimelineData {
  const events = timeline.events.slice(0, count);
  const kept = new Set(events.map((event) => event.id));
  return {
    ...timeline,
    events: events.map((event) => ({ ...event, children: event.children.filter((id) => kept.has(id)) })),
    total: timeline.events.length
  };
}
