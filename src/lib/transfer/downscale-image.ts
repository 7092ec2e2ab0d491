// Turns a picked, pasted, dropped or captured image into an attachment: decoded with its EXIF orientation
// applied, kept as it is when small (image-fit.ts), else drawn at its fitted size and re-encoded as JPEG.
// The decoder and canvas are injected; the defaults are the browser's (createImageBitmap, OffscreenCanvas).
import type { Attachment } from '../conversation/types.ts';
import { MAX_IMAGE_FILE_BYTES, READABLE_IMAGE, planImage, type ImageSettings } from './image-fit.ts';
import { tr } from '../i18n/active-language.ts';

interface Bitmap {
  width: number;
  height: number;
  close(): void;
}

interface Canvas2D {
  getContext(kind: '2d'): {
    fillStyle: unknown;
    fillRect(x: number, y: number, w: number, h: number): void;
    drawImage(image: never, x: number, y: number, w: number, h: number): void;
  } | null;
  convertToBlob(options: { type: string; quality: number }): Promise<Blob>;
}

export interface ImageTools {
  decode: (blob: Blob) => Promise<Bitmap>;
  canvas: (width: number, height: number) => Canvas2D;
}

const browserTools = (): ImageTools => ({
  decode: (blob) => createImageBitmap(blob, { imageOrientation: 'from-image' }),
  canvas: (width, height) => new OffscreenCanvas(width, height) as unknown as Canvas2D,
});

export type PreparedImage = { ok: true; attachment: Attachment; blob: Blob } | { ok: false; error: string };

/** `file` as an image attachment with id `id`, or why it cannot be one. */
export async function prepareImage(
  file: Blob & { name?: string },
  id: string,
  settings: ImageSettings,
  tools: ImageTools = browserTools(),
): Promise<PreparedImage> {
  const name = file.name;
  if (!READABLE_IMAGE.test(file.type)) {
    return {
      ok: false,
      error:
        name === undefined
          ? tr('This image is not a PNG, JPEG, WebP, GIF or BMP image.')
          : tr('{name} is not a PNG, JPEG, WebP, GIF or BMP image.', { name }),
    };
  }
  if (file.size > MAX_IMAGE_FILE_BYTES) {
    const limit = tr('{count} MB', { count: MAX_IMAGE_FILE_BYTES / (1024 * 1024) });
    return {
      ok: false,
      error:
        name === undefined
          ? tr('This image is over {limit}; pick a smaller image.', { limit })
          : tr('{name} is over {limit}; pick a smaller image.', { name, limit }),
    };
  }
  let bitmap: Bitmap;
  try {
    bitmap = await tools.decode(file);
  } catch {
    return {
      ok: false,
      error:
        name === undefined
          ? tr('This image could not be read as an image.')
          : tr('{name} could not be read as an image.', { name }),
    };
  }

  try {
    const plan = planImage({ type: file.type, bytes: file.size, width: bitmap.width, height: bitmap.height }, settings);
    let blob: Blob = file;
    let { width, height } = bitmap;
    if (!plan.keep) {
      ({ width, height } = plan);
      const canvas = tools.canvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) {
        const error =
          name === undefined
            ? tr('This image could not be resized (no canvas).')
            : tr('{name} could not be resized (no canvas).', { name });
        return { ok: false, error };
      }
      context.fillStyle = '#fff'; // JPEG has no transparency: transparent parts become white, not black
      context.fillRect(0, 0, width, height);
      context.drawImage(bitmap as never, 0, 0, width, height);
      blob = await canvas.convertToBlob({ type: plan.type, quality: plan.quality });
    }
    const attachment: Attachment = { id, kind: 'image', mime: blob.type, width, height, bytes: blob.size };
    if (name) attachment.name = name;
    return { ok: true, attachment, blob };
  } catch {
    return {
      ok: false,
      error: name === undefined ? tr('This image could not be resized.') : tr('{name} could not be resized.', { name }),
    };
  } finally {
    bitmap.close();
  }
}
