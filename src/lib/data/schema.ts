import { z } from 'zod';

// What maintainers write in data/. Types are inferred from these schemas so
// the shape is declared once; cross-file checks (ids that must exist, dates
// that must parse) live in compileTimeline.ts.

const id = z
  .string({ error: 'must be a text id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)');

const text = z.string({ error: 'missing translation' }).trim().min(1, 'missing translation');

/** A text in fr, en and vi; each one required and non-empty. */
export const translatedSchema = z.strictObject(
  { fr: text, en: text, vi: text },
  { error: 'must be a map with fr, en and vi texts' }
);

const edtfText = z.string({ error: 'must be an EDTF date in quotes, e.g. "2023-05-15"' });

export const timelineMetaSchema = z.strictObject({
  title: translatedSchema,
  description: translatedSchema
});

// A publisher is a plain name: one for every language ("VietnamPlus"), or a
// map where the name is translated ("Cuban News Agency (ACN)"). What the
// reader should know about it ("Spanish edition", "republished by…") goes
// in the translated note, so no language's pages show another's words.
const publisherSchema = z.union([z.string().trim().min(1), translatedSchema], {
  error: 'must be a name, or a map with fr, en and vi names'
});

export const sourceSchema = z.strictObject({
  id,
  publisher: publisherSchema,
  title: z.string().min(1),
  date: edtfText,
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
  url: z.url({ error: 'must be a full http(s) address' }).optional(),
  note: translatedSchema.optional()
});

export const personSchema = z.strictObject({
  id,
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code')
});

export const placeSchema = z.strictObject({
  id,
  name: translatedSchema,
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code'),
  within: id.optional()
});

export const domainSchema = z.strictObject({ id, label: translatedSchema });

export const EVENT_KINDS = [
  'visit',
  'talks',
  'award',
  'agreement',
  'cooperation-period',
  'review',
  'working-visit'
] as const;

export const eventSchema = z
  .strictObject({
    id,
    kind: z.enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(', ')}` }),
    date: edtfText,
    dateLabel: translatedSchema.optional(),
    inferred: z.boolean().optional(),
    dateNote: translatedSchema.optional(),
    parent: id.optional(),
    place: id.optional(),
    participants: z
      .array(z.strictObject({ person: id, title: translatedSchema.optional() }))
      .optional(),
    domains: z.array(id).min(1, 'needs at least one domain'),
    title: translatedSchema,
    summary: translatedSchema,
    sources: z.array(id).min(1, 'needs at least one source'),
    evidence: z.enum(['primary', 'context'], { error: 'must be primary or context' }),
    notes: translatedSchema.optional()
  })
  .refine((event) => !event.inferred || event.dateNote, {
    message: 'an inferred date needs a dateNote that explains the inference',
    path: ['dateNote']
  });

export type TimelineMetaInput = z.infer<typeof timelineMetaSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type PersonInput = z.infer<typeof personSchema>;
export type PlaceInput = z.infer<typeof placeSchema>;
export type DomainInput = z.infer<typeof domainSchema>;
export type EventInput = z.infer<typeof eventSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];
