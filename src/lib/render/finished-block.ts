// Svelte action for one finished block of rendered markdown (see markdown-blocks.ts): its code
// gets "Copy code" buttons at once and highlighting (highlight.js loads on first use) when the page is
// idle, so blocks finishing during a fast stream do not add to the work of its frames. Its math becomes
// MathML at once (math-render.ts), before the next paint once temml has loaded. A block still being
// streamed gets none of these.
import { addCopyButtons } from './code-copy.ts';
import { highlightWithin } from './code-highlight.ts';
import { renderMathWithin } from './math-render.ts';

/** Waits for an idle moment, but not longer than this. */
const IDLE_TIMEOUT_MS = 1000;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 50);
  return () => clearTimeout(timer);
}

export function finishedBlock(
  element: HTMLElement,
  _source: string,
): { update: (source: string) => void; destroy: () => void } {
  let cancel: (() => void) | undefined;
  const decorate = () => {
    addCopyButtons(element);
    void renderMathWithin(element);
    if (!element.querySelector('pre[data-code-block][data-lang]')) return;
    cancel?.();
    cancel = whenIdle(() => void highlightWithin(element));
  };
  decorate();
  return { update: decorate, destroy: () => cancel?.() };
}
