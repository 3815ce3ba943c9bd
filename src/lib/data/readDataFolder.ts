import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { RawData, RawFile } from './compileTimeline';
import { DataValidationError, type DataIssue } from './dataError.ts';

/** Where the data comes from: TIMELINE_DATA, or ./data. */
export function dataFolder(env: Record<string, string | undefined> = process.env): string {
  return env.TIMELINE_DATA || 'data';
}

/** Reads and YAML-parses every file of a data folder; throws DataValidationError for missing or malformed files. */
export function readDataFolder(dir: string): { raw: RawData; files: string[] } {
  const issues: DataIssue[] = [];
  const files: string[] = [];
  const shown = (path: string) => relative(process.cwd(), path) || path;

  const read = (path: string): RawFile => {
    files.push(path);
    if (!existsSync(path)) {
      issues.push({ file: shown(path), message: 'file is missing' });
      return { path: shown(path), content: undefined };
    }
    try {
      return { path: shown(path), content: parse(readFileSync(path, 'utf8')) };
    } catch (error) {
      issues.push({ file: shown(path), message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      return { path: shown(path), content: undefined };
    }
  };

  const eventsDir = join(dir, 'events');
  const eventFiles = existsSync(eventsDir)
    ? readdirSync(eventsDir).filter((name) => /\.ya?ml$/.test(name)).sort()
    : [];
  if (!existsSync(eventsDir)) issues.push({ file: shown(eventsDir), message: 'folder is missing' });

  const raw: RawData = {
    meta: read(join(dir, 'timeline.yaml')),
    sources: read(join(dir, 'sources.yaml')),
    people: read(join(dir, 'people.yaml')),
    places: read(join(dir, 'places.yaml')),
    domains: read(join(dir, 'domains.yaml')),
    events: eventFiles.map((name) => read(join(eventsDir, name)))
  };
  if (issues.length) throw new DataValidationError(issues);
  return { raw, files };
}
