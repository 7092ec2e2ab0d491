import { describe, expect, it, vi } from 'vitest';
import { prepareImage, type ImageTools } from './downscale-image.ts';
import { DEFAULT_IMAGE_SETTINGS } from './image-fit.ts';

function fakeTools(width: number, height: number) {
  const draws: number[][] = [];
  const encodes: { type: string; quality: number }[] = [];
  const close = vi.fn();
  const tools: ImageTools = {
    decode: () => Promise.resolve({ width, height, close }),
    canvas: () => ({
      getContext: () => ({ fillStyle: '', fillRect: () => undefined, drawImage: (_i, ...r) => draws.push(r) }),
      convertToBlob: (o) => {
        encodes.push(o);
        return Promise.resolve(new Blob([new Uint8Array(10)], { type: o.type }));
      },
    }),
  };
  return { tools, draws, encodes, close };
}

const file = (type: string, size: number, name = 'a') =>
  Object.assign(new Blob([new Uint8Array(size)], { type }), { name });

describe('prepareImage', () => {
  it('draws a large image at its fitted size and re-encodes it as JPEG at the chosen quality', async () => {
    const fake = fakeTools(4000, 3000);
    const out = await prepareImage(
      file('image/png', 3_000_000, 'big.png'),
      'id1',
      { maxSide: 2048, quality: 0.8 },
      fake.tools,
    );
    expect(out).toMatchObject({
      ok: true,
      attachment: { id: 'id1', mime: 'image/jpeg', width: 2048, height: 1536, bytes: 10, name: 'big.png' },
    });
    expect(fake.draws).toEqual([[0, 0, 2048, 1536]]);
    expect(fake.encodes).toEqual([{ type: 'image/jpeg', quality: 0.8 }]);
    expect(fake.close).toHaveBeenCalled();
  });

  it('keeps a small PNG byte for byte', async () => {
    const fake = fakeTools(100, 50);
    const input = file('image/png', 500);
    const out = await prepareImage(input, 'id1', DEFAULT_IMAGE_SETTINGS, fake.tools);
    expect(out.ok && out.blob).toBe(input);
    expect(out.ok && out.attachment).toMatchObject({ mime: 'image/png', width: 100, height: 50, bytes: 500 });
    expect(fake.draws).toEqual([]);
  });

  it('refuses what is not an image, or does not decode', async () => {
    const fake = fakeTools(1, 1);
    expect(
      await prepareImage(file('image/svg+xml', 5, 'x.svg'), 'i', DEFAULT_IMAGE_SETTINGS, fake.tools),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/^x\.svg is not a PNG/) });
    const broken: ImageTools = { ...fake.tools, decode: () => Promise.reject(new Error('bad')) };
    expect(await prepareImage(file('image/png', 5, 'y.png'), 'i', DEFAULT_IMAGE_SETTINGS, broken)).toEqual({
      ok: false,
      error: 'y.png could not be read as an image.',
    });
  });
});
