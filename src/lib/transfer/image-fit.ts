// What to do with an image before it is attached: keep its bytes, or draw it smaller and re-encode it.
// Pure decisions (sizes, quality, the output type); downscale-image.ts does the drawing.

export interface ImageSettings {
  /** the longest side, in pixels, an attached image may have */
  maxSide: number;
  /** JPEG quality of a re-encoded image, 0.1–1 */
  quality: number;
}

export const DEFAULT_IMAGE_SETTINGS: ImageSettings = { maxSide: 2048, quality: 0.85 };
export const MAX_SIDE_RANGE = { min: 256, max: 8192 } as const;
export const QUALITY_RANGE = { min: 0.1, max: 1 } as const;
/** A PNG, WebP or GIF that fits and is at most this big is sent as it is (a screenshot keeps its sharp text). */
export const KEEP_BYTES = 1024 * 1024;
/** Files larger than this are not even decoded. */
export const MAX_IMAGE_FILE_BYTES = 50 * 1024 * 1024;

const KEEPABLE = new Set(['image/png', 'image/webp', 'image/gif']);
/** Types browsers decode that an image attachment may start from. */
export const READABLE_IMAGE = /^image\/(png|jpeg|webp|gif|bmp)$/;

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** Settings from stored text, every value in range (a bad or missing one is the default). */
export function readImageSettings(maxSide: string | undefined, quality: string | undefined): ImageSettings {
  const side = Number(maxSide);
  const q = Number(quality);
  return {
    maxSide:
      maxSide !== undefined && Number.isFinite(side) && side > 0
        ? Math.round(clamp(side, MAX_SIDE_RANGE.min, MAX_SIDE_RANGE.max))
        : DEFAULT_IMAGE_SETTINGS.maxSide,
    quality:
      quality !== undefined && Number.isFinite(q) && q > 0
        ? clamp(q, QUALITY_RANGE.min, QUALITY_RANGE.max)
        : DEFAULT_IMAGE_SETTINGS.quality,
  };
}

/** `width`×`height` scaled down (never up) so the longest side is at most `maxSide`; at least 1×1. */
export function fitSize(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type ImagePlan =
  { keep: true } | { keep: false; width: number; height: number; type: 'image/jpeg'; quality: number };

/**
 * Keep a small PNG/WebP/GIF that fits as it is; anything else is drawn at its fitted size and re-encoded as
 * JPEG (every vision server reads it; a JPEG is re-encoded even when small, so its EXIF rotation is applied
 * to the pixels and the server sees it upright). `width`/`height` are as displayed (orientation applied).
 */
export function planImage(
  source: { type: string; bytes: number; width: number; height: number },
  settings: ImageSettings,
): ImagePlan {
  const fits = Math.max(source.width, source.height) <= settings.maxSide;
  if (fits && KEEPABLE.has(source.type) && source.bytes <= KEEP_BYTES) return { keep: true };
  return {
    keep: false,
    ...fitSize(source.width, source.height, settings.maxSide),
    type: 'image/jpeg',
    quality: settings.quality,
  };
}
