// Bytes → newline-delimited JSON: a line splitter that carries the partial tail across chunks and
// flushes it at the end (with a cap on line length), and a helper that decodes, splits and parses each line.
import { decodeUtf8 } from './decode-utf8.ts';
import { MAX_LINE_CHARS, StreamLimitError } from './stream-limits.ts';

/**
 * Splits text into lines at LF, CRLF or a lone CR (JSON never holds a raw CR, so a CR always ends a line);
 * skips blank lines and emits the unterminated tail on flush. Each chunk is searched once and a partial
 * line is kept as pieces, so a long line costs linear time; one longer than `maxLineChars` errors the
 * stream with StreamLimitError instead of growing without end.
 */
export function lineSplitter(maxLineChars = MAX_LINE_CHARS): TransformStream<string, string> {
  let pieces: string[] = [];
  let pending = 0;
  const emit = (line: string, controller: TransformStreamDefaultController<string>) => {
    if (line.trim() !== '') controller.enqueue(line);
  };
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      let start = 0;
      BREAK.lastIndex = 0;
      for (let m = BREAK.exec(chunk); m !== null; m = BREAK.exec(chunk)) {
        const end = m.index;
        if (pending + end - start > maxLineChars) throw new StreamLimitError('line', maxLineChars);
        const piece = chunk.slice(start, end);
        emit(pieces.length > 0 ? pieces.join('') + piece : piece, controller);
        pieces = [];
        pending = 0;
        start = end + 1;
      }
      if (start < chunk.length) {
        pieces.push(chunk.slice(start));
        pending += chunk.length - start;
        if (pending > maxLineChars) throw new StreamLimitError('line', maxLineChars);
      }
    },
    flush(controller) {
      emit(pieces.join(''), controller);
      pieces = [];
      pending = 0;
    },
  });
}

const BREAK = /[\r\n]/g;

export type NdjsonLine = { line: string; ok: true; value: unknown } | { line: string; ok: false };

/** Decodes UTF-8 bytes (split anywhere) into non-blank lines. */
export function ndjsonLines(body: ReadableStream<Uint8Array>, maxLineChars = MAX_LINE_CHARS): ReadableStream<string> {
  return decodeUtf8(body).pipeThrough(lineSplitter(maxLineChars));
}

/** Lines parsed as JSON; a line that is not JSON is reported with ok: false rather than thrown. */
export function ndjsonValues(
  body: ReadableStream<Uint8Array>,
  maxLineChars = MAX_LINE_CHARS,
): ReadableStream<NdjsonLine> {
  return ndjsonLines(body, maxLineChars).pipeThrough(
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
