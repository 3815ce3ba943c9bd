/**
 * Shared settings for the property-based (fast-check) tests, *.fuzz.test.ts.
 *
 * Every property runs from one pinned seed, so a failure reproduces exactly;
 * fast-check prints the seed and the path of the failing case with the
 * counterexample. FUZZ_SEED=<n> explores other inputs, FUZZ_RUNS=<n> runs
 * each property that many times (e.g. a long run before a release).
 */
import fc from 'fast-check';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED) || 20_251_126;

/** How many times a property runs: `runs`, unless FUZZ_RUNS says otherwise. */
export function runsOf(runs: number): number {
  return Number(process.env.FUZZ_RUNS) || runs;
}

/** Checks a property with the pinned seed, runsOf(`runs`) times. */
export function check<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, runs: number): void {
  fc.assert(property, { seed: FUZZ_SEED, numRuns: runsOf(runs) });
}

/** Texts a hostile or careless source would send: controls, bidi overrides, lone surrogates, markup. */
export const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    '\ud800',
    '\udc00x',
    '\u0085',
    '\ufeff',
    '%',
    '%zz',
    '%E0%A4%A',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '../..',
    '__proto__',
    'constructor',
    'NaN',
    'Infinity',
    '-0',
    '1e400'
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 })
);
