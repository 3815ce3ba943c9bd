import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';

/** The machine the numbers were taken on. */
export interface Machine {
  os: string;
  cpu: string;
  cpus: number;
  memoryGb: number;
  node: string;
  chromium: string;
}

/** Describes this machine; `chromium` is the browser's own version string. */
export function describeMachine(chromium: string): Machine {
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(osRelease)?.[1];
  return {
    os: `${pretty ?? type()} (${type()} ${release()})`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cpus: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium
  };
}

/** One line for tables: "2 × AMD EPYC …, 24 GB, Debian GNU/Linux 12, Node v20.20.2, Chromium 156.0…". */
export function machineLine(m: Machine): string {
  return `${m.cpus} × ${m.cpu}, ${m.memoryGb} GB, ${m.os.replace(/ \(.*\)$/, '')}, Node ${m.node}, Chromium ${m.chromium}`;
}
