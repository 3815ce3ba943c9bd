import { describe, expect, it } from 'vitest';
import { isolate, isolatedParts, pageTitle } from '../../src/lib/timeline/bidi';

describe('isolate', () => {
  it('wraps data text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE', () => {
    expect(isolate('שיחות בהאנוי')).toBe('\u2068שיחות בהאנוי\u2069');
    expect(isolate('')).toBe('\u2068\u2069');
  });

  it('isolates both titles of an event page, around a dash left outside', () => {
    expect(pageTitle('שיחות בהאנוי', 'Vietnam–Cuba')).toBe('\u2068שיחות בהאנוי\u2069 — \u2068Vietnam–Cuba\u2069');
  });
});

describe('isolatedParts', () => {
  it.each([
    ['no isolate', 'Zoom: months', [{ text: 'Zoom: months', data: false }]],
    [
      'data between generated text',
      `Selected: ${isolate('שיחות')}, ${isolate('15 May 2023')}`,
      [
        { text: 'Selected: ', data: false },
        { text: 'שיחות', data: true },
        { text: ', ', data: false },
        { text: '15 May 2023', data: true }
      ]
    ],
    ['data first and last', `${isolate('a')} — ${isolate('b')}`, [{ text: 'a', data: true }, { text: ' — ', data: false }, { text: 'b', data: true }]],
    ['empty data', `x${isolate('')}y`, [{ text: 'x', data: false }, { text: '', data: true }, { text: 'y', data: false }]],
    ['an isolate left open stays text', 'a\u2068b', [{ text: 'a\u2068b', data: false }]],
    ['nothing', '', []]
  ])('%s', (_, text, parts) => {
    expect(isolatedParts(text)).toEqual(parts);
  });

  it('gives back the text it cut, without the isolates', () => {
    const text = `Đã chọn: ${isolate('Tô Lâm')}, ${isolate('ngày 15/5/2023')}`;
    expect(isolatedParts(text).map((part) => part.text).join('')).toBe(text.replace(/[\u2068\u2069]/g, ''));
  });
});
