import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addRun, createComparison, withRunEvents } from '../compare/comparison.ts';
import type { CompareColumn } from '../compare/types.ts';
import { createStore } from './open-store.ts';
import {
  getComparison,
  journalComparison,
  listComparisons,
  putComparison,
  replayComparisonJournal,
} from './comparisons-repo.ts';

const columns: CompareColumn[] = [
  { id: 'a', connection_id: 'c1', connection_name: 'One', model_id: 'm1' },
  { id: 'b', connection_id: 'c2', connection_name: 'Two', model_id: 'm2' },
];
let n = 0;
const fresh = () => createStore(`compare-test-${++n}`, 'comparisons');

describe('comparisons repo', () => {
  it("a tab's write keeps the runs another tab stored", async () => {
    const store = fresh();
    const base = createComparison('x', 1, { prompt: 'Hi', columns });
    const one = withRunEvents(addRun(base, columns[0]!, 'r1', 2), 'r1', [{ type: 'text-delta', text: 'one' }], 3);
    const two = addRun(base, columns[1]!, 'r2', 2);
    await putComparison(one, store);
    const stored = await putComparison(two, store);
    expect(Object.keys(stored.runs).sort()).toEqual(['r1', 'r2']);
    expect((await getComparison('x', store))?.runs['r1']?.answer.content).toBe('one');
    expect(await listComparisons(store)).toMatchObject([{ id: 'x', title: 'Hi', runs: 2 }]);
  });

  it('merges a journalled copy at the next start', async () => {
    const store = fresh();
    const base = addRun(createComparison('y', 1, { prompt: 'Hi', columns }), columns[0]!, 'r1', 2);
    await putComparison(base, store);
    await store('readonly', () => undefined); // open the database, as a running tab has it
    journalComparison(withRunEvents(base, 'r1', [{ type: 'text-delta', text: 'partial' }], 3), 'tab', store);
    await replayComparisonJournal(store);
    expect((await getComparison('y', store))?.runs['r1']?.answer.content).toBe('partial');
  });
});
