import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliQuality, FAST_BROTLI_ABOVE, precompress } from '../../src/lib/compress/precompress.js';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = '<!doctype html><title>Chronologie</title><p>Visite à La Havane, 2023.</p>\n'.repeat(40);
// A lower limit for the test, so its "large" file compresses in a moment.
const FAST_ABOVE = 2 ** 20;
const large = Array.from({ length: FAST_ABOVE / 16 }, (_, i) => `${(i * 2654435761) % 1e9},"ev-${i}"\n`).join('');

describe('brotliQuality', () => {
  it.each([
    [0, 11],
    [1_000_000, 11],
    [FAST_BROTLI_ABOVE, 11],
    [FAST_BROTLI_ABOVE + 1, 9],
    [140_000_000, 9]
  ])('gives a file of %i bytes quality %i', (size, quality) => {
    expect(brotliQuality(size)).toBe(quality);
  });
});

describe('precompress', async () => {
  mkdirSync(join(dir, 'en', 'events'), { recursive: true });
  writeFileSync(join(dir, 'en.html'), page);
  writeFileSync(join(dir, 'en', 'events', 'visit.html'), page);
  writeFileSync(join(dir, 'timeline.csv'), 'id,title\n');
  writeFileSync(join(dir, 'timeline.json'), large);
  await precompress(dir, { fastAbove: FAST_ABOVE });

  it('writes a .gz and a .br beside each file SvelteKit compresses, nested ones too', () => {
    for (const file of ['en.html', 'en/events/visit.html', 'timeline.json']) {
      const original = readFileSync(join(dir, file));
      // Buffer.equals: toEqual compares megabytes byte by byte, for minutes.
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original), `${file}.gz`).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original), `${file}.br`).toBe(true);
    }
  });

  it('leaves the other files alone, as SvelteKit does', () => {
    expect(existsSync(join(dir, 'timeline.csv.gz'))).toBe(false);
    expect(existsSync(join(dir, 'timeline.csv.br'))).toBe(false);
  });

  it('compresses files above the limit with brotli quality 9', () => {
    const bytes = Buffer.from(large);
    expect(bytes.length).toBeGreaterThan(FAST_ABOVE);
    const quality9 = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
      }
    });
    expect(readFileSync(join(dir, 'timeline.json.br')).equals(quality9)).toBe(true);
  });

  it("writes small files byte for byte as adapter-static's precompress does", () => {
    const bytes = Buffer.from(page);
    expect(readFileSync(join(dir, 'en.html.gz'))).toEqual(gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
    expect(readFileSync(join(dir, 'en.html.br'))).toEqual(
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
        }
      })
    );
  });
});
