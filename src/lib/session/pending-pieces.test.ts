import { describe, expect, it } from 'vitest';
import { PendingPieces } from './pending-pieces.ts';

const piece = (index: number) => ({ convId: 'c', nodeId: 'n', index, text: `piece ${index}` });
const indexes = (pieces: readonly { index: number }[]) => pieces.map((p) => p.index);

describe('PendingPieces', () => {
  it('puts each piece once: a save leaves to the journal what it is putting or has put', () => {
    const pending = new PendingPieces();
    pending.add('c', [piece(0), piece(1)]);
    const journalled = pending.forJournal(['c'], true);
    expect(indexes(journalled)).toEqual([0, 1]);
    pending.add('c', [piece(2)]);
    const saving = pending.forSave('c');
    expect(indexes(saving)).toEqual([2]);
    expect(indexes(pending.forJournal(['c'], true))).toEqual([]); // 2 is the save's
    pending.saveDone('c', saving, true);
    expect(pending.text('c', 'n', 2)).toBeUndefined();
    expect(pending.text('c', 'n', 0)).toBe('piece 0'); // its journal has not landed yet
    pending.journalDone(journalled, true);
    pending.saveDone('c', pending.forSave('c'), true);
    expect(pending.text('c', 'n', 0)).toBeUndefined();
  });

  it('gives a closing page’s journal the pieces a save is putting (that save may never land)', () => {
    const pending = new PendingPieces();
    pending.add('c', [piece(0)]);
    pending.forSave('c');
    expect(indexes(pending.forJournal(['c'], false))).toEqual([0]);
  });

  it('gives a save the pieces of a failed journal, and keeps the pieces of a failed save', () => {
    const pending = new PendingPieces();
    pending.add('c', [piece(0)]);
    pending.journalDone(pending.forJournal(['c'], true), false);
    const saving = pending.forSave('c');
    expect(indexes(saving)).toEqual([0]);
    pending.saveDone('c', saving, false);
    expect(pending.text('c', 'n', 0)).toBe('piece 0');
    expect(indexes(pending.forSave('c'))).toEqual([0]);
  });
});
