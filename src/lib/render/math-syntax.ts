// Finds TeX math in markdown text: $…$ and \(…\) inline, $$…$$ and \[…\] displayed. Pure.
// Prices must stay text, so a single $ follows the usual rules: no space after the opening $, none
// before the closing $, and the closing $ is not followed by a digit ("$5 and $10" is no math).
// Code is never math: marked consumes code spans and blocks before these rules see them, and inline
// math may not contain a backtick, so "$10 and `$x$`" does not reach into the code span.

export interface MathMatch {
  /** the source consumed, delimiters included */
  raw: string;
  /** the TeX between the delimiters */
  tex: string;
  display: boolean;
}

/** Where the next inline math may start in `src` (-1 when nowhere): a $ or a \( \[ pair. */
export function inlineMathStart(src: string): number {
  const match = /\$|\\[([]/.exec(src);
  return match ? match.index : -1;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const BLANK_LINE = /\n[ \t]*\n/;
/** What inline math may not contain: a blank line (it ends the paragraph) or a backtick (code). */
const NOT_INLINE = /\n[ \t]*\n|`/;

/** Index of the first `close` in src at or after `from` that no backslash escapes, or -1. */
function unescapedIndex(src: string, close: string, from: number): number {
  for (let at = src.indexOf(close, from); at !== -1; at = src.indexOf(close, at + 1)) {
    let slashes = 0;
    while (src[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return at;
  }
  return -1;
}

function between(src: string, open: string, close: string, display: boolean): MathMatch | undefined {
  const end = src.indexOf(close, open.length);
  if (end === -1) return undefined;
  const tex = src.slice(open.length, end);
  if (tex.trim() === '' || NOT_INLINE.test(tex)) return undefined;
  return { raw: src.slice(0, end + close.length), tex: tex.trim(), display };
}

function singleDollar(src: string): MathMatch | undefined {
  if (isSpace(src[1]) || src[1] === '$') return undefined;
  const end = unescapedIndex(src, '$', 1);
  if (end === -1 || isSpace(src[end - 1]) || isDigit(src[end + 1])) return undefined;
  const tex = src.slice(1, end);
  if (NOT_INLINE.test(tex)) return undefined;
  return { raw: src.slice(0, end + 1), tex, display: false };
}

/** The math at the very start of `src` (inline context), if any. */
export function inlineMathAt(src: string): MathMatch | undefined {
  if (src.startsWith('$$')) return between(src, '$$', '$$', true);
  if (src.startsWith('$')) return singleDollar(src);
  if (src.startsWith('\\(')) return between(src, '\\(', '\\)', false);
  if (src.startsWith('\\[')) return between(src, '\\[', '\\]', true);
  return undefined;
}

/** Where a displayed math block may start in `src`: a line beginning with $$ or \[ (-1 when none). */
export function blockMathStart(src: string): number {
  const match = /(?:^|\n) {0,3}(?:\$\$|\\\[)/.exec(src);
  if (!match) return -1;
  return match.index + (match[0].startsWith('\n') ? 1 : 0);
}

const BLOCK_MATH = [/^ {0,3}\$\$([\s\S]+?)\$\$[ \t]*(?:\n+|$)/, /^ {0,3}\\\[([\s\S]+?)\\\][ \t]*(?:\n+|$)/];

/** A displayed math block at the start of `src` that ends its line, if any. */
export function blockMathAt(src: string): MathMatch | undefined {
  for (const pattern of BLOCK_MATH) {
    const match = pattern.exec(src);
    const tex = match?.[1];
    if (match && tex !== undefined && tex.trim() !== '' && !BLANK_LINE.test(tex)) {
      return { raw: match[0], tex: tex.trim(), display: true };
    }
  }
  return undefined;
}
