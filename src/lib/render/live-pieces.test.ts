import { describe, expect, it } from 'vitest';
import { LiveCutter, type CutStep } from './live-pieces.ts';
import { splitNode } from '../conversation/pieces.ts';
import type { MessageNode } from '../conversation/types.ts';

/** Plays the steps on an array of box texts, as the DOM would. */
function play(boxes: string[], steps: CutStep[]): void {
  for (const step of steps) {
    if (step.newBox) boxes.push('');
    if (boxes.length === 0) boxes.push('');
    const last = boxes.length - 1;
    const box = boxes[last] as string;
    const kept = box.slice(0, box.length - step.retract);
    boxes[last] = kept + step.append;
  }
}

/** Feeds `text` in chunks of `chunk` and replays the steps. */
function stream(text: string, size: number, chunk: number): string[] {
  const cutter = new LiveCutter(size);
  const boxes: string[] = [];
  for (let i = 0; i < text.length; i += chunk) play(boxes, cutter.feed(text.slice(i, i + chunk)));
  return boxes;
}

const node = (content: string): MessageNode =>
  ({ id: 'n', role: 'assistant', content, status: 'complete', parent: null, children: [] }) as unknown as MessageNode;

describe('LiveCutter', () => {
  const lines = Array.from({ length: 400 }, (_, i) => `line ${i} ${'x'.repeat(i % 37)}\n`).join('');

  it.each([1, 7, 50, 1000, 100_000])('cuts where storage cuts (chunks of %i)', (chunk) => {
    const size = 1000;
    const boxes = stream(lines, size, chunk);
    expect(boxes.join('')).toBe(lines);
    const { node: rest, pieces } = splitNode('c', node(lines), size);
    expect(boxes.slice(0, pieces.length)).toEqual(pieces.map((p) => p.text));
    expect(boxes.slice(pieces.length).join('')).toBe(rest.content);
  });

  it('takes back what belongs to the next piece when a chunk passes the size', () => {
    const cutter = new LiveCutter(10);
    expect(cutter.feed('abc\ndefgh')).toEqual([{ newBox: false, retract: 0, append: 'abc\ndefgh', start: 0 }]);
    // 'abc\ndefghij' reaches 10: the piece ends after the line end, 'defgh' moves to the next box
    expect(cutter.feed('ij')).toEqual([
      { newBox: false, retract: 5, append: '', start: 0 },
      { newBox: true, retract: 0, append: 'defghij', start: 4 },
    ]);
    expect(cutter.openChars).toBe(7);
  });

  it('gives each box its start in the whole text, counting from the stored pieces', () => {
    const cutter = new LiveCutter(10, 100);
    const steps = cutter.feed('0123456789abcdefghij012');
    expect(steps.filter((s) => s.newBox).map((s) => s.start)).toEqual([110, 120]);
    expect(steps[0]?.start).toBe(100);
  });

  it('cuts a text without line ends at the size', () => {
    const text = 'y'.repeat(95);
    const boxes = stream(text, 10, 3);
    expect(boxes.map((b) => b.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 5]);
  });

  it('only ever appends to the open piece and takes back at most a piece', () => {
    const cutter = new LiveCutter(100);
    let appended = 0;
    for (let i = 0; i < lines.length; i += 13) {
      for (const step of cutter.feed(lines.slice(i, i + 13))) {
        expect(step.retract).toBeLessThanOrEqual(100);
        appended += step.append.length - step.retract;
      }
    }
    expect(appended).toBe(lines.length);
  });
});
