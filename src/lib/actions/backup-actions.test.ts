import 'fake-indexeddb/auto';
import type { QueryClient } from '@tanstack/svelte-query';
import { describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES } from '../transfer/full-backup.ts';
import { restoreFromFile } from './backup-actions.ts';

const client = {} as QueryClient; // never reached on these paths

describe('restoreFromFile', () => {
  it('refuses a huge file by its size, without reading it', async () => {
    const text = vi.fn(async () => '{}');
    const outcome = await restoreFromFile(client, { size: MAX_BACKUP_BYTES + 1, text });
    expect(outcome).toEqual({
      ok: false,
      error: expect.stringMatching(/over 200 MB are not restored\. Nothing was changed\./),
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('reports an unreadable file and a malformed one', async () => {
    expect(await restoreFromFile(client, { size: 10, text: () => Promise.reject(new Error('gone')) })).toEqual({
      ok: false,
      error: 'This file could not be read. Nothing was changed.',
    });
    const outcome = await restoreFromFile(client, { size: 5, text: async () => 'nope!' });
    expect(outcome.ok).toBe(false);
  });
});
