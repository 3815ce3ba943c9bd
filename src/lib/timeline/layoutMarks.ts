import { layoutLabels } from './layoutLabels';
import { cullToWindow, type Span } from './visibleWindow';

/** What the mark layout needs of an event. */
export interface MarkEvent extends Span {
  id: string;
  depth: number;
  parent: string | null;
}

export interface MarkLayoutOptions {
  /** Maps UTC ms to px on the axis. */
  toPx: (ms: number) => number;
  /** The visible window in UTC ms. */
  window: [number, number];
  /** The axis width in px. */
  width: number;
  /** Rows available for labelled marks. */
  lanes: number;
  /** A parent shows its milestones once its bar is at least this wide (px). */
  expandPx: number;
  /** Label width in px for an event (its widest line). */
  labelWidth: (id: string) => number;
  /** The longest event, for culling (see longestDuration). */
  maxDuration: number;
  /** Placed first, so the selected event keeps its label. */
  selectedId?: string | null;
  /** Beyond this many unlabelled events, only their counts are drawn. */
  maxDots?: number;
}

/** A labelled mark: its bar from x0 to x1, its row and its label box. */
export interface PlacedMark {
  id: string;
  x0: number;
  x1: number;
  lane: number;
  labelX: number;
  labelWidth: number;
}

export interface MarkLayout {
  marks: PlacedMark[];
  /** Events without room for a label, drawn as small focusable dots. */
  dots: { id: string; x: number }[];
  /** Counts of unlabelled events close together ("+3"). */
  clusters: { x: number; count: number; ids: string[] }[];
  /** Parents whose milestones are shown at this zoom. */
  expanded: Set<string>;
}

/**
 * Decides which events are drawn at this zoom and where: culls to the window,
 * shows a parent's milestones only once the parent is wide enough (semantic
 * zoom), then gives labels lanes so none overlap.
 */
export function layoutMarks(events: MarkEvent[], opts: MarkLayoutOptions): MarkLayout {
  const [from, to] = opts.window;
  const visible = cullToWindow(events, from, to, opts.maxDuration);

  // Events are sorted by start, parents before children at the same start,
  // so a parent's expansion is known before its milestones are reached.
  const expanded = new Set<string>();
  const shown: { event: MarkEvent; x0: number; x1: number }[] = [];
  const shownIds = new Set<string>();
  for (const event of visible) {
    // The selected event is always drawn, even where its visit is still one mark.
    const parentOpen = event.parent === null || (expanded.has(event.parent) && shownIds.has(event.parent));
    if (!parentOpen && event.id !== opts.selectedId) continue;
    const x0 = opts.toPx(event.min);
    const x1 = opts.toPx(event.max);
    shown.push({ event, x0, x1 });
    shownIds.add(event.id);
    if (x1 - x0 >= opts.expandPx) expanded.add(event.id);
  }

  const widths = new Map<string, number>();
  const items = shown.map(({ event, x0, x1 }) => {
    const width = opts.labelWidth(event.id);
    widths.set(event.id, width);
    return {
      id: event.id,
      x0,
      x1,
      width,
      // The selected event first, then outer events before their milestones.
      priority: (event.id === opts.selectedId ? 100 : 0) - event.depth
    };
  });
  const layout = layoutLabels(items, { width: opts.width, lanes: opts.lanes });

  const position = new Map(items.map((item) => [item.id, item]));
  const marks = layout.placed.map(({ id, lane, x }) => {
    const { x0, x1 } = position.get(id)!;
    return { id, x0, x1, lane, labelX: x, labelWidth: widths.get(id)! };
  });
  const maxDots = opts.maxDots ?? 400;
  const dots =
    layout.hidden.length <= maxDots
      ? layout.hidden.map((id) => ({ id, x: Math.min(Math.max(0, position.get(id)!.x0), opts.width) }))
      : [];
  return { marks, dots, clusters: layout.clusters, expanded };
}
