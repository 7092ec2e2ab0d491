import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, refusalFor } from './fit-check.ts';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('refusalFor', () => {
  it('accepts a model that fits, and when the browser says nothing', () => {
    expect(refusalFor(400 * MB, { quotaLeft: 10 * GB, deviceMemoryGiB: 8 })).toBeUndefined();
    expect(refusalFor(400 * MB, {})).toBeUndefined();
  });

  it('refuses more than the storage left, saying how much there is', () => {
    expect(refusalFor(800 * MB, { quotaLeft: 300 * MB })).toMatch(/only 300\.0 MB of storage left/);
  });

  it('refuses more than a safe share of the device memory', () => {
    expect(refusalFor(1.5 * GB, { quotaLeft: 100 * GB, deviceMemoryGiB: 2 })).toMatch(/reports 2 GB/);
    expect(refusalFor(900 * MB, { deviceMemoryGiB: 2 })).toBeUndefined();
  });

  it('refuses a single file over 2 GB whatever the room', () => {
    expect(refusalFor(MAX_FILE_BYTES + 1, { quotaLeft: 100 * GB, deviceMemoryGiB: 64 })).toMatch(/at most 2 GB/);
  });
});
