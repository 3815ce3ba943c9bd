import { z } from 'zod';
import { forbiddenCharacter, TEXT_LIMITS, tooLong } from './textRules.ts';

// What maintainers write in data/. Types are inferred from these schemas so
// the shape is declared once; cross-file checks (ids that must exist, dates
// that must parse) live in compileTimeline.ts. Every text is checked for its
// length and for characters that could hide or reorder what readers see
// (textRules.ts).

/** What a YAML value is, in a maintainer's words: "a list", "the number 12". */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value} (a yes/no value)`;
    case 'string':
      return 'a text';
    case 'object':
      return 'a map';
    default:
      return typeof value;
  }
}

/** The message for a value of the wrong type: `missing` when absent, else what it must be and what it is. */
const wrongType =
  (what: string, missing = `is missing; it must be ${what}`) =>
  (issue: { code?: string; input?: unknown }) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return missing;
    // A number or a yes/no written bare is read as one; quotes make it text.
    const hint = typeof issue.input === 'number' || typeof issue.input === 'boolean' ? '; put it in quotes' : '';
    return `must be ${what}, not ${describeValue(issue.input)}${what.includes('text') ? hint : ''}`;
  };

/** Adds the length and character rules to a string schema's checks. */
function checked(limit: number, multiline: boolean) {
  return (value: string, context: z.RefinementCtx) => {
    const why = tooLong(value, limit) ?? forbiddenCharacter(value, multiline);
    if (why) context.addIssue({ code: 'custom', message: why, input: value });
  };
}

const id = z
  .string({ error: wrongType('a text id') })
  .max(TEXT_LIMITS.id, `must be at most ${TEXT_LIMITS.id} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)');

/** A non-empty text of at most `limit` characters; line breaks and tabs only when `multiline`. */
function text(limit: number, multiline: boolean, missing = 'is missing') {
  return z
    .string({ error: wrongType('text', missing) })
    .trim()
    .min(1, missing)
    .superRefine(checked(limit, multiline));
}

/** A text in fr, en and vi, each one required and non-empty, at most `limit` characters. */
export function translated(limit: number, multiline: boolean) {
  const one = text(limit, multiline, 'missing translation');
  return z.strictObject(
    { fr: one, en: one, vi: one },
    { error: wrongType('a map with fr, en and vi texts', 'must be a map with fr, en and vi texts') }
  );
}

/**
 * A text in fr, en and vi with the loosest rules (lines allowed, a note's
 * length); the fields below use tighter ones (`translated(limit, multiline)`).
 */
export const translatedSchema = translated(TEXT_LIMITS.note, true);

const edtfText = z
  .string({ error: wrongType('an EDTF date in quotes, e.g. "2023-05-15"') })
  .max(TEXT_LIMITS.date, `is too long to be a date (at most ${TEXT_LIMITS.date} characters)`);

/** Why a source address may not be linked, or null: only plain http(s) addresses are. */
export function urlProblem(value: string): string | null {
  if (!/^https?:\/\//i.test(value)) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
    return scheme
      ? `must be an http(s) address; "${scheme.toLowerCase()}:" addresses are refused, since a click on one can run code or open something other than a web page`
      : 'must be a full http(s) address, e.g. "https://example.org/article"';
  }
  if (/\s/.test(value)) return 'contains a space; write spaces in an address as %20';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid web address';
  }
  if (url.username || url.password) return 'must not carry a user name or password';
  return null;
}

const httpUrl = z.string({ error: wrongType('a full http(s) address') }).superRefine((value, context) => {
  const why = tooLong(value, TEXT_LIMITS.url) ?? forbiddenCharacter(value, false) ?? urlProblem(value);
  if (why) context.addIssue({ code: 'custom', message: why, input: value });
});

const fields = { error: wrongType('a map of fields (name: value)') };

export const timelineMetaSchema = z.strictObject(
  {
    title: translated(TEXT_LIMITS.title, false),
    description: translated(TEXT_LIMITS.description, false)
  },
  fields
);

// A publisher is a plain name: one for every language ("VietnamPlus"), or a
// map where the name is translated ("Cuban News Agency (ACN)"). What the
// reader should know about it ("Spanish edition", "republished by…") goes
// in the translated note, so no language's pages show another's words.
const publisherSchema = z.union([text(TEXT_LIMITS.title, false), translated(TEXT_LIMITS.title, false)], {
  error: 'must be a name, or a map with fr, en and vi names'
});

export const sourceSchema = z.strictObject(
  {
    id,
    publisher: publisherSchema,
    title: text(TEXT_LIMITS.sourceTitle, false),
    date: edtfText,
    language: z.string({ error: wrongType('a two-letter language code') }).regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
    url: httpUrl.optional(),
    note: translated(TEXT_LIMITS.note, true).optional()
  },
  fields
);

const countryCode = z.string({ error: wrongType('a two-letter country code') }).regex(/^[A-Z]{2}$/, 'must be a two-letter country code');

export const personSchema = z.strictObject({ id, name: text(TEXT_LIMITS.title, false), country: countryCode }, fields);

export const placeSchema = z.strictObject(
  { id, name: translated(TEXT_LIMITS.title, false), country: countryCode, within: id.optional() },
  fields
);

export const domainSchema = z.strictObject({ id, label: translated(TEXT_LIMITS.label, false) }, fields);

export const EVENT_KINDS = [
  'visit',
  'talks',
  'award',
  'agreement',
  'cooperation-period',
  'review',
  'working-visit'
] as const;

const idList = (what: string, example: string) =>
  z.array(id, { error: wrongType(`a list of ${what} ids, e.g. [${example}]`) });

export const eventSchema = z
  .strictObject(
    {
      id,
      kind: z.enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(', ')}` }),
      date: edtfText,
      dateLabel: translated(TEXT_LIMITS.label, false).optional(),
      inferred: z.boolean({ error: wrongType('true or false') }).optional(),
      dateNote: translated(TEXT_LIMITS.note, true).optional(),
      parent: id.optional(),
      place: id.optional(),
      participants: z
        .array(
          z.strictObject(
            { person: id, title: translated(TEXT_LIMITS.title, false).optional() },
            { error: wrongType('a map with a person id (and a title)') }
          ),
          { error: wrongType('a list of participants ("- person: id")') }
        )
        .optional(),
      domains: idList('domain', 'health').min(1, 'needs at least one domain'),
      title: translated(TEXT_LIMITS.title, false),
      summary: translated(TEXT_LIMITS.summary, true),
      sources: idList('source', 'rhc-2023').min(1, 'needs at least one source'),
      evidence: z.enum(['primary', 'context'], { error: 'must be primary or context' }),
      notes: translated(TEXT_LIMITS.notes, true).optional()
    },
    fields
  )
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
