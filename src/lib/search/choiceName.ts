import type { TimelineData } from '../data/model';
import type { Translate } from '../i18n/createTranslator';
import type { Lang } from '../timeline/types';
import type { FilterGroup } from './filters';

/** What a reader reads for a filter choice: a kind's or evidence level's word, a domain's label, a person's or place's name (the id when the data lacks it). */
export function choiceName(data: Pick<TimelineData, 'domains' | 'people' | 'places'>, group: FilterGroup, id: string, lang: Lang, t: Translate): string {
  if (group === 'kind') return t(`event.kind.${id}`, { defaultValue: id });
  if (group === 'evidence') return t(`event.evidence.${id}`, { defaultValue: id });
  if (group === 'domain') return (Object.hasOwn(data.domains, id) && data.domains[id].label[lang]) || id;
  if (group === 'person') return (Object.hasOwn(data.people, id) && data.people[id].name) || id;
  return (Object.hasOwn(data.places, id) && data.places[id].name[lang]) || id;
}
