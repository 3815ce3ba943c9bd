import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import type { TimelineEvent } from '../../src/lib/data/model';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { eventsCalendar } from '../../src/lib/export/calendar';
import { resources } from '../../src/lib/i18n/resources';
import { createTranslator } from '../../src/lib/i18n/createTranslator';
import { parseEventDate } from '../../src/lib/timeline/parseEventDate';
import { LANGS, type Lang } from '../../src/lib/timeline/types';

const timeline = compileTimeline(readDataFolder('data').raw);
const site = 'https://timeline.example';
const stamp = new Date('2026-11-26T10:00:00Z');
const t = (lang: Lang) => createTranslator(lang, resources[lang]);
const options = (lang: Lang) => ({ lang, t: t(lang), site, eventPages: true, stamp });

/** The file parsed back by ical.js (Mozilla's parser), as its VEVENTs by UID. */
function readBack(text: string): Map<string, ICAL.Event> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return new Map(calendar.getAllSubcomponents('vevent').map((vevent) => [vevent.getFirstPropertyValue('uid') as string, new ICAL.Event(vevent)]));
}

/** An event of the record with another date, to reach every precision and qualifier. */
function redated(edtf: string, id = 'talks-2023-05-15'): TimelineEvent {
  const event = timeline.events.find((e) => e.id === id)!;
  return { ...event, id: `test-${edtf.replace(/[^0-9]+/g, '-').replace(/^-|-$/g, '')}`, date: parseEventDate(edtf), dateLabel: undefined, inferred: false, dateNote: undefined };
}

const day = (time: ICAL.Time) => `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;

describe('iCalendar downloads', () => {
  it.each(LANGS)('in %s, hold one VEVENT per event, parsed back by ical.js, with lines of at most 75 octets', (lang) => {
    const text = eventsCalendar(timeline, timeline.events, options(lang));
    const events = readBack(text);
    expect([...events.keys()].sort()).toEqual(timeline.events.map((e) => `${e.id}@timeline.example`).sort());
    for (const event of timeline.events) expect(events.get(`${event.id}@timeline.example`)!.summary).toBe(event.title[lang]);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Folded lines were long: Vietnamese takes two or three octets a letter.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it.each([
    // EDTF, first day, DTEND (exclusive), what the description must say
    ['2023-05-15', '2023-05-15', '2023-05-16', []],
    ['2023-05-15~', '2023-05-15', '2023-05-16', ['The date is approximate.']],
    ['2023-05-15?', '2023-05-15', '2023-05-16', ['The date is uncertain.']],
    ['2023-05', '2023-05-01', '2023-06-01', ['Only the month is known: this entry spans the whole month.']],
    ['2010', '2010-01-01', '2011-01-01', ['Only the year is known: this entry spans the whole year.']],
    ['2022-10-12/2022-10-14', '2022-10-12', '2022-10-15', []],
    ['2022-10/2023-03', '2022-10-01', '2023-04-01', ['Only the months are known: this entry spans whole months.']],
    ['2022-06~/..', '2022-06-01', '2022-07-01', ['No known end: this entry shows only when it began.', 'The date is approximate.', 'Only the month is known']],
    ['2022-06-03/..', '2022-06-03', '2022-06-04', ['No known end: this entry shows only when it began.']],
    ['[2024-04-14..2024-04-16]', '2024-04-14', '2024-04-17', ['a single day in this range, but which day is not known: this entry spans the whole range.']]
  ])('write %s as an all-day entry from %s to %s (DTEND exclusive), saying how sure it is', (edtf, first, dtend, says) => {
    const event = redated(edtf);
    const parsed = readBack(eventsCalendar(timeline, [event], options('en'))).get(`${event.id}@timeline.example`)!;
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.endDate.isDate).toBe(true);
    expect([day(parsed.startDate), day(parsed.endDate)]).toEqual([first, dtend]);
    for (const text of says) expect(parsed.description).toContain(text);
    if (says.length === 0) expect(parsed.description).not.toMatch(/approximate|uncertain|Only the|No known end|which day is not known/);
  });

  it('say an inferred date is inferred and why, in the page language', () => {
    const event = timeline.events.find((e) => e.id === 'talks-2023-05-15')!;
    expect(event.inferred).toBe(true);
    for (const lang of LANGS) {
      const parsed = readBack(eventsCalendar(timeline, [event], options(lang))).get(`${event.id}@timeline.example`)!;
      expect(parsed.description).toContain(t(lang)('calendar.inferred', { note: event.dateNote![lang] }));
    }
  });

  it('give each entry its sources, place, address and kind, in the page language', () => {
    const event = timeline.events.find((e) => e.id === 'visit-2022-10-cuba')!;
    const text = eventsCalendar(timeline, [event], options('vi'));
    const parsed = readBack(text).get(`${event.id}@timeline.example`)!;
    expect(parsed.summary).toBe(event.title.vi);
    expect(parsed.location).toBe('La Habana, Cuba');
    expect(parsed.description).toContain(event.summary.vi);
    const [vns, acn] = [timeline.sources['vns-2022'], timeline.sources['acn-2022']];
    expect(parsed.description).toContain(
      `Nguồn:\n- ${vns.publisher.vi}, “${vns.title}”, ngày 14 tháng 10 năm 2022, ${vns.url}\n- ${acn.publisher.vi}, “${acn.title}”`
    );
    expect(parsed.description).toContain(`${site}/vi/events/visit-2022-10-cuba`);
    expect(parsed.component.getFirstPropertyValue('url')).toBe(`${site}/vi/events/visit-2022-10-cuba`);
    expect(parsed.component.getFirstPropertyValue('categories')).toBe(t('vi')('event.kind.visit'));
    expect(parsed.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('keep an entry’s UID across languages, so a calendar updates it instead of doubling it', () => {
    const uids = LANGS.map((lang) => [...readBack(eventsCalendar(timeline, timeline.events, options(lang))).keys()].sort());
    expect(uids[1]).toEqual(uids[0]);
    expect(uids[2]).toEqual(uids[0]);
  });

  it('name the calendar after the timeline, in the page language', () => {
    const calendar = new ICAL.Component(ICAL.parse(eventsCalendar(timeline, timeline.events, options('fr'))));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(timeline.meta.title.fr);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('timeline.example');
  });
});
