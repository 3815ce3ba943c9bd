/**
 * The public address of the site, for canonical and hreflang links, which
 * must be absolute. Set SITE_URL when building for a real host.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.SITE_URL || 'http://127.0.0.1:4173').replace(/\/+$/, '');
}

/**
 * Whether each event gets its own prerendered page. Above EVENT_PAGES_MAX
 * events (default 500) it does not: every page inlines the timeline, so
 * thousands of pages would multiply the site's size; links then open the
 * language page on the event instead.
 */
export function eventPagesEnabled(eventCount: number, env: Record<string, string | undefined> = process.env): boolean {
  const max = env.EVENT_PAGES_MAX ? Number(env.EVENT_PAGES_MAX) : 500;
  return eventCount <= (Number.isFinite(max) ? max : 500);
}
