import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addRun, createComparison, withRunEvents } from '../compare/comparison.ts';
import type { CompareColumn } from '../compare/types.ts';
import { createStore } from './open-store.ts';
import { promisifyRequest } from 'idb-keyval';
import { comparisonSummaryKey } from './comparison-summaries.ts';
import {
  comparisonKey,
  deleteComparison,
  getComparison,
  getComparisonSummary,
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

describe('the saved list reads summaries', () => {
  it('lists from the summaries written beside each comparison, not from the runs', async () => {
    const store = fresh();
    const c = withRunEvents(
      addRun(createComparison('s', 1, { prompt: 'Listed', columns }), columns[0]!, 'r1', 2),
      'r1',
      [{ type: 'text-delta', text: 'long text' }],
      3,
    );
    await putComparison(c, store);
    // the full record made unreadable: the list still comes from the summary
    await store('readwrite', (s) => {
      s.put({ id: 's' }, comparisonKey('s'));
      return promisifyRequest(s.transaction);
    });
    expect(await listComparisons(store)).toEqual([
      { id: 's', title: 'Listed', updated_at: 3, models: ['m1', 'm2'], runs: 1 },
    ]);
    expect(await getComparisonSummary('s', store)).toMatchObject({ title: 'Listed' });
  });

  it('a comparison stored without a summary is summarised once; a delete removes both', async () => {
    const store = fresh();
    const c = createComparison('old', 1, { prompt: 'Older build', columns });
    await store('readwrite', (s) => {
      s.put(c, comparisonKey('old'));
      return promisifyRequest(s.transaction);
    });
    expect(await listComparisons(store)).toMatchObject([{ id: 'old', title: 'Older build' }]);
    expect(await store('readonly', (s) => promisifyRequest(s.get(comparisonSummaryKey('old'))))).toMatchObject({
      title: 'Older build',
    });
    await deleteComparison('old', store);
    expect(await listComparisons(store)).toEqual([]);
    expect(await getComparisonSummary('old', store)).toBeUndefined();
  });
});
