import { describe, expect, it } from 'vitest';
import { listWindow, renderedIndexes, revealScrollTop, stepIndex } from './list-window.ts';

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

describe('revealScrollTop', () => {
  it('scrolls just enough to show the row, or not at all', () => {
    expect(revealScrollTop(5, 40, 0, 400)).toBe(0); // rows 0-9 in view
    expect(revealScrollTop(10, 40, 0, 400)).toBe(40); // row 10 at the bottom edge
    expect(revealScrollTop(2, 40, 200, 400)).toBe(80); // row 2 at the top edge
    expect(revealScrollTop(9_999, 40, 0, 400)).toBe(399_600);
  });
});

describe('stepIndex', () => {
  it('moves by one, by a page, to the ends, and stays in range', () => {
    expect(stepIndex(-1, 'ArrowDown', 100, 10)).toBe(0);
    expect(stepIndex(-1, 'ArrowUp', 100, 10)).toBe(99);
    expect(stepIndex(5, 'ArrowDown', 100, 10)).toBe(6);
    expect(stepIndex(5, 'ArrowUp', 100, 10)).toBe(4);
    expect(stepIndex(0, 'ArrowUp', 100, 10)).toBe(0);
    expect(stepIndex(99, 'ArrowDown', 100, 10)).toBe(99);
    expect(stepIndex(5, 'PageDown', 100, 10)).toBe(15);
    expect(stepIndex(95, 'PageDown', 100, 10)).toBe(99);
    expect(stepIndex(5, 'PageUp', 100, 10)).toBe(0);
    expect(stepIndex(50, 'Home', 100, 10)).toBe(0);
    expect(stepIndex(50, 'End', 100, 10)).toBe(99);
    expect(stepIndex(3, 'ArrowDown', 0, 10)).toBe(-1);
    expect(stepIndex(3, 'x', 100, 10)).toBe(3);
  });
});
