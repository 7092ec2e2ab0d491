// /api/generate NDJSON body → ChatEvents, read as it arrives (rules in generate-reader.ts): every line of
// a network chunk handled synchronously and handed on as one batch.
import { captureStart } from '../../protocol/capture-start.ts';
import { ndjsonBatches } from '../../protocol/ndjson.ts';
import type { AdapterEvent, ParseContext } from '../adapter.ts';
import { GenerateReader } from './generate-reader.ts';

export async function* parseChatStream(
  body: ReadableStream<Uint8Array>,
  context: ParseContext,
): AsyncGenerator<AdapterEvent[], void, undefined> {
  const captured = captureStart(body);
  const reader = new GenerateReader(context);
  try {
    for await (const items of ndjsonBatches(captured.stream)) {
      const out: AdapterEvent[] = [];
      for (const item of items) {
        out.push(...reader.line(item));
        if (reader.finished) break;
      }
      if (out.length > 0) yield out;
      if (reader.finished) return;
    }
  } catch (error) {
    // the read broke (connection, limit, timeout): text held back by the think splitter is still delivered
    const held = reader.heldBack();
    if (held.length > 0) yield held;
    throw error;
  }
  const last = reader.end(captured.text());
  if (last.length > 0) yield last;
}
