import type { Translate } from '../i18n/createTranslator';
import type { TimelineView } from '../state/timelineView.svelte';
import type { Lang } from '../timeline/types';
import { stepsAmongMatches } from './stepsAmongMatches';

/** What the search says of itself: "11 of 13 events, including 6 milestones of visits" (and "still looking…" while a large index is built), or that it is searching; '' with no search. */
export function searchStatus(view: TimelineView, t: Translate, lang: Lang): string {
  if (!view.searching) return '';
  // A query the engine cannot answer must not say "Searching…" for ever.
  if (view.searchError && view.searchText !== '') return t('search.failed');
  if (view.searchPending || view.isPreview || !view.found) return t('search.searching');
  const number = new Intl.NumberFormat(lang);
  const total = view.found.total;
  let count = t('search.count', { count: total, shown: number.format(total), total: number.format(view.events.length) });
  // Steps found with their visit are drawn inside its mark: say how many of the events found they are.
  const steps = stepsAmongMatches(view.events, view.found.matches);
  if (steps > 0) count = `${count}, ${t('search.stepsAmong', { count: steps, n: number.format(steps) })}`;
  return view.searchPartial ? `${count} · ${t('search.indexing')}` : count;
}
