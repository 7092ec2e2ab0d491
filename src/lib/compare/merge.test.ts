import { describe, expect, it } from 'vitest';
import { addRun, createComparison, renamed, withRunEvents } from './comparison.ts';
import { mergeComparisons } from './merge.ts';
import type { CompareColumn } from './types.ts';

const columns: CompareColumn[] = [
  { id: 'a', connection_id: 'c1', connection_name: 'One', model_id: 'm1' },
  { id: 'b', connection_id: 'c2', connection_name: 'Two', model_id: 'm2' },
];
const finish = { type: 'finish', reason: { unified: 'stop' } } as const;

describe('mergeComparisons', () => {
  it('keeps the runs each tab finished, whichever writes last', () => {
    const base = createComparison('x', 1, { prompt: 'Hi', columns });
    const tab1 = withRunEvents(
      addRun(base, columns[0]!, 'r1', 2),
      'r1',
      [{ type: 'text-delta', text: 'one' }, finish],
      3,
    );
    const tab2 = withRunEvents(
      addRun(base, columns[1]!, 'r2', 2),
      'r2',
      [{ type: 'text-delta', text: 'two' }, finish],
      3,
    );
    const merged = mergeComparisons(tab1, tab2);
    expect(merged.runs['r1']?.answer.content).toBe('one');
    expect(merged.runs['r2']?.answer.content).toBe('two');
  });

  it('keeps the newer copy of a run and the newer title', () => {
    const base = addRun(createComparison('x', 1, { prompt: 'Hi', columns }), columns[0]!, 'r1', 2);
    const longer = withRunEvents(base, 'r1', [{ type: 'text-delta', text: 'abc' }], 3);
    const older = renamed(base, 'Named', 4);
    const merged = mergeComparisons(longer, older);
    expect(merged.runs['r1']?.answer.content).toBe('abc');
    expect(merged.title).toBe('Named');
  });

  it('does not bring back a deleted run', () => {
    const base = addRun(createComparison('x', 1, { prompt: 'Hi', columns }), columns[0]!, 'r1', 2);
    const { r1: _gone, ...rest } = base.runs;
    const deleted = { ...base, runs: rest, deleted_run_ids: ['r1'] };
    expect(mergeComparisons(deleted, base).runs['r1']).toBeUndefined();
  });
});
