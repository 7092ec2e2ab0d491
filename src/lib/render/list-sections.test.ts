import { describe, expect, it } from 'vitest';
import { listSlots, slotOfRow, type ListSlot } from './list-sections.ts';

const shape = (slots: ListSlot[]) =>
  slots.map((s) =>
    s.kind === 'row'
      ? s.key
      : s.kind === 'label'
        ? `[${s.text}]`
        : `[${s.folder} ${s.count}${s.open ? '' : ' closed'}]`,
  );

describe('list sections', () => {
  it('without pinned or foldered rows, slots are rows and there are no labels', () => {
    const slots = listSlots([{ id: 'a' }, { id: 'b' }], new Set());
    expect(shape(slots)).toEqual(['a', 'b']);
    expect(slotOfRow(slots, 'b')).toBe(1);
  });

  it('puts a label before the pinned rows and another before the rest', () => {
    const slots = listSlots([{ id: 'p', pinned: true }, { id: 'a' }, { id: 'b' }], new Set());
    expect(shape(slots)).toEqual(['[Pinned]', 'p', '[Recent]', 'a', 'b']);
  });

  it('has one label when every row is pinned', () => {
    expect(shape(listSlots([{ id: 'p', pinned: true }], new Set()))).toEqual(['[Pinned]', 'p']);
  });

  it('gives each folder a header with its count, between the pinned rows and the rest', () => {
    const rows = [
      { id: 'p', pinned: true as const, folder: 'Work' },
      { id: 'h1', folder: 'Home' },
      { id: 'w1', folder: 'Work' },
      { id: 'w2', folder: 'Work' },
      { id: 'r' },
    ];
    expect(shape(listSlots(rows, new Set()))).toEqual([
      '[Pinned]',
      'p',
      '[Home 1]',
      'h1',
      '[Work 2]',
      'w1',
      'w2',
      '[Recent]',
      'r',
    ]);
  });

  it('a closed folder keeps its header but its rows take no slots, unless all are open (a search)', () => {
    const rows = [{ id: 'w1', folder: 'Work' }, { id: 'w2', folder: 'Work' }, { id: 'r' }];
    const slots = listSlots(rows, new Set(['Work']));
    expect(shape(slots)).toEqual(['[Work 2 closed]', '[Recent]', 'r']);
    expect(slotOfRow(slots, 'w1')).toBeUndefined();
    expect(slotOfRow(slots, 'r')).toBe(2);
    expect(shape(listSlots(rows, new Set(['Work']), true))).toEqual(['[Work 2]', 'w1', 'w2', '[Recent]', 'r']);
  });
});
