import { describe, expect, it } from 'vitest';
import { FRAME_BUDGET_MS, FramePacer, TYPING_MS, TYPING_SLICE_MS, readerBusy } from './frame-pacer.ts';

function fakes(hidden = false, sentByKey = false) {
  let t = 0;
  let lastKey = sentByKey ? 0 : -Infinity;
  const frames: (() => void)[] = [];
  let cancelled = 0;
  const waits: string[] = [];
  const pacer = new FramePacer({
    now: () => t,
    onFrame: (run) => (frames.push(run), () => void cancelled++),
    hidden: () => hidden,
    waitForFrame: async () => void waits.push('frame'),
    yieldToMain: async () => void waits.push('task'),
    lastInput: () => lastKey,
  });
  return {
    pacer,
    waits,
    advance: (ms: number) => void (t += ms),
    frame: () => frames.shift()?.(),
    pending: () => frames.length - cancelled,
    key: () => void (lastKey = t),
  };
}

describe('FramePacer', () => {
  it('asks for a pause once the work since the last frame reaches the budget, then waits for a frame', async () => {
    const f = fakes();
    expect(f.pacer.due()).toBe(false); // the first item: work starts
    f.advance(FRAME_BUDGET_MS - 1);
    expect(f.pacer.due()).toBe(false);
    f.advance(1);
    expect(f.pacer.due()).toBe(true);
    await f.pacer.pause();
    expect(f.waits).toEqual(['frame']);
    expect(f.pacer.due()).toBe(false);
  });

  it('tells the renderer that a reader is at work, until it has been idle for about a frame', () => {
    const f = fakes();
    f.advance(1_000_000); // later than any other test's clock: the last reader work is page-wide
    expect(readerBusy(1_000_000)).toBe(false);
    f.pacer.due();
    expect(readerBusy(1_000_005)).toBe(true);
    expect(readerBusy(1_000_025)).toBe(false); // waiting on the network, or done: the renderer may take its share
  });

  it('after a heavy frame, gives the reader what is left of two vsyncs (and never less than a little)', async () => {
    const f = fakes();
    f.pacer.due();
    f.advance(FRAME_BUDGET_MS);
    expect(f.pacer.due()).toBe(true);
    f.frame(); // the frame starts; its rendering, style, layout and paint take 25 ms
    f.advance(25);
    await f.pacer.pause();
    expect(f.pacer.due()).toBe(false); // the next item, at once
    f.advance(4);
    expect(f.pacer.due()).toBe(false);
    f.advance(1);
    expect(f.pacer.due()).toBe(true); // 30 − 25 ms: the frame and this slice fit in 33 ms
    f.frame();
    f.advance(40); // a frame over budget on its own
    await f.pacer.pause();
    expect(f.pacer.due()).toBe(false);
    f.advance(1);
    expect(f.pacer.due()).toBe(false);
    f.advance(1);
    expect(f.pacer.due()).toBe(true);
    f.frame(); // a light frame: the full budget again
    f.advance(3);
    await f.pacer.pause();
    expect(f.pacer.due()).toBe(false);
    f.advance(FRAME_BUDGET_MS - 1);
    expect(f.pacer.due()).toBe(false);
    f.advance(1);
    expect(f.pacer.due()).toBe(true);
  });

  it('while the user types, takes only a small slice after each frame, and its full share once typing stops', async () => {
    const f = fakes(false, true); // the stream was sent with Enter: that key is not typing
    const sliceAfterFrame = async (): Promise<number> => {
      f.frame();
      f.advance(3); // a light frame
      await f.pacer.pause();
      let slice = 0;
      while (!f.pacer.due()) {
        f.advance(1);
        slice++;
      }
      return slice;
    };
    f.pacer.due();
    f.advance(FRAME_BUDGET_MS);
    expect(f.pacer.due()).toBe(true);
    expect(await sliceAfterFrame()).toBe(FRAME_BUDGET_MS);
    f.advance(1);
    f.key(); // a key goes down while the stream is read
    expect(await sliceAfterFrame()).toBe(TYPING_SLICE_MS);
    expect(await sliceAfterFrame()).toBe(TYPING_SLICE_MS);
    f.advance(TYPING_MS); // no key for a second
    expect(await sliceAfterFrame()).toBe(FRAME_BUDGET_MS);
    f.key();
    f.advance(1);
    f.pacer.stop(); // the runs start over (compare): the click that started them is not typing
    expect(await sliceAfterFrame()).toBe(FRAME_BUDGET_MS);
  });

  it('never asks for a pause while frames keep coming on their own', () => {
    const f = fakes();
    for (let i = 0; i < 10; i++) {
      f.advance(FRAME_BUDGET_MS - 1);
      f.frame();
      expect(f.pacer.due()).toBe(false);
    }
  });

  it('asks for no frames while no items come (a silent server), and counts the idle time as a frame', () => {
    const f = fakes();
    f.pacer.due();
    expect(f.pending()).toBe(1);
    f.frame(); // painted; then the server goes quiet
    expect(f.pending()).toBe(0);
    f.advance(5000);
    expect(f.pacer.due()).toBe(false); // the page was idle: no pause owed for the first item after it
    expect(f.pending()).toBe(1);
    f.pacer.stop();
    expect(f.pending()).toBe(0);
  });

  it('in a hidden tab (no frames), yields to other tasks instead of waiting for a frame', async () => {
    const f = fakes(true);
    f.advance(50);
    expect(f.pacer.due()).toBe(true);
    await f.pacer.pause();
    expect(f.waits).toEqual(['task']);
  });
});
