// Markdown → HTML with marked (GFM, single newlines as <br>), configured for model output. The HTML is
// NOT safe yet: only markdown.ts may use it, and it sanitises it. Pure (runs in node for tests).
// - Raw HTML in the markdown is shown as text, never rendered.
// - Code blocks: <pre data-code-block data-lang="x"><code class="language-x">, after a header naming the
//   language (the UI adds a copy button to it), both in a div.code-block.
// - Tables sit in a div.table-scroll; TeX math becomes placeholders (math-markdown.ts).
// - Images: remote ones become a plain link unless `remoteImages`; see markdown.ts for the policy.
// - Each inline run's emphasis work is counted as marked reaches it; over the budget, RenderLimitError.
import { Lexer, Marked, Renderer, type MarkedOptions, type Token, type Tokens } from 'marked';
import { escapeHtml } from './escape-html.ts';
import { isInlineImage, remoteImageUrl } from './safe-url.ts';
import { LIMITS, RenderLimitError, emphasisWork } from './render-limits.ts';
import { mathExtensions } from './math-markdown.ts';

const LANG = /^[\w#+.-]{1,40}$/;

/** Set for the duration of one synchronous unsanitisedHtml call. */
let allowRemoteImages = false;

/**
 * marked's lexer, keeping count of the emphasis work of every inline run it is about to scan (each
 * paragraph, list item text, table cell is one; runs nested inside those are part of their cost).
 */
class BudgetedLexer<P = string, R = string> extends Lexer<P, R> {
  private work = 0;
  private nested = 0;

  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    if (this.nested === 0) {
      this.work += emphasisWork(src);
      if (this.work > LIMITS.emphasisWork) throw new RenderLimitError('emphasis');
    }
    this.nested++;
    try {
      return super.inlineTokens(src, tokens);
    } finally {
      this.nested--;
    }
  }
}

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  hooks: {
    provideLexer(block?: boolean) {
      return <P, R>(src: string, options?: MarkedOptions<P, R>): Token[] =>
        block === false ? new BudgetedLexer(options).inlineTokens(src) : new BudgetedLexer(options).lex(src);
    },
  },
  extensions: mathExtensions,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    code({ text, lang }: Tokens.Code): string {
      const language = (lang ?? '').trim().split(/\s+/)[0] ?? '';
      const safe = LANG.test(language) ? language : '';
      const attrs = safe ? ` data-lang="${escapeHtml(safe)}"` : '';
      const cls = safe ? ` class="language-${escapeHtml(safe)}"` : '';
      const body = escapeHtml(text.endsWith('\n') ? text : `${text}\n`);
      const label = safe ? `<span class="code-lang">${escapeHtml(safe)}</span>` : '';
      const header = `<div class="code-header">${label}</div>`;
      return `<div class="code-block">${header}<pre data-code-block${attrs}><code${cls}>${body}</code></pre></div>\n`;
    },
    table(token: Tokens.Table): string {
      // a wide table scrolls inside its wrapper, and stays a table for assistive technology
      return `<div class="table-scroll">${Renderer.prototype.table.call(this, token)}</div>\n`;
    },
    image({ href, text }: Tokens.Image): string {
      const alt = escapeHtml(text || 'image');
      if (isInlineImage(href)) return `<img src="${escapeHtml(href)}" alt="${alt}">`;
      const remote = remoteImageUrl(href);
      if (remote === undefined) return alt;
      if (allowRemoteImages) return `<img src="${escapeHtml(remote)}" alt="${alt}" data-remote-image>`;
      return `<a href="${escapeHtml(remote)}" data-remote-image>${alt}</a>`;
    },
  },
});

/** marked's HTML for `text`. Throws on pathological input (RangeError, RenderLimitError). Sanitise it. */
export function unsanitisedHtml(text: string, options: { remoteImages?: boolean } = {}): string {
  allowRemoteImages = options.remoteImages === true;
  try {
    return marked.parse(text) as string;
  } finally {
    allowRemoteImages = false;
  }
}
