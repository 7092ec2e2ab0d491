// Where the screen cuts a streaming long answer into pieces. Storage cuts a long text into pieces by a
// rule that depends only on the text before the cut (conversation/pieces.ts pieceEnd), so the screen
// can cut the text it shows at the very same places as it arrives: when storage later counts a piece,
// the box that shows it already holds exactly its text, and nothing on screen is re-drawn or moved.
// This module is the pure bookkeeping: it turns arrivals into steps for the DOM ("take back the last k
// characters of the open box, append this, open a new box"), touching only the open piece's text.
import { pieceEnd } from '../conversation/pieces.ts';

/** One thing to do to the boxes on screen, in order. */
export interface CutStep {
  /** open a new box first (the previous one is complete: it holds a whole piece) */
  newBox: boolean;
  /** characters to take back from the end of the box (shown already, but they belong to the next piece) */
  retract: number;
  /** text to append to the box */
  append: string;
  /** where the box's text starts in the whole text */
  start: number;
}

export class LiveCutter {
  /** the text of the open piece (the one still growing) */
  private open = '';

  /** `start`: where the open piece starts in the whole text (after the stored pieces) */
  constructor(
    readonly size: number,
    private start = 0,
  ) {}

  /** Characters in the open piece. */
  get openChars(): number {
    return this.open.length;
  }

  /** The steps that show `add` after everything fed so far. */
  feed(add: string): CutStep[] {
    const steps: CutStep[] = [];
    let text = this.open + add;
    let shown = this.open.length;
    let newBox = false;
    while (text.length >= this.size) {
      const cut = pieceEnd(text, 0, this.size);
      const append = cut > shown ? text.slice(shown, cut) : '';
      steps.push({ newBox, retract: Math.max(0, shown - cut), append, start: this.start });
      text = text.slice(cut);
      this.start += cut;
      shown = 0; // what was taken back goes to the new box with the rest
      newBox = true;
    }
    if (newBox || add !== '') steps.push({ newBox, retract: 0, append: text.slice(shown), start: this.start });
    this.open = text;
    return steps;
  }
}
