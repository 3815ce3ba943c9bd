import type { EventDate, Translated } from '../timeline/types';
import type { EventKind } from './schema';

// The timeline as the app receives it: validated, ids resolved, dates parsed.
// Built once at build time and inlined into the prerendered pages.

export interface Source {
  id: string;
  /** The publisher's name in each language (the same name thrice when it is not translated). */
  publisher: Translated;
  title: string;
  date: EventDate;
  language: string;
  url?: string;
  note?: Translated;
}

export interface Person {
  id: string;
  name: string;
  country: string;
}

export interface Place {
  id: string;
  name: Translated;
  country: string;
  within?: string;
}

export interface Domain {
  id: string;
  label: Translated;
}

export interface Participant {
  person: string;
  title?: Translated;
}

export interface TimelineEvent {
  id: string;
  kind: EventKind;
  date: EventDate;
  dateLabel?: Translated;
  inferred: boolean;
  dateNote?: Translated;
  parent: string | null;
  /** Milestones of this event, in time order. */
  children: string[];
  /** 0 for a top-level event, 1 for a milestone of it, and so on. */
  depth: number;
  place?: string;
  participants: Participant[];
  domains: string[];
  title: Translated;
  summary: Translated;
  sources: string[];
  evidence: 'primary' | 'context';
  notes?: Translated;
}

export interface TimelineData {
  meta: { title: Translated; description: Translated };
  /** Every event, sorted by start, then by id. */
  events: TimelineEvent[];
  people: Record<string, Person>;
  places: Record<string, Place>;
  sources: Record<string, Source>;
  domains: Record<string, Domain>;
  /** UTC ms covered by all events (max exclusive). */
  span: { min: number; max: number };
  /** Set on a preview only (see delivery.ts): how many events the whole timeline has. */
  total?: number;
}
