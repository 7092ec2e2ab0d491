// marked extensions for TeX math (math-syntax.ts finds it). Each formula becomes a placeholder showing
// its source as text, carrying the TeX in data-tex; math-render.ts turns placeholders into MathML once
// the block is finished and the math renderer has loaded. Pure: the HTML is sanitised by markdown.ts.
import type { TokenizerAndRendererExtension, Tokens } from 'marked';
import { escapeHtml } from './escape-html.ts';
import { blockMathAt, blockMathStart, inlineMathAt, inlineMathStart, type MathMatch } from './math-syntax.ts';

/** Starts every placeholder: HTML (sanitised or not) containing it has math; text never does (< is escaped). */
export const MATH_MARK = '<span class="math"';

interface MathToken extends Tokens.Generic {
  tex: string;
  display: boolean;
}

const toToken = (type: string, match: MathMatch | undefined): MathToken | undefined =>
  match && { type, raw: match.raw, tex: match.tex, display: match.display };

function placeholder(token: Tokens.Generic): string {
  const { tex, display, raw } = token as MathToken;
  const mode = display ? ' data-display' : '';
  return `${MATH_MARK}${mode} data-tex="${escapeHtml(tex)}">${escapeHtml(raw.trim())}</span>`;
}

const orUndefined = (at: number) => (at === -1 ? undefined : at);

export const mathExtensions: TokenizerAndRendererExtension[] = [
  {
    name: 'blockMath',
    level: 'block',
    start: (src) => orUndefined(blockMathStart(src)),
    tokenizer: (src) => toToken('blockMath', blockMathAt(src)),
    renderer: (token) => `<p class="math-block">${placeholder(token)}</p>\n`,
  },
  {
    name: 'inlineMath',
    level: 'inline',
    start: (src) => orUndefined(inlineMathStart(src)),
    tokenizer: (src) => toToken('inlineMath', inlineMathAt(src)),
    renderer: placeholder,
  },
];
