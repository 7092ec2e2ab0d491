// Image files for attachment tests, made here: PNGs of any size (a gradient, so large ones stay small on
// disk), a JPEG carrying an EXIF Orientation tag, and ways to hand files to the composer.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGB PNG of `width`×`height`: a red-to-blue gradient. */
export function makePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) {
    row[1 + x * 3] = Math.round((255 * x) / Math.max(1, width - 1));
    row[3 + x * 3] = 255 - (row[1 + x * 3] as number);
  }
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** `jpeg` with an EXIF APP1 segment saying Orientation = `orientation` (6: shown turned 90° clockwise). */
export function withExifOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.from([
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08, // big-endian TIFF header, first IFD at 8
    0x00,
    0x01, // one entry
    0x01,
    0x12,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    orientation,
    0x00,
    0x00, // Orientation, SHORT, 1
    0x00,
    0x00,
    0x00,
    0x00, // no next IFD
  ]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, 0]), payload]);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]); // right after SOI
}

/** A `width`×`height` JPEG drawn by the browser's own encoder. */
export async function makeJpeg(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w as number, h as number);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      context.fillStyle = '#c00';
      context.fillRect(0, 0, w as number, h as number);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer());
      return btoa(String.fromCharCode(...bytes));
    },
    [width, height],
  );
  return Buffer.from(base64, 'base64');
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Dispatches a paste of `file` on the message box, as a screenshot paste (Ctrl/⌘+V) does. */
export async function pasteFile(box: Locator, file: { name: string; type: string; bytes: Buffer }): Promise<void> {
  await box.evaluate(
    (el, f) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { name: file.name, type: file.type, base64: file.bytes.toString('base64') },
  );
}

/** Drags `files` over `target` and drops them there. */
export async function dropFiles(
  target: Locator,
  files: { name: string; type: string; bytes: Buffer }[],
): Promise<void> {
  const data = await target.page().evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const f of list) {
        transfer.items.add(
          new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }),
        );
      }
      return transfer;
    },
    files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })),
  );
  await target.dispatchEvent('dragenter', { dataTransfer: data });
  await target.dispatchEvent('dragover', { dataTransfer: data });
  await target.dispatchEvent('drop', { dataTransfer: data });
}

/** Whether an <img> shows a decoded picture (its object URL loaded under the page's CSP). */
export function isLoaded(img: Locator): Promise<boolean> {
  return img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0);
}

/** SHA-256 of every image's bytes stored in IndexedDB (beside the chats), sorted. */
export async function storedImageHashes(page: Page): Promise<string[]> {
  const all = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('switchboard-chats');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('conversations', 'readonly');
          const request = tx.objectStore('conversations').getAll(IDBKeyRange.bound(['attachment'], ['attachment', []]));
          request.onsuccess = async () => {
            const out: string[] = [];
            for (const blob of request.result as Blob[]) {
              const bytes = new Uint8Array(await blob.arrayBuffer());
              let s = '';
              for (const b of bytes) s += String.fromCharCode(b);
              out.push(btoa(s));
            }
            open.result.close();
            resolve(out);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  return all.map((b64) => sha256(Buffer.from(b64, 'base64'))).sort();
}
