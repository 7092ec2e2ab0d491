import { describe, expect, it } from 'vitest';
import { createComparison, runsOf } from '../compare/comparison.ts';
import type { Comparison } from '../compare/types.ts';
import type { Connection } from '../connections/types.ts';
import type { ChatEvent } from '../providers/types.ts';
import { CompareRunner } from './compare-runner.svelte.ts';

const conn = (id: string) => ({ id, name: id, mode: 'openai_compatible', base_url: `http://${id}` }) as Connection;
const columns = [
  { id: 'a', connection_id: 'c1', connection_name: 'c1', model_id: 'm1' },
  { id: 'b', connection_id: 'c2', connection_name: 'c2', model_id: 'm2' },
];

function setup(stream: (c: Connection) => AsyncIterable<ChatEvent>) {
  const stored: Comparison[] = [];
  let id = 0;
  let t = 0;
  const runner = new CompareRunner({
    stream: (c) => stream(c),
    tabId: 'tab',
    put: async (c) => (stored.push(c), c),
    journal: () => {},
    schedule: (run) => (run(), () => {}),
    clock: () => (t += 10),
    newId: () => `r${++id}`,
  });
  return { runner, stored };
}

async function* answer(text: string): AsyncGenerator<ChatEvent> {
  yield { type: 'text-delta', text };
  yield { type: 'text-delta', text: '!' };
  yield { type: 'finish', reason: { unified: 'stop' }, usage: { completion_tokens: 2 } };
}

describe('CompareRunner', () => {
  it('runs every column N times and keeps what the browser measured', async () => {
    const { runner, stored } = setup((c) => answer(c.id));
    const c = createComparison('x', 1, { prompt: 'Hi', columns, runs_per_model: 3 });
    await runner.start(
      c,
      new Map([
        ['c1', conn('c1')],
        ['c2', conn('c2')],
      ]),
    );
    const done = runner.comparison!;
    expect(runsOf(done, 'a').map((r) => r.answer.content)).toEqual(['c1!', 'c1!', 'c1!']);
    expect(runsOf(done, 'b')).toHaveLength(3);
    expect(runsOf(done, 'a')[0]?.measured).toMatchObject({ deltas: 2, ttft_ms: expect.any(Number) });
    expect(runner.progress).toEqual({ planned: 6, ended: 6 });
    expect(Object.keys(stored.at(-1)!.runs)).toHaveLength(6);
  });

  it('Stop on one column aborts its stream and keeps its text; the other finishes', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const { runner } = setup((c) =>
      c.id === 'c1'
        ? (async function* (): AsyncGenerator<ChatEvent> {
            yield { type: 'text-delta', text: 'partial' };
            await held;
            yield { type: 'finish', reason: { unified: 'aborted' } };
          })()
        : answer('done'),
    );
    const c = createComparison('x', 1, { prompt: 'Hi', columns, runs_per_model: 2 });
    const running = runner.start(
      c,
      new Map([
        ['c1', conn('c1')],
        ['c2', conn('c2')],
      ]),
    );
    await new Promise((r) => setTimeout(r, 0));
    runner.stopColumn('a');
    release();
    await running;
    const a = runsOf(runner.comparison!, 'a');
    expect(a).toHaveLength(1);
    expect(a[0]?.answer).toMatchObject({ content: 'partial', status: 'aborted' });
    expect(runsOf(runner.comparison!, 'b')).toHaveLength(2);
  });

  it("applies every run's batches together, once per frame, and one pacer paces every reader", async () => {
    const frames: (() => void)[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let due = 0;
    let id = 0;
    const runner = new CompareRunner({
      stream: (c) =>
        (async function* () {
          yield [
            { type: 'text-delta', text: `${c.id}-1` },
            { type: 'text-delta', text: '-2' },
          ] as ChatEvent[];
          await held;
          yield [{ type: 'finish', reason: { unified: 'stop' } }] as ChatEvent[];
        })(),
      tabId: 'tab',
      put: async (c) => c,
      journal: () => {},
      schedule: (run) => (frames.push(run), () => {}),
      pacer: { due: () => (due++, false), pause: async () => {}, stop: () => {} },
      newId: () => `r${++id}`,
    });
    const c = createComparison('x', 1, { prompt: 'Hi', columns });
    const running = runner.start(
      c,
      new Map([
        ['c1', conn('c1')],
        ['c2', conn('c2')],
      ]),
    );
    const texts = () => columns.map((col) => runsOf(runner.comparison!, col.id)[0]?.answer.content);
    await new Promise((r) => setTimeout(r, 0));
    expect(texts()).toEqual(['', '']);
    expect(frames).toHaveLength(1);
    const before = runner.comparison;
    frames.shift()!();
    expect(texts()).toEqual(['c1-1-2', 'c2-1-2']);
    expect(runner.comparison).not.toBe(before);
    expect(due).toBe(2);
    release();
    await running;
    expect(runsOf(runner.comparison!, 'a')[0]?.answer.status).toBe('complete');
  });
});
