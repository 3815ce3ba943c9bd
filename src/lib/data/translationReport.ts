import { LANGS, type Lang } from '../timeline/types';
import type { RawData } from './compileTimeline';

export interface LanguageCompleteness {
  lang: Lang;
  /** Translated fields that have a non-empty text in this language. */
  present: number;
  /** Translated fields in the data (any map with a fr, en or vi key). */
  total: number;
  /** Where the text is missing: "file id field". */
  missing: string[];
}

const isTranslatedMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && LANGS.some((lang) => lang in value);

/** Counts, per language, how many translated fields of the raw data are filled; works on invalid data too. */
export function translationReport(raw: RawData): LanguageCompleteness[] {
  const report = LANGS.map((lang) => ({ lang, present: 0, total: 0, missing: [] as string[] }));
  const visit = (value: unknown, file: string, id: string | undefined, path: string) => {
    if (isTranslatedMap(value)) {
      for (const entry of report) {
        entry.total += 1;
        const text = value[entry.lang];
        if (typeof text === 'string' && text.trim()) entry.present += 1;
        else entry.missing.push(`${file}${id ? ` ${id}` : ''} ${path}`);
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, file, id, `${path}.${i}`));
    else if (typeof value === 'object' && value !== null) {
      const ownId = typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : id;
      for (const [key, child] of Object.entries(value)) visit(child, file, ownId, path ? `${path}.${key}` : key);
    }
  };
  const files = [raw.meta, raw.sources, raw.people, raw.places, raw.domains, ...raw.events];
  for (const file of files) {
    if (Array.isArray(file.content)) file.content.forEach((item) => visit(item, file.path, undefined, ''));
    else visit(file.content, file.path, undefined, '');
  }
  return report;
}
