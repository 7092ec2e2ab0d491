// The images a request sends: the bytes of every image on the branch being answered, read (from memory
// when not written yet, else from IndexedDB) and turned into data: URLs, only when a request is built.
import { activePath } from '../conversation/branches.ts';
import { attachmentsOf } from '../conversation/attachments.ts';
import type { Conversation } from '../conversation/types.ts';
import { blobToBase64 } from '../storage/attachment-store.ts';

/** Reads one image's bytes; undefined when they are gone. */
export type ReadImage = (convId: string, id: string) => Promise<Blob | undefined>;

/** attachment id → data: URL, for the images on the current branch of `conv` (missing ones left out). */
export async function imageUrlsFor(conv: Conversation, read: ReadImage): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const a of attachmentsOf(activePath(conv))) {
    const blob = await read(conv.id, a.id);
    if (blob) urls.set(a.id, `data:${a.mime};base64,${await blobToBase64(blob)}`);
  }
  return urls;
}
