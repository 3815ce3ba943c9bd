import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_HEIGHT, EMBED_ALLOW, EMBED_SANDBOX, escapeHtml, iframeSnippet, scriptSnippet } from '../../src/lib/embed/embedSnippets';

const siteOrigin = 'https://timeline.example';
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('iframeSnippet', () => {
  it('is a titled, lazy, sandboxed, full-width iframe with a fixed height', () => {
    expect(iframeSnippet({ siteOrigin, lang: 'fr', options: {}, title: 'Frise' })).toBe(
      `<iframe src="https://timeline.example/fr/embed?height=${DEFAULT_FRAME_HEIGHT}" title="Frise" width="100%" ` +
        `height="${DEFAULT_FRAME_HEIGHT}" style="border:0;display:block" loading="lazy" sandbox="${EMBED_SANDBOX}" allow="${EMBED_ALLOW}"></iframe>`
    );
  });

  it('lets the frame save the files of its Download / Share menu and copy its link, and nothing more', () => {
    expect(EMBED_SANDBOX.split(' ').sort()).toEqual(
      ['allow-downloads', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts'].sort()
    );
    expect(EMBED_ALLOW).toBe('clipboard-write');
  });

  it('turns the menu off with share=0, and leaves it on by default', () => {
    expect(iframeSnippet({ siteOrigin, lang: 'en', options: { share: false }, title: 't' })).toContain('share=0');
    expect(iframeSnippet({ siteOrigin, lang: 'en', options: {}, title: 't' })).not.toContain('share=');
    expect(scriptSnippet({ siteOrigin, lang: 'en', options: { share: false }, title: 't' })).toContain('data-share="0"');
  });

  it('carries the options in its address, escaped for HTML, and the chosen height', () => {
    const html = iframeSnippet({
      siteOrigin,
      lang: 'en',
      options: {
        view: { event: 'visit-2023-05', from: utc('2023-05-01'), to: utc('2023-06-01'), second: 'vi', list: false },
        theme: 'dark',
        height: 500,
        origin: 'https://host.example'
      },
      title: 'A "quoted" <title> & more'
    });
    expect(html).toContain(
      'src="https://timeline.example/en/embed?event=visit-2023-05&amp;from=2023-05-01&amp;to=2023-06-01&amp;second=vi&amp;theme=dark&amp;height=500"'
    );
    expect(html).toContain('height="500"');
    expect(html).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more"');
    // The host's origin is the host script's business, not a plain iframe's.
    expect(html).not.toContain('origin=');
  });
});

describe('scriptSnippet', () => {
  it('is a placeholder with the options as data- attributes, then the script', () => {
    expect(
      scriptSnippet({
        siteOrigin,
        lang: 'vi',
        options: { view: { event: 'talks-2024-04', from: null, to: null, second: 'fr', list: false }, subset: { kind: 'domain', id: 'health' }, details: false },
        title: 'Dòng thời gian'
      })
    ).toBe(
      '<div data-mps-timeline data-lang="vi" data-event="talks-2024-04" data-second="fr" data-domain="health" data-details="0" data-title="Dòng thời gian"></div>\n' +
        '<script src="https://timeline.example/embed.js" async></script>'
    );
  });

  it('writes the title option as data-show-title, leaving data-title to name the frame', () => {
    const html = scriptSnippet({ siteOrigin, lang: 'fr', options: { title: true }, title: 'Frise' });
    expect(html).toContain('data-show-title="1"');
    expect(html).toContain('data-title="Frise"');
    expect(html.match(/data-title=/g)).toHaveLength(1);
    expect(scriptSnippet({ siteOrigin, lang: 'fr', options: { title: false }, title: 'Frise' })).not.toContain('show-title');
  });

  it('leaves automatic height to the script, and writes a fixed one', () => {
    expect(scriptSnippet({ siteOrigin, lang: 'en', options: { height: 'auto' }, title: 't' })).not.toContain('data-height');
    expect(scriptSnippet({ siteOrigin, lang: 'en', options: { height: 720 }, title: 't' })).toContain('data-height="720"');
  });
});

describe('escapeHtml', () => {
  it('escapes what could end an attribute or open a tag', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});
