import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { bibtexEscape, citeEvent, citeTimeline } from '../../src/lib/export/citation';
import { resources } from '../../src/lib/i18n/resources';
import { createTranslator } from '../../src/lib/i18n/createTranslator';
import type { Lang } from '../../src/lib/timeline/types';

const data = compileTimeline(readDataFolder('data').raw);
const accessed = new Date('2026-12-01T10:00:00Z');
const input = (lang: Lang, url = `https://timeline.example/${lang}?event=resumption-2022`) => ({
  data,
  lang,
  t: createTranslator(lang, resources[lang]),
  url,
  accessed
});
const resumption = data.events.find((e) => e.id === 'resumption-2022')!;
const rhc = data.sources['rhc-2023'];
const NNBSP = '\u202f';

/** Whether every brace of a BibTeX entry is closed, outside escapes. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const brace of text.replace(/\\[{}]/g, '').match(/[{}]/g) ?? []) {
    depth += brace === '{' ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('citations in plain text', () => {
  it.each([
    ['en', `${data.meta.title.en}, interactive timeline. https://timeline.example/en?event=resumption-2022 (accessed 1 December 2026).`],
    ['fr', `${data.meta.title.fr}, frise chronologique interactive. https://timeline.example/fr?event=resumption-2022 (consulté le 1er décembre 2026).`],
    ['vi', `${data.meta.title.vi}, dòng thời gian tương tác. https://timeline.example/vi?event=resumption-2022 (truy cập ngày 1 tháng 12 năm 2026).`]
  ] as const)('cite the timeline in %s: title, address of the view, date accessed', (lang, text) => {
    expect(citeTimeline(input(lang)).text).toBe(text);
  });

  it('start with the editors when the timeline names them', () => {
    expect(citeTimeline({ ...input('en'), editors: ['A. Editor', 'B. Editor'] }).text).toMatch(/^A\. Editor, B\. Editor\. Vietnam–Cuba/);
  });

  it('cite an event with its date, the timeline it is part of and its sources, in the reader’s language', () => {
    expect(citeEvent(input('en'), resumption).text).toBe(
      `“${resumption.title.en}”, from around mid-2022 onward, in ${data.meta.title.en}, interactive timeline. ` +
        'https://timeline.example/en?event=resumption-2022 (accessed 1 December 2026). ' +
        `Sources: ${rhc.publisher.en}, “${rhc.title}”, 16 May 2023, ${rhc.url}.`
    );
    const fr = citeEvent(input('fr'), resumption).text;
    expect(fr).toMatch(new RegExp(`^«${NNBSP}${resumption.title.fr}${NNBSP}», à partir de la mi-2022 environ, dans `));
    expect(fr).toContain(`Sources${NNBSP}: ${rhc.publisher.fr}, «${NNBSP}${rhc.title}${NNBSP}», 16 mai 2023, ${rhc.url}.`);
    expect(citeEvent(input('vi'), resumption).text).toContain(`Nguồn: ${rhc.publisher.vi}, “${rhc.title}”, ngày 16 tháng 5 năm 2023`);
  });

  it('list every source of an event with several', () => {
    const visit = data.events.find((e) => e.sources.length > 1)!;
    const text = citeEvent(input('en'), visit).text;
    for (const id of visit.sources) expect(text).toContain(data.sources[id].publisher.en);
  });
});

describe('citations for reference managers', () => {
  it('write one BibTeX entry with braces balanced, the address and the date accessed', () => {
    const entry = citeEvent(input('vi'), resumption).bibtex;
    expect(entry).toMatch(/^@misc\{resumption-2022,\n/);
    expect(entry).toContain(`  title = {{${resumption.title.vi}}},\n`);
    expect(entry).toContain('  url = {https://timeline.example/vi?event=resumption-2022},\n');
    expect(entry).toContain('  urldate = {2026-12-01},\n');
    expect(entry).toContain('  langid = {vietnamese}');
    expect(balanced(entry)).toBe(true);
  });

  it('escape what BibTeX reads as commands, and keep braces balanced whatever the text', () => {
    expect(bibtexEscape('50% & {more} #1 a_b ~x^2 \\')).toBe('50\\% \\& \\{more\\} \\#1 a\\_b \\~{}x\\^{}2 \\textbackslash{}');
    const odd = { ...data, meta: { ...data.meta, title: { ...data.meta.title, en: 'Unbalanced { title % with } } braces' } } };
    const entry = citeTimeline({ ...input('en', 'https://timeline.example/en?q={x}'), data: odd, editors: ['Ed {One}'] }).bibtex;
    expect(balanced(entry)).toBe(true);
    expect(entry).toContain('url = {https://timeline.example/en?q=%7Bx%7D}');
  });

  it('give CSL-JSON with the title, the container, the address and the date accessed as date parts', () => {
    const [item] = citeEvent(input('fr'), resumption).csl;
    expect(item).toMatchObject({
      id: 'resumption-2022',
      type: 'webpage',
      title: resumption.title.fr,
      'container-title': data.meta.title.fr,
      URL: 'https://timeline.example/fr?event=resumption-2022',
      accessed: { 'date-parts': [[2026, 12, 1]] },
      language: 'fr'
    });
    expect(item.note).toContain(rhc.publisher.fr);
    const [timeline] = citeTimeline({ ...input('en'), editors: ['A. Editor'] }).csl;
    expect(timeline).toMatchObject({ title: data.meta.title.en, author: [{ literal: 'A. Editor' }] });
    expect(timeline).not.toHaveProperty('container-title');
    expect(JSON.parse(JSON.stringify(timeline))).toEqual(timeline);
  });
});
