// Images attached to a user message: the record's metadata (its check, for stored records and files) and
// the message's content as OpenAI content parts once the bytes are read as data: URLs. The bytes
// themselves live beside the record (storage/attachment-store.ts). Pure.
import type { ContentPart } from '../providers/types.ts';
import type { Attachment, Conversation, MessageNode } from './types.ts';

/** Image types a message may carry (what browsers decode and vision servers take). */
export const IMAGE_MIMES: readonly string[] = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

const size = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

export function isAttachment(value: unknown): value is Attachment {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.id === 'string' &&
    a.id !== '' &&
    a.kind === 'image' &&
    typeof a.mime === 'string' &&
    IMAGE_MIMES.includes(a.mime) &&
    size(a.width) &&
    size(a.height) &&
    size(a.bytes) &&
    (a.name === undefined || typeof a.name === 'string') &&
    (a.data === undefined || typeof a.data === 'string')
  );
}

/** A non-empty list of valid attachments (invalid entries dropped), or undefined. */
export function readAttachments(value: unknown): Attachment[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value.filter(isAttachment);
  return list.length > 0 ? list : undefined;
}

/** `text` and the node's images as content parts; `urlOf` gives each image's data: URL (undefined: left out). */
export function contentWithImages(
  text: string,
  attachments: readonly Attachment[],
  urlOf: (attachment: Attachment) => string | undefined,
): string | ContentPart[] {
  const images: ContentPart[] = [];
  for (const a of attachments) {
    const url = urlOf(a);
    if (url !== undefined) images.push({ type: 'image_url', image_url: { url } });
  }
  if (images.length === 0) return text;
  return text.trim() === '' ? images : [{ type: 'text', text }, ...images];
}

/** Every attachment on the nodes of `conv` (each with the node it belongs to). */
export function attachmentsOf(nodes: Iterable<MessageNode>): Attachment[] {
  return [...nodes].flatMap((n) => n.attachments ?? []);
}

/** `conv` without any `data` (the bytes go beside the record), and the bytes taken out, by attachment id. */
export function takeAttachmentData(conv: Conversation): { conv: Conversation; data: Map<string, Attachment> } {
  const data = new Map<string, Attachment>();
  let nodes: Record<string, MessageNode> | undefined;
  for (const [id, node] of Object.entries(conv.nodes)) {
    if (!node.attachments?.some((a) => a.data !== undefined)) continue;
    nodes ??= { ...conv.nodes };
    nodes[id] = {
      ...node,
      attachments: node.attachments.map((a) => {
        if (a.data === undefined) return a;
        data.set(a.id, a);
        const { data: _bytes, ...meta } = a;
        return meta;
      }),
    };
  }
  return { conv: nodes ? { ...conv, nodes } : conv, data };
}
