import { describe, expect, it } from 'vitest';
import { ProgressiveRender } from './progressive-render.ts';

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
