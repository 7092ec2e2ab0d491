// A chat message as the in-browser engine takes it: plain data (no reactive proxies, so it can be posted to
// the engine's worker), text only: images are not sent to a model in this browser (the small catalogue
// models read text).
import type { ChatMessage } from '../types.ts';

export function plainMessage(m: ChatMessage): ChatMessage {
  const content =
    typeof m.content === 'string' ? m.content : m.content.map((p) => (p.type === 'text' ? p.text : '')).join('');
  return JSON.parse(JSON.stringify({ ...m, content })) as ChatMessage;
}
