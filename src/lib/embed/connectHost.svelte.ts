import { onMount } from 'svelte';
import type { TimelineView } from '../state/timelineView.svelte';
import type { Lang } from '../timeline/types';
import { coalesceCommands, nextFrame, type FrameScheduler } from './coalesceCommands';
import {
  acceptsHostMessage,
  parseHostMessage,
  readyMessage,
  resizeMessage,
  selectedMessage,
  type EmbedMessage
} from './protocol';

/** What the embed tells and asks its host; getters, so the link reads current values. */
export interface HostLink {
  /** The host page's origin when the host script named it: messages go only there and come only from there. */
  readonly origin: string | null;
  /** Whether to report the content height (automatic height). */
  readonly autoHeight: boolean;
  readonly lang: Lang;
  /** The element whose height is the embed's height. */
  readonly content: HTMLElement | undefined;
  onlanguage: (lang: Lang) => void;
}

/** The page framing this one, or null when it is not framed. */
function framer(): Window | null {
  return window.parent !== window ? window.parent : null;
}

/**
 * Speaks the embed protocol (./protocol.ts) with the page that frames the
 * embed: says when it is ready, reports its height and the selected event,
 * and takes select and language commands from that page only, the last of
 * each kind per frame (`schedule`), so a flood of commands cannot freeze it.
 * Does nothing when the page is not framed. Must be called while a component
 * initialises.
 */
export function connectHost(view: TimelineView, link: HostLink, schedule: FrameScheduler = nextFrame): void {
  const post = (message: EmbedMessage) => framer()?.postMessage(message, link.origin ?? '*');

  onMount(() => {
    const parent = framer();
    if (!parent) return;
    const commands = coalesceCommands((message) => {
      if (message.type === 'language') link.onlanguage(message.lang);
      else if (message.type === 'filter') view.setSearch(message.filter.q, message.filter);
      else if (message.event === null) view.select(null);
      // An id outside this embed's events is ignored, like one in the address.
      else if (view.eventById(message.event)) view.reveal(message.event);
    }, schedule);
    const receive = (event: MessageEvent) => {
      if (!acceptsHostMessage(event, parent, link.origin)) return;
      const message = parseHostMessage(event.data);
      if (message) commands.push(message);
    };
    addEventListener('message', receive);
    post(readyMessage(link.lang));
    return () => {
      removeEventListener('message', receive);
      commands.cancel();
    };
  });

  // The first value is reported only when an event is selected: the host starts with none.
  let reported: string | null = null;
  $effect(() => {
    const id = view.selectedId;
    if (id === reported) return;
    reported = id;
    post(selectedMessage(id));
  });

  // Details opening or closing, text rewrapping at a new width: any change of
  // the content's height is reported, and only a change.
  $effect(() => {
    const element = link.content;
    if (!element || !link.autoHeight || !framer()) return;
    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      post(resizeMessage(height));
    });
    observer.observe(element);
    return () => observer.disconnect();
  });
}
