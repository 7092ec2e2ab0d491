// The embeddings workbench's model choices: the embedding models of every enabled connection (set by hand
// or detected, see model-kinds.ts), grouped by connection, each connection also offering a typed model id.
import type { Connection } from '../connections/types.ts';
import { visibleName } from '../connections/visible-name.ts';
import type { ModelInfo } from '../providers/types.ts';
import { choiceValue } from './model-choices.ts';
import { modelsOfKind } from './model-kinds.ts';

export interface EmbeddingGroup {
  connection: Connection;
  label: string;
  /** embedding model ids, in the server's order */
  models: string[];
  /** the select value that stands for "a model id typed by hand on this connection" */
  typedValue: string;
}

const TYPED = '\u0000typed';

export function embeddingGroups(
  entries: ReadonlyArray<{ connection: Connection; models: readonly ModelInfo[] }>,
): EmbeddingGroup[] {
  return entries
    .filter((e) => e.connection.enabled)
    .map(({ connection, models }) => ({
      connection,
      label: visibleName(connection.name),
      models: modelsOfKind(connection, models, 'embeddings').map((m) => m.id),
      typedValue: choiceValue(connection.id, TYPED),
    }));
}

export interface EmbeddingTarget {
  connection: Connection;
  /** undefined: the model id is to be typed */
  model: string | undefined;
}

/** What a select value stands for, or undefined when no group offers it. */
export function embeddingTarget(groups: readonly EmbeddingGroup[], value: string): EmbeddingTarget | undefined {
  for (const g of groups) {
    if (value === g.typedValue) return { connection: g.connection, model: undefined };
    const model = g.models.find((m) => choiceValue(g.connection.id, m) === value);
    if (model !== undefined) return { connection: g.connection, model };
  }
  return undefined;
}

/** The first listed embedding model, else the first connection's typed id, else ''. */
export function firstEmbeddingChoice(groups: readonly EmbeddingGroup[]): string {
  const listed = groups.find((g) => g.models.length > 0);
  if (listed) return choiceValue(listed.connection.id, listed.models[0]!);
  return groups[0]?.typedValue ?? '';
}

export { choiceValue };
