// Reads a ReadableStream as an async iterable through its reader; Safari's streams are not async-iterable.
// Leaving the loop early cancels the stream so the connection is released.

export async function* iterateStream<T>(stream: ReadableStream<T>): AsyncGenerator<T, void, undefined> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } catch (error) {
    finished = true; // the stream is already errored; cancelling it again would throw
    throw error;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
