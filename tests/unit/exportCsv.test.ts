import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import type { TimelineData, TimelineEvent } from '../../src/lib/data/model';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { csvColumns, eventsCsv, eventsCsvPieces } from '../../src/lib/export/csv';
import { downloadStreamResponse } from '../../src/lib/export/responses';

const timeline = compileTimeline(readDataFolder('data').raw);
const options = { site: 'https://timeline.example', eventPages: true };

/** The timeline with one event's texts replaced, to put awkward characters in the cells. */
function withText(id: string, title: Record<'fr' | 'en' | 'vi', string>): { data: TimelineData; event: TimelineEvent } {
  const event = { ...timeline.events.find((e) => e.id === id)!, title };
  return { data: { ...timeline, events: timeline.events.map((e) => (e.id === id ? event : e)) }, event };
}

/** Records parsed back by csv-parse (an RFC 4180 reader), header row first. */
const readBack = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false });

describe('CSV downloads', () => {
  it('start with a UTF-8 byte order mark and separate records with CRLF', () => {
    const text = eventsCsv(timeline, timeline.events, 'en', options);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(csvColumns('en').map((c) => c.name).join(','));
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['a comma', 'Hanoi, Havana', '"Hanoi, Havana"'],
    ['a double quote', 'The "first" visit', '"The ""first"" visit"'],
    ['a line feed', 'line one\nline two', '"line one\nline two"'],
    ['a CRLF', 'line one\r\nline two', '"line one\r\nline two"'],
    ['Vietnamese', 'Hội đàm tại Hà Nội', 'Hội đàm tại Hà Nội'],
    ['French typography', 'Viêt Nam\u202f: l’accord', 'Viêt Nam\u202f: l’accord']
  ])('quote a title with %s as RFC 4180 says, and read back the same', (_, title, written) => {
    const { data, event } = withText('talks-2023-05-15', { fr: title, en: title, vi: title });
    const text = eventsCsv(data, [event], 'vi', options);
    expect(text).toContain(`,${written},`);
    const [header, row] = readBack(text);
    expect(row[header.indexOf('title')]).toBe(title);
    expect(row).toHaveLength(header.length);
  });

  it('write one row per event with its facts, in one language', () => {
    const [header, ...rows] = readBack(eventsCsv(timeline, timeline.events, 'fr', options));
    expect(rows.map((row) => row[0])).toEqual(timeline.events.map((e) => e.id));
    const row = Object.fromEntries(header.map((name, i) => [name, rows.find((r) => r[0] === 'visit-2022-10-cuba')![i]]));
    expect(row).toMatchObject({
      kind: 'visit',
      date_edtf: '2022-10-12/2022-10-14',
      date_type: 'interval',
      start: '2022-10-12',
      end: '2022-10-14',
      precision: 'day',
      approximate: 'false',
      open_end: 'false',
      date_text: 'du 12 au 14 octobre 2022',
      url: 'https://timeline.example/fr/events/visit-2022-10-cuba'
    });
    expect(row.title).toBe(timeline.events.find((e) => e.id === 'visit-2022-10-cuba')!.title.fr);
    expect(row.place).toBe('La Havane, Cuba');
    const vns = timeline.sources['vns-2022'];
    expect(row.sources.split('\n')[0]).toBe(`${vns.publisher.fr}, «\u202f${vns.title}\u202f», 14 octobre 2022, ${vns.url}`);
    expect(row.sources.split('\n')).toHaveLength(2);
  });

  it('give an open period no end, and a year an all-year span', () => {
    const [header, ...rows] = readBack(eventsCsv(timeline, timeline.events, 'en', options));
    const cell = (id: string, name: string) => rows.find((r) => r[0] === id)![header.indexOf(name)];
    expect([cell('resumption-2022', 'start'), cell('resumption-2022', 'end'), cell('resumption-2022', 'open_end')]).toEqual([
      '2022-06-01',
      '',
      'true'
    ]);
    expect(cell('resumption-2022', 'approximate')).toBe('true');
    expect([cell('agreement-2018', 'start'), cell('agreement-2018', 'end'), cell('agreement-2018', 'precision')]).toEqual([
      '2018-01-01',
      '2018-12-31',
      'year'
    ]);
    expect(cell('talks-2023-05-15', 'inferred')).toBe('true');
  });

  it('put the three languages side by side in the multilingual file', () => {
    const [header, ...rows] = readBack(eventsCsv(timeline, timeline.events, 'multilingual', options));
    expect(header).toEqual(expect.arrayContaining(['title_fr', 'title_en', 'title_vi', 'summary_vi', 'url_fr']));
    expect(header).not.toContain('title');
    const event = timeline.events.find((e) => e.id === 'hq-visit-2024-04')!;
    const row = rows.find((r) => r[0] === event.id)!;
    expect(row[header.indexOf('title_vi')]).toBe(event.title.vi);
    expect(row[header.indexOf('title_fr')]).toBe(event.title.fr);
    expect(row[header.indexOf('summary_en')]).toBe(event.summary.en);
  });

  it('write only the events it is given (what is on screen)', () => {
    const some = timeline.events.filter((e) => e.domains.includes('health'));
    const [, ...rows] = readBack(eventsCsv(timeline, some, 'en', options));
    expect(rows.map((r) => r[0])).toEqual(some.map((e) => e.id));
  });

  it.each(['en', 'multilingual'] as const)('come out the same in pieces as in one go (%s)', (mode) => {
    const whole = [...eventsCsvPieces(timeline, timeline.events, mode, options, Infinity)];
    expect(whole).toHaveLength(1);
    const pieces = [...eventsCsvPieces(timeline, timeline.events, mode, options, 2)];
    expect(pieces).toHaveLength(Math.ceil(timeline.events.length / 2));
    expect(pieces.join('')).toBe(whole[0]);
    expect(eventsCsv(timeline, timeline.events, mode, options)).toBe(whole[0]);
  });

  it('are a header alone without events', () => {
    expect(readBack([...eventsCsvPieces(timeline, [], 'fr', options)].join(''))).toEqual([csvColumns('fr').map((c) => c.name)]);
  });

  it('refuse a piece size that would never end', () => {
    for (const size of [0, -1, 0.5, NaN]) expect(() => [...eventsCsvPieces(timeline, timeline.events, 'en', options, size)]).toThrow(RangeError);
  });

  it('stream to the same bytes as the text, byte order mark first', async () => {
    const response = downloadStreamResponse(eventsCsvPieces(timeline, timeline.events, 'vi', options, 3), 'csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const streamed = new Uint8Array(await response.arrayBuffer());
    const text = new TextEncoder().encode(eventsCsv(timeline, timeline.events, 'vi', options));
    expect([...streamed.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(streamed).equals(Buffer.from(text))).toBe(true);
  });
});
