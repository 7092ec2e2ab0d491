// /api/generate NDJSON body → ChatEvents, read as it arrives (rules in generate-reader.ts).
import { captureStart } from '../../protocol/capture-start.ts';
import { iterateStream } from '../../protocol/iterate-stream.ts';
import { ndjsonValues } from '../../protocol/ndjson.ts';
import type { AdapterEvent, ParseContext } from '../adapter.ts';
import { GenerateReader } from './generate-reader.ts';

export async function* parseChatStream(body: ReadableStream<Uint8Array>, context: ParseContext): AsyncGenerator<AdapterEvent, void, undefined> {
  const captured = captureStart(body);
  const reader = new GenerateReader(context);
  for await (const item of iterateStream(ndjsonValues(captured.stream))) {
    yield* reader.line(item);
    if (reader.finished) return;
  }
  yield* reader.end(captured.text());
}
