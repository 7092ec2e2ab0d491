// What the Settings page does with connections: save (resolving the base URL once), toggle, delete, undo,
// export and import.
import type { QueryClient } from '@tanstack/svelte-query';
import type { Connection } from '../connections/types.ts';
import type { ValidDraft } from '../connections/validate.ts';
import { newId } from '../util/new-id.ts';
import { exportConnections, importConnections, type ConnectionsExport } from '../transfer/connections-file.ts';
import { importSummary } from '../transfer/skipped-entries.ts';
import { isProviderError, type ProviderError } from '../providers/errors.ts';
import { resolveBaseUrl } from '../providers/index.ts';
import { deleteConnection, putConnection } from '../storage/connections-repo.ts';
import { announceConnectionsChanged } from '../queries/connections-queries.ts';

export const RESOLVE_TIMEOUT_MS = 3000;

export interface SaveOutcome {
  connection: Connection;
  /** set when no candidate answered: the connection is saved with the best guess */
  resolveError?: ProviderError;
}

export async function saveConnection(
  client: QueryClient,
  draft: ValidDraft,
  previous: Connection | undefined,
  now: () => number = Date.now,
): Promise<SaveOutcome> {
  let base_url = draft.candidates[0] as string;
  let resolveError: ProviderError | undefined;
  const unchanged = previous !== undefined && keepsStoredBaseUrl(draft, previous);
  if (unchanged && previous) base_url = previous.base_url;
  else {
    try {
      base_url = (await resolveBaseUrl(draft.candidates, draft.mode, draft.api_key, { timeoutMs: RESOLVE_TIMEOUT_MS }))
        .base_url;
    } catch (error) {
      if (!isProviderError(error)) throw error;
      resolveError = error;
    }
  }
  const connection = fromDraft(draft, base_url, previous?.id ?? newId(), previous?.created_at ?? now(), now());
  await putConnection(connection);
  await announceConnectionsChanged(client);
  return resolveError ? { connection, resolveError } : { connection };
}

function fromDraft(
  draft: ValidDraft,
  base_url: string,
  id: string,
  created_at: number,
  updated_at: number,
): Connection {
  const { candidates: _candidates, typed_base_url: _typed, ...fields } = draft;
  return { ...fields, id, base_url, created_at, updated_at };
}

/**
 * The connection the form's values describe, before it is saved, for "Test": the stored base URL while the
 * URL field is left alone, else the first form of the typed URL (the checklist tries the others).
 */
export function unsavedConnection(draft: ValidDraft, previous?: Connection): Connection {
  const base_url =
    previous && keepsStoredBaseUrl(draft, previous) ? previous.base_url : (draft.candidates[0] as string);
  return fromDraft(draft, base_url, previous?.id ?? 'unsaved', previous?.created_at ?? 0, 0);
}

/**
 * An edit keeps the stored (resolved) base URL when the URL field was left alone. Typing another form of
 * the same server (e.g. without /v1, as a wrong-path diagnosis suggests) must resolve again, although it
 * yields the same candidates.
 */
export function keepsStoredBaseUrl(
  draft: Pick<ValidDraft, 'mode' | 'candidates' | 'typed_base_url'>,
  previous: Pick<Connection, 'mode' | 'base_url'>,
): boolean {
  if (previous.mode !== draft.mode) return false;
  if (draft.typed_base_url !== undefined) return draft.typed_base_url.replace(/\/+$/, '') === previous.base_url;
  return draft.candidates.includes(previous.base_url);
}

export async function setEnabled(client: QueryClient, c: Connection, enabled: boolean): Promise<void> {
  await putConnection({ ...c, enabled, updated_at: Date.now() });
  await announceConnectionsChanged(client);
}

export async function removeConnection(client: QueryClient, c: Connection): Promise<void> {
  await deleteConnection(c.id);
  await announceConnectionsChanged(client);
}

/** Undo of a delete: the same record comes back as it was. */
export async function restoreConnection(client: QueryClient, c: Connection): Promise<void> {
  await putConnection(c);
  await announceConnectionsChanged(client);
}

/**
 * Stores the connections of an export file once the whole file is read; returns how many were added, which
 * were skipped, and a message that names what was not imported and why.
 */
export async function importConnectionsFile(
  client: QueryClient,
  text: string,
  existing: readonly Connection[],
): Promise<{ ok: true; added: number; skipped: string[]; message: string } | { ok: false; error: string }> {
  const result = importConnections(text, existing, newId, Date.now());
  if (!result.ok) return result;
  for (const c of result.connections) await putConnection(c);
  await announceConnectionsChanged(client);
  const { connections, skipped, invalid, total } = result;
  const present = skipped.length - invalid.length;
  const message = importSummary('connections', { imported: connections.length, total, present, invalid });
  return { ok: true, added: connections.length, skipped, message };
}

/** The export file of these connections, and whether it carries any API key (only when asked for). */
export function connectionsFile(
  connections: readonly Connection[],
  includeKeys: boolean,
  now: number = Date.now(),
): { name: string; text: string; includesKeys: boolean } {
  const text = exportConnections(connections, now, includeKeys);
  const { includes_api_keys } = JSON.parse(text) as Pick<ConnectionsExport, 'includes_api_keys'>;
  return { name: 'switchboard-connections.json', text, includesKeys: includes_api_keys };
}
