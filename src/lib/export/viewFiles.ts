import type { TimelineEvent } from '../data/model';
import type { ExportView } from './exportRecord';

// What a view's files hold and are called, without the writers: the menu
// counts the events on screen with it before any writer is loaded.

/** The events a view shows: those passing its filters (`events`) that overlap its window (UTC ms, `to` exclusive). */
export function eventsOnScreen(
  events: readonly TimelineEvent[],
  window: { from: number; to: number } | null
): TimelineEvent[] {
  return window ? events.filter((e) => e.date.min < window.to && e.date.max > window.from) : [...events];
}

/** "timeline-en-2023-05-01-to-2023-05-31": a file name that says which view it holds. */
export function viewFileStem(label: string, view: ExportView): string {
  const window = view.from && view.to ? `-${view.from}-to-${view.to}` : '';
  const filters = Object.entries(view.filters)
    .map(([name, value]) => `-${name}-${value}`)
    .join('');
  return `timeline-${label}${window}${filters}`
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-+$/, '')
    .slice(0, 120);
}

