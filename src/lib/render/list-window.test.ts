import { describe, expect, it } from 'vitest';
import { listWindow, renderedIndexes } from './list-window.ts';

describe('listWindow', () => {
  it('covers the visible rows plus the overscan', () => {
    expect(listWindow(0, 400, 40, 1000, 5)).toEqual({ start: 0, end: 15 });
    expect(listWindow(4000, 400, 40, 1000, 5)).toEqual({ start: 95, end: 115 });
    // a partly visible row counts
    expect(listWindow(4020, 400, 40, 1000, 0)).toEqual({ start: 100, end: 111 });
  });

  it('stays inside the list', () => {
    expect(listWindow(39_900, 400, 40, 1000, 5)).toEqual({ start: 992, end: 1000 });
    expect(listWindow(99_999, 400, 40, 1000, 5)).toEqual({ start: 1000, end: 1000 });
    expect(listWindow(-50, 400, 40, 3, 5)).toEqual({ start: 0, end: 3 });
    expect(listWindow(0, 400, 40, 0, 5)).toEqual({ start: 0, end: 0 });
    expect(listWindow(0, 400, 0, 10, 5)).toEqual({ start: 0, end: 0 });
  });
});

describe('renderedIndexes', () => {
  it('lists the window in order', () => {
    expect(renderedIndexes({ start: 3, end: 6 }, 10)).toEqual([3, 4, 5]);
  });

  it('keeps the focused row, in visual order, when it is outside the window', () => {
    expect(renderedIndexes({ start: 3, end: 6 }, 10, 0)).toEqual([0, 3, 4, 5]);
    expect(renderedIndexes({ start: 3, end: 6 }, 10, 9)).toEqual([3, 4, 5, 9]);
    expect(renderedIndexes({ start: 3, end: 6 }, 10, 4)).toEqual([3, 4, 5]);
    expect(renderedIndexes({ start: 3, end: 6 }, 10, 12)).toEqual([3, 4, 5]);
  });
});
