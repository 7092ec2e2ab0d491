// Paces a stream reader against the screen: while the reader keeps the main thread busy, it hands over
// once a frame is due, and resumes after that frame was painted; while the browser paints on its own
// (the network is the slow part), it never waits. While the user types, it takes a small slice after each
// frame: a fast stream then reads more slowly, and the keys are painted sooner. A hidden tab gets no
// frames, so there it only yields to other tasks now and then. Browser globals are injected defaults.
import { lastInputAt } from '../util/last-input.ts';
import { nextFrame, yieldToFrame, yieldToMain, type Schedule } from './frame-batcher.ts';

export interface PacerDeps {
  now?: () => number;
  /** registers a callback for the next frame; returns a function that cancels it */
  onFrame?: (run: () => void) => () => void;
  hidden?: () => boolean;
  /** how long to wait for a frame (default: the next animation frame, then a posted task) */
  waitForFrame?: () => Promise<void>;
  yieldToMain?: () => Promise<void>;
  /** when the user last pressed a key or a pointer, on the `now` clock */
  lastInput?: () => number;
}

/** Work allowed since the last frame (or pause) before the reader hands over (a frame is due every ~16.7 ms). */
export const FRAME_BUDGET_MS = 10;
/**
 * A frame and the reader's slice after it should fit in two vsyncs (33 ms): after a frame whose own work
 * (rendering, style, layout, paint) took W ms, the reader gets at most FRAME_CYCLE_MS − W, and at least
 * MIN_SLICE_MS so it always moves on.
 */
const FRAME_CYCLE_MS = 30;
const MIN_SLICE_MS = 2;
/**
 * While the user types (a key or a pointer down since the stream began, the last within TYPING_MS: not
 * the Enter or the click that sent it), the reader's slice after a frame. A huge answer then streams at
 * about two thirds of its speed, and the share of its keys painted later than 50 ms falls from about one
 * in five to one in eighteen (docs/benchmarks.md). Most of the rest were the whole browser's headless
 * display path, a frame behind the page: on the headless shell about one key in a hundred is over 50 ms.
 */
export const TYPING_SLICE_MS = 3;
export const TYPING_MS = 1000;
/** Longest run of work in a hidden tab before other tasks get a turn. */
const HIDDEN_SLICE_MS = 8;
/** A reader that has done no work for this long is waiting on the network, or done. */
const READER_IDLE_MS = 20;

/** When any stream reader of this page last worked (readers share the main thread with the renderer). */
let lastReaderWork = -Infinity;

/** Whether a stream reader is taking its share of the frames now. */
export function readerBusy(now: number = performance.now()): boolean {
  return now - lastReaderWork < READER_IDLE_MS;
}

export class FramePacer {
  private lastFrame: number;
  private sliceStart: number;
  private slice = FRAME_BUDGET_MS;
  /** cancels the pending frame callback; undefined when none is pending */
  private cancel: (() => void) | undefined;
  private readonly now: () => number;
  private readonly hidden: () => boolean;
  private readonly onFrame: ((run: () => void) => () => void) | undefined;
  private readonly waitForFrame: () => Promise<void>;
  private readonly lastInput: () => number;
  private began: number;

  constructor(
    private readonly deps: PacerDeps = {},
    schedule: Schedule = nextFrame,
  ) {
    this.now = deps.now ?? (() => performance.now());
    this.hidden = deps.hidden ?? (() => typeof document !== 'undefined' && document.visibilityState === 'hidden');
    this.lastFrame = this.sliceStart = this.began = this.now();
    // without frame callbacks (node) only the pauses count as frames
    this.onFrame = deps.onFrame ?? (typeof requestAnimationFrame === 'function' ? rafOnce : undefined);
    this.waitForFrame = deps.waitForFrame ?? (() => yieldToFrame(schedule));
    this.lastInput = deps.lastInput ?? lastInputAt;
  }

  /** true when the reader should `await pause()` now (cheap to call per item) */
  due(): boolean {
    const t = this.now();
    lastReaderWork = t;
    this.watch(t);
    // work counts from the last frame, or from the last pause if that ended later (the frame's own work
    // may have taken most of it: the reader still gets its share)
    return this.hidden()
      ? t - this.sliceStart >= HIDDEN_SLICE_MS
      : t - Math.max(this.lastFrame, this.sliceStart) >= this.slice;
  }

  async pause(): Promise<void> {
    if (this.hidden()) await (this.deps.yieldToMain ?? yieldToMain)();
    else await this.waitForFrame();
    this.sliceStart = this.now();
    const frameWork = this.sliceStart - this.lastFrame;
    this.slice = Math.max(MIN_SLICE_MS, Math.min(FRAME_BUDGET_MS, FRAME_CYCLE_MS - frameWork));
    const input = this.lastInput();
    if (input > this.began && this.sliceStart - input < TYPING_MS) this.slice = Math.min(this.slice, TYPING_SLICE_MS);
  }

  /** The stream ended (or runs start over): the next input counts as typing only if it comes after this. */
  stop(): void {
    this.began = this.now();
    this.cancel?.();
    this.cancel = undefined;
  }

  /**
   * Notes the next frame, only while items come in: a stream that waits on the network asks for no
   * frames (an endless frame loop would keep a page with a silent server busy painting for nothing).
   * With no frame pending, none was asked for since the last item, so the page was free to paint: the
   * work starts now.
   */
  private watch(t: number): void {
    if (!this.onFrame || this.cancel) return;
    this.lastFrame = Math.max(this.lastFrame, t);
    this.cancel = this.onFrame(() => {
      this.cancel = undefined;
      this.lastFrame = this.now();
    });
  }
}

function rafOnce(run: () => void): () => void {
  const id = requestAnimationFrame(() => run());
  return () => cancelAnimationFrame(id);
}
