import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('lastInputAt', () => {
  it('is -Infinity until a key or a pointer goes down, then the time it did', async () => {
    const page = new EventTarget();
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    let now = 100;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { lastInputAt } = await import('./last-input.ts');
    expect(lastInputAt()).toBe(-Infinity);
    page.dispatchEvent(new Event('keydown'));
    expect(lastInputAt()).toBe(100);
    now = 250;
    page.dispatchEvent(new Event('keyup'));
    page.dispatchEvent(new Event('scroll'));
    expect(lastInputAt()).toBe(100);
    page.dispatchEvent(new Event('pointerdown'));
    expect(lastInputAt()).toBe(250);
  });

  it('answers -Infinity where there is no page to listen to', async () => {
    const { lastInputAt } = await import('./last-input.ts');
    expect(lastInputAt()).toBe(-Infinity);
  });
});
