import { describe, expect, it } from 'vitest';
import { readLnaPermission, readPermission } from './permissions.ts';

describe('permissions', () => {
  const perms = (states: Record<string, string>) => ({
    query: async ({ name }: { name: string }) => {
      const state = states[name];
      if (!state) throw new TypeError('unknown permission');
      return { state };
    },
  });

  it('reads a state, or unknown', async () => {
    expect(await readPermission(undefined, 'local-network')).toBe('unknown');
    expect(await readPermission(perms({}), 'local-network')).toBe('unknown');
    expect(await readPermission(perms({ 'local-network': 'denied' }), 'local-network')).toBe('denied');
    expect(await readPermission(perms({ 'local-network': 'weird' }), 'local-network')).toBe('unknown');
  });

  it('falls back to the local-network-access alias', async () => {
    expect(await readLnaPermission(perms({ 'loopback-network': 'granted' }), 'loopback')).toBe('granted');
    expect(await readLnaPermission(perms({ 'local-network-access': 'prompt' }), 'loopback')).toBe('prompt');
    expect(await readLnaPermission(perms({ 'local-network': 'denied', 'loopback-network': 'granted' }), 'local')).toBe(
      'denied',
    );
  });
});
