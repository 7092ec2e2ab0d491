// A fast setup path for tests whose subject is not adding a connection: the connection record is built by the
// app's own form logic (preset, validation) and written straight into IndexedDB in the stored format, then the
// chat opens. Tests of the form, discovery or first run keep the UI path (settings-ui.ts addConnection).
import { expect, type Page } from '@playwright/test';
import { newDraft, pickPreset } from '../../../src/lib/connections/draft.ts';
import { CONNECTION_SCHEMA_VERSION } from '../../../src/lib/connections/migrations.ts';
import { PRESETS } from '../../../src/lib/connections/presets.ts';
import type { Connection, ConnectionMode } from '../../../src/lib/connections/types.ts';
import { validateDraft, type ConnectionDraft } from '../../../src/lib/connections/validate.ts';
import { CONNECTION_KEY_PREFIX } from '../../../src/lib/storage/connections-repo.ts';
import { modelPicker } from './chat-ui.ts';
import type { ConnectionInput } from './settings-ui.ts';

const MODES: Record<NonNullable<ConnectionInput['mode']>, ConnectionMode> = {
  OpenAI: 'openai',
  Ollama: 'ollama',
  'OpenAI-compatible': 'openai_compatible',
};

let seeded = 0;

/**
 * The record Settings would store for these form values. The base URL is the form's first reading of the
 * typed address (what resolving finds for a server that answers at the typed path, e.g. `…/v1`); a server
 * that only answers elsewhere (a root-path server) needs the UI path, which probes.
 */
export function connectionRecord(c: ConnectionInput, others: readonly Connection[] = []): Connection {
  let draft: ConnectionDraft = newDraft(others);
  if (c.server) {
    const preset = PRESETS.find((p) => p.label === c.server);
    if (!preset) throw new Error(`No server preset labelled "${c.server}"`);
    draft = pickPreset(draft, preset.kind, others);
  }
  draft = {
    ...draft,
    name: c.name,
    base_url: c.baseUrl,
    ...(c.mode ? { mode: MODES[c.mode] } : {}),
    ...(c.apiKey !== undefined ? { api_key: c.apiKey } : {}),
    ...(c.maxTokens !== undefined ? { max_tokens: c.maxTokens } : {}),
    ...(c.extraParams !== undefined ? { extra_params: c.extraParams } : {}),
    ...(c.modelIds !== undefined ? { model_ids: c.modelIds } : {}),
    ...(c.modelFilter !== undefined ? { model_filter: c.modelFilter } : {}),
    ...(c.firstTokenTimeout !== undefined ? { first_token_timeout_s: c.firstTokenTimeout } : {}),
    ...(c.idleTimeout !== undefined ? { idle_timeout_s: c.idleTimeout } : {}),
  };
  const valid = validateDraft(draft, others);
  if (!valid.ok) throw new Error(`The connection form would refuse ${c.name}: ${JSON.stringify(valid.errors)}`);
  const { candidates, typed_base_url: _typed, ...fields } = valid.value;
  const now = Date.now();
  seeded += 1;
  return {
    ...fields,
    id: `seeded-${now}-${seeded}`,
    base_url: candidates[0] as string,
    created_at: now + seeded,
    updated_at: now,
  };
}

/** Writes the records into the connections database from a page on the app's origin (creating it as the app does). */
async function storeConnections(page: Page, connections: readonly Connection[]): Promise<void> {
  const records = connections.map((c): [string, unknown] => [
    CONNECTION_KEY_PREFIX + c.id,
    { ...c, schema_version: CONNECTION_SCHEMA_VERSION },
  ]);
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('switchboard-connections');
      open.onupgradeneeded = () => {
        if (!open.result.objectStoreNames.contains('connections')) open.result.createObjectStore('connections');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('connections', 'readwrite');
    for (const [key, value] of records) tx.objectStore('connections').put(value, key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/**
 * Stores the connections as Settings would save them, then opens the chat (as openSettings + addConnection
 * + openChat end). Call it before the app is open: the records are written from a static file of the app's
 * origin, so the app reads them on its first load.
 */
export async function seedConnections(page: Page, inputs: readonly ConnectionInput[]): Promise<Connection[]> {
  const connections: Connection[] = [];
  for (const input of inputs) connections.push(connectionRecord(input, connections));
  await page.goto('./favicon.svg');
  await storeConnections(page, connections);
  await page.goto('./');
  await expect(modelPicker(page)).toBeVisible();
  return connections;
}

/** seedConnections for one connection. */
export async function seedConnection(page: Page, input: ConnectionInput): Promise<Connection> {
  return (await seedConnections(page, [input]))[0] as Connection;
}
