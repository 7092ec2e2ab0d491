// Limits that keep a misbehaving server from freezing the tab: a line (or SSE event) that never ends,
// and a whole reply that never ends. Parsers raise StreamLimitError; callers turn it into a clear message.

/** Longest line, or SSE event, kept in memory while waiting for its end (16 Mi characters, ~16 MB of text). */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;
/** Largest whole (non-streamed) reply read into memory (64 MiB). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export class StreamLimitError extends Error {
  override readonly name = 'StreamLimitError';
  constructor(
    readonly limit: 'line' | 'body',
    /** characters for 'line', bytes for 'body' */
    readonly max: number,
  ) {
    super(limit === 'line' ? `A line is longer than ${max} characters` : `The body is larger than ${max} bytes`);
  }
}

/**
 * The limit a parser hit, or undefined. eventsource-parser reports its own buffer limit as a ParseError of
 * type 'max-buffer-size-exceeded', which counts as the line limit.
 */
export function streamLimitOf(cause: unknown): { limit: 'line' | 'body'; max: number } | undefined {
  if (cause instanceof StreamLimitError) return { limit: cause.limit, max: cause.max };
  if (typeof cause === 'object' && cause !== null) {
    const { name, type } = cause as { name?: unknown; type?: unknown };
    if (name === 'ParseError' && type === 'max-buffer-size-exceeded') return { limit: 'line', max: MAX_LINE_CHARS };
  }
  return undefined;
}
