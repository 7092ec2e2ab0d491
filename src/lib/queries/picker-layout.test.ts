import { describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import { choiceValue, pickerOptions, type ModelGroup } from './model-choices.ts';
import { pickerLayout, rowAt, rowRuns, type PickerLayout } from './picker-layout.ts';

const conn = (id: string, name: string) => ({ id, name, enabled: true }) as Connection;
const groups: ModelGroup[] = [
  { connection: conn('a', 'Box A'), models: [{ id: 'llama3.2:1b' }, { id: 'qwen3:0.6b' }, { id: 'gemma3' }] },
  { connection: conn('b', 'Box B'), models: [{ id: 'llama3.2:1b' }, { id: 'phi4' }] },
];
const servers = [
  { id: 'a', name: 'Box A', status: 'Online' },
  { id: 'b', name: 'Box B', status: 'Online' },
  { id: 'c', name: 'Box C', status: 'Unreachable' },
];
const all = pickerOptions(groups);

function show(layout: PickerLayout): string[] {
  return Array.from(layout.rows, (_, i) => {
    const r = rowAt(layout, i)!;
    return r.kind === 'header' ? `# ${r.title}${r.status ? ` (${r.status})` : ''}` : layout.options[r.at]!.label;
  });
}

describe('picker layout', () => {
  it('groups by server with a header and status each; a server without models keeps its header', () => {
    expect(show(pickerLayout(all, '', [], servers))).toEqual([
      '# Box A (Online)',
      'llama3.2:1b — Box A',
      'qwen3:0.6b — Box A',
      'gemma3 — Box A',
      '# Box B (Online)',
      'llama3.2:1b — Box B',
      'phi4 — Box B',
      '# Box C (Unreachable)',
    ]);
  });

  it('recent choices come first, newest first, and only once', () => {
    const recent = [choiceValue('b', 'phi4'), choiceValue('a', 'gemma3'), choiceValue('gone', 'x')];
    const layout = pickerLayout(all, '', recent, servers);
    expect(show(layout).slice(0, 5)).toEqual([
      '# Recent',
      'phi4 — Box B',
      'gemma3 — Box A',
      '# Box A (Online)',
      'llama3.2:1b — Box A',
    ]);
    expect(layout.options.filter((o) => o.modelId === 'phi4')).toHaveLength(1);
  });

  it('a query filters every group; groups left empty disappear; rowOf maps options to rows', () => {
    const layout = pickerLayout(all, 'LLAMA', [choiceValue('b', 'llama3.2:1b')], servers);
    expect(show(layout)).toEqual(['# Recent', 'llama3.2:1b — Box B', '# Box A (Online)', 'llama3.2:1b — Box A']);
    expect([...layout.rowOf]).toEqual([1, 3]);
    expect(show(pickerLayout(all, 'qwen box a', [], servers))).toEqual(['# Box A (Online)', 'qwen3:0.6b — Box A']);
    expect(pickerLayout(all, 'nothing', [], servers).rows).toHaveLength(0);
  });

  it('rendered rows split into named runs, one per group (twice when the kept active row is far away)', () => {
    const layout = pickerLayout(all, '', [choiceValue('b', 'phi4')], servers);
    expect(rowRuns(layout, [0, 1, 2, 3])).toEqual([
      { id: 'recent#0', label: 'Recent', rows: [0, 1] },
      { id: 'a#0', label: 'Box A, Online', rows: [2, 3] },
    ]);
    expect(rowRuns(layout, [3, 4, 6]).map((r) => r.id)).toEqual(['a#0', 'b#0']);
    expect(rowRuns(layout, [2, 3, 6, 8]).map((r) => r.label)).toEqual([
      'Box A, Online',
      'Box B, Online',
      'Box C, Unreachable',
    ]);
  });
});
