import type { TimelineData } from '../data/model';

/** The place and every place enclosing it (a loop in `within` stops at a place seen). */
export function enclosingPlaces(data: Pick<TimelineData, 'places'>, id: string | undefined): string[] {
  const chain: string[] = [];
  for (let at = id; at !== undefined && data.places[at] && !chain.includes(at); at = data.places[at].within) chain.push(at);
  return chain;
}
