// A clock for session tests: time moves only when the test calls advance(), which runs every timer
// and interval that falls due, in order.
import type { Clock } from '../clock.ts';

interface Timer {
  id: number;
  at: number;
  run: () => void;
  every?: number;
}

export class FakeClock implements Clock {
  private time: number;
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(start = 1_000_000) {
    this.time = start;
  }

  now = (): number => this.time;
  setTimeout = (run: () => void, ms: number): unknown => this.add(run, ms);
  setInterval = (run: () => void, ms: number): unknown => this.add(run, ms, ms);
  clearTimeout = (handle: unknown): void => this.clear(handle);
  clearInterval = (handle: unknown): void => this.clear(handle);

  /** How many timers and intervals are pending. */
  get pending(): number {
    return this.timers.length;
  }

  /** Moves time on by `ms`, running what falls due; awaits in between so promise chains settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.time = due.at;
      if (due.every === undefined) this.clear(due.id);
      else due.at += due.every;
      due.run();
      await settle();
    }
    this.time = end;
    await settle();
  }

  private add(run: () => void, ms: number, every?: number): number {
    const id = this.nextId++;
    this.timers.push({ id, at: this.time + Math.max(0, ms), run, ...(every !== undefined ? { every } : {}) });
    return id;
  }

  private clear(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
}

/** Lets pending promise callbacks run (several rounds, for chains of awaits). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
