import type { Translate } from '../i18n/createTranslator';
import type { TimelineView } from '../state/timelineView.svelte';
import type { Lang } from '../timeline/types';

/** What the search says of itself: "4 of 12 events" (and "still looking…" while a large index is built), or that it is searching; '' with no search. */
export function searchStatus(view: TimelineView, t: Translate, lang: Lang): string {
  if (!view.searching) return '';
  // A query the engine cannot answer must not say "Searching…" for ever.
  if (view.searchError && view.searchText !== '') return t('search.failed');
  if (view.searchPending || view.isPreview || !view.found) return t('search.searching');
  const number = new Intl.NumberFormat(lang);
  const total = view.found.total;
  const count = t('search.count', { count: total, shown: number.format(total), total: number.format(view.events.length) });
  return view.searchPartial ? `${count} · ${t('search.indexing')}` : count;
}
