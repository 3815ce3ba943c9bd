import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawData, RawFile } from './compileTimeline';
import { DataValidationError, type DataIssue } from './dataError.ts';
import { fileTooLarge, parseDataFile } from './parseDataFile.ts';
import { MAX_FOLDER_BYTES } from './textRules.ts';

/** Where the data comes from: TIMELINE_DATA, or ./data. */
export function dataFolder(env: Record<string, string | undefined> = process.env): string {
  return env.TIMELINE_DATA || 'data';
}

/**
 * Reads and YAML-parses every file of a data folder; throws DataValidationError
 * for missing, oversized, non-UTF-8 or malformed files, and for a folder
 * larger than `maxFolderBytes` (MAX_FOLDER_BYTES unless a test says otherwise).
 */
export function readDataFolder(
  dir: string,
  { maxFolderBytes = MAX_FOLDER_BYTES }: { maxFolderBytes?: number } = {}
): { raw: RawData; files: string[] } {
  const issues: DataIssue[] = [];
  const files: string[] = [];
  const shown = (path: string) => relative(process.cwd(), path) || path;
  let total = 0;

  const read = (path: string): RawFile => {
    files.push(path);
    const file = shown(path);
    if (!existsSync(path)) {
      issues.push({ file, message: 'file is missing' });
      return { path: file, content: undefined };
    }
    try {
      // Sizes come from the file system first: a symlink to /dev/zero or a
      // gigabyte file is refused before a byte of it is read.
      const stat = statSync(path);
      if (!stat.isFile()) {
        issues.push({ file, message: 'is not a regular file' });
        return { path: file, content: undefined };
      }
      total += stat.size;
      const oversized = fileTooLarge(file, stat.size);
      if (oversized) issues.push(oversized);
      // Past the folder's limit, nothing more is read (the folder's issue is added below).
      if (oversized || total > maxFolderBytes) return { path: file, content: undefined };
      const { content, issues: found } = parseDataFile(file, readFileSync(path));
      issues.push(...found);
      return { path: file, content };
    } catch (error) {
      // Removed or locked between the listing and the read.
      issues.push({ file, message: `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      return { path: file, content: undefined };
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
  if (total > maxFolderBytes) {
    issues.push({
      file: shown(dir),
      message: `holds ${total.toLocaleString('en')} bytes of data files; a data folder may hold at most ${maxFolderBytes.toLocaleString('en')}`
    });
  }
  if (issues.length) throw new DataValidationError(issues);
  return { raw, files };
}
