import type { TimelineData, TimelineEvent } from '../data/model';
import type { Lang } from '../timeline/types';

/** Open Graph locale names for our languages. */
export const OG_LOCALES: Record<Lang, string> = { fr: 'fr_FR', en: 'en_GB', vi: 'vi_VN' };

/** A description for meta tags: the summary cut at a word before `max` characters. */
export function metaDescription(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** schema.org Event for an event, in one language; dates at the precision the sources give. */
export function eventJsonLd(event: TimelineEvent, data: TimelineData, lang: Lang, url: string) {
  const place = event.place ? data.places[event.place] : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title[lang],
    description: metaDescription(event.summary[lang], 500),
    url,
    inLanguage: lang,
    startDate: event.date.start.iso,
    ...(event.date.end && event.date.end !== event.date.start ? { endDate: event.date.end.iso } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    ...(place
      ? { location: { '@type': 'Place', name: place.name[lang], address: { '@type': 'PostalAddress', addressCountry: place.country } } }
      : {}),
    performer: event.participants
      .map((p) => data.people[p.person])
      .filter(Boolean)
      .map((person) => ({ '@type': 'Person', name: person.name })),
    isBasedOn: event.sources
      .map((id) => data.sources[id])
      .filter(Boolean)
      .map((source) => ({
        '@type': 'NewsArticle',
        headline: source.title,
        publisher: { '@type': 'Organization', name: source.publisher[lang] },
        datePublished: source.date.start.iso,
        inLanguage: source.language,
        ...(source.url ? { url: source.url } : {})
      }))
  };
}
