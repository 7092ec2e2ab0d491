// Cuts a long block that is still being written (one paragraph of thousands of words) into settled
// pieces at safe places, so each piece is rendered once and only the short tail after the last cut is
// rendered again per frame: the cost of a frame no longer grows with the paragraph. Pure.
//
// A cut falls after a space, before a letter, once the piece is long enough (after a sentence end if one
// comes soon enough), and only where the piece is balanced (every inline marker that could pair across
// the cut — backticks, emphasis, brackets, angle brackets, dollars — occurs an even or matching number of
// times), so the piece renders as it will in the whole paragraph. A piece that never balances is cut anyway past
// MAX_PIECE_CHARS (a preview: the block is rendered whole, exactly, once it completes). Only paragraphs
// are cut: a block that starts, or has a line that starts, like a list, quote, heading, table, fence,
// HTML or math block is left whole.

/** A piece is at least this long before it is cut off. */
export const MIN_PIECE_CHARS = 1500;
/** A piece that never balances is cut anyway past this length. */
export const MAX_PIECE_CHARS = 16_000;

/** A line that starts something other than paragraph text. */
const BLOCK_START = /^(?: {0,3}(?:[-*+>#|<]|\d{1,9}[.)]|`{3}|~{3}|\$\$|=+\s*$)| {4}|\t)/;

export interface OpenPieces {
  /** settled pieces of the open block, in order: the same array until another piece settles */
  settled: readonly string[];
  /** the rest of the open block */
  tail: string;
}

export class OpenBlockCutter {
  private text = '';
  private settled: string[] = [];
  private snapshot: readonly string[] = [];
  /** where the current (unsettled) piece starts */
  private start = 0;
  /** first character not yet scanned */
  private scanned = 0;
  /** false once the block turned out not to be a plain paragraph */
  private paragraph = true;
  private counts = new Map<string, number>();

  update(open: string): OpenPieces {
    if (!this.extends(open)) this.reset();
    this.text = open;
    this.scan();
    if (this.snapshot.length !== this.settled.length) this.snapshot = [...this.settled];
    return { settled: this.snapshot, tail: open.slice(this.start) };
  }

  /** whether `open` is the previous text with more appended (checked near the scan point, as markdown-blocks.ts does) */
  private extends(open: string): boolean {
    if (open.length < this.text.length) return false;
    const from = Math.max(0, this.scanned - CHECK_TAIL);
    return open.slice(from, this.scanned) === this.text.slice(from, this.scanned);
  }

  private reset(): void {
    this.text = '';
    this.settled = [];
    this.snapshot = [];
    this.start = 0;
    this.scanned = 0;
    this.paragraph = true;
    this.counts.clear();
  }

  private scan(): void {
    const text = this.text;
    // the character after a candidate cut must have arrived, so stop one short of the end
    for (; this.paragraph && this.scanned < text.length - 1; this.scanned++) {
      const i = this.scanned;
      const c = text[i] as string;
      if (i === 0 || c === '\n') {
        const lineStart = c === '\n' ? i + 1 : 0;
        if (BLOCK_START.test(text.slice(lineStart, lineStart + 8))) {
          this.paragraph = false;
          return;
        }
      }
      if (MARKERS.has(c)) this.counts.set(c, (this.counts.get(c) ?? 0) + 1);
      if (c === ' ' && LETTER.test(text[i + 1] as string)) {
        const length = i + 1 - this.start;
        const sentence = i > 0 && SENTENCE_END.has(text[i - 1] as string);
        const ripe = sentence ? length >= MIN_PIECE_CHARS : length >= 2 * MIN_PIECE_CHARS;
        if (length >= MAX_PIECE_CHARS || (ripe && this.balanced())) this.cut(i + 1);
      }
    }
  }

  private balanced(): boolean {
    const n = (c: string) => this.counts.get(c) ?? 0;
    return (
      n('`') % 2 === 0 &&
      n('*') % 2 === 0 &&
      n('_') % 2 === 0 &&
      n('~') % 2 === 0 &&
      n('$') % 2 === 0 &&
      n('[') === n(']') &&
      n('(') === n(')') &&
      n('<') === n('>') &&
      n('\\') === 0
    );
  }

  private cut(at: number): void {
    this.settled.push(this.text.slice(this.start, at));
    this.start = at;
    this.counts.clear();
  }
}

const MARKERS = new Set(['`', '*', '_', '~', '$', '[', ']', '(', ')', '<', '>', '\\']);
/** How much of the already scanned text is compared to tell an append from a replacement. */
const CHECK_TAIL = 32;
const SENTENCE_END = new Set(['.', '!', '?']);
const LETTER = /\p{L}/u;
