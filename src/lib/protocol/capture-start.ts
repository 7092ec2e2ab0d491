// A pass-through for response bytes that keeps the first few KB as text, so a reply that turns out
// not to be the expected format can be shown as evidence.

export interface CapturedStream {
  stream: ReadableStream<Uint8Array>;
  /** the decoded start of what has passed through so far */
  text(): string;
  byteCount(): number;
}

export function captureStart(body: ReadableStream<Uint8Array>, maxBytes = 4096): CapturedStream {
  const decoder = new TextDecoder();
  let captured = '';
  let kept = 0;
  let total = 0;
  const tap = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      total += chunk.length;
      if (kept < maxBytes) {
        const piece = chunk.subarray(0, maxBytes - kept);
        kept += piece.length;
        captured += decoder.decode(piece, { stream: kept < maxBytes });
      }
      controller.enqueue(chunk);
    },
  });
  return { stream: body.pipeThrough(tap), text: () => captured, byteCount: () => total };
}
