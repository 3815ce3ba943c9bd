/**
 * The public address of the site, for canonical and hreflang links, which
 * must be absolute. Set SITE_URL when building for a real host.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.SITE_URL || 'http://localhost:4173').replace(/\/+$/, '');
}
