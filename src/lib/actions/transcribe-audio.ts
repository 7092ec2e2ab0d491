// Sends audio to the chosen transcription model with the connection's usual request options (loaded with
// the voice panel, on first use).
import type { Connection } from '../connections/types.ts';
import { transcribe } from '../providers/jobs.ts';
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
