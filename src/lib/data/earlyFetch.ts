/**
 * Starts fetching and parsing a large timeline's data file while the page's
 * HTML is still being read, instead of once the app has started: the file
 * then arrives, and is parsed, while the browser is still loading the app's
 * modules. The route puts earlyFetchScript in the page's head; wholeTimeline
 * takes the request over with requestData.
 */
import { EARLY_FETCH_GLOBAL, EARLY_FETCH_SCRIPT } from '$lib/csp/inlineScripts.js';

interface EarlyRequest {
  url: string;
  data: Promise<unknown>;
  /** The parsed data, once it has arrived. */
  value?: unknown;
}

const page = () => window as unknown as Record<string, EarlyRequest | undefined>;
const earlyRequest = () => page()[EARLY_FETCH_GLOBAL];

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An inline <script> that requests `url` and parses it as JSON. Its body is
 * a constant (its hash is in the Content-Security-Policy); the address is in
 * its data-url attribute.
 */
export function earlyFetchScript(url: string): string {
  // The address is the build's own, but it is escaped like any attribute value.
  return `<script data-url="${escapeAttribute(url)}">${EARLY_FETCH_SCRIPT}</scr` + 'ipt>';
}

/** The parsed JSON at `url` if the page's head requested it and it has already arrived, else undefined. */
export function earlyData(url: string): unknown {
  const early = earlyRequest();
  return early?.url === url ? early.value : undefined;
}

/** The parsed JSON at `url`: the request the page's head started, or a new one. */
export function requestData(url: string): Promise<unknown> {
  const early = earlyRequest();
  if (early?.url === url) return early.data;
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  });
}

/**
 * Lets the head's request for `url` go, with the parsed file it holds (as
 * much heap again as the timeline), once the page has the timeline unpacked.
 */
export function releaseEarly(url: string): void {
  if (earlyRequest()?.url === url) delete page()[EARLY_FETCH_GLOBAL];
}
