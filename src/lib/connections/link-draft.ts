// The connection a #/connect deep link describes, checked as the connection form checks it, and whether
// the consent dialog should ask for an API key (a link never carries one).
import type { ConnectLink } from './deep-link.ts';
import { newDraft, uniqueName } from './draft.ts';
import { presetFor } from './presets.ts';
import type { Connection } from './types.ts';
import { validateDraft, type DraftResult } from './validate.ts';

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
