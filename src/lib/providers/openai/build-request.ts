// Connection + ChatRequest → the Chat Completions request. Pure; shared by 'openai' and 'openai_compatible'.
// 'openai' (api.openai.com) needs a key and takes max_completion_tokens; 'openai_compatible' gets params as given.
import { authHeader, hasApiKey, type BuiltRequest, type ConnectionTarget } from '../adapter.ts';
import { chatEndpoint } from '../../connections/endpoints.ts';
import { missingApiKeyError } from '../create-error.ts';
import { recordRequest } from '../http.ts';
import { isRecord } from '../../util/is-record.ts';
import { requestParams, wantsStream } from '../merge-params.ts';
import type { ChatRequest } from '../types.ts';

/**
 * Body: `model`, `messages`, then every merged param (extra keys pass through), then `stream`.
 * Streaming adds `stream_options.include_usage: true` (user-given stream_options keys win;
 * `stream_options: null` sends none, for servers that reject the field). Not streaming: no stream_options.
 */
export function buildChatRequest(target: ConnectionTarget, request: ChatRequest): BuiltRequest {
  // api.openai.com deprecates max_tokens (o-series models reject it): every limit goes as max_completion_tokens
  const params = requestParams(target, request, target.mode === 'openai' ? 'max_completion_tokens' : 'as-given');
  const stream = wantsStream(params);
  const { stream: _stream, stream_options: streamOptions, model: _model, messages: _messages, ...rest } = params;

  const body: Record<string, unknown> = { model: request.model, messages: request.messages, ...rest };
  body.stream = stream;
  if (stream && streamOptions !== null) {
    body.stream_options = { include_usage: true, ...(isRecord(streamOptions) ? streamOptions : {}) };
  }

  const built: BuiltRequest = {
    method: 'POST',
    url: chatEndpoint(target.base_url, target.mode),
    headers: { 'Content-Type': 'application/json', ...authHeader(target.api_key) },
    body: JSON.stringify(body),
    warnings: [],
  };
  if (target.mode === 'openai' && !hasApiKey(target.api_key)) throw missingApiKeyError(recordRequest(built));
  return built;
}
