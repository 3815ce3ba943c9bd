import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/lib/data/model';
import { formatEventDate } from '../../src/lib/timeline/formatEventDate';
import { parseEventDate } from '../../src/lib/timeline/parseEventDate';
import { escapeHtml, toTlEvent } from '../compare/toTimelineJs';
import { makeEvent, text } from './fixtures/timeline';

/** An event of the comparison's input: only what the conversion reads is filled in. */
function event(edtf: string, title = 'Talks in Havana', summary = 'They met.'): TimelineEvent {
  return makeEvent('e1', { date: parseEventDate(edtf), title: text(title), summary: text(summary) });
}

describe('toTlEvent: our dates as TimelineJS dates, no finer than the data', () => {
  it.each([
    // EDTF, start, end, a word the date in words must hold (the hedge TimelineJS cannot draw)
    ['2010', { year: '2010' }, undefined, '2010'],
    ['2023-05', { year: '2023', month: '5' }, undefined, 'May'],
    ['2023-05-15~', { year: '2023', month: '5', day: '15' }, undefined, 'around'],
    ['2022-10-12/2022-10-14', { year: '2022', month: '10', day: '12' }, { year: '2022', month: '10', day: '14' }, '12'],
    // Open end: TimelineJS has no "ongoing", so no end; the words say it.
    ['2022-06~/..', { year: '2022', month: '6' }, undefined, 'onwards'],
    // One unknown day: the stretch it lies in is drawn, the words say one day.
    ['[2024-04-14..2024-04-16]', { year: '2024', month: '4', day: '14' }, { year: '2024', month: '4', day: '16' }, 'one day between']
  ])('%s', (edtf, start, end, word) => {
    const slide = toTlEvent(event(edtf), 'en');
    expect(slide.start_date).toEqual(start);
    expect(slide.end_date).toEqual(end);
    // The same words as our details, from the project's own formatter.
    expect(slide.display_date).toBe(formatEventDate(parseEventDate(edtf), 'en'));
    expect(slide.display_date).toContain(word);
  });

  it('passes text as escaped HTML (TimelineJS reads headlines and texts as HTML)', () => {
    const slide = toTlEvent(event('2010', 'A <b> & "c"', '<img src=x onerror=alert(1)>'), 'fr');
    expect(slide.text.headline).toBe('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(slide.text.text).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(escapeHtml('plain')).toBe('plain');
  });
});
