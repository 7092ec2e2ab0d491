// HTML for the block still being written, in constant time per update however long it grows: its
// settled pieces (open-block-pieces.ts) are rendered once each and kept; only the tail is rendered again.
// Every piece goes through the same `render` (sanitising markdown renderer) as any other block.
import { renderOpenBlock } from './markdown-blocks.ts';
import { OpenBlockCutter } from './open-block-pieces.ts';

export interface OpenBlockHtml {
  /** HTML of each settled piece: the same array until another piece settles */
  settled: readonly string[];
  /** HTML of the rest ('' when there is none) */
  tail: string;
}

export const NO_OPEN_BLOCK: OpenBlockHtml = { settled: [], tail: '' };

export class OpenBlockRender {
  private readonly cutter = new OpenBlockCutter();
  private pieces: readonly string[] = [];
  private html: readonly string[] = [];

  constructor(private readonly render: (block: string) => string) {}

  update(open: string): OpenBlockHtml {
    if (open === '') return NO_OPEN_BLOCK;
    const { settled, tail } = this.cutter.update(open);
    if (settled !== this.pieces) {
      // a piece settled (render only the new ones), or the block started over (render them all)
      const kept = settled.length >= this.pieces.length && this.pieces.every((p, i) => p === settled[i]);
      const reused = kept ? this.html : [];
      this.html = [...reused, ...settled.slice(reused.length).map((piece) => this.render(piece))];
      this.pieces = settled;
    }
    return { settled: this.html, tail: tail === '' ? '' : renderOpenBlock(tail, this.render) };
  }
}
