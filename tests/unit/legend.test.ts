import { describe, expect, it } from 'vitest';
import { legendEntries, type DrawnMark } from '../../src/lib/timeline/legend';

const plain = { approximate: false, openEnd: false, dayUnknown: false };
const mark = (over: Partial<DrawnMark> & Pick<DrawnMark, 'kind'>): DrawnMark => ({
  shape: 'dot',
  pattern: plain,
  period: false,
  labelled: true,
  ...over
});
const none = { milestones: false, selected: false, more: false };

describe('legendEntries', () => {
  it.each([
    { what: 'nothing drawn', drawn: [], extras: none, kinds: [], symbols: [] },
    {
      what: 'a talk on one day',
      drawn: [mark({ kind: 'talks' })],
      extras: none,
      kinds: ['talks'],
      symbols: ['day']
    },
    {
      what: 'a visit over days and an approximate award',
      drawn: [mark({ kind: 'award', pattern: { ...plain, approximate: true } }), mark({ kind: 'visit', shape: 'bar' })],
      extras: none,
      kinds: ['visit', 'award'],
      symbols: ['day', 'range', 'approximate']
    },
    {
      what: 'a visit in an unknown day of a month, with milestones, one selected',
      drawn: [mark({ kind: 'visit', shape: 'bar', pattern: { ...plain, dayUnknown: true } }), mark({ kind: 'working-visit' })],
      extras: { milestones: true, selected: true, more: false },
      kinds: ['visit', 'working-visit'],
      symbols: ['day', 'dayUnknown', 'milestones', 'selected']
    },
    {
      what: 'an open-ended period of approximate start, and a review',
      drawn: [
        mark({ kind: 'review', shape: 'bar', period: true, pattern: { ...plain, dayUnknown: true } }),
        mark({ kind: 'cooperation-period', shape: 'bar', period: true, pattern: { ...plain, approximate: true, openEnd: true } })
      ],
      extras: none,
      kinds: ['cooperation-period', 'review'],
      symbols: ['dayUnknown', 'approximate', 'ongoing']
    },
    {
      what: 'unlabelled dots: their kinds, none of their patterns, and counts',
      drawn: [
        mark({ kind: 'agreement', labelled: false, shape: 'bar', pattern: { approximate: true, openEnd: true, dayUnknown: true } }),
        mark({ kind: 'visit', labelled: false })
      ],
      extras: { milestones: false, selected: false, more: true },
      kinds: ['visit', 'agreement'],
      symbols: ['more']
    }
  ] as const)('for $what: kinds $kinds, symbols $symbols', ({ drawn, extras, kinds, symbols }) => {
    expect(legendEntries(drawn as unknown as DrawnMark[], extras)).toEqual({ kinds, symbols });
  });

  it('lists each kind and symbol once, in a fixed order, whatever the order drawn', () => {
    const drawn = [
      mark({ kind: 'review', period: true, shape: 'bar' }),
      mark({ kind: 'talks' }),
      mark({ kind: 'visit', shape: 'bar' }),
      mark({ kind: 'talks' }),
      mark({ kind: 'agreement', shape: 'bar', pattern: { ...plain, dayUnknown: true } }),
      mark({ kind: 'award', pattern: { ...plain, approximate: true } })
    ];
    const expected = {
      kinds: ['visit', 'talks', 'award', 'agreement', 'review'],
      symbols: ['day', 'range', 'dayUnknown', 'approximate']
    };
    expect(legendEntries(drawn, none)).toEqual(expected);
    expect(legendEntries(drawn.slice().reverse(), none)).toEqual(expected);
  });
});
