// Connection + ChatRequest → the Chat Completions request. Pure; shared by 'openai' and 'openai_compatible'.
// 'openai' (api.openai.com) needs a key, takes max_completion_tokens and is not sent what the parameter
// catalogue (connections/param-specs.ts) marks unsupported; 'openai_compatible' gets params as given.
import { authHeader, hasApiKey, type BuiltRequest, type ConnectionTarget } from '../adapter.ts';
import { chatEndpoint } from '../../connections/endpoints.ts';
import { unsentParams } from '../../connections/param-specs.ts';
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
  const warnings: string[] = [];
  if (target.mode === 'openai') {
    // the catalogue says what api.openai.com does not take (the chat settings panel shows the same)
    for (const { key } of unsentParams('openai')) {
      if (rest[key] === undefined) continue;
      delete rest[key];
      warnings.push(`\`${key}\` is not part of the OpenAI API and was not sent`);
    }
  }

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
    warnings,
  };
  if (target.mode === 'openai' && !hasApiKey(target.api_key)) throw missingApiKeyError(recordRequest(built));
  return built;
}
