// Names a chat with the model that answered it: after the first exchange ends well (title-request.ts), one
// small request on the same connection and model asks for a title; a usable answer replaces the title taken
// from the first message, unless the user renamed the chat meanwhile. Failures are silent (the first
// message's title stays). A preference turns it off (Settings).
import type { Conversation } from '../conversation/types.ts';
import { titleRequest, wantsModelTitle } from '../conversation/title-request.ts';
import { cleanModelTitle } from '../conversation/title.ts';
import { readPreference, writePreference, type PreferenceStorage } from '../util/preferences.ts';
import { eventsOf, type StreamDeps, type StreamItem } from './stream-runner.ts';
import type { ModelChoice } from './user-turns.ts';

const PREFERENCE_KEY = 'switchboard.auto-titles';
/** More than any title: the rest of a chatty answer is not read. */
const MAX_REPLY_CHARS = 2000;

export function autoTitlesOn(storage?: () => PreferenceStorage | undefined): boolean {
  return readPreference(PREFERENCE_KEY, storage) !== 'off';
}

export function setAutoTitles(on: boolean, storage?: () => PreferenceStorage | undefined): void {
  writePreference(PREFERENCE_KEY, on ? 'on' : 'off', storage);
}

export interface AutoTitleDeps extends StreamDeps {
  enabled: () => boolean;
  /** piece `index` of a long answer's text (conversation/pieces.ts) */
  pieceText: (convId: string, nodeId: string, index: number) => Promise<string | undefined>;
  /** sets the title on the newest copy of the chat, unless the user named it meanwhile */
  setTitle: (convId: string, title: string) => Promise<void>;
}

/** The text of a title answer, or undefined when it failed or was cut short by anything but its token limit. */
async function readReply(items: AsyncIterable<StreamItem>): Promise<string | undefined> {
  let text = '';
  for await (const item of items) {
    for (const event of eventsOf(item)) {
      if (event.type === 'text-delta') text += event.text;
      else if (event.type === 'error') return undefined;
      else if (event.type === 'finish') return ['stop', 'length'].includes(event.reason.unified) ? text : undefined;
      if (text.length > MAX_REPLY_CHARS) return text; // leaving the loop ends the request
    }
  }
  return undefined;
}

/** An answer's text for a title request: for one kept in pieces, its first piece is enough. */
async function answerStart(conv: Conversation, nodeId: string, deps: AutoTitleDeps): Promise<string> {
  const node = conv.nodes[nodeId];
  if (!node?.pieces) return node?.content ?? '';
  return (await deps.pieceText(conv.id, nodeId, 0)) ?? '';
}

/** After answer `answerId` of `conv` finished: asks `choice`'s model for a title when it is wanted. Never throws. */
export async function nameChat(
  conv: Conversation,
  answerId: string,
  choice: ModelChoice,
  deps: AutoTitleDeps,
): Promise<void> {
  if (!deps.enabled() || !wantsModelTitle(conv, answerId)) return;
  try {
    const request = titleRequest(conv, answerId, await answerStart(conv, answerId, deps), choice.model_id);
    const options = deps.streamOptions?.(choice.connection) ?? {};
    const reply = await readReply(deps.stream(choice.connection, request, options));
    const title = reply === undefined ? undefined : cleanModelTitle(reply);
    if (title !== undefined) await deps.setTitle(conv.id, title);
  } catch {
    // silent: the title from the first message stays, and nothing else is touched
  }
}
