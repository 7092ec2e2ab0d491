import { describe, expect, it } from 'vitest';
import { FRAME_BUDGET_MS, FramePacer } from './frame-pacer.ts';

function fakes(hidden = false) {
  let t = 0;
  const frames: (() => void)[] = [];
  const waits: string[] = [];
  const pacer = new FramePacer({
    now: () => t,
    onFrame: (run) => (frames.push(run), () => undefined),
    hidden: () => hidden,
    waitForFrame: async () => void waits.push('frame'),
    yieldToMain: async () => void waits.push('task'),
  });
  return {
    pacer,
    waits,
    advance: (ms: number) => void (t += ms),
    frame: () => frames.shift()?.(),
  };
}

describe('FramePacer', () => {
  it('asks for a pause once the work since the last frame reaches the budget, then waits for a frame', async () => {
    const f = fakes();
    f.advance(FRAME_BUDGET_MS - 1);
    expect(f.pacer.due()).toBe(false);
    f.advance(1);
    expect(f.pacer.due()).toBe(true);
    await f.pacer.pause();
    expect(f.waits).toEqual(['frame']);
    expect(f.pacer.due()).toBe(false);
  });

  it('never asks for a pause while frames keep coming on their own', () => {
    const f = fakes();
    for (let i = 0; i < 10; i++) {
      f.advance(FRAME_BUDGET_MS - 1);
      f.frame();
      expect(f.pacer.due()).toBe(false);
    }
  });

  it('in a hidden tab (no frames), yields to other tasks instead of waiting for a frame', async () => {
    const f = fakes(true);
    f.advance(50);
    expect(f.pacer.due()).toBe(true);
    await f.pacer.pause();
    expect(f.waits).toEqual(['task']);
  });
});
