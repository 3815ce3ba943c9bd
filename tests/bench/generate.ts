/**
 * Synthetic timelines for the benchmark: a seeded, deterministic generator that
 * writes data folders following data/FORMAT.md (one YAML file per event).
 *
 * About 20% of the events are ranges (visits, periods, some with an open end);
 * the rest are points of year, month or day precision, some approximate, some
 * "one day in a range". Visits carry milestones dated inside their parent.
 *
 * Usage: tsx tests/bench/generate.ts [--sizes 10,1000] [--seed 5]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from './lib/paths';

export const DEFAULT_SEED = 5;

/** The span events fall in (UTC): thirty years, a dense archive at 100,000 events. */
const FIRST_YEAR = 1995;
const LAST_YEAR = 2024;
const RANGE_SHARE = 0.2;
const VISIT_SHARE = 0.08;

type Translated = { fr: string; en: string; vi: string };
type Yaml = string | number | boolean | Yaml[] | { [key: string]: Yaml | undefined };

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- Reference data: a few of each, as in a real ministry's record ---------

const PEOPLE = [
  { id: 'an-nguyen', name: 'Nguyễn Văn An', country: 'VN' },
  { id: 'binh-tran', name: 'Trần Thị Bình', country: 'VN' },
  { id: 'cuong-le', name: 'Lê Quốc Cường', country: 'VN' },
  { id: 'dung-pham', name: 'Phạm Tiến Dũng', country: 'VN' },
  { id: 'maria-perez', name: 'María Pérez Díaz', country: 'CU' },
  { id: 'jose-garcia', name: 'José García Ruiz', country: 'CU' },
  { id: 'ana-lopez', name: 'Ana López Fernández', country: 'CU' },
  { id: 'luis-martinez', name: 'Luis Martínez Soto', country: 'CU' }
];

const PLACES: { id: string; name: Translated; country: string; within?: string }[] = [
  { id: 'vietnam', name: { fr: 'Viêt Nam', en: 'Vietnam', vi: 'Việt Nam' }, country: 'VN' },
  { id: 'cuba', name: { fr: 'Cuba', en: 'Cuba', vi: 'Cuba' }, country: 'CU' },
  { id: 'hanoi', name: { fr: 'Hanoï', en: 'Hanoi', vi: 'Hà Nội' }, country: 'VN', within: 'vietnam' },
  { id: 'hue', name: { fr: 'Huê', en: 'Huế', vi: 'Huế' }, country: 'VN', within: 'vietnam' },
  { id: 'da-nang', name: { fr: 'Đà Nẵng', en: 'Da Nang', vi: 'Đà Nẵng' }, country: 'VN', within: 'vietnam' },
  { id: 'saigon', name: { fr: 'Hô Chi Minh-Ville', en: 'Ho Chi Minh City', vi: 'TP Hồ Chí Minh' }, country: 'VN', within: 'vietnam' },
  { id: 'havana', name: { fr: 'La Havane', en: 'Havana', vi: 'La Habana' }, country: 'CU', within: 'cuba' },
  { id: 'santiago', name: { fr: 'Santiago de Cuba', en: 'Santiago de Cuba', vi: 'Santiago de Cuba' }, country: 'CU', within: 'cuba' },
  { id: 'matanzas', name: { fr: 'Matanzas', en: 'Matanzas', vi: 'Matanzas' }, country: 'CU', within: 'cuba' }
];

const DOMAINS: { id: string; label: Translated }[] = [
  { id: 'security', label: { fr: 'la sécurité', en: 'security', vi: 'an ninh' } },
  { id: 'crime', label: { fr: 'la criminalité', en: 'crime', vi: 'tội phạm' } },
  { id: 'health', label: { fr: 'la santé', en: 'health', vi: 'y tế' } },
  { id: 'fire-rescue', label: { fr: 'les secours', en: 'rescue', vi: 'cứu hộ' } },
  { id: 'training', label: { fr: 'la formation', en: 'training', vi: 'đào tạo' } },
  { id: 'equipment', label: { fr: "l'équipement", en: 'equipment', vi: 'trang thiết bị' } }
];

