// Request parameters: the connection's params, then the chat's on top (chat wins).
// A key whose value is undefined does not override.
import type { Connection } from '../connections/types.ts';
import type { ChatParams, ChatRequest } from './types.ts';

export function mergeParams(connectionParams: ChatParams | undefined, chatParams: ChatParams | undefined): ChatParams {
  const merged: ChatParams = {};
  for (const source of [connectionParams, chatParams]) {
    if (!source) continue;
    for (const [key, value] of Object.entries(source)) {
      if (value !== undefined) merged[key] = value;
    }
  }
  return merged;
}

export function requestParams(connection: Pick<Connection, 'params'>, request: Pick<ChatRequest, 'params'>): ChatParams {
  return mergeParams(connection.params, request.params);
}

/** Streaming is the default; only an explicit `stream: false` turns it off. */
export function wantsStream(params: ChatParams): boolean {
  return params.stream !== false;
}
