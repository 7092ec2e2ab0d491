// The app's automatic-title request (src/lib/conversation/title-request.ts), told apart from chat turns:
// the servers record it in `titleRequests` (not `requests`, which specs read as the chat's turns) and
// answer it with `titleReply` (default: nothing, so the chat keeps its first message as its title).
import { TITLE_INSTRUCTION } from '../../src/lib/conversation/title-request.ts';

export function isTitleRequest(rawBody: string): boolean {
  return rawBody.includes(TITLE_INSTRUCTION);
}

/** The reply for a request: the title reply for a title request, else the configured reply. */
export function replyFor(rawBody: string, config: { reply: string; titleReply?: string }): string {
  return isTitleRequest(rawBody) ? (config.titleReply ?? '') : config.reply;
}
