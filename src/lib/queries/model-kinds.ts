// Which of a connection's models serve which capability. A connection set by hand to one capability
// (a Speaches server set to "speech") makes all its models that kind; otherwise each model's own kind
// counts (providers' modelKind), and a model typed by hand is a chat model unless the id says otherwise
// and the connection was set to serve that kind.
import { isCapability, type Capability } from '../connections/capabilities.ts';
import type { Connection } from '../connections/types.ts';
import { modelKind } from '../providers/index.ts';
import type { ModelInfo } from '../providers/types.ts';

export function kindOf(connection: Pick<Connection, 'capabilities'>, model: ModelInfo): Capability {
  const explicit = connection.capabilities?.filter(isCapability) ?? [];
  if (explicit.length === 1) return explicit[0]!;
  if (explicit.length === 0) return modelKind(model);
  const detected = modelKind(model.manual ? { id: model.id } : model);
  return explicit.includes(detected) ? detected : explicit[0]!;
}

/** The models of one connection that do this kind of work, in the server's order. */
export function modelsOfKind(
  connection: Pick<Connection, 'capabilities'>,
  models: readonly ModelInfo[],
  kind: Capability,
): ModelInfo[] {
  return models.filter((m) => kindOf(connection, m) === kind);
}
