// Writes growing plain text into one box as a row of blocks of about BLOCK_CHARS, each closed at a line
// end, by appending text nodes only: a write costs the browser the layout of one small block, never of
// everything shown before. Can take back the last few characters (a streaming answer's piece ending a
// little before what is shown, see live-pieces.ts). Text nodes only: safe for untrusted content.
import { BLOCK_CHARS } from './text-blocks.ts';

export class BlockWriter {
  private block: HTMLElement | undefined;
  private blockChars = 0;

  constructor(
    readonly box: HTMLElement,
    private readonly size = BLOCK_CHARS,
  ) {}

  append(text: string): void {
    // fill the open block up to its size, then close it at the next line end and go on in a new one
    for (;;) {
      const room = this.size - this.blockChars;
      const cut = text.length > room ? text.indexOf('\n', Math.max(0, room - 1)) : -1;
      if (cut < 0) break;
      this.add(text.slice(0, cut + 1));
      this.newBlock();
      text = text.slice(cut + 1);
    }
    if (text !== '') this.add(text);
  }

  /** Removes the last `chars` characters written. */
  retract(chars: number): void {
    let left = chars;
    while (left > 0) {
      const last = this.box.lastChild;
      const text = last?.lastChild;
      if (!last || !text) return;
      const length = (text as Text).length;
      if (length <= left) {
        text.remove();
        left -= length;
        if (!last.hasChildNodes()) last.remove();
      } else {
        (text as Text).deleteData(length - left, left);
        left = 0;
      }
    }
    // the block being filled is now the last one left, its size counted again
    this.block = (this.box.lastChild as HTMLElement | null) ?? undefined;
    this.blockChars = this.block?.textContent?.length ?? 0;
  }

  private add(text: string): void {
    if (!this.block) this.newBlock();
    this.block?.append(text);
    this.blockChars += text.length;
  }

  private newBlock(): void {
    this.block = document.createElement('div');
    this.block.className = 'text-block';
    this.box.append(this.block);
    this.blockChars = 0;
  }
}
