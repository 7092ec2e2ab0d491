import { describe, expect, it } from 'vitest';
import { keyboardInset } from './keyboard-inset.ts';

describe('keyboardInset', () => {
  it('is the height the keyboard covers below the visual viewport', () => {
    expect(keyboardInset({ layoutHeight: 844, height: 508, offsetTop: 0, scale: 1 })).toBe(336);
  });

  it('counts a visual viewport scrolled down (iOS brings the focused field into view)', () => {
    expect(keyboardInset({ layoutHeight: 844, height: 508, offsetTop: 100, scale: 1 })).toBe(236);
  });

  it('is zero without a keyboard, and never negative', () => {
    expect(keyboardInset({ layoutHeight: 844, height: 844, offsetTop: 0, scale: 1 })).toBe(0);
    expect(keyboardInset({ layoutHeight: 800, height: 844, offsetTop: 0, scale: 1 })).toBe(0);
  });

  it('ignores pinch zoom', () => {
    expect(keyboardInset({ layoutHeight: 844, height: 422, offsetTop: 200, scale: 2 })).toBe(0);
  });
});
