import { describe, expect, it, vi } from 'vitest';
import { LayerStack } from './layers.ts';
import { wrapTarget } from './focus-trap.ts';

describe('LayerStack', () => {
  it('closes the innermost open layer first, then the next', () => {
    const stack = new LayerStack();
    const outer = vi.fn();
    const inner = vi.fn();
    stack.push(outer);
    stack.push(inner);
    expect(stack.closeTop()).toBe(true);
    expect(inner).toHaveBeenCalledOnce();
    expect(outer).not.toHaveBeenCalled();
    expect(stack.closeTop()).toBe(true);
    expect(outer).toHaveBeenCalledOnce();
    expect(stack.closeTop()).toBe(false);
  });

  it('a layer closed another way leaves the stack, so Escape goes to the one below', () => {
    const stack = new LayerStack();
    const outer = vi.fn();
    const inner = vi.fn();
    stack.push(outer);
    const removeInner = stack.push(inner);
    removeInner();
    removeInner(); // twice is harmless
    expect(stack.size).toBe(1);
    stack.closeTop();
    expect(inner).not.toHaveBeenCalled();
    expect(outer).toHaveBeenCalledOnce();
  });
});

describe('wrapTarget', () => {
  it('Tab on the last focusable wraps to the first, Shift+Tab on the first to the last', () => {
    expect(wrapTarget(3, 2, false)).toBe(0);
    expect(wrapTarget(3, 0, true)).toBe(2);
  });

  it('leaves moves inside the trap to the browser', () => {
    expect(wrapTarget(3, 0, false)).toBeUndefined();
    expect(wrapTarget(3, 2, true)).toBeUndefined();
  });

  it('brings focus from outside (or the container) back in, and holds it with nothing focusable', () => {
    expect(wrapTarget(3, -1, false)).toBe(0);
    expect(wrapTarget(3, -1, true)).toBe(2);
    expect(wrapTarget(0, -1, false)).toBe(-1);
  });
});
