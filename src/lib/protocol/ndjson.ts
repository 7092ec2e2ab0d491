// Bytes → newline-delimited JSON: a line splitter that carries the partial tail across chunks and
// flushes it at the end (with a cap on line length), and helpers that decode, split and parse each line,
// one at a time or (the hot path) every line of a network chunk as one batch.
import { decodeUtf8 } from './decode-utf8.ts';
import { MAX_LINE_CHARS, StreamLimitError } from './stream-limits.ts';
import { textBatches, type RecordSplitter } from './text-batches.ts';

/**
 * Splits text into lines at LF, CRLF or a lone CR (JSON never holds a raw CR, so a CR always ends a line);
 * skips blank lines and emits the unterminated tail at the end. Each chunk is searched once and a partial
 * line is kept as pieces, so a long line costs linear time; one longer than `maxLineChars` throws
 * StreamLimitError (after the lines before it) instead of growing without end.
 */
export function lineRecords(maxLineChars = MAX_LINE_CHARS): RecordSplitter<string> {
  let pieces: string[] = [];
  let pending = 0;
  const emit = (line: string, out: string[]) => {
    if (line.trim() !== '') out.push(line);
  };
  return {
    push(chunk, out) {
      let start = 0;
      BREAK.lastIndex = 0;
      for (let m = BREAK.exec(chunk); m !== null; m = BREAK.exec(chunk)) {
        const end = m.index;
        if (pending + end - start > maxLineChars) throw new StreamLimitError('line', maxLineChars);
        const piece = chunk.slice(start, end);
        emit(pieces.length > 0 ? pieces.join('') + piece : piece, out);
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
    end(out) {
      emit(pieces.join(''), out);
      pieces = [];
      pending = 0;
    },
  };
}

/** lineRecords as a stream of lines. */
export function lineSplitter(maxLineChars = MAX_LINE_CHARS): TransformStream<string, string> {
  const lines = lineRecords(maxLineChars);
  const deliver = (fill: (out: string[]) => void, controller: TransformStreamDefaultController<string>) => {
    const out: string[] = [];
    try {
      fill(out);
    } finally {
      for (const line of out) controller.enqueue(line);
    }
  };
  return new TransformStream<string, string>({
    transform: (chunk, controller) => deliver((out) => lines.push(chunk, out), controller),
    flush: (controller) => deliver((out) => lines.end(out), controller),
  });
}

const BREAK = /[\r\n]/g;

export type NdjsonLine = { line: string; ok: true; value: unknown } | { line: string; ok: false };

/** Decodes UTF-8 bytes (split anywhere) into non-blank lines. */
export function ndjsonLines(body: ReadableStream<Uint8Array>, maxLineChars = MAX_LINE_CHARS): ReadableStream<string> {
  return decodeUtf8(body).pipeThrough(lineSplitter(maxLineChars));
}

/** The lines of each network chunk, parsed, as one batch (same rules and limit as ndjsonValues). */
export function ndjsonBatches(
  body: ReadableStream<Uint8Array>,
  maxLineChars = MAX_LINE_CHARS,
): AsyncGenerator<NdjsonLine[], void, undefined> {
  const lines = lineRecords(maxLineChars);
  const parsed = (fill: (into: string[]) => void, out: NdjsonLine[]) => {
    const into: string[] = [];
    try {
      fill(into);
    } finally {
      for (const line of into) out.push(parseLine(line));
    }
  };
  return textBatches(body, {
    push: (text, out) => parsed((into) => lines.push(text, into), out),
    end: (out) => parsed((into) => lines.end(into), out),
  });
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
