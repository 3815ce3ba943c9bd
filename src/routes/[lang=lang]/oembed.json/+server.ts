import { error, json } from '@sveltejs/kit';
import timeline from 'virtual:timeline-data';
import { DEFAULT_FRAME_HEIGHT, iframeSnippet } from '$lib/embed/embedSnippets';
import { resources } from '$lib/i18n/resources';
import { createTranslator } from '$lib/i18n/createTranslator';
import { isLang } from '$lib/timeline/lang';
import { siteUrl } from '$lib/site';
import { LANGS } from '$lib/timeline/types';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

/**
 * A static oEmbed answer (https://oembed.com, type "rich") for the language
 * page, which links to it: platforms that know oEmbed embed the plain iframe.
 */
export const GET: RequestHandler = ({ params }) => {
  if (!isLang(params.lang)) error(404, 'No such language');
  const lang = params.lang;
  const site = siteUrl();
  const title = timeline.meta.title[lang];
  return json({
    version: '1.0',
    type: 'rich',
    title,
    provider_name: title,
    provider_url: `${site}/${lang}`,
    html: iframeSnippet({
      siteOrigin: site,
      lang,
      options: {},
      title: createTranslator(lang, resources[lang])('embed.frameTitle', { title })
    }),
    width: 960,
    height: DEFAULT_FRAME_HEIGHT
  });
};
