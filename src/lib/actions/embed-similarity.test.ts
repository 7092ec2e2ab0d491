import { describe, expect, it } from 'vitest';
import { cosine, cosineMatrix, median, nearest } from './embed-similarity.ts';

const v = (...xs: number[]) => Float32Array.from(xs);

describe('similarity', () => {
  it('cosine ignores length and handles zero vectors', () => {
    expect(cosine(v(1, 0), v(5, 0))).toBeCloseTo(1);
    expect(cosine(v(1, 0), v(0, 2))).toBeCloseTo(0);
    expect(cosine(v(1, 0), v(-1, 0))).toBeCloseTo(-1);
    expect(cosine(v(0, 0), v(1, 0))).toBe(0);
  });

  it('cosineMatrix is symmetric with ones on the diagonal', () => {
    const m = cosineMatrix([v(1, 0), v(0.6, 0.8), v(0, 1)]);
    expect(m).toHaveLength(9);
    expect([m[0], m[4], m[8]]).toEqual([1, 1, 1]);
    expect(m[1]).toBeCloseTo(0.6);
    expect(m[3]).toBe(m[1]);
    expect(m[2]).toBeCloseTo(0);
    expect(m[5]).toBeCloseTo(0.8);
  });

  it('nearest ranks best first and keeps k', () => {
    const vectors = [v(0, 1), v(1, 0), v(0.8, 0.6), v(-1, 0)];
    expect(nearest(v(1, 0), vectors, 2)).toEqual([
      { index: 1, score: 1 },
      { index: 2, score: expect.closeTo(0.8, 5) as number },
    ]);
    expect(nearest(v(1, 0), vectors, 10).map((n) => n.index)).toEqual([1, 2, 0, 3]);
  });

  it('median of odd, even and empty lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});
