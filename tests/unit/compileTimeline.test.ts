import { describe, expect, it } from 'vitest';
import { compileTimeline, type RawData, type RawFile } from '../../src/lib/data/compileTimeline';
import { DataValidationError, formatIssue, type DataIssue } from '../../src/lib/data/dataError';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { LANGS } from '../../src/lib/timeline/types';

const FIXTURES = 'tests/fixtures';
const VALID = `${FIXTURES}/valid`;
const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

// Read once; every failure case mutates its own deep copy.
const validRaw = readDataFolder(VALID).raw;

type Content = Record<string, unknown>;

/** The event file whose content has this id. */
function eventFile(raw: RawData, id: string): RawFile {
  const file = raw.events.find((f) => (f.content as Content).id === id);
  if (!file) throw new Error(`fixture has no event ${id}`);
  return file;
}
const event = (raw: RawData, id: string) => eventFile(raw, id).content as Content;
const listItem = (file: RawFile, id: string) => (file.content as Content[]).find((item) => item.id === id)!;

/** The issues compileTimeline reports, failing the test when it does not throw DataValidationError. */
function issuesOf(raw: RawData): { error: DataValidationError; issues: DataIssue[] } {
  try {
    compileTimeline(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return { error: error as DataValidationError, issues: (error as DataValidationError).issues };
  }
  throw new Error('compileTimeline accepted broken data');
}

/** The issues readDataFolder reports for a fixture folder. */
function folderIssues(dir: string): { error: DataValidationError; issues: DataIssue[] } {
  try {
    readDataFolder(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return { error: error as DataValidationError, issues: (error as DataValidationError).issues };
  }
  throw new Error(`readDataFolder accepted ${dir}`);
}

describe('compileTimeline on the valid fixture', () => {
  const data = compileTimeline(structuredClone(validRaw));
  const byId = new Map(data.events.map((e) => [e.id, e]));

  it('compiles the three events, sorted by start', () => {
    expect(data.events.map((e) => e.id)).toEqual(['cooperation-2022', 'state-visit-2023-05', 'talks-2023-05-15']);
    const starts = data.events.map((e) => e.date.min);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('fills in the children of a parent and the depth of each event', () => {
    expect(byId.get('state-visit-2023-05')).toMatchObject({ parent: null, children: ['talks-2023-05-15'], depth: 0 });
    expect(byId.get('talks-2023-05-15')).toMatchObject({ parent: 'state-visit-2023-05', children: [], depth: 1 });
    expect(byId.get('cooperation-2022')).toMatchObject({ parent: null, children: [], depth: 0 });
  });

  it('covers every event in its span, with an exclusive end', () => {
    expect(data.span).toEqual({ min: utc('2022-06-01'), max: utc('2023-05-18') });
  });

  it('extends an open-ended period to the end of the span', () => {
    const period = byId.get('cooperation-2022')!;
    expect(period.date).toMatchObject({ openEnd: true, end: null, min: utc('2022-06-01'), max: data.span.max });
    expect(period.date.start.approximate).toBe(true);
  });

  it('parses the dates of events and sources at build time', () => {
    expect(byId.get('state-visit-2023-05')!.date).toMatchObject({
      kind: 'interval',
      min: utc('2023-05-14'),
      max: utc('2023-05-17') + DAY
    });
    expect(data.sources['test-source-2023'].date).toMatchObject({ kind: 'point', min: utc('2023-05-16') });
  });

  it('defaults the optional fields of an event', () => {
    expect(byId.get('cooperation-2022')).toMatchObject({ inferred: false, participants: [], parent: null });
    expect(byId.get('talks-2023-05-15')!.inferred).toBe(true);
  });

  it('keys people, places, sources and domains by id', () => {
    expect(Object.keys(data.people)).toEqual(['to-lam', 'alvarez-casas']);
    expect(Object.keys(data.places)).toEqual(['vietnam', 'hanoi']);
    expect(Object.keys(data.sources)).toEqual(['test-source-2023', 'test-context-2022']);
    expect(Object.keys(data.domains)).toEqual(['security-police', 'health']);
    expect(data.people['to-lam'].name).toBe('Tô Lâm');
  });

  it('puts a parent before its milestone when both start on the same day', () => {
    const raw = structuredClone(validRaw);
    event(raw, 'talks-2023-05-15').date = '2023-05-14';
    expect(compileTimeline(raw).events.map((e) => e.id)).toEqual([
      'cooperation-2022',
      'state-visit-2023-05',
      'talks-2023-05-15'
    ]);
  });

  it('does not change the raw data it is given', () => {
    const raw = structuredClone(validRaw);
    compileTimeline(raw);
    expect(raw).toEqual(validRaw);
  });
});

interface FailureCase {
  name: string;
  mutate: (raw: RawData) => void;
  /** Path suffix of the file the issue names. */
  file: string;
  id?: string;
  field?: string;
  message: RegExp;
}

const TALKS = 'talks-2023-05-15';
const VISIT = 'state-visit-2023-05';
const PERIOD = 'cooperation-2022';

const FAILURES: FailureCase[] = [
  {
    name: 'a missing translation',
    mutate: (raw) => delete (event(raw, TALKS).summary as Content).vi,
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'summary.vi',
    message: /^missing translation$/
  },
  {
    name: 'an empty translation',
    mutate: (raw) => ((event(raw, TALKS).summary as Content).vi = ''),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'summary.vi',
    message: /^missing translation$/
  },
  {
    name: 'a blank translation',
    mutate: (raw) => ((event(raw, TALKS).title as Content).fr = '   '),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'title.fr',
    message: /^missing translation$/
  },
  {
    name: 'a missing translation of a participant title',
    mutate: (raw) => delete ((event(raw, VISIT).participants as Content[])[0].title as Content).en,
    file: `events/${VISIT}.yaml`,
    id: VISIT,
    field: 'participants.0.title.en',
    message: /^missing translation$/
  },
  {
    name: 'a bad date',
    mutate: (raw) => (event(raw, PERIOD).date = '2023-13-01'),
    file: `events/${PERIOD}.yaml`,
    id: PERIOD,
    field: 'date',
    message: /^"2023-13-01": month 13 does not exist/
  },
  {
    name: 'an interval that ends before it starts',
    mutate: (raw) => (event(raw, PERIOD).date = '2024-04-16/2024-04-14'),
    file: `events/${PERIOD}.yaml`,
    id: PERIOD,
    field: 'date',
    message: /^"2024-04-16\/2024-04-14": the end comes before the start$/
  },
  {
    name: 'a bad source date',
    mutate: (raw) => (listItem(raw.sources, 'test-source-2023').date = '2023-05-32'),
    file: 'sources.yaml',
    id: 'test-source-2023',
    field: 'date',
    message: /^"2023-05-32": day 32 does not exist/
  },
  {
    name: 'an unknown person',
    mutate: (raw) => ((event(raw, VISIT).participants as Content[])[1].person = 'fidel-castro'),
    file: `events/${VISIT}.yaml`,
    id: VISIT,
    field: 'participants.1.person',
    message: /^unknown person "fidel-castro"$/
  },
  {
    name: 'a person listed twice',
    mutate: (raw) => {
      const participants = event(raw, VISIT).participants as Content[];
      participants[1].person = participants[0].person;
    },
    file: `events/${VISIT}.yaml`,
    id: VISIT,
    field: 'participants.1.person',
    message: /^".+" is already listed as participant 0$/
  },
  {
    name: 'an unknown source',
    mutate: (raw) => (event(raw, TALKS).sources = ['test-source-2023', 'rhc-2099']),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'sources.1',
    message: /^unknown source "rhc-2099"$/
  },
  {
    name: 'an unknown place',
    mutate: (raw) => (event(raw, TALKS).place = 'atlantis'),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'place',
    message: /^unknown place "atlantis"$/
  },
  {
    name: 'an unknown enclosing place',
    mutate: (raw) => (listItem(raw.places, 'hanoi').within = 'indochina'),
    file: 'places.yaml',
    id: 'hanoi',
    field: 'within',
    message: /^unknown place "indochina"$/
  },
  {
    name: 'an unknown domain',
    mutate: (raw) => (event(raw, PERIOD).domains = ['security-police', 'astronomy']),
    file: `events/${PERIOD}.yaml`,
    id: PERIOD,
    field: 'domains.1',
    message: /^unknown domain "astronomy"$/
  },
  {
    name: 'an unknown parent',
    mutate: (raw) => (event(raw, TALKS).parent = 'visit-1999'),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'parent',
    message: /^unknown event "visit-1999"$/
  },
  {
    name: 'a duplicate event id in two files',
    // Same stem, other extension: the only thing wrong is the duplicate.
    mutate: (raw) =>
      raw.events.push({ path: `${VALID}/events/${VISIT}.yml`, content: structuredClone(event(raw, VISIT)) }),
    file: `events/${VISIT}.yml`,
    id: VISIT,
    field: 'id',
    message: new RegExp(`^duplicate id, also in .*events/${VISIT}\\.yaml$`)
  },
  {
    name: 'a duplicate person id',
    mutate: (raw) => (raw.people.content as Content[]).push({ id: 'to-lam', name: 'Tô Lâm', country: 'VN' }),
    file: 'people.yaml',
    id: 'to-lam',
    field: 'id',
    message: /^duplicate id$/
  },
  {
    name: 'an id that does not match the file name',
    mutate: (raw) => (event(raw, PERIOD).id = 'cooperation-2021'),
    file: `events/${PERIOD}.yaml`,
    id: 'cooperation-2021',
    field: 'id',
    message: /^must match the file name "cooperation-2022"$/
  },
  {
    name: 'an id that is not kebab-case',
    mutate: (raw) => (listItem(raw.domains, 'health').id = 'Health'),
    file: 'domains.yaml',
    id: 'Health',
    field: 'id',
    message: /kebab-case/
  },
  {
    name: 'an unknown kind',
    mutate: (raw) => (event(raw, VISIT).kind = 'party'),
    file: `events/${VISIT}.yaml`,
    id: VISIT,
    field: 'kind',
    message: /^must be one of visit, talks, award/
  },
  {
    name: 'an inferred date without a dateNote',
    mutate: (raw) => delete event(raw, TALKS).dateNote,
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'dateNote',
    message: /inferred date needs a dateNote/
  },
  {
    name: 'a milestone dated outside its parent',
    mutate: (raw) => (event(raw, TALKS).date = '2023-05-20'),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'date',
    message: /^falls outside the dates of its parent "state-visit-2023-05"$/
  },
  {
    name: 'a milestone that outlasts its parent',
    mutate: (raw) => (event(raw, TALKS).date = '2023-05-15/2023-05-18'),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'date',
    message: /falls outside the dates of its parent/
  },
  {
    name: 'a cycle of parents',
    mutate: (raw) => (event(raw, VISIT).parent = TALKS),
    file: `events/${VISIT}.yaml`,
    id: VISIT,
    field: 'parent',
    message: /^parents form a cycle$/
  },
  {
    name: 'an event that is its own parent',
    mutate: (raw) => (event(raw, PERIOD).parent = PERIOD),
    file: `events/${PERIOD}.yaml`,
    id: PERIOD,
    field: 'parent',
    message: /^an event cannot contain itself$/
  },
  {
    name: 'a list file that is not a list',
    mutate: (raw) => (raw.people.content = { id: 'to-lam', name: 'Tô Lâm', country: 'VN' }),
    file: 'people.yaml',
    message: /^must be a YAML list/
  },
  {
    name: 'an empty list file read as null',
    mutate: (raw) => (raw.domains.content = null),
    file: 'domains.yaml',
    message: /^must be a YAML list/
  },
  {
    name: 'a timeline.yaml without a description',
    mutate: (raw) => delete (raw.meta.content as Content).description,
    file: 'timeline.yaml',
    field: 'description',
    message: /must be a map with fr, en and vi texts/
  },
  // ---- Hostile or careless data (issue 11) ----
  ...(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'].map(
    (url): FailureCase => ({
      name: `a source url "${url}"`,
      mutate: (raw) => (listItem(raw.sources, 'test-source-2023').url = url),
      file: 'sources.yaml',
      id: 'test-source-2023',
      field: 'url',
      message: new RegExp(`^must be an http\\(s\\) address; "${url.split(':')[0].toLowerCase()}:" addresses are refused`)
    })
  )),
  {
    name: 'a source url without a scheme',
    mutate: (raw) => (listItem(raw.sources, 'test-source-2023').url = '//example.org/article'),
    file: 'sources.yaml',
    id: 'test-source-2023',
    field: 'url',
    message: /^must be a full http\(s\) address, e\.g\. "https:\/\/example\.org\/article"$/
  },
  {
    name: 'a source url with a password',
    mutate: (raw) => (listItem(raw.sources, 'test-source-2023').url = 'https://user:secret@example.org/'),
    file: 'sources.yaml',
    id: 'test-source-2023',
    field: 'url',
    message: /^must not carry a user name or password$/
  },
  {
    name: 'a summary of 20 MB',
    mutate: (raw) => ((event(raw, TALKS).summary as Content).en = 'a'.repeat(20 * 2 ** 20)),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'summary.en',
    message: /^is 20,971,520 characters long; at most 3,000 are allowed$/
  },
  {
    name: 'a title one character over its limit',
    mutate: (raw) => ((event(raw, TALKS).title as Content).vi = 'Đ'.repeat(201)),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'title.vi',
    message: /^is 201 characters long; at most 200 are allowed$/
  },
  {
    name: 'notes over their limit, counted in characters (an emoji is one)',
    mutate: (raw) => ((event(raw, TALKS).notes as Content).fr = '🙂'.repeat(4001)),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'notes.fr',
    message: /^is 4,001 characters long; at most 4,000 are allowed$/
  },
  {
    name: 'a right-to-left override in a title',
    mutate: (raw) => ((event(raw, TALKS).title as Content).en = 'Talks \u202E51-50-3202'),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'title.en',
    message: /^character 7 is the bidirectional control U\+202E RIGHT-TO-LEFT OVERRIDE, which reorders the text around it on the page; remove it$/
  },
  {
    name: 'a right-to-left isolate in a place name',
    mutate: (raw) => ((listItem(raw.places, 'hanoi').name as Content).fr = 'Hanoï\u2067'),
    file: 'places.yaml',
    id: 'hanoi',
    field: 'name.fr',
    message: /^character 6 is the bidirectional control U\+2067 RIGHT-TO-LEFT ISOLATE/
  },
  {
    name: 'a NUL in a person name',
    mutate: (raw) => (listItem(raw.people, 'to-lam').name = 'Tô\u0000Lâm'),
    file: 'people.yaml',
    id: 'to-lam',
    field: 'name',
    message: /^character 3 is the control character U\+0000 NULL; remove it$/
  },
  {
    name: 'an escape sequence in a summary',
    mutate: (raw) => ((event(raw, TALKS).summary as Content).en = 'The \u001b[31mtwo ministers'),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'summary.en',
    message: /^character 5 is the control character U\+001B ESCAPE; remove it$/
  },
  {
    name: 'a C1 control (text decoded with the wrong encoding)',
    mutate: (raw) => (listItem(raw.sources, 'test-context-2022').title = 'Cooperation\u0092s resumes'),
    file: 'sources.yaml',
    id: 'test-context-2022',
    field: 'title',
    message: /^character 12 is the control character U\+0092, which usually means the text was decoded with the wrong encoding; remove it$/
  },
  {
    name: 'a line break in a one-line title',
    mutate: (raw) => ((event(raw, TALKS).title as Content).fr = 'Entretiens\nà Hanoï'),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'title.fr',
    message: /^character 11 is a line break \(U\+000A\), and this field is one line; remove it$/
  },
  {
    name: 'a line separator in a summary',
    mutate: (raw) => ((event(raw, TALKS).summary as Content).vi = 'Hai Bộ trưởng\u2028nhất trí'),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'summary.vi',
    message: /^character 14 is an invisible LINE SEPARATOR \(U\+2028\); use an ordinary line break; remove it$/
  },
  {
    name: 'a lone surrogate (from a YAML "\\ud800" escape)',
    mutate: (raw) => ((listItem(raw.domains, 'health').label as Content).en = 'health\ud800'),
    file: 'domains.yaml',
    id: 'health',
    field: 'label.en',
    message: /^character 7 is a lone surrogate U\+D800, which is not a character; remove it$/
  },
  {
    name: 'a number where a text is expected',
    mutate: (raw) => ((event(raw, TALKS).title as Content).en = 2023),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'title.en',
    message: /^must be text, not the number 2023; put it in quotes$/
  },
  {
    name: 'a list where a translated map is expected',
    mutate: (raw) => (event(raw, TALKS).summary = ['fr', 'en', 'vi']),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'summary',
    message: /^must be a map with fr, en and vi texts, not a list$/
  },
  {
    name: 'null where a translated map is expected',
    mutate: (raw) => (event(raw, TALKS).title = null),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'title',
    message: /^must be a map with fr, en and vi texts, not empty \(null\)$/
  },
  {
    name: 'a map where a list of ids is expected',
    mutate: (raw) => (event(raw, TALKS).domains = { health: true }),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'domains',
    message: /^must be a list of domain ids, e\.g\. \[health\], not a map$/
  },
  {
    name: 'a text where true or false is expected',
    mutate: (raw) => (event(raw, TALKS).inferred = 'yes'),
    file: `events/${TALKS}.yaml`,
    id: TALKS,
    field: 'inferred',
    message: /^must be true or false, not a text$/
  },
  {
    name: 'a date written as a bare number',
    mutate: (raw) => (event(raw, PERIOD).date = 2022),
    file: `events/${PERIOD}.yaml`,
    id: PERIOD,
    field: 'date',
    message: /^must be an EDTF date in quotes, e\.g\. "2023-05-15", not the number 2022$/
  },
  {
    name: 'an event file holding a list',
    mutate: (raw) => (eventFile(raw, PERIOD).content = [event(raw, PERIOD)]),
    file: `events/${PERIOD}.yaml`,
    message: /^must be a map of fields \(name: value\), not a list$/
  },
  {
    name: 'an empty event file (null)',
    mutate: (raw) => (eventFile(raw, PERIOD).content = null),
    file: `events/${PERIOD}.yaml`,
    message: /^must be a map of fields \(name: value\), not empty \(null\)$/
  },
  {
    name: 'a list item that is a number, found by its position',
    mutate: (raw) => (raw.people.content as unknown[]).push(42),
    file: 'people.yaml',
    field: '2',
    message: /^must be a map of fields \(name: value\), not the number 42$/
  },
  {
    name: 'a list item without an id, found by its position',
    mutate: (raw) => (raw.places.content as Content[]).push({ name: { fr: 'a', en: 'a', vi: 'a' }, country: 'CU' }),
    file: 'places.yaml',
    field: '2.id',
    message: /^is missing; it must be a text id$/
  },
  {
    name: 'a timeline.yaml holding a text',
    mutate: (raw) => (raw.meta.content = 'Vietnam – Cuba'),
    file: 'timeline.yaml',
    message: /^must be a map of fields \(name: value\), not a text$/
  },
  {
    name: 'a list file holding a number',
    mutate: (raw) => (raw.sources.content = 7),
    file: 'sources.yaml',
    message: /^must be a YAML list \(items starting with "- "\), not the number 7$/
  },
  {
    name: 'no events at all',
    mutate: (raw) => (raw.events = []),
    file: 'events',
    message: /^there are no events$/
  }
];

describe('compileTimeline rejects broken data', () => {
  it.each(FAILURES)('names the file, id and field of $name', ({ mutate, file, id, field, message }) => {
    const raw = structuredClone(validRaw);
    mutate(raw);
    const { error, issues } = issuesOf(raw);
    const issue = issues.find((i) => message.test(i.message));
    expect(issue, `no issue matching ${message} among ${JSON.stringify(issues)}`).toBeDefined();
    expect(issue!.file.endsWith(file), `${issue!.file} should end with ${file}`).toBe(true);
    expect(issue!.file.startsWith(VALID)).toBe(true);
    expect(issue!.id).toBe(id);
    expect(issue!.field).toBe(field);
    // The thrown message lists the issue in the form a maintainer reads.
    expect(error.message).toContain(formatIssue(issue!));
  });

  it('reports an unknown field (a typo) by name, next to the field it hides', () => {
    const raw = structuredClone(validRaw);
    const talks = event(raw, TALKS);
    talks.sumary = talks.summary;
    delete talks.summary;
    const { issues } = issuesOf(raw);
    const typo = issues.find((i) => /unknown field/.test(i.message));
    expect(typo).toMatchObject({ file: expect.stringMatching(/events\/talks-2023-05-15\.yaml$/), id: TALKS, field: 'sumary' });
    expect(typo!.message).toBe('unknown field sumary');
    expect(formatIssue(typo!)).toMatch(/talks-2023-05-15\.yaml, id talks-2023-05-15.*sumary/);
    expect(issues).toContainEqual(expect.objectContaining({ id: TALKS, field: 'summary' }));
  });

  it('names the unknown field inside a translated text', () => {
    const raw = structuredClone(validRaw);
    (event(raw, PERIOD).title as Content).es = 'Reanudación';
    const { issues } = issuesOf(raw);
    expect(issues).toEqual([expect.objectContaining({ id: PERIOD, field: 'title.es', message: 'unknown field es' })]);
  });

  it('reports every problem at once, not only the first', () => {
    const raw = structuredClone(validRaw);
    delete (event(raw, TALKS).summary as Content).vi;
    event(raw, PERIOD).date = '2023-13-01';
    listItem(raw.places, 'hanoi').within = 'indochina';
    const { error, issues } = issuesOf(raw);
    expect(issues).toHaveLength(3);
    expect(error.message).toMatch(/^The timeline data has 3 problems:\n/);
  });

  it('says "1 problem" in the singular', () => {
    const raw = structuredClone(validRaw);
    event(raw, PERIOD).date = '2023-13-01';
    expect(issuesOf(raw).error.message).toMatch(/^The timeline data has 1 problem:\n {2}- /);
  });

  // A milestone sorted before its parent would never be drawn (layoutMarks shows
  // milestones only after their parent), so an open end must not skip the start check.
  it('rejects a milestone that starts before its open-ended parent', () => {
    const raw = structuredClone(validRaw);
    Object.assign(event(raw, TALKS), { parent: PERIOD, date: '2021-05-15' });
    const { issues } = issuesOf(raw);
    expect(issues).toContainEqual(
      expect.objectContaining({ id: TALKS, field: 'date', message: 'falls outside the dates of its parent "cooperation-2022"' })
    );
  });

  it('accepts a milestone that runs past the start of its open-ended parent', () => {
    const raw = structuredClone(validRaw);
    Object.assign(event(raw, TALKS), { parent: PERIOD, date: '2023-05-15' });
    const data = compileTimeline(raw);
    expect(data.events.find((e) => e.id === PERIOD)!.children).toEqual([TALKS]);
  });
});

describe('compileTimeline keeps the characters texts need', () => {
  it('keeps line breaks and tabs in multi-line texts, narrow no-break spaces and direction marks everywhere', () => {
    const raw = structuredClone(validRaw);
    const talks = event(raw, TALKS);
    (talks.summary as Content).fr = 'Premier paragraphe\u202f;\n\n\tsecond paragraphe.';
    (talks.notes as Content).en = 'Line one\nline two';
    (talks.title as Content).en = 'Talks with \u05d9\u05e9\u05e8\u05d0\u05dc\u200f (Hebrew) \u2014 a mark';
    const compiled = compileTimeline(raw).events.find((e) => e.id === TALKS)!;
    expect(compiled.summary.fr).toBe('Premier paragraphe\u202f;\n\n\tsecond paragraphe.');
    expect(compiled.title.en).toContain('\u200f');
  });

  it('accepts a text exactly as long as its limit', () => {
    const raw = structuredClone(validRaw);
    (event(raw, TALKS).summary as Content).en = 'ă'.repeat(3000);
    expect(() => compileTimeline(raw)).not.toThrow();
  });

  it('reports an invalid source once, not again in every event that cites it', () => {
    const raw = structuredClone(validRaw);
    listItem(raw.sources, 'test-source-2023').url = 'javascript:alert(1)';
    expect(issuesOf(raw).issues).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/sources\.yaml$/), id: 'test-source-2023', field: 'url' })
    ]);
  });

  it('prints control characters from the data as escapes, so a message cannot restyle the terminal', () => {
    const raw = structuredClone(validRaw);
    event(raw, TALKS)['\u001b[2J\u202e'] = 1;
    const { error, issues } = issuesOf(raw);
    expect(issues[0].field).toBe('\u001b[2J\u202e');
    expect(error.message).toContain('field \\u{1B}[2J\\u{202E}: unknown field \\u{1B}[2J\\u{202E}');
    expect(error.message).not.toMatch(/[\u001b\u202e]/);
  });

  it('cuts a very long unknown key in the message', () => {
    const raw = structuredClone(validRaw);
    event(raw, TALKS)['k'.repeat(100_000)] = 1;
    const { error } = issuesOf(raw);
    expect(error.message.length).toBeLessThan(2000);
    expect(error.message).toContain(`field ${'k'.repeat(200)}…`);
  });
});

