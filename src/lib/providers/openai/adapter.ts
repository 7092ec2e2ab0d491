// The Chat Completions adapter, used by both 'openai' and 'openai_compatible' connections.
import type { ProviderAdapter } from '../adapter.ts';
import { buildChatRequest } from './build-request.ts';
import { buildListModelsRequest, parseModelList } from './list-models.ts';
import { parseChatResponse } from './parse-response.ts';
import { parseChatStream } from './parse-stream.ts';

export const openaiAdapter: ProviderAdapter = {
  streamFormat: 'sse',
  buildChatRequest,
  parseChatStream,
  parseChatResponse,
  buildListModelsRequest,
  parseModelList,
};
