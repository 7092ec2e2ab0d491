// Adding the server of a #/connect link once the user consents, then picking its first model. Loaded only
// when "Add this server" is clicked (the draft itself: connections/link-draft.ts; #/chat: link-choice.ts).
import type { QueryClient } from '@tanstack/svelte-query';
import type { ConnectLink } from '../connections/deep-link.ts';
import type { Connection } from '../connections/types.ts';
import { linkDraft } from '../connections/link-draft.ts';
import { chooseFirstModel } from './add-found.ts';
import { saveConnection } from './connection-actions.ts';
import { tr } from '../i18n/active-language.ts';

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
    ? tr('{name} was added, but it did not answer yet ({problem}). Settings can test it.', {
        name: `"${saved.connection.name}"`,
        problem: saved.resolveError.message,
      })
    : undefined;
  return { connection: saved.connection, ...(choice ? { choice } : {}), ...(message ? { message } : {}) };
}
