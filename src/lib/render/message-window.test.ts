import { describe, expect, it } from 'vitest';
import { WINDOW_INITIAL, WINDOW_STEP, growWindow, messageWindow } from './message-window.ts';

describe('messageWindow', () => {
  it('shows the newest messages of a long path', () => {
    expect(messageWindow(2000, WINDOW_INITIAL)).toEqual({
      start: 2000 - WINDOW_INITIAL,
      hidden: 2000 - WINDOW_INITIAL,
    });
  });

  it('shows everything when the path is shorter than the window', () => {
    expect(messageWindow(3, WINDOW_INITIAL)).toEqual({ start: 0, hidden: 0 });
    expect(messageWindow(0, WINDOW_INITIAL)).toEqual({ start: 0, hidden: 0 });
  });

  it('keeps showing the same messages and new ones as the path grows', () => {
    const before = messageWindow(100, 40);
    const after = messageWindow(102, 40);
    expect(after.start).toBe(before.start + 2);
  });
});

describe('growWindow', () => {
  it('adds one step of older messages', () => {
    expect(growWindow(40, 2000)).toBe(40 + WINDOW_STEP);
  });

  it('stops at the whole path', () => {
    expect(growWindow(40, 50)).toBe(50);
    expect(growWindow(60, 50)).toBe(60);
  });
});
