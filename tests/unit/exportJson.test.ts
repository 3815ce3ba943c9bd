import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { exportJsonSchema, EXPORT_VERSION } from '../../src/lib/export/exportSchema';
import { downloadStreamResponse } from '../../src/lib/export/responses';
import { exportJsonPieces, exportJsonText, JSON_INDENT_MAX, toExportRecord } from '../../src/lib/export/exportRecord';

const timeline = compileTimeline(readDataFolder('data').raw);
const site = 'https://timeline.example';
const schema = exportJsonSchema(`${site}/downloads/timeline.schema.json`);
// Formats (date, date-time) are also written as patterns, which Ajv checks without a formats plugin.
const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);
const whole = toExportRecord(timeline, { site, eventPages: true, generated: new Date('2026-11-26T10:00:00Z') });

describe('the JSON download', () => {
  it('matches its published JSON Schema (draft 2020-12)', () => {
    const parsed = JSON.parse(exportJsonText(whole));
    expect(validate(parsed), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${site}/downloads/timeline.schema.json`);
  });

  it('is rejected by the schema when a field is missing, misspelt or of the wrong type', () => {
    const broken = (change: (r: Record<string, any>) => void) => {
      const copy = JSON.parse(exportJsonText(whole));
      change(copy);
      return validate(copy);
    };
    expect(broken((r) => delete r.events[0].date.start)).toBe(false);
    expect(broken((r) => (r.events[0].titel = r.events[0].title))).toBe(false);
    expect(broken((r) => (r.events[0].date.start = '15/05/2023'))).toBe(false);
    expect(broken((r) => (r.events[0].kind = 'party'))).toBe(false);
    expect(broken((r) => (r.version = EXPORT_VERSION + 1))).toBe(false);
  });

  it('holds the whole compiled record', () => {
    expect(whole.events.map((e) => e.id)).toEqual(timeline.events.map((e) => e.id));
    expect(whole.people.map((p) => p.id).sort()).toEqual(Object.keys(timeline.people).sort());
    expect(whole.places).toHaveLength(Object.keys(timeline.places).length);
    expect(whole.sources).toHaveLength(Object.keys(timeline.sources).length);
    expect(whole.domains).toHaveLength(Object.keys(timeline.domains).length);
    expect(whole.meta).toMatchObject({ eventCount: timeline.events.length, totalEvents: timeline.events.length, view: null });
  });

  it('holds, for what is on screen, only its events and what they name, and says which view', () => {
    const shown = timeline.events.filter((e) => e.id.startsWith('talks-'));
    const view = { url: `${site}/en?domain=crime`, from: '2023-01-01', to: '2024-12-31', filters: { domain: 'crime' } };
    const record = toExportRecord(timeline, { site, eventPages: false, events: shown, view });
    expect(validate(JSON.parse(exportJsonText(record))), JSON.stringify(validate.errors)).toBe(true);
    expect(record.events.map((e) => e.id)).toEqual(shown.map((e) => e.id));
    expect(record.meta).toMatchObject({ eventCount: shown.length, totalEvents: timeline.events.length, view });
    const named = new Set(shown.flatMap((e) => e.participants.map((p) => p.person)));
    expect(record.people.map((p) => p.id).sort()).toEqual([...named].sort());
    expect(record.sources.map((s) => s.id).sort()).toEqual([...new Set(shown.flatMap((e) => e.sources))].sort());
    // A place comes with the places it lies within, so its full name can be written.
    for (const place of record.places) if (place.within) expect(record.places.map((p) => p.id)).toContain(place.within);
    expect(record.events[0].urls.en).toBe(`${site}/en?event=${shown[0].id}`);
    for (const event of record.events) for (const child of event.children) expect(record.events.map((e) => e.id)).toContain(child);
  });

  it('writes dates as EDTF and ISO days, not as milliseconds', () => {
    const event = whole.events.find((e) => e.id === 'resumption-2022')!;
    expect(event.date).toMatchObject({ edtf: '2022-06~/..', start: '2022-06-01', end: null, openEnd: true, approximate: true, inferred: false });
    expect(event.date.text.en).toBe('From around mid-2022 onward');
    expect(JSON.stringify(whole)).not.toMatch(/"(min|max)":/);
  });

  it('comes out the same in pieces as in one go, indented for a small timeline', () => {
    const options = { site, eventPages: true, generated: new Date('2026-11-26T10:00:00Z') };
    const pieces = [...exportJsonPieces(timeline, options, 2)];
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toBe(exportJsonText(toExportRecord(timeline, options)));
  });

  it('comes out the same in pieces as in one go, compact for a large timeline', () => {
    // More events than JSON_INDENT_MAX: the record's events again and again, under other ids.
    const copies = Math.ceil((JSON_INDENT_MAX + 1) / timeline.events.length);
    const events = Array.from({ length: copies }, (_, copy) => timeline.events.map((e) => ({ ...e, id: `${e.id}-${copy}` }))).flat();
    const large = { ...timeline, events };
    const options = { site, eventPages: false, generated: new Date('2026-11-26T10:00:00Z') };
    const text = exportJsonText(toExportRecord(large, options));
    expect(text).not.toContain('\n  ');
    const pieces = [...exportJsonPieces(large, options, 7)];
    expect(pieces.length).toBe(Math.ceil(events.length / 7) + 2);
    expect(pieces.join('')).toBe(text);
    // A timeline that is itself a preview (total beyond its events) too.
    const preview = { ...large, total: 100_000 };
    expect([...exportJsonPieces(preview, options, 100)].join('')).toBe(exportJsonText(toExportRecord(preview, options)));
  });

  it('streams as a download with the same bytes as the text', async () => {
    const options = { site, eventPages: true, generated: new Date('2026-11-26T10:00:00Z') };
    const response = downloadStreamResponse(exportJsonPieces(timeline, options, 3), 'json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe(exportJsonText(toExportRecord(timeline, options)));
  });
});