const SOURCES = [
  { id: 'gazette-vn', publisher: 'Gazette du Viêt Nam', title: 'Chronique de la coopération', date: '2024-05-02', language: 'fr' },
  { id: 'havana-news', publisher: 'Havana News', title: 'Cooperation record', date: '2024-06', language: 'en' },
  { id: 'bao-an-ninh', publisher: 'Báo An ninh', title: 'Biên niên hợp tác', date: '2024', language: 'vi' },
  { id: 'prensa-cuba', publisher: 'Prensa de Cuba', title: 'Crónica de la cooperación', date: '2023-11-20', language: 'es', url: 'https://example.org/cronica' },
  { id: 'archive-mps', publisher: 'Ministry archive', title: 'Annual reports', date: '2024-12-31', language: 'en' }
];

const KINDS = ['talks', 'award', 'agreement', 'review', 'working-visit'] as const;
const MILESTONE_KINDS = ['talks', 'award', 'working-visit'] as const;

const KIND_WORDS: Record<string, Translated> = {
  visit: { fr: 'Visite', en: 'Visit', vi: 'Chuyến thăm' },
  talks: { fr: 'Entretiens', en: 'Talks', vi: 'Hội đàm' },
  award: { fr: 'Décoration', en: 'Award', vi: 'Trao tặng' },
  agreement: { fr: 'Accord', en: 'Agreement', vi: 'Thỏa thuận' },
  review: { fr: 'Bilan', en: 'Review', vi: 'Sơ kết' },
  'working-visit': { fr: 'Visite de travail', en: 'Working visit', vi: 'Làm việc' },
  'cooperation-period': { fr: 'Programme', en: 'Programme', vi: 'Chương trình' }
};

const ORDINAL_WORDS: Translated[] = [
  { fr: '', en: '', vi: '' },
  { fr: ' (suite)', en: ' (continued)', vi: ' (tiếp)' },
  { fr: ' annuel', en: ' (annual)', vi: ' thường niên' },
  { fr: ' spécial', en: ' (special)', vi: ' đặc biệt' }
];

// ---- Dates ------------------------------------------------------------------

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const dayText = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const monthText = (ms: number) => dayText(ms).slice(0, 7);
const yearText = (ms: number) => dayText(ms).slice(0, 4);

// ---- The generator ------------------------------------------------------------

/** One generated event, shaped like an events/<id>.yaml file. */
export type GeneratedEvent = { [key: string]: Yaml | undefined } & { id: string; date: string };

