import type { Handle } from '@sveltejs/kit';
import { isLang } from '$lib/timeline/lang';

// <html lang> must be right in the prerendered HTML, before any script runs.
export const handle: Handle = ({ event, resolve }) => {
  const first = event.url.pathname.split('/')[1];
  const lang = isLang(first) ? first : 'en';
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
