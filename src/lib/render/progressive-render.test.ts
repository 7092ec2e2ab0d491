import { describe, expect, it } from 'vitest';
import { ProgressiveRender, RenderQueue } from './progressive-render.ts';

/** A renderer that takes `cost` ms of the fake clock per block and records what it rendered. */
function setup(cost = 3) {
  let clock = 0;
  const calls: string[] = [];
  const progress = new ProgressiveRender(
    (block) => {
      calls.push(block);
      clock += cost;
      return `<p>${block}</p>`;
    },
    () => clock,
  );
  return { progress, calls };
}

describe('ProgressiveRender', () => {
  it('renders within the budget per step, in order, and finishes over several steps', () => {
    const { progress, calls } = setup(3);
    const blocks = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(progress.advance(blocks, 8)).toBe(false); // 3 + 3 + 3 ≥ 8 after three blocks
    expect(progress.rendered()).toEqual(['<p>a</p>', '<p>b</p>', '<p>c</p>']);
    expect(progress.advance(blocks, 8)).toBe(false);
    expect(progress.advance(blocks, 8)).toBe(true);
    expect(progress.rendered()).toEqual(blocks.map((b) => `<p>${b}</p>`));
    expect(calls).toEqual(blocks); // each block rendered once
  });

  it('renders at least one block per step, even when one block is over budget', () => {
    const { progress } = setup(50);
    expect(progress.advance(['big', 'next'], 8)).toBe(false);
    expect(progress.rendered()).toEqual(['<p>big</p>']);
  });

  it('only renders new blocks when more arrive', () => {
    const { progress, calls } = setup(1);
    progress.advance(['a', 'b'], 100);
    progress.advance(['a', 'b', 'c'], 100);
    expect(calls).toEqual(['a', 'b', 'c']);
  });

  it('re-renders from the first changed block', () => {
    const { progress, calls } = setup(1);
    progress.advance(['a', 'b', 'c'], 100);
    expect(progress.advance(['a', 'x', 'c'], 100)).toBe(true);
    expect(calls).toEqual(['a', 'b', 'c', 'x', 'c']);
    expect(progress.rendered()).toEqual(['<p>a</p>', '<p>x</p>', '<p>c</p>']);
    expect(progress.advance([], 100)).toBe(true);
    expect(progress.rendered()).toEqual([]);
  });

  it('a block whose renderer throws becomes plain text; the blocks after it still render', () => {
    const progress = new ProgressiveRender(
      (block) => {
        if (block.startsWith('bad')) throw new RangeError('Maximum call stack size exceeded');
        return `<p>${block}</p>`;
      },
      () => 0,
    );
    expect(progress.advance(['a', 'bad <x>', 'c'], 100)).toBe(true);
    expect(progress.rendered()).toEqual([
      '<p>a</p>',
      '<div class="plain" data-render-fallback="error">bad &lt;x&gt;</div>',
      '<p>c</p>',
    ]);
  });

  it('hands out the same array until something changes', () => {
    const { progress } = setup(1);
    progress.advance(['a'], 100);
    const first = progress.rendered();
    progress.advance(['a'], 100);
    expect(progress.rendered()).toBe(first);
    progress.advance(['a', 'b'], 100);
    expect(progress.rendered()).not.toBe(first);
  });
});

describe('RenderQueue', () => {
  /** Jobs that each need `steps` calls; every call costs `cost` ms of the fake clock. */
  function setupQueue(budget: number | (() => number)) {
    let clock = 0;
    const soon: Array<() => void> = [];
    const frames: Array<() => void> = [];
    const log: string[] = [];
    const job = (name: string, steps: number, cost: number) => {
      let left = steps;
      return (budgetMs: number) => {
        log.push(`${name}:${budgetMs}`);
        clock += cost;
        return --left === 0;
      };
    };
    const drain = (list: Array<() => void>) => list.splice(0).forEach((run) => run());
    const errors: unknown[] = [];
    const queue = new RenderQueue(
      budget,
      (run) => frames.push(run),
      () => clock,
      (run) => soon.push(run),
      (error) => errors.push(error),
    );
    return { queue, job, log, errors, runSoon: () => drain(soon), runFrame: () => drain(frames), frames };
  }

  it('runs the newest job first, shares one budget, and goes on in the next frames', () => {
    const { queue, job, log, runSoon, runFrame, frames } = setupQueue(8);
    queue.add(job('old', 1, 3));
    queue.add(job('new', 2, 3));
    runSoon();
    expect(log).toEqual(['new:8']); // not finished: it spent the budget, "old" waits
    expect(frames).toHaveLength(1);
    runFrame();
    expect(log).toEqual(['new:8', 'new:8', 'old:5']); // "new" finishes in 3 ms, "old" gets the rest
    expect(frames).toHaveLength(0); // nothing left to do
  });

  it('asks for its budget at each frame (the renderer takes more when no stream reader is at work)', () => {
    let budget = 8;
    const { queue, job, log, runSoon, runFrame } = setupQueue(() => budget);
    queue.add(job('burst', 4, 5));
    runSoon();
    budget = 16;
    runFrame();
    expect(log).toEqual(['burst:8', 'burst:16']);
  });

  it('always makes progress, even when one step is over budget', () => {
    const { queue, job, log, runSoon, runFrame } = setupQueue(8);
    queue.add(job('big', 3, 20));
    runSoon();
    runFrame();
    runFrame();
    expect(log).toEqual(['big:8', 'big:8', 'big:8']);
  });

  it('a job queued for the next frame waits for it', () => {
    const { queue, job, log, runSoon, runFrame } = setupQueue(8);
    queue.add(job('later', 1, 1), true);
    runSoon();
    expect(log).toEqual([]);
    runFrame();
    expect(log).toEqual(['later:8']);
  });

  it('a dropped job never runs', () => {
    const { queue, job, log, runSoon } = setupQueue(8);
    const drop = queue.add(job('gone', 1, 1));
    queue.add(job('kept', 1, 1));
    drop();
    runSoon();
    expect(log).toEqual(['kept:8']);
  });

  it('a job that throws is dropped and reported; the jobs queued before it still run', () => {
    const { queue, job, log, errors, runSoon, runFrame } = setupQueue(8);
    queue.add(job('old', 1, 1));
    const failure = new RangeError('Maximum call stack size exceeded');
    queue.add((budgetMs) => {
      log.push(`bad:${budgetMs}`);
      throw failure;
    });
    runSoon();
    runFrame();
    expect(log).toEqual(['bad:8', 'old:8']);
    expect(errors).toEqual([failure]);
    queue.add(job('later', 1, 1));
    runSoon();
    expect(log).toEqual(['bad:8', 'old:8', 'later:8']); // the failed job is gone for good
  });
});
