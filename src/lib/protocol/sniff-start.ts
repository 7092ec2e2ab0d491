// Looks at the first meaningful byte of a body without consuming it, so a reply can be read by what it
// is rather than by what its Content-Type claims (servers and proxies mislabel streams both ways).

export interface SniffedBody {
  /** the whole body again, including the bytes looked at */
  body: ReadableStream<Uint8Array>;
  /** the first character after a UTF-8 BOM and whitespace; '' when the body ended (or `maxBytes` passed) first */
  first: string;
  /** true when the body ended while sniffing and held nothing but whitespace */
  empty: boolean;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

export async function sniffStart(body: ReadableStream<Uint8Array>, maxBytes = 64 * 1024): Promise<SniffedBody> {
  const reader = body.getReader();
  const seen: Uint8Array[] = [];
  let offset = 0;
  let first = '';
  let ended = false;
  try {
    while (first === '' && offset < maxBytes) {
      const { done, value } = await reader.read();
      if (done) {
        ended = true;
        break;
      }
      seen.push(value);
      for (let i = 0; i < value.length; i++, offset++) {
        const b = value[i] as number;
        if (offset < 3 && b === [0xef, 0xbb, 0xbf][offset]) continue; // the BOM
        if (WHITESPACE.has(b)) continue;
        first = b < 0x80 ? String.fromCharCode(b) : '\uFFFD';
        break;
      }
    }
  } catch (error) {
    reader.releaseLock();
    throw error;
  }
  return { body: replay(seen, reader, ended), first, empty: ended && first === '' };
}

/** The bytes already read, then the rest of the reader's stream. */
function replay(
  seen: Uint8Array[],
  reader: ReadableStreamDefaultReader<Uint8Array>,
  ended: boolean,
): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const kept = seen[i++];
      if (kept !== undefined) return controller.enqueue(kept);
      if (ended) return controller.close();
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