/** Generates `count` events deterministically from `seed`. */
export function generateEvents(count: number, seed = DEFAULT_SEED): GeneratedEvent[] {
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const spanStart = Date.UTC(FIRST_YEAR, 0, 1);
  const spanDays = Math.round((Date.UTC(LAST_YEAR, 11, 31) - spanStart) / DAY);
  const someDay = (margin = 0) => spanStart + int(0, spanDays - margin) * DAY;

  const events: GeneratedEvent[] = [];
  let ranges = 0;
  const nextId = (kind: string) => `${kind === 'cooperation-period' ? 'period' : kind}-${String(events.length + 1).padStart(6, '0')}`;

  const text = (kind: string, placeId: string, domainId: string): { title: Translated; summary: Translated } => {
    const place = PLACES.find((p) => p.id === placeId)!.name;
    const domain = DOMAINS.find((d) => d.id === domainId)!.label;
    const word = KIND_WORDS[kind];
    const extra = pick(ORDINAL_WORDS);
    return {
      title: {
        fr: `${word.fr}${extra.fr} à ${place.fr}`,
        en: `${word.en} in ${place.en}${extra.en}`,
        vi: `${word.vi}${extra.vi} tại ${place.vi}`
      },
      summary: {
        fr: `Les deux ministères ont travaillé à ${place.fr} sur ${domain.fr}.`,
        en: `The two ministries worked on ${domain.en} in ${place.en}.`,
        vi: `Hai Bộ làm việc về ${domain.vi} tại ${place.vi}.`
      }
    };
  };

  const common = (kind: string, date: string, parent?: string): GeneratedEvent => {
    const place = pick(PLACES).id;
    const domains = random() < 0.3 ? [pick(DOMAINS).id, pick(DOMAINS).id] : [pick(DOMAINS).id];
    // Consecutive people from a random first one: never the same person twice.
    const firstPerson = int(0, PEOPLE.length - 1);
    const participants = Array.from({ length: int(0, 3) }, (_, i) => {
      const person = PEOPLE[(firstPerson + i) % PEOPLE.length];
      return random() < 0.5
        ? { person: person.id }
        : { person: person.id, title: { fr: 'Vice-ministre', en: 'Deputy minister', vi: 'Thứ trưởng' } };
    });
    const inferred = random() < 0.04;
    const event: GeneratedEvent = {
      id: nextId(kind),
      kind,
      date,
      ...(random() < 0.02 ? { dateLabel: { fr: 'vers cette date', en: 'around then', vi: 'khoảng thời gian này' } } : {}),
      ...(inferred
        ? { inferred: true, dateNote: { fr: "L'année est déduite.", en: 'The year is inferred.', vi: 'Năm được suy ra.' } }
        : {}),
      ...(parent ? { parent } : {}),
      place,
      ...(participants.length ? { participants } : {}),
      domains: [...new Set(domains)],
      ...text(kind, place, domains[0]),
      sources: random() < 0.2 ? [pick(SOURCES).id, 'archive-mps'].filter((s, i, all) => all.indexOf(s) === i) : [pick(SOURCES).id],
      evidence: random() < 0.7 ? 'primary' : 'context',
      ...(random() < 0.03 ? { notes: { fr: 'Source unique.', en: 'Single source.', vi: 'Một nguồn duy nhất.' } } : {})
    };
    return event;
  };

  const addVisit = () => {
    // A visit over a few days (a range) or over "some days in that month" (a point).
    const days = int(2, 6);
    const first = someDay(days + 1);
    const asMonth = random() < 0.25 && new Date(first).getUTCDate() + days <= 28;
    const date = asMonth ? monthText(first) : `${dayText(first)}/${dayText(first + (days - 1) * DAY)}`;
    const visit = common('visit', date);
    events.push(visit);
    if (!asMonth) ranges += 1;
    const milestones = Math.min(int(1, 4), count - events.length);
    for (let i = 0; i < milestones; i += 1) {
      const day = first + int(0, days - 1) * DAY;
      events.push(common(pick(MILESTONE_KINDS), random() < 0.15 ? `${dayText(day)}~` : dayText(day), visit.id));
    }
  };

  const addRange = () => {
    const start = someDay(400);
    const roll = random();
    let date: string;
    let kind: string = 'cooperation-period';
    if (roll < 0.35) date = `${monthText(start)}/${monthText(start + int(40, 380) * DAY)}`;
    else if (roll < 0.5) {
      const year = Number(yearText(start));
      date = `${year}/${Math.min(year + int(1, 4), LAST_YEAR)}`;
    }
    else if (roll < 0.58) date = `${monthText(start)}~/..`;
    else {
      kind = 'working-visit';
      date = `${dayText(start)}/${dayText(start + int(1, 20) * DAY)}`;
    }
    events.push(common(kind, date));
    ranges += 1;
  };

  const addPoint = () => {
    const day = someDay(5);
    const roll = random();
    let date: string;
    if (roll < 0.12) date = yearText(day);
    else if (roll < 0.32) date = monthText(day);
    else if (roll < 0.4) date = `${random() < 0.5 ? dayText(day) : monthText(day)}~`;
    else if (roll < 0.45) date = `[${dayText(day)}..${dayText(day + int(1, 4) * DAY)}]`;
    else date = dayText(day);
    events.push(common(pick(KINDS), date));
  };

  while (events.length < count) {
    // Keep ranges at RANGE_SHARE exactly (visits count as ranges too); even
    // the smallest set starts with a visit and its milestones.
    const rangeDue = ranges < RANGE_SHARE * (events.length + 1);
    const visitDue = events.length === 0 || random() < VISIT_SHARE / RANGE_SHARE;
    if (rangeDue && visitDue && count - events.length > 1) addVisit();
    else if (rangeDue) addRange();
    else addPoint();
  }
  return events;
}

// ---- YAML -----------------------------------------------------------------------

