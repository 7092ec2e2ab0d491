import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_SETTINGS, KEEP_BYTES, fitSize, planImage, readImageSettings } from './image-fit.ts';

describe('image fit', () => {
  it('scales the longest side down to the limit, keeping the aspect ratio, never up', () => {
    expect(fitSize(4000, 3000, 2048)).toEqual({ width: 2048, height: 1536 });
    expect(fitSize(1000, 5000, 1000)).toEqual({ width: 200, height: 1000 });
    expect(fitSize(300, 200, 2048)).toEqual({ width: 300, height: 200 });
    expect(fitSize(10000, 1, 100)).toEqual({ width: 100, height: 1 });
  });

  it('keeps a small PNG that fits; re-encodes a large or oversized one as JPEG at the chosen quality', () => {
    const settings = { maxSide: 1024, quality: 0.7 };
    expect(planImage({ type: 'image/png', bytes: 5000, width: 800, height: 600 }, settings)).toEqual({ keep: true });
    expect(planImage({ type: 'image/png', bytes: KEEP_BYTES + 1, width: 800, height: 600 }, settings)).toEqual({
      keep: false,
      width: 800,
      height: 600,
      type: 'image/jpeg',
      quality: 0.7,
    });
    expect(planImage({ type: 'image/png', bytes: 5000, width: 4096, height: 1024 }, settings)).toMatchObject({
      keep: false,
      width: 1024,
      height: 256,
    });
  });

  it('always re-encodes a JPEG, so its EXIF rotation ends up in the pixels', () => {
    expect(planImage({ type: 'image/jpeg', bytes: 100, width: 10, height: 20 }, DEFAULT_IMAGE_SETTINGS)).toMatchObject({
      keep: false,
      width: 10,
      height: 20,
    });
  });

  it('reads stored settings, clamping them and falling back to the defaults', () => {
    expect(readImageSettings(undefined, undefined)).toEqual(DEFAULT_IMAGE_SETTINGS);
    expect(readImageSettings('1000', '0.5')).toEqual({ maxSide: 1000, quality: 0.5 });
    expect(readImageSettings('99999', '7')).toEqual({ maxSide: 8192, quality: 1 });
    expect(readImageSettings('abc', '-1')).toEqual(DEFAULT_IMAGE_SETTINGS);
  });
});
