import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/svelte-query';
import { describe, expect, it, vi } from 'vitest';
import type { ComparisonSummary } from '../compare/types.ts';
import { comparisonsKey, comparisonsQuery, refreshSummary, setSummary, withSummary } from './comparisons-queries.ts';

const entry = (id: string, updated_at: number, title = id): ComparisonSummary => ({
  id,
  title,
  updated_at,
  models: ['m'],
  runs: 1,
});

async function seeded(list: ComparisonSummary[]) {
  const client = new QueryClient();
  const read = vi.fn(async () => list);
  await client.fetchQuery(comparisonsQuery(read));
  return { client, read, shown: () => client.getQueryData<ComparisonSummary[]>(comparisonsKey) };
}

describe('the saved comparisons list', () => {
  it('replaces, adds and removes one entry, newest first', () => {
    const list = [entry('b', 2), entry('a', 1)];
    expect(withSummary(list, 'a', entry('a', 3, 'A2')).map((s) => s.title)).toEqual(['A2', 'b']);
    expect(withSummary(list, 'c', entry('c', 0)).map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(withSummary(list, 'b', undefined).map((s) => s.id)).toEqual(['a']);
  });

  it('a save updates only its own entry and never re-reads the whole list', async () => {
    const { client, read, shown } = await seeded([entry('b', 2), entry('a', 1)]);
    const other = shown()![0];
    setSummary(client, 'a', entry('a', 5, 'renamed'));
    await refreshSummary(client, 'c', async () => entry('c', 6));
    await refreshSummary(client, 'b', async () => undefined);
    expect(shown()!.map((s) => s.title)).toEqual(['c', 'renamed']);
    expect(read).toHaveBeenCalledTimes(1);
    setSummary(client, 'x', entry('x', 7));
    expect(shown()!.find((s) => s.id === 'x')).toBeDefined();
    expect(other?.id).toBe('b');
  });

  it('a stored summary older than the entry shown is not applied', async () => {
    const { client, shown } = await seeded([entry('a', 10, 'newer')]);
    await refreshSummary(client, 'a', async () => entry('a', 4, 'older'));
    expect(shown()!.map((s) => s.title)).toEqual(['newer']);
  });

  it('does nothing before the list was first read', async () => {
    const client = new QueryClient();
    const read = vi.fn(async () => entry('a', 1));
    await refreshSummary(client, 'a', read);
    setSummary(client, 'a', entry('a', 1));
    expect(read).not.toHaveBeenCalled();
    expect(client.getQueryData(comparisonsKey)).toBeUndefined();
  });
});
