/**
 * Starts fetching and parsing a large timeline's data file while the page's
 * HTML is still being read, instead of once the app has started: the file
 * then arrives, and is parsed, while the browser is still loading the app's
 * modules. The route puts earlyFetchScript in the page's head; wholeTimeline
 * takes the request over with requestData.
 */
const GLOBAL = '__timelineData';

interface EarlyRequest {
  url: string;
  data: Promise<unknown>;
}

/** An inline <script> that requests `url` and parses it as JSON. */
export function earlyFetchScript(url: string): string {
  // The address is the build's own, but it is escaped like any text put in a script.
  const text = JSON.stringify(url).replace(/</g, '\\u003c');
  return (
    `<script>window.${GLOBAL}={url:${text},data:fetch(${text}).then(function(r){` +
    `if(!r.ok)throw new Error(${text}+": HTTP "+r.status);return r.json()})};` +
    // Handled by requestData; this only keeps an early failure from being reported twice.
    `window.${GLOBAL}.data.catch(function(){})</scr` +
    'ipt>'
  );
}

/** The parsed JSON at `url`: the request the page's head started, or a new one. */
export function requestData(url: string): Promise<unknown> {
  const early = (window as unknown as Record<string, EarlyRequest | undefined>)[GLOBAL];
  if (early?.url === url) return early.data;
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  });
}
