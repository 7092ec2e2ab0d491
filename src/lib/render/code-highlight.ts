// Code highlighting for rendered blocks: highlight.js loads on first use, apart from the markdown renderer
// (markdown.ts), which itself loads on demand (markdown-loader.ts).

/** Very large blocks are not highlighted: highlight.js would hold the tab for seconds. */
const HIGHLIGHT_MAX_CHARS = 100_000;

type Highlighter = typeof import('highlight.js/lib/common').default;
let highlighter: Promise<Highlighter> | undefined;

/** highlight.js, loaded once (a failed load is tried again by the next call). */
export function loadHighlighter(): Promise<Highlighter> {
  highlighter ??= import('highlight.js/lib/common').then(
    (module) => module.default,
    (error: unknown) => {
      highlighter = undefined;
      throw error;
    },
  );
  return highlighter;
}

/**
 * Highlights the labelled code blocks inside `element` (rendered by renderMarkdown), loading
 * highlight.js on first use. Blocks without a known language stay plain. Safe to call repeatedly.
 */
export async function highlightWithin(element: HTMLElement): Promise<void> {
  const blocks = element.querySelectorAll<HTMLElement>(
    'pre[data-code-block][data-lang] > code:not([data-highlighted])',
  );
  if (blocks.length === 0) return;
  const hljs = await loadHighlighter();
  for (const code of blocks) {
    const lang = code.parentElement?.dataset.lang;
    if (!code.isConnected || lang === undefined || !hljs.getLanguage(lang)) continue;
    if ((code.textContent ?? '').length > HIGHLIGHT_MAX_CHARS) continue;
    hljs.highlightElement(code);
  }
}
