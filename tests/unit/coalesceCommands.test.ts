import { describe, expect, it } from 'vitest';
import { coalesceCommands, type FrameScheduler } from '../../src/lib/embed/coalesceCommands';
import { languageCommand, selectCommand, type HostMessage } from '../../src/lib/embed/protocol';

/** A scheduler whose frames run only when the test says so. */
function fakeFrames() {
  let waiting: (() => void)[] = [];
  const schedule: FrameScheduler = (run) => {
    waiting.push(run);
    return () => {
      waiting = waiting.filter((r) => r !== run);
    };
  };
  return {
    schedule,
    /** How many frames are requested and not yet run. */
    get pending() {
      return waiting.length;
    },
    /** Runs the requested frames, as the browser would before painting. */
    frame() {
      const now = waiting;
      waiting = [];
      for (const run of now) run();
    }
  };
}

function setup() {
  const frames = fakeFrames();
  const applied: HostMessage[] = [];
  const queue = coalesceCommands((command) => applied.push(command), frames.schedule);
  return { frames, applied, queue };
}

const IDS = ['visit-2010', 'agreement-2018', 'resumption-2022', 'visit-2023-05'];

describe('coalesceCommands', () => {
  it('applies nothing before the frame', () => {
    const { frames, applied, queue } = setup();
    queue.push(selectCommand('visit-2010'));
    expect(applied).toEqual([]);
    expect(frames.pending).toBe(1);
  });

  it('applies a single command on the next frame', () => {
    const { frames, applied, queue } = setup();
    queue.push(selectCommand('visit-2010'));
    frames.frame();
    expect(applied).toEqual([selectCommand('visit-2010')]);
  });

  it('applies only the last of 10,000 commands of each kind, in one frame', () => {
    const { frames, applied, queue } = setup();
    for (let i = 0; i < 10_000; i += 1) {
      queue.push(i % 2 ? selectCommand(IDS[i % IDS.length]) : languageCommand((['fr', 'en', 'vi'] as const)[i % 3]));
    }
    // One frame requested for the whole flood.
    expect(frames.pending).toBe(1);
    frames.frame();
    // The last select was i = 9999 (IDS[3]); the last language i = 9998 (9998 % 3 = 2: vi).
    expect(applied).toEqual([selectCommand('visit-2023-05'), languageCommand('vi')]);
  });

  it('applies a select before a language change, whatever order they came in', () => {
    const { frames, applied, queue } = setup();
    queue.push(languageCommand('fr'));
    queue.push(selectCommand(null));
    frames.frame();
    expect(applied).toEqual([selectCommand(null), languageCommand('fr')]);
  });

  it('keeps a close (select null) that comes last', () => {
    const { frames, applied, queue } = setup();
    queue.push(selectCommand('visit-2010'));
    queue.push(selectCommand(null));
    frames.frame();
    expect(applied).toEqual([selectCommand(null)]);
  });

  it('asks for a new frame for commands that come after one', () => {
    const { frames, applied, queue } = setup();
    queue.push(selectCommand('visit-2010'));
    frames.frame();
    expect(frames.pending).toBe(0);
    queue.push(selectCommand('agreement-2018'));
    queue.push(selectCommand('resumption-2022'));
    expect(frames.pending).toBe(1);
    frames.frame();
    expect(applied).toEqual([selectCommand('visit-2010'), selectCommand('resumption-2022')]);
  });

  it('applies nothing more once cancelled', () => {
    const { frames, applied, queue } = setup();
    queue.push(selectCommand('visit-2010'));
    queue.cancel();
    expect(frames.pending).toBe(0);
    frames.frame();
    expect(applied).toEqual([]);
  });

  it('works with a scheduler that runs at once', () => {
    const applied: HostMessage[] = [];
    const queue = coalesceCommands((command) => applied.push(command), (run) => (run(), () => {}));
    queue.push(selectCommand('visit-2010'));
    queue.push(languageCommand('vi'));
    expect(applied).toEqual([selectCommand('visit-2010'), languageCommand('vi')]);
  });
});
