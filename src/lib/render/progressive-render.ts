// Turns markdown blocks into HTML a few at a time, within a time budget per step, and keeps what it
// has rendered. A burst of completed blocks (a fast stream, or opening a very long answer) then spreads
// over several frames instead of blocking the page in one long task. A block whose renderer throws
// becomes plain text and a job that throws is dropped: one bad block never stops the others. Pure: the
// renderer and the clock are passed in.
import { plainBlockHtml } from './plain-fallback.ts';

export class ProgressiveRender {
  private sources: string[] = [];
  private html: string[] = [];
  private snapshot: readonly string[] = [];
  private dirty = false;

  constructor(
    private readonly render: (block: string) => string,
    private readonly now: () => number = () => performance.now(),
    private readonly fallback: (block: string) => string = (block) => plainBlockHtml(block, 'error'),
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
      this.html.push(this.renderOne(block));
      this.sources.push(block);
      this.dirty = true;
    }
    return this.sources.length === blocks.length;
  }

  private renderOne(block: string): string {
    try {
      return this.render(block);
    } catch {
      return this.fallback(block);
    }
  }

  /** HTML of the blocks rendered so far; the same array until that changes. */
  rendered(): readonly string[] {
    if (this.dirty) this.snapshot = [...this.html];
    this.dirty = false;
    return this.snapshot;
  }
}

/** One piece of rendering work: does at most about `budgetMs` of it, returns true when finished. */
export type RenderJob = (budgetMs: number) => boolean;

/**
 * Shares one time budget per frame among every message that has rendering to do, so forty messages
 * appearing at once (opening a chat, scrolling up) cost a few milliseconds per frame, not forty
 * budgets. The newest job goes first: the newest message is the one at the bottom, where the user looks.
 * The first run comes right after the jobs are added (before the next paint), later ones once per frame.
 */
export class RenderQueue {
  private readonly jobs: RenderJob[] = [];
  private pending = false;

  /** `budgetMs`: per frame, or asked for at each frame */
  constructor(
    private readonly budgetMs: number | (() => number),
    private readonly nextFrame: (run: () => void) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly soon: (run: () => void) => void = queueMicrotask,
    private readonly onError: (error: unknown) => void = (error) => console.error(error),
  ) {}

  /**
   * Queues `job`; returns a function that drops it. Its first run comes before the next paint, or with
   * `inNextFrame` in the next frame, in a task of its own (the one that queued it has enough to do).
   */
  add(job: RenderJob, inNextFrame = false): () => void {
    this.jobs.push(job);
    this.schedule(inNextFrame ? this.nextFrame : this.soon);
    return () => {
      const at = this.jobs.indexOf(job);
      if (at !== -1) this.jobs.splice(at, 1);
    };
  }

  private schedule(when: (run: () => void) => void): void {
    if (this.pending || this.jobs.length === 0) return;
    this.pending = true;
    when(() => {
      this.pending = false;
      this.run();
    });
  }

  private run(): void {
    const start = this.now();
    const budget = typeof this.budgetMs === 'number' ? this.budgetMs : this.budgetMs();
    let ranOne = false;
    while (this.jobs.length > 0) {
      const left = budget - (this.now() - start);
      if (ranOne && left <= 0) break;
      const job = this.jobs[this.jobs.length - 1] as RenderJob;
      ranOne = true;
      if (!this.runJob(job, Math.max(0, left))) break;
      const at = this.jobs.lastIndexOf(job);
      if (at !== -1) this.jobs.splice(at, 1);
    }
    this.schedule(this.nextFrame);
  }

  /** A job that throws counts as finished (it is dropped), so the jobs behind it still run. */
  private runJob(job: RenderJob, budgetMs: number): boolean {
    try {
      return job(budgetMs);
    } catch (error) {
      this.onError(error);
      return true;
    }
  }
}
