import type { Lang } from '../timeline/types';
import { embedPath, serializeEmbedOptions, type EmbedOptions } from './embedOptions';

/**
 * What the sandbox allows: scripts, its own origin (so it runs as our site),
 * new tabs for links, and downloads (the Download / Share menu's files; a
 * frame without it cannot save them).
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

/** What the frame may use: the clipboard, for "Copy the link" and the citations' copy buttons. */
export const EMBED_ALLOW = 'clipboard-write';

/** The height a plain iframe gets when none is chosen: the axis and a short details panel. */
export const DEFAULT_FRAME_HEIGHT = 640;

/** Text made safe inside a double-quoted HTML attribute or between tags. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface SnippetInput {
  /** Our site's origin, e.g. https://timeline.example.org */
  siteOrigin: string;
  lang: Lang;
  options: Partial<EmbedOptions>;
  /** The frame's title, read by screen readers. */
  title: string;
}

/**
 * A responsive iframe that needs no script. It cannot follow its content,
 * so it always has a fixed height (the chosen one, or DEFAULT_FRAME_HEIGHT).
 */
export function iframeSnippet({ siteOrigin, lang, options, title }: SnippetInput): string {
  const height = typeof options.height === 'number' ? options.height : DEFAULT_FRAME_HEIGHT;
  const src = `${siteOrigin}${embedPath(lang, { ...options, height, origin: null })}`;
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" ` +
    `style="border:0;display:block" loading="lazy" sandbox="${EMBED_SANDBOX}" allow="${EMBED_ALLOW}"></iframe>`
  );
}

/**
 * The placeholder's attribute for an option: `data-` and its name, except
 * `title` (show the title), which is `data-show-title` because `data-title`
 * is the frame's accessible title.
 */
export function optionAttribute(name: string): string {
  return name === 'title' ? 'data-show-title' : `data-${name}`;
}

/**
 * A placeholder and the host script, which turns it into an iframe that
 * follows its content's height (or keeps a fixed one) and can be driven
 * from the page. Options become data- attributes of the same names.
 */
export function scriptSnippet({ siteOrigin, lang, options, title }: SnippetInput): string {
  const attributes = [`data-lang="${lang}"`];
  for (const [name, value] of serializeEmbedOptions({ ...options, origin: null })) {
    attributes.push(`${optionAttribute(name)}="${escapeHtml(value)}"`);
  }
  attributes.push(`data-title="${escapeHtml(title)}"`);
  return (
    `<div data-mps-timeline ${attributes.join(' ')}></div>\n` +
    `<script src="${escapeHtml(`${siteOrigin}/embed.js`)}" async></script>`
  );
}
