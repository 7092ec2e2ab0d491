// Reading a body's start: an error reply's evidence, capped so a huge or endless body cannot fill memory.

/** Reads at most `maxBytes` of the body as text, then cancels the rest. Never throws. */
export async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let read = 0;
  try {
    while (read < maxBytes) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      const room = maxBytes - read;
      const piece = value.length > room ? value.subarray(0, room) : value;
      read += piece.length;
      text += decoder.decode(piece, { stream: true });
    }
    await reader.cancel().catch(() => undefined);
    return text + decoder.decode();
  } catch {
    return text; // what arrived before the break is still evidence
  }
}

export function capText(text: string, maxChars: number): string {
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}
