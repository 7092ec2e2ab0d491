// Once the page has loaded and then sat idle for a moment, loads what opening a chat needs (the message
// list, the answer renderer) and warms the renderer, one small step per idle moment: the first chat
// opened then waits for neither (on this 2-core machine they were most of its 230 ms). Once per page,
// and only for a browser that has chats to open. Nothing here may hold up the chat list's first paint.

/** After the load event, wait this long before asking for idle time: the list's first paint comes first. */
const AFTER_LOAD_MS = 1500;
const IDLE_TIMEOUT_MS = 5000;

let scheduled = false;

export function preloadChatViewWhenIdle(preload: () => void): void {
  if (scheduled) return;
  scheduled = true;
  const idle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(preload, { timeout: IDLE_TIMEOUT_MS })
      : setTimeout(preload, 50);
  const later = () => setTimeout(idle, AFTER_LOAD_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
