/**
 * The copy check of issue 12: does a text share a run of RUN consecutive words
 * with a source article? Articles are compared through fingerprints of their
 * runs (tests/fixtures/seed-runs.json), so the project checks against them
 * without keeping a copy of the articles themselves.
 */
import { createHash } from 'node:crypto';

/** How many words in a row make a copied phrase. */
export const RUN = 8;

/**
 * Names, not prose: the two ministries and the awards. A data text may say
 * "le ministère cubain de l’Intérieur" as the source does without having
 * copied anything, so these are cut out (as word breaks) before comparing.
 * Written already normalised (see `words`), longest first.
 */
const NAMES = [
  'ministere vietnamien de la securite publique',
  'ministere de la securite publique',
  'ministere cubain de l interieur',
  'ministere de l interieur',
  'vietnamese ministry of public security',
  'ministry of public security of vietnam',
  'ministry of public security',
  'cuban ministry of the interior',
  'cuban ministry of interior',
  'ministry of the interior of cuba',
  'ministry of interior of cuba',
  'ministry of the interior',
  'ministry of interior',
  'medaille de l amitie',
  'protection de la securite nationale',
  'friendship medal',
  'protection of national security'
].map((name) => name.split(' '));

/** Lower-case words without accents; quotes, apostrophes and punctuation only separate them. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The words of a text, with each name replaced by a break (null) that no run can cross. */
function prose(text: string): (string | null)[] {
  const all = words(text);
  const out: (string | null)[] = [];
  for (let i = 0; i < all.length; ) {
    const name = NAMES.find((n) => n.every((word, k) => all[i + k] === word));
    if (name) {
      out.push(null);
      i += name.length;
    } else out.push(all[i++]);
  }
  return out;
}

/** Every run of RUN consecutive words of a text (no name inside), as "w1 w2 … w8", with where it starts. */
function runs(tokens: (string | null)[]): { at: number; run: string }[] {
  const out: { at: number; run: string }[] = [];
  for (let at = 0; at + RUN <= tokens.length; at++) {
    const run = tokens.slice(at, at + RUN);
    if (run.every((t) => t !== null)) out.push({ at, run: run.join(' ') });
  }
  return out;
}

/** A run's fingerprint: enough of its SHA-256 that two different runs never meet in practice. */
export function fingerprint(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 16);
}

/** The fingerprints of every run of an article. */
export function articleFingerprints(article: string): string[] {
  return [...new Set(runs(prose(article)).map(({ run }) => fingerprint(run)))].sort();
}

/** The longest passages of `text` made of runs whose fingerprints are in `seen`, in normalised words. */
export function copiedRuns(text: string, seen: ReadonlySet<string>): string[] {
  const tokens = prose(text);
  const copied = new Array<boolean>(tokens.length).fill(false);
  for (const { at, run } of runs(tokens)) if (seen.has(fingerprint(run))) copied.fill(true, at, at + RUN);
  const passages: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!copied[i]) continue;
    const start = i;
    while (i + 1 < tokens.length && copied[i + 1]) i++;
    passages.push(tokens.slice(start, i + 1).join(' '));
  }
  return passages;
}
