// /api/generate NDJSON body → ChatEvents, read as it arrives (rules in generate-reader.ts).
import { captureStart } from '../../protocol/capture-start.ts';
import { iterateStream } from '../../protocol/iterate-stream.ts';
import { ndjsonValues } from '../../protocol/ndjson.ts';
import type { AdapterEvent, ParseContext } from '../adapter.ts';
import { GenerateReader } from './generate-reader.ts';

export async function* parseChatStream(
  body: ReadableStream<Uint8Array>,
  context: ParseContext,
): AsyncGenerator<AdapterEvent, void, undefined> {
  const captured = captureStart(body);
  const reader = new GenerateReader(context);
  try {
    for await (const item of iterateStream(ndjsonValues(captured.stream))) {
      yield* reader.line(item);
      if (reader.finished) return;
    }
  } catch (error) {
    // the read broke (connection, limit, timeout): text held back by the think splitter is still delivered
    yield* reader.heldBack();
    throw error;
  }
  yield* reader.end(captured.text());
}
