import { compileTimeline } from '../../../src/lib/data/compileTimeline';
import { readDataFolder } from '../../../src/lib/data/readDataFolder';
import type { TimelineData } from '../../../src/lib/data/model';

/** How long each step of the build's data loading takes, run in this process. */
export interface DataPipelineTimes {
  /** readDataFolder: reading and YAML-parsing one file per event. */
  readMs: number;
  /** compileTimeline: zod validation, EDTF parsing, cross-file checks. */
  compileMs: number;
  /** What compileToFile.ts does to hand the data to the build: JSON.stringify once (the file timelineDataPlugin's module reads). */
  serializeMs: number;
  /** Size of the compiled timeline as JSON (what a page inlines, up to TIMELINE_INLINE_MAX events). */
  jsonBytes: number;
}

/**
 * Loads a data folder the way the build does (the project's own
 * readDataFolder and compileTimeline) and times each step. Also validates the
 * generated data: a DataValidationError here means the generator is wrong.
 */
export function timeDataPipeline(dir: string): { times: DataPipelineTimes; data: TimelineData } {
  const t0 = performance.now();
  const { raw } = readDataFolder(dir);
  const t1 = performance.now();
  const data = compileTimeline(raw);
  const t2 = performance.now();
  const json = JSON.stringify(data);
  const t3 = performance.now();
  return {
    times: { readMs: t1 - t0, compileMs: t2 - t1, serializeMs: t3 - t2, jsonBytes: Buffer.byteLength(json) },
    data
  };
}
