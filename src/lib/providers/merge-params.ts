// Request parameters: the connection's params, then the chat's on top (chat wins).
// A key whose value is undefined does not override. The answer-length limit counts as one setting
// whatever key each side used (max_tokens, max_completion_tokens, num_predict): the chat's wins whole.
import type { Connection } from '../connections/types.ts';
import type { ChatParams, ChatRequest } from './types.ts';

/**
 * The key a wire format takes the answer-length limit under. 'as-given' (OpenAI-compatible servers, which
 * differ in what they accept) keeps each side's own key, but still lets the chat's limit replace the
 * connection's, so only one of them is sent.
 */
export type TokenLimitKey = 'max_completion_tokens' | 'num_predict' | 'as-given';

/** The keys that mean the limit, in the order they win when one side sets several. */
const LIMIT_KEYS: Record<TokenLimitKey, readonly string[]> = {
  max_completion_tokens: ['max_completion_tokens', 'max_tokens'],
  num_predict: ['max_completion_tokens', 'num_predict', 'max_tokens'],
  'as-given': ['max_completion_tokens', 'max_tokens'],
};

export function mergeParams(
  connectionParams: ChatParams | undefined,
  chatParams: ChatParams | undefined,
  limitKey: TokenLimitKey = 'as-given',
): ChatParams {
  const keys = LIMIT_KEYS[limitKey];
  const chatSetsLimit = chatParams !== undefined && keys.some((k) => chatParams[k] !== undefined);
  const fromConnection = connectionParams && chatSetsLimit ? without(connectionParams, keys) : connectionParams;
  const merged: ChatParams = {};
  for (const source of [fromConnection, chatParams]) {
    if (!source) continue;
    for (const [key, value] of Object.entries(oneLimitKey(source, limitKey))) {
      if (value !== undefined) merged[key] = value;
    }
  }
  return merged;
}

export function requestParams(
  connection: Pick<Connection, 'params'>,
  request: Pick<ChatRequest, 'params'>,
  limitKey: TokenLimitKey = 'as-given',
): ChatParams {
  return mergeParams(connection.params, request.params, limitKey);
}

/** Streaming is the default; only an explicit `stream: false` turns it off. */
export function wantsStream(params: ChatParams): boolean {
  return params.stream !== false;
}

/** One side's params with its limit under `limitKey` (the first set key in LIMIT_KEYS order wins). */
function oneLimitKey(source: ChatParams, limitKey: TokenLimitKey): ChatParams {
  if (limitKey === 'as-given') return source;
  const keys = LIMIT_KEYS[limitKey];
  const found = keys.find((k) => source[k] !== undefined);
  if (found === undefined) return source;
  const out = without(source, keys);
  out[limitKey] = source[found];
  return out;
}

function without(source: ChatParams, keys: readonly string[]): ChatParams {
  const out: ChatParams = {};
  for (const [key, value] of Object.entries(source)) if (!keys.includes(key)) out[key] = value;
  return out;
}
