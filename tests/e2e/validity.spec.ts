/**
 * The prerendered HTML is valid (the W3C Nu checker, from the vnu-jar
 * package, finds no error on any page of build/), and its dates and list
 * items are machine-readable: <time datetime> for every date of the list,
 * data-event-id on every list item.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { LANGS, listItem, ROOT, timeOrder } from './support';

const BUILD = join(ROOT, 'build');
const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** Every .html file under a folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

test('the Nu HTML checker finds no error on any prerendered page', async () => {
  test.setTimeout(180_000);
  const files = htmlFiles(BUILD);
  const pages = files.map((file) => relative(BUILD, file));
  // Every kind of page is there: the root, each language page, its embed and its event pages.
  expect(pages).toContain('index.html');
  for (const lang of LANGS) {
    expect(pages).toContain(`${lang}.html`);
    expect(pages).toContain(`${lang}/embed.html`);
    expect(pages.filter((page) => page.startsWith(`${lang}/events/`))).toHaveLength(timeOrder.length);
  }

  // vnu exits non-zero when it finds errors; its report (JSON on stderr) says which.
  const run = promisify(execFile);
  const args = ['-jar', VNU, '--errors-only', '--format', 'json', ...files];
  const output = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).then(
    (done) => done.stderr,
    (failed: { stderr?: string }) => failed.stderr ?? ''
  );
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${relative(BUILD, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.message} ${m.extract ?? ''}`);
  expect(errors, errors.join('\n')).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`every list item of /${lang} names its event and dates it machine-readably`, async ({ page }) => {
      await page.goto(`/${lang}`);
      for (const event of timeOrder) {
        const item = listItem(page, event.id);
        await expect(item).toHaveAttribute('data-event-id', event.id);
        // The start as the data writes it: a year, a month or a day.
        const start = /\d{4}(-\d{2}(-\d{2})?)?/.exec(event.date)![0];
        await expect(item.locator('.when time')).toHaveAttribute('datetime', start);
      }
    });
  }
});
