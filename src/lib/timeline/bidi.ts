// Data text may be written right to left (a title in Hebrew or Arabic); put
// next to generated text, it would pull the generated text into its own
// direction ("15 — …  May 2023"). In markup <bdi> isolates it; where there
// is no markup (<title>, meta tags, a string handed to i18next), Unicode's
// isolates do: U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE.
// The data rules refuse both characters in data (textRules.ts), so every
// isolate in a string is ours.

const FSI = '\u2068';
const PDI = '\u2069';

/** Data text wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, for text that cannot hold <bdi>. */
export function isolate(text: string): string {
  return FSI + text + PDI;
}

/** A page's title for one of its events: "‹event› — ‹site›", each isolated, so a right-to-left title cannot reorder the dash or the other. */
export function pageTitle(eventTitle: string, siteTitle: string): string {
  return `${isolate(eventTitle)} — ${isolate(siteTitle)}`;
}

/** A string with isolated data text (see isolate) cut into its generated and its data parts, for markup to wrap the latter in <bdi>. */
export function isolatedParts(text: string): { text: string; data: boolean }[] {
  const parts: { text: string; data: boolean }[] = [];
  let rest = text;
  while (rest) {
    const open = rest.indexOf(FSI);
    const close = open < 0 ? -1 : rest.indexOf(PDI, open + 1);
    if (close < 0) {
      parts.push({ text: rest, data: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), data: false });
    parts.push({ text: rest.slice(open + 1, close), data: true });
    rest = rest.slice(close + 1);
  }
  return parts;
}
