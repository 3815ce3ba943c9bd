import type { HostMessage } from './protocol';

/** Runs `run` once, later; returns a function that cancels it. */
export type FrameScheduler = (run: () => void) => () => void;

// When frames do not run (a background tab, a frame scrolled out of view,
// which browsers stop painting), commands still apply after this long.
const FALLBACK_MS = 250;

/** The next animation frame, or FALLBACK_MS when frames are not running, whichever comes first. */
export const nextFrame: FrameScheduler = (run) => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    run();
  };
  const frame = requestAnimationFrame(once);
  const timer = setTimeout(once, FALLBACK_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

/** Host commands waiting for the next frame. */
export interface CommandQueue {
  /** Keeps `command`, replacing a waiting command of the same kind. */
  push(command: HostMessage): void;
  /** Drops the waiting commands (the embed is going away). */
  cancel(): void;
}

/**
 * Coalesces host commands per frame: of each kind (select, language) only the
 * last one received before the frame is applied, so a host that posts ten
 * thousand commands costs one layout, not ten thousand. A select is applied
 * before a language change, so the new language opens on the selected event.
 */
export function coalesceCommands(apply: (command: HostMessage) => void, schedule: FrameScheduler = nextFrame): CommandQueue {
  let select: HostMessage | null = null;
  let language: HostMessage | null = null;
  let scheduled = false;
  let cancelFrame = () => {};

  const flush = () => {
    scheduled = false;
    const waiting = [select, language];
    select = language = null;
    for (const command of waiting) if (command) apply(command);
  };

  return {
    push(command) {
      if (command.type === 'select') select = command;
      else language = command;
      if (scheduled) return;
      scheduled = true;
      cancelFrame = schedule(flush);
    },
    cancel() {
      cancelFrame();
      scheduled = false;
      select = language = null;
    }
  };
}
