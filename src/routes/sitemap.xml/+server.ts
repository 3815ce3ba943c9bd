import timeline from 'virtual:timeline-data';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import { LANGS } from '$lib/timeline/types';

export const prerender = true;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every page, each with its language alternates. */
export function GET() {
  const base = siteUrl();
  const eventPaths = eventPagesEnabled(timeline.events.length) ? timeline.events.map((event) => `/events/${event.id}`) : [];
  const paths = ['', ...eventPaths];
  const urls = paths.flatMap((path) =>
    LANGS.map((lang) => {
      const alternates = LANGS.map(
        (other) =>
          `    <xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(`${base}/${other}${path}`)}"/>`
      ).join('\n');
      return `  <url>\n    <loc>${escapeXml(`${base}/${lang}${path}`)}</loc>\n${alternates}\n  </url>`;
    })
  );
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
