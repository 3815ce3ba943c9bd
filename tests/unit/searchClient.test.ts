import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { startSearch, type SearchAnswerMessage } from '../../src/lib/search/searchClient';

const data = compileTimeline(readDataFolder('data').raw);

/** Waits until `done` holds (the engine answers between timers), or fails after a few seconds. */
async function until(done: () => boolean) {
  for (let i = 0; i < 300 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(done()).toBe(true);
}

// Node has no Web Worker: the client runs the worker's core in the page, as
// a browser that cannot start the worker would. (connectSearch, which needs
// the browser's effects, is tested through the page.)
describe('startSearch without a worker', () => {
  it('answers the latest query, complete once indexed', async () => {
    const answers: SearchAnswerMessage[] = [];
    const client = startSearch({ data }, (answer) => answers.push(answer));
    client.search('tu', ['en']);
    client.search('tuyen', ['en']);
    await until(() => answers.some((answer) => answer.complete));
    expect(answers.every((answer) => answer.query === 'tuyen')).toBe(true);
    const ids = [...answers.at(-1)!.indices].map((i) => data.events[i].id).sort();
    expect(ids).toEqual(data.events.filter((e) => e.participants.some((p) => p.person === 'le-van-tuyen')).map((e) => e.id).sort());
    expect(answers.at(-1)!.size).toBe(data.events.length);
    client.stop();
  });

  it('prepares languages before a query, and searches two at once', async () => {
    const answers: SearchAnswerMessage[] = [];
    const client = startSearch({ data }, (answer) => answers.push(answer));
    client.prepare(['en', 'vi']);
    client.search('hoi dam', ['en', 'vi']);
    await until(() => answers.some((answer) => answer.complete));
    expect(answers.at(-1)!.indices.length).toBeGreaterThan(0);
    client.stop();
  });

  it('says why it cannot search a large timeline without a worker', async () => {
    const errors: string[] = [];
    const client = startSearch({ url: '/data/timeline-0.json', subset: null }, () => {}, (message) => errors.push(message));
    client.search('tuyen', ['en']);
    await until(() => errors.length > 0);
    expect(errors[0]).toMatch(/Web Worker/);
    client.stop();
  });

  it('answers nothing once stopped', async () => {
    const answers: SearchAnswerMessage[] = [];
    const client = startSearch({ data }, (answer) => answers.push(answer));
    client.stop();
    client.search('tuyen', ['en']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answers).toEqual([]);
  });
});
