import { describe, expect, it } from 'vitest';
import { applyModelFilter } from './model-filter.ts';

const ids = (models: { id: string }[]) => models.map((m) => m.id);

describe('applyModelFilter', () => {
  it.each([
    ['no filter', undefined, ['qwen3:8b', 'llama3.2', 'qwen2.5']],
    ['prefix, case-insensitive', 'QWEN', ['qwen3:8b', 'qwen2.5']],
    ['exact list', 'llama3.2, qwen2.5', ['llama3.2', 'qwen2.5']],
  ])('%s', (_name, filter, expected) => {
    expect(ids(applyModelFilter([{ id: 'qwen3:8b' }, { id: 'llama3.2' }, { id: 'qwen2.5' }], filter))).toEqual(
      expected,
    );
  });

  it('appends manual ids the server did not list, once each', () => {
    expect(applyModelFilter([{ id: 'a' }], undefined, ['a', 'b', 'b'])).toEqual([
      { id: 'a' },
      { id: 'b', manual: true },
    ]);
  });

  it('keeps the first of repeated listed ids (the UI keys lists by id)', () => {
    const listed = [{ id: 'm1', owned_by: 'first' }, { id: 'm2' }, { id: 'm1', owned_by: 'second' }];
    expect(applyModelFilter(listed, undefined)).toEqual([{ id: 'm1', owned_by: 'first' }, { id: 'm2' }]);
    expect(applyModelFilter(listed, 'm1,m2', ['m1'])).toEqual([{ id: 'm1', owned_by: 'first' }, { id: 'm2' }]);
    expect(applyModelFilter(listed, 'm', [])).toHaveLength(2);
  });

  it('shows only manual ids when the server listed nothing', () => {
    expect(applyModelFilter([], 'x', ['own-model'])).toEqual([{ id: 'own-model', manual: true }]);
  });
});
