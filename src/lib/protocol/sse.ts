// Bytes → Server-Sent Events: UTF-8 decoding via TextDecoderStream, parsing via eventsource-parser.
// Comment lines (": ping", ": OPENROUTER PROCESSING") never become events.
import { EventSourceParserStream } from 'eventsource-parser/stream';
import type { EventSourceMessage } from 'eventsource-parser';
import { decodeUtf8 } from './decode-utf8.ts';
import { MAX_LINE_CHARS } from './stream-limits.ts';

export type SseEvent = EventSourceMessage;

/** A line or event longer than `maxLineChars` errors the stream (see streamLimitOf) instead of growing without end. */
export function sseEvents(body: ReadableStream<Uint8Array>, maxLineChars = MAX_LINE_CHARS): ReadableStream<SseEvent> {
  return decodeUtf8(body)
    .pipeThrough(terminateFinalEvent())
    .pipeThrough(new EventSourceParserStream({ maxBufferSize: maxLineChars }));
}

/**
 * The SSE spec drops an event that is not followed by a blank line at end of body, but KoboldCpp ends its
 * streams with `data: [DONE]` and no newline. Appending a blank line at the end delivers that last event;
 * a cut-off stream then delivers its truncated final `data:` too, which consumers must tolerate.
 */
function terminateFinalEvent(): TransformStream<string, string> {
  let sawText = false;
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      if (chunk !== '') sawText = true;
      controller.enqueue(chunk);
    },
    flush(controller) {
      if (sawText) controller.enqueue('\n\n');
    },
  });
}
