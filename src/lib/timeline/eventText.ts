import type { TimelineEvent } from '../data/model';
import { formatEventDate } from './formatEventDate';
import type { Lang } from './types';

/** The event's date in words: the data's own wording for vague dates, else generated from EDTF. */
export function eventDateText(event: TimelineEvent, lang: Lang): string {
  return event.dateLabel?.[lang] ?? formatEventDate(event.date, lang);
}
