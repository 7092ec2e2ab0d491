// What the app does with a deep link: the draft a #/connect link describes (checked as the connection
// form checks), adding it once the user consents, and the model a #/chat link asks for.
import type { QueryClient } from '@tanstack/svelte-query';
import type { ChatLink, ConnectLink } from '../connections/deep-link.ts';
import { newDraft, uniqueName } from '../connections/draft.ts';
import { presetFor } from '../connections/presets.ts';
import type { Connection } from '../connections/types.ts';
import { validateDraft, type DraftResult } from '../connections/validate.ts';
import { choiceValue, type ModelGroup } from '../queries/model-choices.ts';
import { chooseFirstModel } from './add-found.ts';
import { saveConnection } from './connection-actions.ts';

/** The connection the link would add, with a name no other connection has and the key typed in the dialog. */
export function linkDraft(link: ConnectLink, connections: readonly Connection[], apiKey = ''): DraftResult {
  const draft = newDraft(connections, link.server_kind);
  return validateDraft(
    {
      ...draft,
      name: uniqueName(link.name ?? presetFor(link.server_kind).label, connections),
      mode: link.mode,
      base_url: link.base_url,
      api_key: apiKey,
    },
    [...connections],
  );
}

/** Whether the dialog should ask for a key: the kind usually needs one, or the mode is OpenAI's own API. */
export function asksForKey(link: Pick<ConnectLink, 'server_kind' | 'mode'>): boolean {
  return presetFor(link.server_kind).needsKey === true || link.mode === 'openai';
}

export interface LinkAdded {
  connection: Connection;
  /** the picker value of its first model, when it lists one */
  choice?: string;
  /** set when the server did not answer: it was added with the best guess of its API root */
  message?: string;
}

/** Adds the server the user consented to, then picks its first model as the first run does. */
export async function addLinkedServer(
  client: QueryClient,
  link: ConnectLink,
  connections: readonly Connection[],
  apiKey: string,
): Promise<LinkAdded | { error: string }> {
  const draft = linkDraft(link, connections, apiKey);
  if (!draft.ok) return { error: Object.values(draft.errors).join(' ') };
  const saved = await saveConnection(client, draft.value, undefined);
  const choice = await chooseFirstModel(client, saved.connection);
  const message = saved.resolveError
    ? `"${saved.connection.name}" was added, but it did not answer yet (${saved.resolveError.message}). Settings can test it.`
    : undefined;
  return { connection: saved.connection, ...(choice ? { choice } : {}), ...(message ? { message } : {}) };
}

/**
 * The picker value a #/chat link asks for: the model id on an enabled server (the one named `connection`,
 * when given), and a message when the link names a model none offers.
 */
export function linkChoice(link: ChatLink, groups: readonly ModelGroup[]): { choice?: string; message?: string } {
  if (link.model === undefined) return {};
  const wanted = link.connection?.toLowerCase();
  for (const g of groups) {
    if (wanted !== undefined && g.connection.name.trim().toLowerCase() !== wanted) continue;
    if (g.models.some((m) => m.id === link.model)) return { choice: choiceValue(g.connection.id, link.model) };
  }
  const where = link.connection ? ` on a server named "${link.connection.slice(0, 100)}"` : '';
  return {
    message: `The link asks for the model "${link.model.slice(0, 200)}"${where}, which none of your enabled servers offers; pick another below.`,
  };
}
