// What a text in the data may contain, and how long it may be. The rules are
// checked by the schemas (schema.ts), which name the file, id and field.

/** Longest texts, in characters (code points), per kind of field; data/FORMAT.md lists them. */
export const TEXT_LIMITS = {
  /** ids and references: kebab-case, also file names and URL parts. */
  id: 100,
  /** EDTF date texts; the longest form we place is a range of two days (24). */
  date: 64,
  /** Titles of events and of the timeline, names, titles held, publishers. */
  title: 200,
  /** A source's title as published (headlines run long). */
  sourceTitle: 500,
  /** Labels shown next to marks: domain labels, date wordings. */
  label: 100,
  /** The one-sentence meta description of the timeline. */
  description: 500,
  /** An event's summary: about 450 words, more than twice the longest today. */
  summary: 3000,
  /** An event's notes. */
  notes: 4000,
  /** Notes that explain an inference or a source. */
  note: 2000,
  /** A source's web address. */
  url: 2000
} as const;

/** Largest data file, in bytes: twenty times the largest event file today. */
export const MAX_FILE_BYTES = 256 * 1024;
/** Largest data folder, in bytes: room for 100,000 events of typical size (about 650 bytes each). */
export const MAX_FOLDER_BYTES = 128 * 1024 * 1024;

const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x09: 'TAB',
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'BYTE ORDER MARK'
};

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why a character may not appear in a text of the data, or null when it may.
 * Refused, because readers never need them and they can hide or rearrange
 * what the page prints:
 * - C0 controls, DEL and C1 controls (U+0080–U+009F, usually a text decoded
 *   with the wrong encoding): invisible, and some are not even allowed in
 *   HTML. Tab and line feed are kept in multi-line texts (summaries, notes),
 *   where a block scalar (`|`) writes them.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *   U+2066–U+2069): they reorder the characters after them, so a title could
 *   flip the date printed next to it or show a different text than the file
 *   reads ("Trojan Source"). The page isolates each data text itself. The
 *   marks LRM, RLM and ALM (U+200E, U+200F, U+061C) stay allowed: they only
 *   set the direction of neighbouring punctuation in a right-to-left name.
 * - Line and paragraph separators (U+2028, U+2029): a line break no one
 *   sees in an editor; a multi-line text uses an ordinary one.
 * - A byte order mark inside a text (U+FEFF), noncharacters U+FFFE and
 *   U+FFFF, and lone surrogates (from a YAML "\ud800" escape): none of them
 *   is text, and a lone surrogate cannot even be written out as UTF-8.
 */
function refusal(code: number, multiline: boolean): string | null {
  if (code === 0x0a || code === 0x09) {
    return multiline ? null : `a ${code === 0x0a ? 'line break' : 'tab'} (${hex(code)}), and this field is one line`;
  }
  if (code < 0x20 || code === 0x7f) return `the control character ${hex(code)}${NAMES[code] ? ` ${NAMES[code]}` : ''}`;
  if (code >= 0x80 && code <= 0x9f) {
    return `the control character ${hex(code)}, which usually means the text was decoded with the wrong encoding`;
  }
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return `the bidirectional control ${hex(code)} ${NAMES[code]}, which reorders the text around it on the page`;
  }
  if (code === 0x2028 || code === 0x2029) return `an invisible ${NAMES[code]} (${hex(code)}); use an ordinary line break`;
  if (code === 0xfeff) return `a ${NAMES[code]} (${hex(code)}) inside the text`;
  if (code === 0xfffe || code === 0xffff) return `the noncharacter ${hex(code)}`;
  if (code >= 0xd800 && code <= 0xdfff) return `a lone surrogate ${hex(code)}, which is not a character`;
  return null;
}

/** The first character a text may not contain, with its position (1-based, in characters), as a message; null when there is none. */
export function forbiddenCharacter(text: string, multiline: boolean): string | null {
  let position = 0;
  // for…of walks code points: a valid surrogate pair is one character, a lone half is reported.
  for (const character of text) {
    position += 1;
    const why = refusal(character.codePointAt(0)!, multiline);
    if (why) return `character ${position} is ${why}; remove it`;
  }
  return null;
}

/** How many characters (code points) a text has. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** Why a text is too long, or null: at most `limit` characters. */
export function tooLong(text: string, limit: number): string | null {
  // A string has at most as many characters as UTF-16 units: most texts need no counting.
  if (text.length <= limit) return null;
  const count = characterCount(text);
  return count <= limit ? null : `is ${count.toLocaleString('en')} characters long; at most ${limit.toLocaleString('en')} are allowed`;
}
