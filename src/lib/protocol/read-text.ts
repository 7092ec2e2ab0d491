// Reads a whole body as UTF-8 text, refusing one larger than `maxBytes` (StreamLimitError) so a reply
// that never ends cannot fill the memory. Invalid bytes become U+FFFD; nothing throws on bad UTF-8.
import { MAX_BODY_BYTES, StreamLimitError } from './stream-limits.ts';
import { iterateStream } from './iterate-stream.ts';

export async function readText(body: ReadableStream<Uint8Array>, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let total = 0;
  for await (const chunk of iterateStream(body)) {
    total += chunk.length;
    if (total > maxBytes) throw new StreamLimitError('body', maxBytes);
    parts.push(decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** The first `maxBytes` of a body as text (evidence for an error), then the rest is cancelled. Never throws. */
export async function readStart(body: ReadableStream<Uint8Array>, maxBytes = 4096): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  let read = 0;
  try {
    for await (const chunk of iterateStream(body)) {
      const piece = chunk.subarray(0, maxBytes - read);
      read += piece.length;
      text += decoder.decode(piece, { stream: true });
      if (read >= maxBytes) break;
    }
  } catch {
    // what arrived before the break is still evidence
  }
  return text + decoder.decode();
}
