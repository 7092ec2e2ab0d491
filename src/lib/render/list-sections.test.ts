import { describe, expect, it } from 'vitest';
import { labelSlots, rowsInSlots, slotCount, slotOf } from './list-sections.ts';

describe('list sections', () => {
  it('without pinned rows, slots are rows and there are no labels', () => {
    const s = { count: 5, pinned: 0 };
    expect(labelSlots(s)).toEqual({});
    expect(slotCount(s)).toBe(5);
    expect([0, 4].map((i) => slotOf(i, s))).toEqual([0, 4]);
    expect(rowsInSlots({ start: 1, end: 3 }, s)).toEqual({ start: 1, end: 3 });
  });

  it('puts a label before the pinned rows and another before the rest', () => {
    const s = { count: 5, pinned: 2 };
    expect(labelSlots(s)).toEqual({ pinned: 0, rest: 3 });
    expect(slotCount(s)).toBe(7);
    expect([0, 1, 2, 3, 4].map((i) => slotOf(i, s))).toEqual([1, 2, 4, 5, 6]);
  });

  it('has one label when every row is pinned', () => {
    const s = { count: 2, pinned: 2 };
    expect(labelSlots(s)).toEqual({ pinned: 0 });
    expect(slotCount(s)).toBe(3);
  });

  it('finds exactly the rows whose slots are in a window', () => {
    const s = { count: 5, pinned: 2 };
    const rowsIn = (start: number, end: number) => {
      const out = [0, 1, 2, 3, 4].filter((i) => slotOf(i, s) >= start && slotOf(i, s) < end);
      return out.length === 0 ? undefined : { start: out[0], end: (out.at(-1) as number) + 1 };
    };
    for (let start = 0; start <= 7; start++) {
      for (let end = start; end <= 7; end++) {
        const got = rowsInSlots({ start, end }, s);
        const want = rowsIn(start, end);
        if (want) expect(got).toEqual(want);
        else expect(got.end - got.start).toBe(0);
      }
    }
  });
});
