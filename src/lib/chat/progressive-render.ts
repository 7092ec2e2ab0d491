// Turns markdown blocks into HTML a few at a time, within a time budget per step, and keeps what it
// has rendered. A burst of completed blocks (a fast stream, or opening a very long answer) then spreads
// over several frames instead of blocking the page in one long task. Pure: the renderer and the clock
// are passed in.

export class ProgressiveRender {
  private sources: string[] = [];
  private html: string[] = [];
  private snapshot: readonly string[] = [];
  private dirty = false;

  constructor(
    private readonly render: (block: string) => string,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Renders, in order, the blocks not rendered yet (a changed block and everything after it count as
   * not rendered) until `budgetMs` is spent; at least one block per call. True when all are rendered.
   */
  advance(blocks: readonly string[], budgetMs: number): boolean {
    let keep = 0;
    while (keep < this.sources.length && keep < blocks.length && this.sources[keep] === blocks[keep]) keep++;
    if (keep < this.sources.length) {
      this.sources.length = keep;
      this.html.length = keep;
      this.dirty = true;
    }
    const start = this.now();
    for (let i = keep; i < blocks.length; i++) {
      if (i > keep && this.now() - start >= budgetMs) break;
      const block = blocks[i] as string;
      this.html.push(this.render(block));
      this.sources.push(block);
      this.dirty = true;
    }
    return this.sources.length === blocks.length;
  }

  /** HTML of the blocks rendered so far; the same array until that changes. */
  rendered(): readonly string[] {
    if (this.dirty) this.snapshot = [...this.html];
    this.dirty = false;
    return this.snapshot;
  }
}
