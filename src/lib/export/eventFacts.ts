import type { Participant, Source, TimelineData } from '../data/model';
import { formatEventDate } from '../timeline/formatEventDate';
import type { Lang } from '../timeline/types';

// Plain-text wording of an event's facts, shared by the CSV, the calendar
// and the citations. Nothing here is HTML: every consumer escapes for its
// own format (CSV quoting, iCalendar escaping, BibTeX braces).

/** "Hoài Đức district, Hanoi, Vietnam": the place and the places it lies within. */
export function placePath(data: TimelineData, id: string | undefined, lang: Lang): string {
  const names: string[] = [];
  // A set of seen ids guards against a loop of "within" in the data.
  const seen = new Set<string>();
  for (let at = data.places[id ?? '']; at && !seen.has(at.id); at = data.places[at.within ?? '']) {
    seen.add(at.id);
    names.push(at.name[lang]);
  }
  return names.join(', ');
}

/** "Tô Lâm (General, Minister of Public Security)": a participant with the title held at the time. */
export function participantText(data: TimelineData, participant: Participant, lang: Lang): string {
  const name = data.people[participant.person]?.name ?? participant.person;
  return participant.title ? `${name} (${participant.title[lang]})` : name;
}

const NNBSP = '\u202f';

/** A title in the language's quotation marks: “…” in English and Vietnamese, « … » in French. */
export function quoted(text: string, lang: Lang): string {
  return lang === 'fr' ? `«${NNBSP}${text}${NNBSP}»` : `“${text}”`;
}

/** "Radio Habana Cuba (RHC), “Le ministre…”, 16 May 2023, https://…": a source as a reference line. */
export function sourceLine(source: Source, lang: Lang): string {
  return [source.publisher[lang], quoted(source.title, lang), formatEventDate(source.date, lang), source.url]
    .filter(Boolean)
    .join(', ');
}

