import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { addRun, createComparison, renamed } from '../compare/comparison.ts';
import type { Comparison } from '../compare/types.ts';
import { linearConversation } from '../conversation/testing/builders.ts';
import { getAllConversations } from '../storage/chats-repo.ts';
import { getComparison, listComparisons, putComparison } from '../storage/comparisons-repo.ts';
import { backupToJson, buildBackup, parseBackup } from './full-backup.ts';
import { restoreBackup } from './restore.ts';

let n = 0;
const stores = () => ({
  chats: createStore(`cmp-chats-${++n}`, 'conversations'),
  connections: createStore(`cmp-connections-${n}`, 'connections'),
  comparisons: createStore(`cmp-comparisons-${n}`, 'comparisons'),
});

const columns = [
  { id: 'k1', connection_id: 'c1', connection_name: 'Box', model_id: 'llama' },
  { id: 'k2', connection_id: 'c1', connection_name: 'Box', model_id: 'qwen' },
];

/** Two columns, one finished run in the first. */
function comparison(id: string, updatedAt: number, answer = 'Paris'): Comparison {
  const c = addRun(createComparison(id, 1, { prompt: 'Capital of France?', columns }), columns[0]!, `${id}-r1`, 2);
  const run = c.runs[`${id}-r1`]!;
  return {
    ...c,
    updated_at: updatedAt,
    runs: { [run.id]: { ...run, answer: { ...run.answer, content: answer, status: 'complete', rev: 1 } } },
  };
}

const parsed = (text: string) => {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.error);
  return result;
};

const fileWith = (comparisons: Comparison[]) => backupToJson(buildBackup([], [], 100, false, comparisons));

describe('comparisons in the full backup', () => {
  it('round-trips: saved comparisons come back whole after a restore into an empty browser', async () => {
    const s = stores();
    const a = comparison('a', 10);
    const b = renamed(comparison('b', 20, 'Lyon?'), 'Second', 30);
    const { backup, skippedComparisons } = parsed(fileWith([a, b]));
    expect(skippedComparisons).toEqual([]);
    const result = await restoreBackup(backup, s);
    expect(result.comparisons).toEqual({ added: 2, updated: 0, kept: 0 });
    expect(await getComparison('a', s.comparisons)).toEqual(a);
    expect(await getComparison('b', s.comparisons)).toEqual(b);
    expect((await listComparisons(s.comparisons)).map((c) => c.title)).toEqual(['Second', 'Capital of France?']);
  });

  it('never overwrites a stored comparison with an older or equal copy; a newer copy is merged in', async () => {
    const s = stores();
    await putComparison(comparison('same', 50, 'stored answer'), s.comparisons);
    await putComparison(comparison('old', 10, 'old answer'), s.comparisons);
    const { backup } = parsed(fileWith([comparison('same', 50, 'file answer'), comparison('old', 90, 'newer answer')]));
    const result = await restoreBackup(backup, s);
    expect(result.comparisons).toEqual({ added: 0, updated: 1, kept: 1 });
    expect((await getComparison('same', s.comparisons))?.runs['same-r1']?.answer.content).toBe('stored answer');
    const updated = await getComparison('old', s.comparisons);
    expect(updated?.updated_at).toBe(90);
    expect(updated?.runs['old-r1']?.answer.content).toBe('newer answer');
  });

  it('skips a malformed comparison entry with a reason and restores the rest', async () => {
    const s = stores();
    const doc = JSON.parse(fileWith([comparison('good', 10), comparison('bad', 10)])) as { comparisons: unknown[] };
    (doc.comparisons[1] as Record<string, unknown>).prompt = 42;
    doc.comparisons.push('not a comparison');
    const { backup, skippedComparisons } = parsed(JSON.stringify(doc));
    expect(skippedComparisons).toEqual(['comparisons[1].prompt must be text.', 'comparisons[2] is not an object.']);
    expect(backup.comparisons.map((c) => c.id)).toEqual(['good']);
    await restoreBackup(backup, s);
    expect((await listComparisons(s.comparisons)).map((c) => c.id)).toEqual(['good']);
  });

  it('skips a run pointing at no column, and a second entry with the same id', () => {
    const bad = comparison('x', 10);
    bad.runs['x-r1']!.column_id = 'nowhere';
    const { backup, skippedComparisons } = parsed(fileWith([comparison('y', 1), bad, comparison('y', 2)]));
    expect(backup.comparisons.map((c) => c.id)).toEqual(['y']);
    expect(skippedComparisons).toEqual([
      'comparisons[1].runs["x-r1"].column_id must name one of its columns.',
      'comparisons[2] has the same id as an earlier comparison.',
    ]);
  });

  it('restores a run that was streaming as interrupted (no tab owns it)', () => {
    const c = comparison('s', 10);
    c.runs['s-r1']!.answer.status = 'streaming';
    const { backup } = parsed(fileWith([c]));
    expect(backup.comparisons[0]?.runs['s-r1']?.answer.status).toBe('interrupted');
  });

  it('still restores an older backup that has no comparisons list', async () => {
    const s = stores();
    const doc = JSON.parse(
      backupToJson(
        buildBackup([], [linearConversation('chat', ['hello'], { created_at: 1, updated_at: 1 })], 1, false),
      ),
    ) as Record<string, unknown>;
    delete doc.comparisons;
    const { backup, skippedComparisons } = parsed(JSON.stringify(doc));
    expect(backup.comparisons).toEqual([]);
    expect(skippedComparisons).toEqual([]);
    const result = await restoreBackup(backup, s);
    expect(result.comparisons).toEqual({ added: 0, updated: 0, kept: 0 });
    expect((await getAllConversations(s.chats)).map((c) => c.id)).toEqual(['chat']);
  });

  it('rejects a "comparisons" that is not a list', () => {
    const doc = JSON.parse(fileWith([])) as Record<string, unknown>;
    doc.comparisons = {};
    expect(parseBackup(JSON.stringify(doc))).toEqual({
      ok: false,
      error: 'This backup\'s "comparisons" is not a list. Nothing was changed.',
    });
  });
});
