// Sends audio to the chosen transcription model with the connection's usual request options. Kept apart
// from speech-to-text.ts: the composer loads this with the first page (a lazy-only user of the providers'
// transcribe() would split the entry chunk), the messages and the recorder load on demand.
import type { Connection } from '../connections/types.ts';
import { transcribe } from '../providers/index.ts';
import { requestOptionsFor } from '../queries/request-options.ts';

export type TranscribeAudio = typeof transcribeAudio;

export function transcribeAudio(
  connection: Connection,
  settings: { model_id: string; language: string },
  audio: Blob,
  filename: string,
  signal?: AbortSignal,
): Promise<string> {
  const input = { model: settings.model_id, audio, filename, language: settings.language };
  return transcribe(connection, input, { ...requestOptionsFor(connection), ...(signal ? { signal } : {}) });
}
