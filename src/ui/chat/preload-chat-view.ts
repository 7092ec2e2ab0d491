// Gets what showing a chat needs ready before it is needed. Once the page has loaded and then sat idle for a
// moment, loads what opening a chat needs (the message list, the answer renderer) and warms the renderer,
// one small step per idle moment: the first chat opened then waits for neither (on this 2-core machine
// they were most of its 230 ms). Nothing here may hold up the chat list's first paint.
import { loadMarkdown } from '../../lib/render/markdown-loader.ts';
import { whenIdle } from '../../lib/util/when-idle.ts';
import type VirtualMessages from './VirtualMessages.svelte';

/** After the load event, wait this long before asking for idle time: the list's first paint comes first. */
const AFTER_LOAD_MS = 1500;
const IDLE_TIMEOUT_MS = 5000;

let scheduled = false;
// the virtual list (and virtua) loads with the first conversation shown, not with the app
let loaded: typeof VirtualMessages | undefined;
let loading: Promise<typeof VirtualMessages> | undefined;

/**
 * Starts loading the message list and the answer renderer side by side, as a chat is opened: loaded one
 * after the other, after the chat's record was read, they made opening a chat the first time wait for two
 * round trips more. A failed load is tried again by the next call.
 */
export function preloadMessageList(): Promise<typeof VirtualMessages> {
  void loadMarkdown();
  loading ??= import('./VirtualMessages.svelte').then(
    (module) => (loaded = module.default),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The message list if it has loaded, so a chat opened later shows it at once. */
export function messageListNow(): typeof VirtualMessages | undefined {
  return loaded;
}

/** Gets the answer renderer ready in idle time (once per page). A file gone after a new deploy only loses the head start. */
function warmRendererSoon(): void {
  void import('../../lib/render/warm-renderer.ts').then(
    (m) => m.warmRenderer(),
    () => undefined,
  );
}

/**
 * With a model chosen, an answer may come: the renderer and the message list get ready in idle time, so
 * a new chat's first Send loads and evaluates no script between the click and its request.
 */
export function prepareForAnswer(): void {
  warmRendererSoon();
  if (!loaded) whenIdle(() => preloadMessageList().catch(() => undefined), IDLE_TIMEOUT_MS);
}

/** For a browser with chats to open: once per page, after the load and an idle moment. */
export function preloadChatViewWhenIdle(): void {
  if (scheduled) return;
  scheduled = true;
  const preload = () => {
    preloadMessageList().catch(() => undefined); // tried again when a chat opens
    warmRendererSoon();
  };
  const later = () => setTimeout(() => whenIdle(preload, IDLE_TIMEOUT_MS), AFTER_LOAD_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
