// Bytes → newline-delimited JSON: a line splitter that carries the partial tail across chunks and
// flushes it at the end, and a helper that decodes, splits and parses each line.
import { decodeUtf8 } from './decode-utf8.ts';

/** Splits text into lines; handles CRLF, skips blank lines, emits the unterminated tail on flush. */
export function lineSplitter(): TransformStream<string, string> {
  let tail = '';
  const emit = (line: string, controller: TransformStreamDefaultController<string>) => {
    const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (trimmed.trim() !== '') controller.enqueue(trimmed);
  };
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      const parts = (tail + chunk).split('\n');
      tail = parts.pop() ?? '';
      for (const part of parts) emit(part, controller);
    },
    flush(controller) {
      emit(tail, controller);
      tail = '';
    },
  });
}

export type NdjsonLine = { line: string; ok: true; value: unknown } | { line: string; ok: false };

/** Decodes UTF-8 bytes (split anywhere) into non-blank lines. */
export function ndjsonLines(body: ReadableStream<Uint8Array>): ReadableStream<string> {
  return decodeUtf8(body).pipeThrough(lineSplitter());
}

/** Lines parsed as JSON; a line that is not JSON is reported with ok: false rather than thrown. */
export function ndjsonValues(body: ReadableStream<Uint8Array>): ReadableStream<NdjsonLine> {
  return ndjsonLines(body).pipeThrough(
    new TransformStream<string, NdjsonLine>({
      transform(line, controller) {
        controller.enqueue(parseLine(line));
      },
    }),
  );
}

/** One line as JSON, or ok: false when it is not JSON. */
export function parseLine(line: string): NdjsonLine {
  try {
    return { line, ok: true, value: JSON.parse(line) as unknown };
  } catch {
    return { line, ok: false };
  }
}
