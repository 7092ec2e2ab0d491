// The transcription models Settings offers: every one of every enabled connection (queries/model-kinds.ts).
import type { Connection } from '../connections/types.ts';
import { visibleId, visibleName } from '../connections/visible-name.ts';
import type { ModelInfo } from '../providers/types.ts';
import { modelsOfKind } from './model-kinds.ts';

export interface TranscriptionChoice {
  connection_id: string;
  model_id: string;
  label: string;
}

/** Every transcription model of the enabled connections given with their model lists, in order. */
export function transcriptionChoices(
  lists: readonly { connection: Connection; models: readonly ModelInfo[] }[],
): TranscriptionChoice[] {
  return lists
    .filter((l) => l.connection.enabled)
    .flatMap(({ connection, models }) =>
      modelsOfKind(connection, models, 'transcription').map((m) => ({
        connection_id: connection.id,
        model_id: m.id,
        label: `${visibleId(m.id)} — ${visibleName(connection.name)}`,
      })),
    );
}
