// HTML for the block still being written, in constant rendering time per update however long it grows:
// its settled pieces (open-block-pieces.ts) are rendered once each and kept; only the tail is rendered
// again. Every piece goes through the same `render` (sanitising markdown renderer) as any other block.
// The pieces are the inline content of ONE paragraph (each piece's <p> unwrapped), so the streamed
// paragraph breaks its lines exactly where the finished one will; when a piece or the tail does not
// render as one plain paragraph, the whole open block is rendered as one block instead.
import { renderOpenBlock } from './markdown-blocks.ts';
import { OpenBlockCutter } from './open-block-pieces.ts';

export interface OpenBlockHtml {
  /**
   * When non-empty, the open block is one paragraph: these are the inline HTML of its settled pieces (the
   * same array until another piece settles) and `tail` the inline HTML of the rest, to be put in one <p>.
   */
  settled: readonly string[];
  /** with no settled pieces: the HTML of the whole open block ('' when there is none) */
  tail: string;
}

const NO_OPEN_BLOCK: OpenBlockHtml = { settled: [], tail: '' };

/** A paragraph as rendered: `<p>` (no attributes), inline content, `</p>`, nothing else. */
const ONE_PARAGRAPH = /^<p>((?:(?!<\/?p[\s>])[\s\S])*)<\/p>\s*$/;

/** The inline content of `html` when it is exactly one paragraph, else undefined. */
export function paragraphContent(html: string): string | undefined {
  return ONE_PARAGRAPH.exec(html)?.[1];
}

export class OpenBlockRender {
  private readonly cutter = new OpenBlockCutter();
  private pieces: readonly string[] = [];
  /** inline HTML of each settled piece, or undefined once one of them is not a plain paragraph */
  private html: readonly string[] | undefined = [];

  constructor(private readonly render: (block: string) => string) {}

  update(open: string): OpenBlockHtml {
    if (open === '') return NO_OPEN_BLOCK;
    const { settled, tail } = this.cutter.update(open);
    if (settled !== this.pieces) {
      // a piece settled (render only the new ones), or the block started over (render them all)
      const kept = settled.length >= this.pieces.length && this.pieces.every((p, i) => p === settled[i]);
      const reused = kept ? this.html : [];
      this.html = reused && this.inlinePieces(reused, settled);
      this.pieces = settled;
    }
    const whole = (): OpenBlockHtml => ({ settled: [], tail: renderOpenBlock(open, this.render) });
    if (settled.length === 0 || this.html === undefined) return whole();
    const inlineTail = tail === '' ? '' : paragraphContent(renderOpenBlock(tail, this.render));
    return inlineTail === undefined ? whole() : { settled: this.html, tail: inlineTail };
  }

  /** `done` followed by the inline HTML of the pieces after it; undefined if one is not a plain paragraph */
  private inlinePieces(done: readonly string[], settled: readonly string[]): readonly string[] | undefined {
    const out = [...done];
    for (const piece of settled.slice(done.length)) {
      const inline = paragraphContent(this.render(piece));
      if (inline === undefined) return undefined;
      // a piece ends after a space (open-block-pieces.ts): keep that word break where the next piece begins
      out.push(/\s$/.test(inline) ? inline : `${inline} `);
    }
    return out;
  }
}
