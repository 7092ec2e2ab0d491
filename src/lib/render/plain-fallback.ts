// The way out when a markdown block cannot or should not be rendered: that block alone becomes escaped
// plain text (never HTML), marked with data-render-fallback, and everything else renders as usual.
import { escapeHtml } from './escape-html.ts';
import { RenderLimitError, blockProblem, type FallbackReason } from './render-limits.ts';

/** `text` as a plain-text block; `reason` says why (see render-limits.ts). */
export function plainBlockHtml(text: string, reason: FallbackReason): string {
  return `<div class="plain" data-render-fallback="${reason}">${escapeHtml(text.trimEnd())}</div>`;
}

/**
 * `render(text)`, unless the block is over a limit measured up front or `render` throws (a stack
 * overflow, a limit reached inside the renderer, a bug): then the block as plain text. Never throws.
 */
export function renderOrPlain(text: string, render: (text: string) => string): string {
  const problem = blockProblem(text);
  if (problem !== null) return plainBlockHtml(text, problem);
  try {
    return render(text);
  } catch (error) {
    return plainBlockHtml(text, error instanceof RenderLimitError ? error.reason : 'error');
  }
}
