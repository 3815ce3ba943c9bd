import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { eventsOnScreen, fileBlob, onScreenCsv, onScreenJson, viewFileStem } from '../../src/lib/export/onScreen';

const data = compileTimeline(readDataFolder('data').raw);
const may2023 = { from: Date.UTC(2023, 4, 1), to: Date.UTC(2023, 5, 1) };
const view = { url: 'https://timeline.example/en?from=2023-05-01&to=2023-05-31', from: '2023-05-01', to: '2023-05-31', filters: {} };

describe('downloads of what is on screen', () => {
  it('take the events that overlap the window, open periods included', () => {
    const shown = eventsOnScreen(data.events, may2023).map((e) => e.id);
    expect(shown).toContain('talks-2023-05-15');
    expect(shown).toContain('visit-2023-05');
    expect(shown).toContain('resumption-2022');
    expect(shown).not.toContain('visit-2022-10-cuba');
    expect(shown).not.toContain('talks-2024-04');
    expect(eventsOnScreen(data.events, null)).toHaveLength(data.events.length);
  });

  it('write exactly those events as CSV and JSON, named after the view', () => {
    const events = eventsOnScreen(data.events, may2023);
    const input = { data, events, lang: 'vi' as const, site: 'https://timeline.example', eventPages: true, view };
    const csv = onScreenCsv(input);
    expect(csv.name).toBe('timeline-vi-2023-05-01-to-2023-05-31.csv');
    expect(csv.type).toBe('text/csv;charset=utf-8');
    const [header, ...rows] = parse(csv.text, { bom: true }) as string[][];
    expect(rows.map((r) => r[0])).toEqual(events.map((e) => e.id));
    expect(rows[0][header.indexOf('title')]).toBe(events[0].title.vi);

    const json = onScreenJson(input, new Date('2026-11-26T00:00:00Z'));
    expect(json.name).toBe('timeline-vi-2023-05-01-to-2023-05-31.json');
    const record = JSON.parse(json.text);
    expect(record.events.map((e: { id: string }) => e.id)).toEqual(events.map((e) => e.id));
    expect(record.meta.view).toEqual(view);
    expect(onScreenCsv(input, 'multilingual').name).toBe('timeline-multilingual-2023-05-01-to-2023-05-31.csv');
  });

  it('make a Blob of the file, UTF-8 with the CSV byte order mark', async () => {
    const file = onScreenCsv({ data, events: data.events.slice(0, 2), lang: 'fr', site: 'https://timeline.example', eventPages: false, view });
    const bytes = new Uint8Array(await fileBlob(file).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(fileBlob(file).type).toBe('text/csv;charset=utf-8');
  });

  it('keep file names to safe characters', () => {
    expect(viewFileStem('en', { ...view, from: null, to: null, filters: { domain: 'health', q: 'Tô Lâm / "x"' } })).toBe(
      'timeline-en-domain-health-q-Tô-Lâm-x'
    );
  });
});
