/**
 * The search's Web Worker: indexes the timeline and answers queries off the
 * page's main thread, so typing never waits for a 100,000-event index (see
 * searchWorkerCore.ts for what it does, searchClient.ts for the page's side).
 */
import { unpackJson, type PackedJson } from '../data/packJson';
import type { TimelineData } from '../data/model';
import { subsetTimeline } from '../data/subsetTimeline';
import { event as en } from '../i18n/locales/en.json';
import { event as fr } from '../i18n/locales/fr.json';
import { event as vi } from '../i18n/locales/vi.json';
import { SearchWorkerCore, type ToSearchWorker } from './searchWorkerCore';

/** Long enough to index a few hundred events, short enough to answer a keystroke soon after it arrives. */
const SLICE_MS = 30;

const worker = self as unknown as {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null;
};

// The kinds' and evidence levels' words, as the details' badges show them, are searched too.
const labels = Object.fromEntries(
  Object.entries({ fr, en, vi }).map(([lang, strings]) => [lang, { kind: strings.kind, evidence: strings.evidence }])
);

const core = new SearchWorkerCore((message) => {
  // The indices move to the page instead of being copied.
  worker.postMessage(message, message.type === 'answer' ? [message.indices.buffer] : []);
}, labels);

let scheduled = false;
function schedule() {
  if (scheduled) return;
  scheduled = true;
  // A timer, not a loop: messages that arrived meanwhile (the next keystroke) are read between slices.
  setTimeout(() => {
    scheduled = false;
    if (core.step(SLICE_MS)) schedule();
  }, 0);
}

worker.onmessage = ({ data: message }) => {
  if (message.type !== 'bytes') {
    core.receive(message);
    schedule();
    return;
  }
  try {
    const packed = JSON.parse(new TextDecoder().decode(message.bytes)) as PackedJson;
    core.setData(subsetTimeline(unpackJson(packed) as TimelineData, message.subset));
    schedule();
  } catch (error) {
    worker.postMessage({ type: 'error', message: `The data file could not be read: ${error instanceof Error ? error.message : String(error)}` });
  }
};
