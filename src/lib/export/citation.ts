import type { TimelineData, TimelineEvent } from '../data/model';
import type { Translate } from '../i18n/translator';
import { eventDateText } from '../timeline/eventText';
import { formatEventDate } from '../timeline/formatEventDate';
import type { EventDate, Lang } from '../timeline/types';
import { quoted, sourceLine } from './eventFacts';

// Ready citations of the timeline or of one event, in the reader's language:
// plain text to paste, BibTeX and CSL-JSON for reference managers. Pure, and
// free of build-time packages, so the "Cite" dialog can load it on demand.

export interface CitationInput {
  data: TimelineData;
  lang: Lang;
  /** The interface strings of `lang`. */
  t: Translate;
  /** The absolute address of the view being cited (language, event, window, filters). */
  url: string;
  /** The day the reader consulted it (its UTC date is used). */
  accessed: Date;
  /** The editors' names, when the timeline names them; the citation starts with the title otherwise. */
  editors?: readonly string[];
}

/** One item of CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title'?: string;
  genre: string;
  URL: string;
  accessed: { 'date-parts': [[number, number, number]] };
  language: Lang;
  author?: { literal: string }[];
  note?: string;
}

export interface Citation {
  /** One paragraph of plain text. */
  text: string;
  /** One BibTeX entry (biblatex fields `url`, `urldate`, `langid`). */
  bibtex: string;
  /** CSL-JSON: an array of one item. */
  csl: CslItem[];
}

const NNBSP = '\u202f';
const BABEL: Record<Lang, string> = { fr: 'french', en: 'english', vi: 'vietnamese' };

/** A day as an EventDate, so it is worded like every other date of the site. */
function dayDate(at: Date): EventDate {
  const [year, month, day] = [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()];
  const start = Date.UTC(year, month - 1, day);
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const point = { iso, precision: 'day' as const, year, month, day, approximate: false, uncertain: false, start, end: start + 86_400_000 };
  return { edtf: iso, kind: 'point', start: point, end: point, min: point.start, max: point.end, openEnd: false };
}

const listSeparator = (lang: Lang) => (lang === 'fr' ? `${NNBSP}; ` : '; ');
const colon = (lang: Lang) => (lang === 'fr' ? `${NNBSP}: ` : ': ');

/** Text safe inside a BibTeX field: its special characters escaped. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`
  );
}

function bibtexEntry(key: string, fields: [string, string | undefined][]): string {
  const lines = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${value}}`);
  return `@misc{${key},\n${lines.join(',\n')}\n}\n`;
}

// A URL goes into BibTeX as is (the `url` field is verbatim) but for braces,
// which would end the field.
const bibtexUrl = (url: string) => url.replace(/\{/g, '%7B').replace(/\}/g, '%7D');

function accessedParts(at: Date): [number, number, number] {
  return [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()];
}

function isoDay(at: Date): string {
  return dayDate(at).edtf;
}

interface Parts {
  key: string;
  title: string;
  /** The timeline's title when citing one of its events. */
  container?: string;
  /** What follows the address in the text: the event's sources. */
  sources?: string[];
  /** Text between the title and the rest (an event's date). */
  date?: string;
}

function cite(input: CitationInput, parts: Parts): Citation {
  const { lang, t, url, accessed, editors = [] } = input;
  const kind = t('citation.timeline');
  const accessedText = t('citation.accessed', { date: formatEventDate(dayDate(accessed), lang) });
  const authors = editors.length ? `${editors.join(', ')}. ` : '';
  const head = parts.container
    ? [quoted(parts.title, lang), parts.date, t('citation.in', { title: parts.container }), kind]
    : [parts.title, kind];
  const sourcesText = parts.sources?.length ? ` ${t('event.sources')}${colon(lang)}${parts.sources.join(listSeparator(lang))}.` : '';
  const text = `${authors}${head.filter(Boolean).join(', ')}. ${url} (${accessedText}).${sourcesText}`;

  const note = parts.sources?.length ? `${t('event.sources')}${colon(lang)}${parts.sources.join(listSeparator(lang))}` : undefined;
  const bibtex = bibtexEntry(parts.key, [
    ['author', editors.length ? editors.map((name) => `{${bibtexEscape(name)}}`).join(' and ') : undefined],
    ['title', `{${bibtexEscape(parts.title)}}`],
    ['howpublished', bibtexEscape(parts.container ? `${t('citation.in', { title: parts.container })}, ${kind}` : kind)],
    ['url', bibtexUrl(url)],
    ['urldate', isoDay(accessed)],
    ['langid', BABEL[lang]],
    ['note', note ? bibtexEscape(note) : undefined]
  ]);

  const csl: CslItem = {
    id: parts.key,
    type: 'webpage',
    title: parts.title,
    ...(parts.container ? { 'container-title': parts.container } : {}),
    genre: kind,
    URL: url,
    accessed: { 'date-parts': [accessedParts(accessed)] },
    language: lang,
    ...(editors.length ? { author: editors.map((literal) => ({ literal })) } : {}),
    ...(note ? { note } : {})
  };
  return { text, bibtex, csl: [csl] };
}

/** A citation of the timeline (the view at `input.url`) in the reader's language. */
export function citeTimeline(input: CitationInput): Citation {
  return cite(input, { key: `timeline-${isoDay(input.accessed)}`, title: input.data.meta.title[input.lang] });
}

// A date label is written to stand alone ("From around mid-2022 onward");
// inside a sentence its first word is lower-cased, unless it is an acronym.
const inSentence = (text: string) => (/^\p{Lu}(?!\p{Lu})/u.test(text) ? text[0].toLocaleLowerCase() + text.slice(1) : text);

/** A citation of one event: its title and date, the timeline it belongs to, and the sources it rests on. */
export function citeEvent(input: CitationInput, event: TimelineEvent): Citation {
  const { data, lang } = input;
  return cite(input, {
    key: event.id,
    title: event.title[lang],
    date: inSentence(eventDateText(event, lang)),
    container: data.meta.title[lang],
    sources: event.sources.map((id) => data.sources[id]).filter(Boolean).map((source) => sourceLine(source, lang))
  });
}
