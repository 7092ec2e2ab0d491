// Adding what the local scan found (one server, or all at once), and choosing the first model of a server
// just added, so the chat opens ready to send.
import type { QueryClient } from '@tanstack/svelte-query';
import type { Connection } from '../connections/types.ts';
import { presetFor } from '../connections/presets.ts';
import { modelsQuery } from '../queries/connections-queries.ts';
import { choiceValue, rememberChoice } from '../queries/model-choices.ts';
import type { ModelInfo } from '../providers/types.ts';
import type { ScanFinding } from './scan-local.ts';
import { saveConnection } from './connection-actions.ts';

/** "Ollama :11434", or with the mode added when that name is taken (any case). */
export function foundServerName(f: Pick<ScanFinding, 'kind' | 'port' | 'mode'>, taken: readonly string[]): string {
  const base = `${presetFor(f.kind).label} :${f.port}`;
  const names = new Set(taken.map((n) => n.toLowerCase()));
  return names.has(base.toLowerCase()) ? `${base} (${f.mode})` : base;
}

/** The findings not yet stored (by base URL). */
export function notYetAdded(
  findings: readonly ScanFinding[],
  connections: readonly Pick<Connection, 'base_url'>[],
): ScanFinding[] {
  const known = new Set(connections.map((c) => c.base_url));
  return findings.filter((f) => !known.has(f.base_url));
}

export async function addFoundServer(
  client: QueryClient,
  f: ScanFinding,
  connections: readonly Connection[],
): Promise<Connection> {
  const name = foundServerName(
    f,
    connections.map((c) => c.name),
  );
  const draft = { name, mode: f.mode, server_kind: f.kind, candidates: [f.base_url], enabled: true };
  return (await saveConnection(client, draft, undefined)).connection;
}

/** Adds each finding in turn (later names see the earlier ones); returns the connections added, in order. */
export async function addFoundServers(
  client: QueryClient,
  findings: readonly ScanFinding[],
  connections: readonly Connection[],
): Promise<Connection[]> {
  const added: Connection[] = [];
  for (const f of notYetAdded(findings, connections))
    added.push(await addFoundServer(client, f, [...connections, ...added]));
  return added;
}

/** The picker value of the connection's first model, or undefined when it offers none. */
export function firstModelChoice(connection: Pick<Connection, 'id'>, models: readonly ModelInfo[]): string | undefined {
  const first = models[0];
  return first ? choiceValue(connection.id, first.id) : undefined;
}

/**
 * Selects the first model of a server just added, remembered as the last choice so the chat (and a new
 * tab) opens with it; undefined when its model list fails or is empty.
 */
export async function chooseFirstModel(client: QueryClient, connection: Connection): Promise<string | undefined> {
  let models: ModelInfo[];
  try {
    models = await client.fetchQuery(modelsQuery(connection));
  } catch {
    return undefined;
  }
  const value = firstModelChoice(connection, models);
  if (value) rememberChoice(value);
  return value;
}
