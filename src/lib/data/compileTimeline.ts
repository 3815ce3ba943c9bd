import type { z } from 'zod';
import { DateParseError, parseEventDate } from '../timeline/parseEventDate.ts';
import type { EventDate, Translated } from '../timeline/types';
import { DataValidationError, type DataIssue } from './dataError.ts';
import { forbiddenCharacter, TEXT_LIMITS, tooLong } from './textRules.ts';
import type { Domain, Person, Place, Source, TimelineData, TimelineEvent } from './model';
import {
  describeValue,
  domainSchema,
  eventSchema,
  personSchema,
  placeSchema,
  sourceSchema,
  timelineMetaSchema,
  type EventInput
} from './schema.ts';

/** A data file after YAML parsing: its path (for messages) and content. */
export interface RawFile {
  path: string;
  content: unknown;
}

/** The files of a data folder, as read by readDataFolder. */
export interface RawData {
  meta: RawFile;
  sources: RawFile;
  people: RawFile;
  places: RawFile;
  domains: RawFile;
  events: RawFile[];
}

/** The id a content gives itself, when it is short, printable text (even if not a valid id) to name it in messages. */
function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 && !tooLong(id, TEXT_LIMITS.id) && !forbiddenCharacter(id, false)
    ? id
    : undefined;
}

function zodIssues(file: string, id: string | undefined, error: z.ZodError, item?: number): DataIssue[] {
  return error.issues.map((issue) => {
    // An unknown key is reported at its own path, where a maintainer looks for it.
    const path = [...issue.path, ...(issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? issue.keys : [])];
    // An item of a list file without a usable id is found by its position.
    if (id === undefined && item !== undefined) path.unshift(item);
    return {
      file,
      id,
      // An empty key ("": 1) still needs a name in the message.
      field: path.map((step) => String(step) || '""').join('.') || undefined,
      message:
        issue.code === 'unrecognized_keys'
          ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
          : issue.message
    };
  });
}

function parseOne<T>(schema: z.ZodType<T>, file: string, content: unknown, issues: DataIssue[], item?: number): T | null {
  const result = schema.safeParse(content);
  if (result.success) return result.data;
  issues.push(...zodIssues(file, idOf(content), result.error, item));
  return null;
}

/**
 * Parses each item of a list file, keyed by id. The ids of items reported
 * invalid go to `reported`, so that references to them are not reported
 * again as unknown.
 */
function parseList<T extends { id: string }>(
  schema: z.ZodType<T>,
  raw: RawFile,
  issues: DataIssue[],
  reported: Set<string>
): Map<string, T> {
  const byId = new Map<string, T>();
  if (!Array.isArray(raw.content)) {
    issues.push({
      file: raw.path,
      message: `must be a YAML list (items starting with "- "), not ${raw.content === undefined ? 'empty' : describeValue(raw.content)}`
    });
    return byId;
  }
  raw.content.forEach((item, index) => {
    const parsed = parseOne(schema, raw.path, item, issues, index);
    if (!parsed) {
      const id = idOf(item);
      if (id) reported.add(id);
      return;
    }
    if (byId.has(parsed.id)) issues.push({ file: raw.path, id: parsed.id, field: 'id', message: 'duplicate id' });
    else byId.set(parsed.id, parsed);
  });
  return byId;
}

function parseDate(text: string, issue: Omit<DataIssue, 'message'>, issues: DataIssue[]): EventDate | null {
  try {
    return parseEventDate(text);
  } catch (error) {
    if (!(error instanceof DateParseError)) throw error;
    issues.push({ ...issue, message: error.message });
    return null;
  }
}

function fileStem(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$|\.json$/, '');
}

// One name for every language unless the data translates it.
function publisherNames(publisher: string | Translated): Translated {
  return typeof publisher === 'string' ? { fr: publisher, en: publisher, vi: publisher } : publisher;
}

