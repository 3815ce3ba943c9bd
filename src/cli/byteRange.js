/**
 * Reads a Range request header against a file of `size` bytes (RFC 9110,
 * section 14): one range of bytes, `a-b`, `a-` or `-n`.
 *
 * - `{ start, end }` (inclusive): answer 206 with those bytes;
 * - `'unsatisfiable'`: answer 416 (the range starts past the end);
 * - `null`: ignore the header and answer 200 with the whole file, as the RFC
 *   allows for anything else (no header, another unit, several ranges, a
 *   malformed or reversed range).
 *
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number, end: number } | 'unsatisfiable' | null}
 */
export function parseByteRange(header, size) {
  if (!header) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return null;
  const [, first, last] = match;
  // Digits beyond what a double holds exactly cannot name a real byte.
  if (first.length > 15 || last.length > 15) return null;
  if (first === '') {
    if (last === '') return null;
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}
