import { onMount } from 'svelte';
import type { TimelineData } from '$lib/data/model';
import { earlyData, releaseEarly, requestData } from '$lib/data/earlyFetch';
import { unpackJson, type PackedJson } from '$lib/data/packJson';

interface Delivered {
  timeline: TimelineData;
  dataUrl: string | null;
}

// The whole timelines unpacked in this visit, by data file: a later page on
// the same file (another language) starts on it at once. The page holds the
// timeline anyway; the parsed file it came from is let go (releaseEarly).
const unpacked = new Map<string, TimelineData>();

/** Keeps the whole timeline unpacked from the file at `url`, and lets the parsed file go. */
function keep(url: string, timeline: TimelineData): TimelineData {
  unpacked.set(url, timeline);
  releaseEarly(url);
  return timeline;
}

/** The whole timeline in the file at `url`: kept from an earlier page, or fetched (the head's request if any) and unpacked. */
function whole(url: string): Promise<TimelineData> {
  const known = unpacked.get(url);
  if (known) return Promise.resolve(known);
  return requestData(url).then((packed) => {
    performance.mark('timeline-data:parsed');
    return keep(url, unpackJson(packed as PackedJson) as TimelineData);
  });
}

/**
 * The whole timeline when the page's head already has it (the early request,
 * see earlyFetch.ts, often arrives while the app's scripts still load), for
 * a page that can start on it: one opened on its default view (no query),
 * whose prerendered HTML is the same for the preview and the whole (the plot
 * and the list are drawn in the browser, the counts are the whole's). The
 * page is then built once, on every event, with no preview to draw and
 * replace. Null otherwise, or on the server.
 */
function alreadyHere(dataUrl: string | null): TimelineData | null {
  if (!dataUrl || typeof window === 'undefined' || location.search !== '') return null;
  const known = unpacked.get(dataUrl);
  if (known) return known;
  const packed = earlyData(dataUrl);
  if (packed === undefined) return null;
  try {
    const timeline = keep(dataUrl, unpackJson(packed as PackedJson) as TimelineData);
    performance.mark('timeline-data:unpacked');
    return timeline;
  } catch {
    // Left to the request in onMount, which reports it and keeps the preview.
    return null;
  }
}

/**
 * The page's timeline: the inlined one, or, when the page only inlines a
 * preview (see delivery.ts), the whole one once fetched. `complete` tells
 * which. The whole timeline takes the preview's place in the page as it is
 * (what the reader did meanwhile stands); only a page opened on an address
 * that says more than the default view re-creates its view when it is in
 * (`rebuild`), so that the address is read again against every event.
 * `atOnce`: start on the whole timeline when it is already here (see alreadyHere).
 */
export function wholeTimeline(delivered: () => Delivered, { atOnce = false }: { atOnce?: boolean } = {}) {
  let fetched = $state.raw<TimelineData | null>(atOnce ? alreadyHere(delivered().dataUrl) : null);
  let failed = $state(false);
  let openedOnQuery = false;
  onMount(() => {
    const { dataUrl } = delivered();
    if (!dataUrl || fetched) return;
    openedOnQuery = location.search !== '';
    // Marks for the benchmark's breakdown of the time to first paint.
    performance.mark('timeline-data:mounted');
    whole(dataUrl)
      .then((timeline) => {
        performance.mark('timeline-data:unpacked');
        fetched = timeline;
      })
      .catch((error) => {
        // The preview stays: the reader keeps what is shown, and the console says why.
        console.error('The whole timeline could not be loaded', error);
        failed = true;
      });
  });
  return {
    get current(): TimelineData {
      return fetched ?? delivered().timeline;
    },
    get complete(): boolean {
      return fetched !== null || delivered().dataUrl === null;
    },
    get failed(): boolean {
      return failed;
    },
    /** True once the whole timeline is in, for a page opened on an address with a query (see above). */
    get rebuild(): boolean {
      return fetched !== null && openedOnQuery;
    }
  };
}