// Texts are written double-quoted (JSON escapes are valid YAML), so EDTF dates
// are always quoted as FORMAT.md asks and no text is read as a number; ids and
// keywords stay bare, as a person would write them.
const BARE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const scalar = (value: string | number | boolean) =>
  typeof value !== 'string' ? String(value) : BARE.test(value) && !/^(true|false|null)$/.test(value) ? value : JSON.stringify(value);
const isPlain = (value: Yaml): value is string | number | boolean => typeof value !== 'object';
const isTranslated = (value: Yaml): boolean =>
  typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join() === 'fr,en,vi';

/** Block-style YAML for the few shapes the data files use. */
export function toYaml(value: Yaml, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.every(isPlain)) return `[${value.map((v) => scalar(v as string)).join(', ')}]`;
    return value.map((item) => `\n${indent}- ${toYaml(item, indent + '  ').replace(/^\n\s*/, '')}`).join('');
  }
  if (isPlain(value)) return scalar(value);
  if (isTranslated(value)) {
    const t = value as Translated;
    return `{ fr: ${scalar(t.fr)}, en: ${scalar(t.en)}, vi: ${scalar(t.vi)} }`;
  }
  return Object.entries(value)
    .filter((entry): entry is [string, Yaml] => entry[1] !== undefined)
    .map(([key, v]) => {
      const nested = typeof v === 'object' && !isTranslated(v) && !(Array.isArray(v) && v.every(isPlain));
      return `\n${indent}${key}:${nested ? toYaml(v, indent + '  ') : ` ${toYaml(v, indent + '  ')}`}`;
    })
    .join('');
}

const yamlFile = (value: Yaml) => `${toYaml(value).replace(/^\n/, '')}\n`;

/** Writes a complete data folder with `count` events into `dir` (replacing it). */
export function writeDataFolder(dir: string, count: number, seed = DEFAULT_SEED): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'events'), { recursive: true });
  const meta = {
    title: { fr: `Chronologie synthétique (${count})`, en: `Synthetic timeline (${count})`, vi: `Dòng thời gian tổng hợp (${count})` },
    description: {
      fr: 'Des événements générés pour mesurer les performances.',
      en: 'Generated events to measure performance.',
      vi: 'Các sự kiện được tạo để đo hiệu năng.'
    }
  };
  writeFileSync(join(dir, 'timeline.yaml'), yamlFile(meta));
  writeFileSync(join(dir, 'people.yaml'), yamlFile(PEOPLE));
  writeFileSync(join(dir, 'places.yaml'), yamlFile(PLACES as unknown as Yaml));
  writeFileSync(join(dir, 'domains.yaml'), yamlFile(DOMAINS as unknown as Yaml));
  writeFileSync(join(dir, 'sources.yaml'), yamlFile(SOURCES));
  for (const event of generateEvents(count, seed)) {
    writeFileSync(join(dir, 'events', `${event.id}.yaml`), yamlFile(event));
  }
  writeFileSync(join(dir, 'generated.json'), JSON.stringify(stamp(count, seed)));
}

// A folder is reused only if it was written by this very generator source.
const GENERATOR_HASH = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);
const stamp = (count: number, seed: number) => ({ count, seed, generator: GENERATOR_HASH });

/** The folder for `count` events, written unless an identical one is already there. Returns its path and whether it was (re)written. */
export function ensureDataFolder(count: number, seed = DEFAULT_SEED): { dir: string; written: boolean } {
  const dir = join(DATA_DIR, `events-${count}`);
  const stampFile = join(dir, 'generated.json');
  const current = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
  if (current === JSON.stringify(stamp(count, seed))) return { dir, written: false };
  writeDataFolder(dir, count, seed);
  return { dir, written: true };
}

/** Parses `--name value` from argv. */
export function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const sizes = (option(args, 'sizes') ?? '10,1000,10000,100000').split(',').map(Number);
  const seed = Number(option(args, 'seed') ?? DEFAULT_SEED);
  for (const size of sizes) {
    const started = performance.now();
    const { dir, written } = ensureDataFolder(size, seed);
    console.log(`${written ? 'wrote' : 'kept'} ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