describe('readDataFolder rejects broken folders', () => {
  const CASES = [
    { folder: 'broken-yaml', file: 'events/broken-event.yaml', message: /^is not valid YAML: .*line 6/ },
    { folder: 'missing-people', file: 'people.yaml', message: /^file is missing$/ },
    { folder: 'no-such-folder', file: 'events', message: /^folder is missing$/ }
  ];

  it.each(CASES)('names $file in $folder', ({ folder, file, message }) => {
    const { error, issues } = folderIssues(`${FIXTURES}/${folder}`);
    const issue = issues.find((i) => message.test(i.message));
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.file).toBe(`${FIXTURES}/${folder}/${file}`);
    expect(error.message).toContain(formatIssue(issue!));
  });

  it('reports only the broken file when the rest of the folder reads', () => {
    expect(folderIssues(`${FIXTURES}/broken-yaml`).issues).toHaveLength(1);
    expect(folderIssues(`${FIXTURES}/missing-people`).issues).toHaveLength(1);
  });

  it('lists every file it read, events in name order', () => {
    const { files } = readDataFolder(VALID);
    expect(files.map((f) => f.replace(/^.*tests\/fixtures\/valid\//, ''))).toEqual([
      'timeline.yaml',
      'sources.yaml',
      'people.yaml',
      'places.yaml',
      'domains.yaml',
      'events/cooperation-2022.yaml',
      'events/state-visit-2023-05.yaml',
      'events/talks-2023-05-15.yaml'
    ]);
  });
});

