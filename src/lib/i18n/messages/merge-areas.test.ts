// The area files of a language are merged in file-name order, so a message translated in two files would
// show whichever file sorts last: each message may have one translation per language.
import { describe, expect, it } from 'vitest';
import type { Translations } from '../catalog.ts';
import { mergeAreas } from './merge-areas.ts';

const areaFiles = import.meta.glob<Record<string, Translations>>(['./*/*.ts', '!./*/index.ts'], { eager: true });

describe('mergeAreas', () => {
  it('merges every area of every module', () => {
    const merged = mergeAreas({ './b.ts': { b: { x: 'X' } }, './a.ts': { a: { y: 'Y' }, c: { z: 'Z' } } });
    expect(merged).toEqual({ x: 'X', y: 'Y', z: 'Z' });
  });

  it('finds no message translated two different ways within one language', () => {
    const first = new Map<string, { file: string; text: string }>();
    const clashes: string[] = [];
    for (const [file, areas] of Object.entries(areaFiles)) {
      const locale = file.split('/')[1];
      for (const area of Object.values(areas))
        for (const [key, message] of Object.entries(area)) {
          const text = JSON.stringify(message);
          const seen = first.get(`${locale}\u0000${key}`);
          if (!seen) first.set(`${locale}\u0000${key}`, { file, text });
          else if (seen.text !== text) clashes.push(`${key} (${seen.file} and ${file})`);
        }
    }
    expect(clashes).toEqual([]);
  });
});
