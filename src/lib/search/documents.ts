import type { TimelineData, TimelineEvent } from '../data/model';
import type { Lang } from '../timeline/types';
import { enclosingPlaces } from './enclosingPlaces';
import { joinedForms } from './normalize';

/**
 * What search reads of one event in one language: its texts grouped in
 * fields that rank differently (a title match before a summary match).
 * `id` is the event's place in `TimelineData.events`, a small number that
 * every search structure can store compactly.
 */
export interface SearchDocument {
  id: number;
  title: string;
  /** Participants' names, each also with its syllables joined ("levantuyen"). */
  people: string;
  /** The event's place and the places enclosing it, in the page's language and the place's own, names also joined ("hanoi"). */
  places: string;
  /** Cooperation domains, the kind and the evidence, as the page words them. */
  topics: string;
  /** Summary, notes, date wording and note, participants' titles. */
  text: string;
  /** Publisher and title of each source. */
  sources: string;
}

/** The fields a search looks in, in order of weight. */
export const SEARCH_FIELDS = ['title', 'people', 'places', 'topics', 'text', 'sources'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** How much a match in each field weighs against one in the summary. */
export const FIELD_BOOST: Record<SearchField, number> = { title: 4, people: 3, places: 2, topics: 2, text: 1, sources: 1 };

/** The interface's words for kinds and evidence in one language (the badges of the details). */
export interface SearchLabels {
  kind: Readonly<Record<string, string>>;
  evidence: Readonly<Record<string, string>>;
}

const joinedNames = new Map<string, string>();
/** A name followed by its joined forms, so both "ha noi" and "hanoi" find it (names repeat: each is worked out once). */
function withJoined(name: string): string {
  let text = joinedNames.get(name);
  if (text === undefined) joinedNames.set(name, (text = [name, ...joinedForms(name)].join(' ')));
  return text;
}

/** The language a country names its places in, when it is one of ours. */
const LOCAL_LANG: Readonly<Record<string, Lang>> = { VN: 'vi', FR: 'fr', GB: 'en', US: 'en', AU: 'en', CA: 'en' };

/**
 * A place's names as a reader may type them: in the document's language and
 * in the place's own, so that `ha noi` finds Hanoi on the English page too.
 */
function placeNames(data: TimelineData, id: string, lang: Lang): string[] {
  const place = data.places[id];
  const local = LOCAL_LANG[place.country];
  const names = [place.name[lang]];
  if (local && local !== lang && place.name[local] && place.name[local] !== place.name[lang]) names.push(place.name[local]);
  return names;
}

/** One event's document in one language. */
export function eventDocument(data: TimelineData, event: TimelineEvent, id: number, lang: Lang, labels?: SearchLabels): SearchDocument {
  const people = event.participants.map((p) => data.people[p.person]?.name).filter((name) => name !== undefined);
  const roles = event.participants.map((p) => p.title?.[lang]);
  const places = enclosingPlaces(data, event.place).flatMap((place) => placeNames(data, place, lang));
  const sources = event.sources.map((source) => data.sources[source]).filter((source) => source !== undefined);
  const join = (parts: (string | undefined)[]) => parts.filter((part) => part).join(' \n ');
  return {
    id,
    title: event.title[lang],
    people: join(people.map(withJoined)),
    places: join(places.map(withJoined)),
    topics: join([
      ...event.domains.map((domain) => data.domains[domain]?.label[lang]),
      labels?.kind[event.kind],
      labels?.evidence[event.evidence]
    ]),
    text: join([event.summary[lang], event.notes?.[lang], event.dateLabel?.[lang], event.dateNote?.[lang], ...roles]),
    sources: join(sources.flatMap((source) => [source.publisher[lang], source.title]))
  };
}

/** Every event's document in one language, `id` being the event's index. */
export function searchDocuments(data: TimelineData, lang: Lang, labels?: SearchLabels): SearchDocument[] {
  return data.events.map((event, i) => eventDocument(data, event, i, lang, labels));
}
