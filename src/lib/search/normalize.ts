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
const QUOTE_LETTERS = /[\u02b9-\u02bc\u02be\u02bf\u02c8\u02ca\u02cb]/g;
const ASCII = /^[\x00-\x7f]*$/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Lower case without accents: NFKD (which also opens typographic ligatures
 * such as ﬁ and turns narrow no-break spaces into spaces), combining marks
 * removed, đ/Đ → d, œ → oe, æ → ae, ß → ss. Punctuation is kept.
 */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower.normalize('NFKD').replace(MARKS, '').replace(LETTER, (letter) => LETTERS[letter]).replace(QUOTE_LETTERS, ' ');
}

/** The words of a text, normalised: letters and digits between any other characters. */
export function tokenize(text: string): string[] {
  return normalizeText(text)
    .split(SEPARATORS)
    .filter((word) => word.length > 0);
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
