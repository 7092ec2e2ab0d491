import { describe, expect, it } from 'vitest';
import { importSummary, listReasons } from './skipped-entries.ts';

describe('importSummary', () => {
  it('says only how many when everything was imported', () => {
    expect(importSummary('chats', { imported: 1, total: 1, present: 0, invalid: [] })).toBe('Imported 1 chat.');
    expect(importSummary('chats', { imported: 2, total: 2, present: 0, invalid: [] })).toBe('Imported 2 chats.');
  });

  it('says plainly when nothing was imported because everything was already here', () => {
    expect(importSummary('chats', { imported: 0, total: 3, present: 3, invalid: [] })).toBe(
      '0 imported: 3 were already here.',
    );
    expect(importSummary('connections', { imported: 0, total: 1, present: 1, invalid: [] })).toBe(
      '0 imported: 1 was already here.',
    );
    expect(importSummary('chats', { imported: 0, total: 0, present: 0, invalid: [] })).toBe('The file holds no chats.');
  });

  it('names what was skipped and why', () => {
    const invalid = ['entry 2 is not an object.', 'entry 3.title must be text.'];
    expect(importSummary('chats', { imported: 1, total: 3, present: 0, invalid })).toBe(
      'Imported 1 of 3 chats: 2 were not valid (entry 2 is not an object; entry 3.title must be text).',
    );
    expect(
      importSummary('connections', { imported: 0, total: 2, present: 1, invalid: ['entry 2 is not an object.'] }),
    ).toBe('0 imported: 1 was already here; 1 was not valid (entry 2 is not an object).');
  });

  it('lists a few reasons and counts the rest', () => {
    const reasons = Array.from({ length: 8 }, (_, i) => `entry ${i + 1} is not an object.`);
    expect(listReasons(reasons)).toMatch(/entry 5 is not an object; and 3 more$/);
  });
});
