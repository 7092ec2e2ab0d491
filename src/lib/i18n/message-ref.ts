// A message decided below the UI (a diagnosis, a storage alert) but shown in the reader's language: the
// pure layers return `msg('English text with {placeholders}', params)` and the UI translates it when it
// renders. Like `t`, `msg` must be given a literal, so the catalogue check can find it.
import type { Message, MessageParams } from './format-message.ts';

export type MessageRef = { readonly message: Message; readonly params: MessageParams };

export function msg(message: Message, params: MessageParams = {}): MessageRef {
  return { message, params };
}
