import { describe, expect, it } from 'vitest';
import { newId } from './new-id.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('uses crypto.randomUUID where the page has it', () => {
    expect(newId({ randomUUID: () => 'from-random-uuid', getRandomValues: (a) => a })).toBe('from-random-uuid');
  });

  it('falls back to getRandomValues on insecure pages (no randomUUID)', () => {
    const insecure = { getRandomValues: <T extends ArrayBufferView>(a: T): T => globalThis.crypto.getRandomValues(a) };
    const ids = new Set(Array.from({ length: 50 }, () => newId(insecure)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    const ones = { getRandomValues: <T extends ArrayBufferView>(a: T): T => (new Uint8Array(a.buffer).fill(0xff), a) };
    expect(newId(ones)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
