// Whether a model file fits this browser, decided before a byte is downloaded: its storage quota left, a
// safe share of its memory (the model is held in the tab's memory while it runs) and wllama's 2 GiB cap.
import { tr } from '../../i18n/active-language.ts';

export interface Room {
  /** bytes of storage quota still free (navigator.storage.estimate: quota − usage) */
  quotaLeft?: number;
  /** navigator.deviceMemory, in GiB (browsers round it and cap it, e.g. at 8) */
  deviceMemoryGiB?: number;
}

const GIB = 1024 ** 3;
/** A tab can hold about this share of the device's memory for one model, with room for the page and the context. */
export const SAFE_MEMORY_SHARE = 0.5;
/** One file must fit one ArrayBuffer in the engine. */
export const MAX_FILE_BYTES = 2 * GIB;

/** Why the model cannot be taken, or undefined when it fits (or nothing is known to say otherwise). */
export function refusalFor(size: number, room: Room): string | undefined {
  if (size > MAX_FILE_BYTES) {
    return tr('The file is {size}; a model in this browser must be one file of at most {max}.', {
      size: formatBytes(size),
      max: '2 GB',
    });
  }
  if (room.quotaLeft !== undefined && size > room.quotaLeft) {
    return tr('The file is {size} but this browser has only {left} of storage left for this site.', {
      size: formatBytes(size),
      left: formatBytes(room.quotaLeft),
    });
  }
  if (room.deviceMemoryGiB !== undefined && room.deviceMemoryGiB > 0) {
    const safe = room.deviceMemoryGiB * GIB * SAFE_MEMORY_SHARE;
    if (size > safe) {
      return tr(
        'The model needs about {size} of memory; this device reports {memory}, so a tab can safely hold {safe}.',
        {
          size: formatBytes(size),
          memory: `${room.deviceMemoryGiB} GB`,
          safe: formatBytes(safe),
        },
      );
    }
  }
  return undefined;
}

export function formatBytes(bytes: number): string {
  if (bytes >= GIB) return `${(bytes / GIB).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