describe('the real data folder', () => {
  const { raw } = readDataFolder('data');
  const data = compileTimeline(raw);
  const byId = new Map(data.events.map((e) => [e.id, e]));

  /** Every translated text of the raw data, with where it is. */
  function translatedTexts(): { where: string; lang: string; text: string }[] {
    const out: { where: string; lang: string; text: string }[] = [];
    const visit = (value: unknown, where: string): void => {
      if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${where}.${i}`));
      else if (value && typeof value === 'object') {
        const map = value as Content;
        if (LANGS.every((lang) => typeof map[lang] === 'string')) {
          for (const lang of LANGS) out.push({ where: `${where}.${lang}`, lang, text: map[lang] as string });
        } else for (const [key, child] of Object.entries(map)) visit(child, `${where}.${key}`);
      }
    };
    for (const file of [raw.meta, raw.sources, raw.people, raw.places, raw.domains, ...raw.events]) {
      visit(file.content, file.path);
    }
    return out;
  }

  it('compiles without a single issue', () => {
    expect(() => compileTimeline(structuredClone(raw))).not.toThrow();
  });

  it.each([
    'visit-2010',
    'agreement-2018',
    'resumption-2022',
    'visit-2022-10-cuba',
    'visit-2023-05',
    'review-2023',
    'visit-2024-04-havana'
  ])('contains the event %s', (id) => {
    expect(byId.has(id)).toBe(true);
  });

  it.each([
    ['visit-2022-10-cuba', ['cimeq-visit-2022-10']],
    ['visit-2023-05', ['talks-2023-05-15', 'awards-2023-05', 'park-visit-2023-05-15']],
    ['visit-2024-04-havana', ['talks-2024-04', 'hq-visit-2024-04']]
  ])('gives %s its milestones', (parent, children) => {
    expect([...byId.get(parent)!.children].sort()).toEqual([...children].sort());
    for (const child of children) expect(byId.get(child)).toMatchObject({ parent, depth: 1 });
  });

  it('keeps resumption-2022 open-ended to the end of the record', () => {
    expect(byId.get('resumption-2022')!.date).toMatchObject({ openEnd: true, max: data.span.max });
  });

  // Foreign place names Vietnamese writes as they are, without tone marks.
  const FOREIGN_NAMES = new Set(['Cuba', 'La Habana']);
  const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

  it('has at least one Vietnamese diacritic in every Vietnamese text', () => {
    const texts = translatedTexts().filter((t) => t.lang === 'vi');
    expect(texts.length).toBeGreaterThan(50);
    const bare = texts.filter((t) => !FOREIGN_NAMES.has(t.text) && !VIETNAMESE_LETTER.test(t.text.normalize('NFC')));
    expect(bare.map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  it('writes every text in composed (NFC) form, so search and width estimates see one letter', () => {
    const decomposed = translatedTexts().filter((t) => t.text !== t.text.normalize('NFC'));
    expect(decomposed.map((t) => t.where)).toEqual([]);
  });

  it.each(['Tô Lâm', 'Álvarez Casas', 'Lê Văn Tuyến', 'Trần Lưu Quang', 'Hoài Đức'])(
    'keeps the diacritics of %s',
    (name) => {
      expect(JSON.stringify(data)).toContain(name);
    }
  );

  it('names people with their diacritics', () => {
    expect(data.people['to-lam'].name).toBe('Tô Lâm');
    expect(data.people['le-van-tuyen'].name).toBe('Lê Văn Tuyến');
    expect(data.people['diaz-canel'].name).toBe('Miguel Díaz-Canel');
    expect(data.people['alvarez-casas'].name).toContain('Álvarez Casas');
    expect(data.places['hoai-duc'].name.vi).toBe('huyện Hoài Đức');
  });
});
