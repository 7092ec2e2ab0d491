// Bytes → text with TextDecoderStream, which keeps a code point split across chunks intact.

export function decodeUtf8(body: ReadableStream<Uint8Array>): ReadableStream<string> {
  // TS's DOM typings declare TextDecoderStream's writable side as BufferSource, which pipeThrough
  // refuses for a Uint8Array stream; the runtime accepts it.
  return body.pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>);
}
