import type { EventKind } from '../data/schema';
import type { MarkPattern, MarkShape } from './markStyle';

/** A symbol the legend explains, beside the colours of the kinds. */
export type LegendSymbol = 'day' | 'range' | 'dayUnknown' | 'approximate' | 'ongoing' | 'milestones' | 'selected' | 'more';

/** What the legend needs to know of one mark on the plot. */
export interface DrawnMark {
  kind: EventKind;
  shape: MarkShape;
  pattern: MarkPattern;
  /** Drawn in the band of long periods. */
  period: boolean;
  /** Drawn with its label and patterns (not as a small unlabelled dot). */
  labelled: boolean;
}

/** What else is on the plot: milestone brackets, a selected event, "+n" counts. */
export interface DrawnExtras {
  milestones: boolean;
  selected: boolean;
  more: boolean;
}

/** The legend's entries: the kinds drawn, then the symbols drawn, each in a fixed order. */
export interface LegendEntries {
  kinds: EventKind[];
  symbols: LegendSymbol[];
}

// A record, so that a kind added to the schema cannot be forgotten here.
const KIND_RANK: Record<EventKind, number> = {
  visit: 0,
  'working-visit': 1,
  talks: 2,
  award: 3,
  agreement: 4,
  'cooperation-period': 5,
  review: 6
};

const SYMBOLS: readonly LegendSymbol[] = ['day', 'range', 'dayUnknown', 'approximate', 'ongoing', 'milestones', 'selected', 'more'];

/**
 * The legend for what is drawn now: every kind with a mark on the plot, and
 * only the shapes and patterns some labelled mark shows (a day's dot, a bar,
 * stripes, dashes, an arrow), plus brackets, selection and counts when drawn.
 */
export function legendEntries(drawn: Iterable<DrawnMark>, extras: DrawnExtras): LegendEntries {
  const kinds = new Set<EventKind>();
  const symbols = new Set<LegendSymbol>();
  for (const mark of drawn) {
    kinds.add(mark.kind);
    if (!mark.labelled) continue;
    const { approximate, openEnd, dayUnknown } = mark.pattern;
    if (!mark.period) symbols.add(mark.shape === 'dot' ? 'day' : dayUnknown ? 'dayUnknown' : 'range');
    else if (dayUnknown) symbols.add('dayUnknown');
    if (approximate) symbols.add('approximate');
    if (openEnd) symbols.add('ongoing');
  }
  if (extras.milestones) symbols.add('milestones');
  if (extras.selected) symbols.add('selected');
  if (extras.more) symbols.add('more');
  return {
    kinds: [...kinds].sort((a, b) => KIND_RANK[a] - KIND_RANK[b]),
    symbols: SYMBOLS.filter((symbol) => symbols.has(symbol))
  };
}
