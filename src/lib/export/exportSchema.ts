import { z } from 'zod';
import { EVENT_KINDS } from '../data/schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from './exportFormat';

export { EXPORT_FORMAT, EXPORT_VERSION };

/**
 * The shape of the JSON download (`/downloads/timeline.json`), written once
 * in zod: the TypeScript types of the export are inferred from it, and the
 * published JSON Schema (`/downloads/timeline.schema.json`) is generated from
 * it, so the file, its types and its schema cannot drift apart. Build-time
 * only: the browser imports the types, never this module's code.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).meta({ description: 'A kebab-case identifier, stable across versions of the data.' });
const isoDate = z.iso.date().meta({ description: 'An ISO 8601 calendar date (YYYY-MM-DD).' });
const precision = z.enum(['year', 'month', 'day']).meta({ id: 'Precision', description: 'How finely a date is known.' });

const translated = z
  .object({ fr: z.string(), en: z.string(), vi: z.string() })
  .strict()
  .meta({ id: 'Translated', description: 'A text in French, English and Vietnamese.' });

const bound = z
  .object({
    edtf: z.string().meta({ description: 'The EDTF text of this end, without its qualifiers ("2022-06").' }),
    precision,
    approximate: z.boolean().meta({ description: 'The source gives this end approximately ("~" in EDTF).' }),
    uncertain: z.boolean().meta({ description: 'The source is unsure of this end ("?" in EDTF).' }),
    firstDay: isoDate.meta({ description: 'First day of the year, month or day this end names.' }),
    lastDay: isoDate.meta({ description: 'Last day of the year, month or day this end names (inclusive).' })
  })
  .strict()
  .meta({ id: 'DateBound', description: 'One end of a date, as the source gives it.' });

const date = z
  .object({
    edtf: z.string().meta({
      description:
        'The date as the data gives it, in the Extended Date/Time Format (ISO 8601-2): "2010", "2023-05", "2023-05-15", "2023-05-15~", "2022-10-12/2022-10-14", "2022-06~/..", "[2024-04-14..2024-04-16]".'
    }),
    type: z.enum(['point', 'interval', 'oneOf']).meta({
      description: 'point: one year, month or day; interval: from one date to another; oneOf: one day, not known, somewhere in a range.'
    }),
    start: isoDate.meta({ description: 'First day the event may cover.' }),
    end: isoDate.nullable().meta({ description: 'Last day the event may cover (inclusive); null when it has no known end.' }),
    precision: precision.meta({ description: 'How finely the start is known.' }),
    endPrecision: precision.nullable().meta({ description: 'How finely the end is known; null when it has no known end.' }),
    approximate: z.boolean().meta({ description: 'Either end is approximate.' }),
    uncertain: z.boolean().meta({ description: 'Either end is uncertain.' }),
    openEnd: z.boolean().meta({ description: 'An interval with no known end (the sources give none).' }),
    from: bound,
    to: bound.nullable().meta({ description: 'The end as the source gives it (the same as from for a point); null when open.' })
  })
  .strict()
  .meta({ id: 'Date', description: 'A date at the precision the sources allow, as EDTF and as ISO days.' });

const eventDate = date
  .extend({
    text: translated.meta({ description: 'The date in words, as the site shows it.' }),
    label: translated.nullable().meta({ description: "The editors' wording for a date EDTF cannot say (\"around mid-2022\"), or null." }),
    inferred: z.boolean().meta({ description: 'Part of the date is inferred by the editors, not printed by the sources.' }),
    note: translated.nullable().meta({ description: 'How the date was inferred, or null.' })
  })
  .strict()
  .meta({ id: 'EventDate', description: 'The date of an event, with its wording and how it was established.' });

const event = z
  .object({
    id,
    kind: z.enum(EVENT_KINDS).meta({ description: 'What kind of event this is.' }),
    date: eventDate,
    parent: id.nullable().meta({ description: 'The event this one is a milestone of, or null. In a filtered download it may name an event the file leaves out.' }),
    children: z.array(id).meta({ description: 'Milestones of this event in this file, in time order.' }),
    place: id.nullable().meta({ description: 'Where it happened: a place id, or null.' }),
    participants: z.array(
      z
        .object({
          person: id.meta({ description: 'A person id.' }),
          title: translated.nullable().meta({ description: 'The title the person held at the time, as the sources give it, or null.' })
        })
        .strict()
    ),
    domains: z.array(id).meta({ description: 'Cooperation domain ids.' }),
    title: translated,
    summary: translated.meta({ description: 'What happened, written by the editors from the sources.' }),
    notes: translated.nullable(),
    sources: z.array(id).min(1).meta({ description: 'Ids of the sources that say so.' }),
    evidence: z.enum(['primary', 'context']).meta({ description: 'primary: from a primary source; context: from a context source.' }),
    urls: translated.meta({ description: 'The event on the site in each language: its own page, or the timeline opened on it (absolute addresses).' })
  })
  .strict()
  .meta({ id: 'Event' });

const person = z.object({ id, name: z.string(), country: z.string().regex(/^[A-Z]{2}$/).meta({ description: 'ISO 3166-1 alpha-2.' }) }).strict().meta({ id: 'Person' });

const place = z
  .object({
    id,
    name: translated,
    country: z.string().regex(/^[A-Z]{2}$/).meta({ description: 'ISO 3166-1 alpha-2.' }),
    within: id.nullable().meta({ description: 'The enclosing place, or null.' })
  })
  .strict()
  .meta({ id: 'Place' });

const source = z
  .object({
    id,
    publisher: translated.meta({ description: 'The publisher’s name in each language (the same name thrice when it is not translated).' }),
    title: z.string().meta({ description: 'The title as published, in its own language.' }),
    date,
    language: z.string().meta({ description: 'ISO 639-1 code of the article.' }),
    url: z.string().nullable().meta({ description: 'Where it was published, or null when the editors have no address.' }),
    note: translated.nullable()
  })
  .strict()
  .meta({ id: 'Source' });

const domain = z.object({ id, label: translated }).strict().meta({ id: 'Domain' });

/** The JSON download, as a zod schema. */
export const exportSchema = z
  .object({
    $schema: z.string().meta({ description: 'The address of this JSON Schema.' }),
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    meta: z
      .object({
        title: translated,
        description: translated,
        site: z.string().meta({ description: 'The address of the site this record comes from.' }),
        languages: z.array(z.enum(['fr', 'en', 'vi'])),
        generated: z.iso.datetime().meta({ description: 'When this file was made (UTC).' }),
        eventCount: z.int().nonnegative().meta({ description: 'How many events this file holds.' }),
        totalEvents: z.int().nonnegative().meta({ description: 'How many events the whole timeline holds.' }),
        view: z
          .object({
            url: z.string().meta({ description: 'The address of the view this file was taken from.' }),
            from: isoDate.nullable().meta({ description: 'First day of the visible window, or null.' }),
            to: isoDate.nullable().meta({ description: 'Last day of the visible window (inclusive), or null.' }),
            filters: z.record(z.string(), z.string()).meta({ description: 'The filters of the view, by name.' })
          })
          .strict()
          .nullable()
          .meta({ description: 'For a download of what was on screen: the view it shows; null for the whole timeline.' })
      })
      .strict(),
    events: z.array(event).meta({ description: 'Events in time order (by start, then by id).' }),
    people: z.array(person).meta({ description: 'People the events name, by id.' }),
    places: z.array(place).meta({ description: 'Places the events name, with the places that contain them, by id.' }),
    sources: z.array(source).meta({ description: 'Sources the events cite, by id.' }),
    domains: z.array(domain).meta({ description: 'Cooperation domains the events name, by id.' })
  })
  .strict()
  .meta({
    title: 'A sourced, trilingual timeline',
    description:
      'The whole compiled record of the timeline: events with their dates at the precision the sources allow, people, places, sources and cooperation domains, in French, English and Vietnamese.'
  });

/** The JSON download, as TypeScript. */
export type ExportRecord = z.infer<typeof exportSchema>;
export type ExportEvent = ExportRecord['events'][number];

/** The JSON Schema (draft 2020-12) of the JSON download, published at `schemaUrl`. */
export function exportJsonSchema(schemaUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(exportSchema, { target: 'draft-2020-12' });
  // $id first, as readers of the file expect it.
  return { $schema: schema.$schema, $id: schemaUrl, ...schema };
}
