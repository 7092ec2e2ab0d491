// Bytes → batches of records, one batch per network chunk (or slice of one): each chunk is decoded (UTF-8 split anywhere)
// and handed to a synchronous splitter that returns every record the chunk completes. One read and one
// hop per chunk, however many records it holds. A big chunk (a page that was busy finds megabytes waiting
// in one read) is decoded and split a slice at a time, one batch per slice, so the reader can hand over
// between slices instead of parsing all of it in one task. Leaving the loop early cancels the stream.

/** Turns text, fed in order, into records; `end` gives what the end of the text completes. */
export interface RecordSplitter<T> {
  /** appends the records `text` completes to `out`; may throw (a limit) after appending earlier ones */
  push(text: string, out: T[]): void;
  end(out: T[]): void;
}

/** Bytes decoded and split at a time (a few milliseconds of work). */
export const SLICE_BYTES = 64 * 1024;

export async function* textBatches<T>(
  body: ReadableStream<Uint8Array>,
  splitter: RecordSplitter<T>,
  sliceBytes = SLICE_BYTES,
): AsyncGenerator<T[], void, undefined> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let finished = false;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        finished = true; // the stream is already errored; cancelling it again would throw
        throw error;
      }
      if (chunk.done) {
        const out: T[] = [];
        finished = true;
        yield* feed(out, () => {
          splitter.push(decoder.decode(), out);
          splitter.end(out);
        });
        return;
      }
      const bytes = chunk.value;
      for (let at = 0; at < bytes.length; at += sliceBytes) {
        const slice = bytes.subarray(at, at + sliceBytes);
        const out: T[] = [];
        yield* feed(out, () => splitter.push(decoder.decode(slice, { stream: true }), out));
      }
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Runs `fill`, then yields what it put in `out` (also when it throws: those records came before the failure). */
function* feed<T>(out: T[], fill: () => void): Generator<T[], void, undefined> {
  try {
    fill();
  } catch (error) {
    if (out.length > 0) yield out;
    throw error;
  }
  if (out.length > 0) yield out;
}
