import { describe, expect, it } from 'vitest';
import { colourFor, extremePairs, heatmapPixels } from './heatmap.ts';

describe('heatmap', () => {
  it('maps 0 (and below) to the dark end, 1 to the bright end', () => {
    expect(colourFor(-0.5)).toEqual(colourFor(0));
    expect(colourFor(0)).toEqual([48, 18, 59]);
    expect(colourFor(1)).toEqual([250, 230, 35]);
    expect(colourFor(Number.NaN)).toEqual(colourFor(0));
  });

  it('paints one opaque pixel per pair', () => {
    const px = heatmapPixels(Float32Array.of(1, 0, 0, 1), 2);
    expect([...px.slice(0, 4)]).toEqual([250, 230, 35, 255]);
    expect([...px.slice(4, 8)]).toEqual([48, 18, 59, 255]);
  });

  it('finds the most and least similar pairs', () => {
    const m = Float32Array.of(1, 0.2, 0.9, 0.2, 1, -0.1, 0.9, -0.1, 1);
    expect(extremePairs(m, 3)).toMatchObject({ most: { a: 0, b: 2 }, least: { a: 1, b: 2 } });
    expect(extremePairs(Float32Array.of(1), 1)).toBeUndefined();
  });
});
