import { describe, expect, it } from 'vitest';
import { createComparison } from '../compare/comparison.ts';
import { comparisonJson } from '../compare/export.ts';
import type { Comparison } from '../compare/types.ts';
import { readComparisonFile } from './comparisons-backup.ts';
import { backupToJson, buildBackup, parseBackup } from './full-backup.ts';

const withOverrides = (): Comparison =>
  createComparison('c', 1, {
    prompt: 'Hi',
    system_prompt: 'Be kind',
    params: { temperature: 0.7 },
    columns: [
      { id: 'a', connection_id: 'c1', connection_name: 'One', model_id: 'm1', system_prompt: 'Be brief' },
      {
        id: 'b',
        connection_id: 'c2',
        connection_name: 'Two',
        model_id: 'm2',
        params: { temperature: 1.5, top_p: 0.5 },
      },
    ],
  });

/** the comparison with `edit` applied to its second column */
function column2(edit: (col: Record<string, unknown>) => void): unknown {
  const c = JSON.parse(JSON.stringify(withOverrides())) as { columns: Record<string, unknown>[] };
  edit(c.columns[1]!);
  return c;
}

describe('column overrides at every door', () => {
  it('survive the full backup and the comparison file', () => {
    const c = withOverrides();
    const parsed = parseBackup(backupToJson(buildBackup([], [], 100, false, [c])));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.skippedComparisons).toEqual([]);
    expect(parsed.backup.comparisons[0]?.columns).toEqual(c.columns);
    const file = JSON.parse(comparisonJson(c, 5)) as { comparison: unknown };
    const read = readComparisonFile(file.comparison);
    expect(read.ok && read.value).toEqual(c);
  });

  it('a malformed override is refused with where and why, in a comparison file', () => {
    const cases: [(col: Record<string, unknown>) => void, string][] = [
      [(col) => (col.system_prompt = 7), 'comparison.columns[1].system_prompt must be text.'],
      [(col) => (col.params = 'hot'), 'comparison.columns[1].params must be an object.'],
      [(col) => (col.params = { temperature: '0.2' }), 'comparison.columns[1].params.temperature must be a number.'],
      [
        (col) => (col.params = { temperature: 9 }),
        'comparison.columns[1].params.temperature: Temperature must be between 0 and 2.',
      ],
      [
        (col) => (col.params = { num_predict: 2.5 }),
        'comparison.columns[1].params.num_predict: Max tokens must be a whole number.',
      ],
      [(col) => (col.params = { stop: [1] }), 'comparison.columns[1].params.stop must be text or a list of texts.'],
    ];
    for (const [edit, error] of cases) expect(readComparisonFile(column2(edit))).toEqual({ ok: false, error });
  });

  it('extra parameters pass through as JSON, as a connection’s do', () => {
    const read = readComparisonFile(column2((col) => (col.params = { mirostat: 2, stop: 'END' })));
    expect(read.ok && read.value.columns[1]?.params).toEqual({ mirostat: 2, stop: 'END' });
  });

  it('a backup skips the comparison with a malformed override and says why', () => {
    const c = withOverrides();
    const doc = JSON.parse(backupToJson(buildBackup([], [], 100, false, [c]))) as { comparisons: Comparison[] };
    doc.comparisons[0]!.params = { top_p: 3 };
    const parsed = parseBackup(JSON.stringify(doc));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.comparisons).toEqual([]);
    expect(parsed.skippedComparisons).toEqual(['comparisons[0].params.top_p: Top P must be between 0 and 1.']);
  });
});
