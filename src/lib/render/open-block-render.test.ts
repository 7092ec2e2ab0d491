import { describe, expect, it } from 'vitest';
import { OpenBlockRender } from './open-block-render.ts';

const sentence = 'A long paragraph keeps on growing while it streams. ';

describe('OpenBlockRender', () => {
  it('renders each settled piece once and only the tail again on every update', () => {
    const rendered: string[] = [];
    const view = new OpenBlockRender((block) => (rendered.push(block), `<p>${block.length}</p>`));
    let text = '';
    let last = view.update(text);
    for (let i = 0; i < 300; i++) last = view.update((text += sentence));
    expect(last.settled.length).toBeGreaterThan(5);
    // one render of the tail per update, plus one of each settled piece
    expect(rendered).toHaveLength(300 + last.settled.length);
    // no update rendered more than a bounded amount of text
    expect(Math.max(...rendered.map((block) => block.length))).toBeLessThan(4000);
  });

  it('renders nothing for an empty block, and everything again when the block starts over', () => {
    let calls = 0;
    const view = new OpenBlockRender(() => (calls++, 'x'));
    expect(view.update('')).toEqual({ settled: [], tail: '' });
    view.update(sentence.repeat(100));
    const before = calls;
    const again = view.update('Different. '.repeat(400));
    expect(again.settled.length).toBeGreaterThan(0);
    expect(calls - before).toBe(again.settled.length + 1);
  });
});
