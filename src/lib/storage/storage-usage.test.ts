import { describe, expect, it, vi } from 'vitest';
import {
  describeUsage,
  formatBytes,
  persistenceOf,
  requestPersistence,
  requestPersistenceOnce,
} from './storage-usage.ts';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1 kB'],
    [1234, '1.23 kB'],
    [12_345, '12.3 kB'],
    [123_456, '123 kB'],
    [1_500_000, '1.5 MB'],
    [10_000_000_000, '10 GB'],
    [2.5e12, '2.5 TB'],
    [-1, 'unknown'],
    [Number.NaN, 'unknown'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('describeUsage', () => {
  it('gives usage, quota and share', () => {
    expect(describeUsage({ usage: 1_200_000, quota: 10_000_000_000 })).toBe('Using 1.2 MB of 10 GB (0.01%)');
    expect(describeUsage({ usage: 5_000_000_000, quota: 10_000_000_000 })).toBe('Using 5 GB of 10 GB (50%)');
    expect(describeUsage({ usage: 0, quota: 1000 })).toBe('Using 0 B of 1 kB (0%)');
    expect(describeUsage({ usage: 10, quota: 10_000_000_000 })).toBe('Using 10 B of 10 GB (under 0.01%)');
  });
  it('is null without numbers', () => {
    expect(describeUsage(undefined)).toBeNull();
    expect(describeUsage({ usage: 5 })).toBeNull();
    expect(describeUsage({ usage: 5, quota: 0 })).toBeNull();
  });
});

describe('persistence', () => {
  const memory = () => {
    let asked = false;
    return { get: () => asked, set: () => void (asked = true) };
  };

  it('asks once, then only reports', async () => {
    const persist = vi.fn(async () => false);
    const manager = { persist, persisted: async () => false };
    const asked = memory();
    expect(await requestPersistenceOnce(manager, asked)).toBe('best-effort');
    expect(await requestPersistenceOnce(manager, asked)).toBe('best-effort');
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask when already persistent, and reports a grant', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistenceOnce({ persist, persisted: async () => true }, memory())).toBe('persistent');
    expect(persist).not.toHaveBeenCalled();
    expect(await requestPersistenceOnce({ persist, persisted: async () => false }, memory())).toBe('persistent');
  });

  it('copes with browsers without the API or that throw', async () => {
    expect(await persistenceOf(undefined)).toBe('unsupported');
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('no')) })).toBe('best-effort');
    expect(await persistenceOf({ persisted: () => Promise.reject(new Error('no')) })).toBe('unsupported');
  });
});
