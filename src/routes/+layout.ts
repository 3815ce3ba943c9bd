// Every page is prerendered so the site can be served from any static host.
export const prerender = true;
export const trailingSlash = 'never';