function byStart(a: TimelineEvent, b: TimelineEvent): number {
  return a.date.min - b.date.min || a.depth - b.depth || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Validates raw data files and resolves them into the timeline; throws DataValidationError listing every problem. */
export function compileTimeline(raw: RawData): TimelineData {
  const issues: DataIssue[] = [];
  const meta = parseOne(timelineMetaSchema, raw.meta.path, raw.meta.content, issues);
  // Ids whose item was already reported invalid: a reference to one is not "unknown".
  const reported = new Set<string>();
  const sourceInputs = parseList(sourceSchema, raw.sources, issues, reported);
  const people = parseList(personSchema, raw.people, issues, reported);
  const places = parseList(placeSchema, raw.places, issues, reported);
  const domains = parseList(domainSchema, raw.domains, issues, reported);

  const sources: Record<string, Source> = {};
  for (const source of sourceInputs.values()) {
    const date = parseDate(source.date, { file: raw.sources.path, id: source.id, field: 'date' }, issues);
    if (date) sources[source.id] = { ...source, publisher: publisherNames(source.publisher), date };
    else reported.add(source.id);
  }
  for (const place of places.values()) {
    if (place.within && !places.has(place.within) && !reported.has(place.within)) {
      issues.push({ file: raw.places.path, id: place.id, field: 'within', message: `unknown place "${place.within}"` });
    }
  }

  const inputs = new Map<string, { input: EventInput; file: string; date: EventDate }>();
  for (const file of raw.events) {
    const input = parseOne(eventSchema, file.path, file.content, issues);
    if (!input) {
      const id = idOf(file.content);
      if (id) reported.add(id);
      // The date is read all the same, so one run lists every problem of the file.
      const date = (file.content as { date?: unknown } | null)?.date;
      if (typeof date === 'string' && date.length <= TEXT_LIMITS.date) {
        parseDate(date, { file: file.path, id, field: 'date' }, issues);
      }
      continue;
    }
    const at = { file: file.path, id: input.id };
    if (fileStem(file.path) !== input.id) {
      issues.push({ ...at, field: 'id', message: `must match the file name "${fileStem(file.path)}"` });
    }
    if (inputs.has(input.id)) {
      issues.push({ ...at, field: 'id', message: `duplicate id, also in ${inputs.get(input.id)!.file}` });
      continue;
    }
    const date = parseDate(input.date, { ...at, field: 'date' }, issues);
    if (!date) {
      reported.add(input.id);
      continue;
    }
    inputs.set(input.id, { input, file: file.path, date });
  }

  const known = (map: Map<string, unknown> | Record<string, unknown>, key: string) =>
    map instanceof Map ? map.has(key) : key in map;
  for (const { input, file } of inputs.values()) {
    const at = { file, id: input.id };
    const check = (field: string, value: string, pool: Map<string, unknown> | Record<string, unknown>, what: string) => {
      if (!known(pool, value) && !reported.has(value)) issues.push({ ...at, field, message: `unknown ${what} "${value}"` });
    };
    if (input.place) check('place', input.place, places, 'place');
    input.participants?.forEach((p, i) => {
      check(`participants.${i}.person`, p.person, people, 'person');
      // Listed twice, a person would be shown twice with two different titles.
      const first = input.participants!.findIndex((other) => other.person === p.person);
      if (first < i) {
        issues.push({ ...at, field: `participants.${i}.person`, message: `"${p.person}" is already listed as participant ${first}` });
      }
    });
    input.domains.forEach((d, i) => check(`domains.${i}`, d, domains, 'domain'));
    input.sources.forEach((s, i) => check(`sources.${i}`, s, sourceInputs, 'source'));
    if (input.parent) {
      if (input.parent === input.id) issues.push({ ...at, field: 'parent', message: 'an event cannot contain itself' });
      else check('parent', input.parent, inputs, 'event');
    }
  }

  // Depth by walking up the parents; a cycle is reported rather than looped.
  const depthOf = (id: string): number => {
    const seen = new Set<string>();
    let depth = 0;
    for (let at = inputs.get(id)?.input.parent; at && inputs.has(at); at = inputs.get(at)!.input.parent) {
      if (seen.has(at)) return -1;
      seen.add(at);
      depth += 1;
    }
    return depth;
  };

  const events: TimelineEvent[] = [];
  for (const { input, file, date } of inputs.values()) {
    const depth = depthOf(input.id);
    if (depth < 0) {
      issues.push({ file, id: input.id, field: 'parent', message: 'parents form a cycle' });
      continue;
    }
    const parent = input.parent && inputs.has(input.parent) ? inputs.get(input.parent)! : null;
    if (parent && (date.min < parent.date.min || (!parent.date.openEnd && date.max > parent.date.max))) {
      issues.push({ file, id: input.id, field: 'date', message: `falls outside the dates of its parent "${parent.input.id}"` });
    }
    events.push({
      id: input.id,
      kind: input.kind,
      date,
      dateLabel: input.dateLabel,
      inferred: input.inferred ?? false,
      dateNote: input.dateNote,
      parent: input.parent ?? null,
      children: [],
      depth,
      place: input.place,
      participants: input.participants ?? [],
      domains: input.domains,
      title: input.title,
      summary: input.summary,
      sources: input.sources,
      evidence: input.evidence,
      notes: input.notes
    });
  }

  if (!meta || issues.length) throw new DataValidationError(issues);
  if (events.length === 0) throw new DataValidationError([{ file: raw.meta.path.replace(/timeline\.ya?ml$/, 'events'), message: 'there are no events' }]);

  events.sort(byStart);
  const byId = new Map(events.map((event) => [event.id, event]));
  for (const event of events) if (event.parent) byId.get(event.parent)!.children.push(event.id);

  // A loop rather than Math.max(...): spreading 100,000 values overflows the stack.
  const span = { min: events[0].date.min, max: events[0].date.max };
  for (const event of events) span.max = Math.max(span.max, event.date.max);
  // An open interval runs to where the record stops; the mark fades there.
  for (const event of events) if (event.date.openEnd) event.date = { ...event.date, max: span.max };

  return {
    meta,
    events,
    people: Object.fromEntries(people) as Record<string, Person>,
    places: Object.fromEntries(places) as Record<string, Place>,
    sources,
    domains: Object.fromEntries(domains) as Record<string, Domain>,
    span
  };
}
