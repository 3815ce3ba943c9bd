import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimelineData } from '../../../src/lib/data/model';
import { fullWindow } from '../../../src/lib/timeline/timeWindow';
import { BENCH_DIR } from './paths';

const DAY = 86_400_000;
export const VIS_LIBRARY = join(BENCH_DIR, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');

/** A vis-timeline item: a range where the event lasts more than a day, a box otherwise. */
interface VisItem {
  id: string;
  content: string;
  start: number;
  end?: number;
  type: 'range' | 'box';
}

/** Our events as vis-timeline items: same ids and extents, the English title as content, no groups. */
export function toVisItems(data: TimelineData): VisItem[] {
  return data.events.map((event) =>
    event.date.max - event.date.min > DAY
      ? { id: event.id, content: event.title.en, start: event.date.min, end: event.date.max, type: 'range' }
      : { id: event.id, content: event.title.en, start: event.date.min, type: 'box' }
  );
}

/** Writes the static vis-timeline page for `data` into `dir`: index.html, the library (linked) and items.js. */
export function writeVisPage(dir: string, data: TimelineData): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(BENCH_DIR, 'vis/index.html'), join(dir, 'index.html'));
  symlinkSync(VIS_LIBRARY, join(dir, 'vis-timeline-graph2d.min.js'));
  const window = fullWindow(data.span);
  writeFileSync(
    join(dir, 'items.js'),
    `window.__window = ${JSON.stringify(window)};\nwindow.__items = ${JSON.stringify(toVisItems(data))};\n`
  );
}
