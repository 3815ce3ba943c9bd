/**
 * Text as search compares it: lower case, no accents, in French, English and
 * Vietnamese. `tuyen` must find "Tuyến", `hoai duc` "Hoài Đức" and `medaille`
 * "médaille", whatever the reader's keyboard.
 */

// Letters that Unicode decomposition leaves whole (đ is its own letter, not
// d + a mark; œ and æ are ligatures only by tradition), written as readers
// would type them without the key.
const LETTERS: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  þ: 'th',
  ı: 'i'
};
const LETTER = /[đðœæßøłþı]/g;
// Combining marks: tones, breves, circumflexes, horns, cedillas, diaereses.
const MARKS = /\p{M}+/gu;
// Apostrophes and quotes that Unicode counts as letters (modifier letters),
// so that "l’Intérieur" and "l'Intérieur" both split into "l" and "interieur".
const QUOTE_LETTERS = /[\u02b9-\u02bc\u02be\u02bf\u02c8\u02ca\u02cb]/;
const ASCII = /^[\x00-\x7f]*$/;
const NON_ASCII = /[^\x00-\x7f]/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const ASCII_SEPARATORS = /[^a-z0-9]+/;

/** One character (a code point) as search compares it. */
function normalizeChar(char: string): string {
  if (QUOTE_LETTERS.test(char)) return ' ';
  return char.normalize('NFKD').replace(MARKS, '').replace(LETTER, (letter) => LETTERS[letter]);
}

// Texts are mostly ASCII with a few accented letters, drawn from a few
// hundred characters: each is decomposed once, not once per text (twice as
// fast as decomposing whole texts, which matters at 100,000 events).
const CHARS = new Map<string, string>();
const cachedChar = (char: string) => {
  let normal = CHARS.get(char);
  if (normal === undefined) CHARS.set(char, (normal = normalizeChar(char)));
  return normal;
};

/**
 * Lower case without accents: NFKD (which also opens typographic ligatures
 * such as ﬁ and turns narrow no-break spaces into spaces), combining marks
 * removed, đ/Đ → d, œ → oe, æ → ae, ß → ss. Punctuation is kept.
 */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  return ASCII.test(lower) ? lower : lower.replace(NON_ASCII, cachedChar);
}

/** The words of a text, normalised: letters and digits between any other characters. */
export function tokenize(text: string): string[] {
  const normal = normalizeText(text);
  return normal.split(ASCII.test(normal) ? ASCII_SEPARATORS : SEPARATORS).filter((word) => word.length > 0);
}

/** Longest run of words joined into one (a place or person name is rarely longer). */
const MAX_JOINED_WORDS = 6;

/**
 * Each run of two or more consecutive words of a name, joined: "Hà Nội" →
 * ["hanoi"], "Lê Văn Tuyến" → ["levan", "levantuyen", "vantuyen"]. Vietnamese
 * names are written in syllables that many readers run together ("Hanoi",
 * "Danang"); indexing the joined forms lets `hanoi` find "Hà Nội" while
 * `ha noi` matches the syllables themselves.
 */
export function joinedForms(name: string): string[] {
  const words = tokenize(name).slice(0, MAX_JOINED_WORDS);
  const forms = new Set<string>();
  for (let start = 0; start < words.length - 1; start += 1) {
    let joined = words[start];
    for (let end = start + 1; end < words.length; end += 1) {
      joined += words[end];
      forms.add(joined);
    }
  }
  return [...forms];
}
