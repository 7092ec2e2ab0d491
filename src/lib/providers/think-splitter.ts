// Splits `<think>…</think>` out of streamed content into reasoning, for servers that leave it inline
// (llama.cpp --reasoning-format none, older servers, Ollama without `think`). Robust to tags cut across deltas.
// A think block is recognised only before any visible text: once the answer has started, tags are literal text.
// A reply whose template opened the block in the prompt (only `</think>` appears) is left as text.

export interface SplitPiece {
  kind: 'text' | 'reasoning';
  text: string;
}

const OPEN = '<think>';
const CLOSE = '</think>';

export class ThinkSplitter {
  private state: 'start' | 'thinking' | 'after-think' | 'text' = 'start';
  private pending = '';

  push(delta: string): SplitPiece[] {
    this.pending += delta;
    const out: SplitPiece[] = [];
    for (;;) {
      switch (this.state) {
        case 'text':
          this.emit(out, 'text', this.pending.length);
          return out;
        case 'after-think': {
          // the blank line models put after </think> is not part of the answer
          this.pending = this.pending.trimStart();
          if (this.pending === '') return out;
          this.state = 'text';
          continue;
        }
        case 'start': {
          const rest = this.pending.trimStart();
          if (rest.startsWith(OPEN)) {
            this.pending = rest.slice(OPEN.length);
            this.state = 'thinking';
            continue;
          }
          if (rest === '' || OPEN.startsWith(rest)) return out; // only whitespace so far, or the tag still arriving
          this.state = 'text';
          continue;
        }
        case 'thinking': {
          const close = this.pending.indexOf(CLOSE);
          if (close >= 0) {
            this.emit(out, 'reasoning', close);
            this.pending = this.pending.slice(CLOSE.length);
            this.state = 'after-think';
            continue;
          }
          this.emit(out, 'reasoning', this.pending.length - partialSuffix(this.pending, CLOSE));
          return out;
        }
      }
    }
  }

  /** End of content: whatever is held back is emitted as what it would have been. */
  flush(): SplitPiece[] {
    const rest = this.pending;
    this.pending = '';
    if (rest === '' || this.state === 'after-think') return [];
    return [{ kind: this.state === 'thinking' ? 'reasoning' : 'text', text: rest }];
  }

  /** Moves the first `length` pending characters out as one piece. */
  private emit(out: SplitPiece[], kind: SplitPiece['kind'], length: number): void {
    if (length > 0) out.push({ kind, text: this.pending.slice(0, length) });
    this.pending = this.pending.slice(length);
  }
}

export function toEvent(piece: SplitPiece): { type: 'text-delta' | 'reasoning-delta'; text: string } {
  return { type: piece.kind === 'text' ? 'text-delta' : 'reasoning-delta', text: piece.text };
}

/** Length of the longest suffix of `text` that is a proper prefix of `tag`. */
function partialSuffix(text: string, tag: string): number {
  for (let n = Math.min(tag.length - 1, text.length); n > 0; n--) {
    if (text.endsWith(tag.slice(0, n))) return n;
  }
  return 0;
}
