// The Ollama native adapter: /api/generate for chat, /api/tags for models.
import type { ProviderAdapter } from '../adapter.ts';
import { buildChatRequest } from './build-request.ts';
import { buildListModelsRequest, parseModelList } from './list-models.ts';
import { parseChatResponse } from './parse-response.ts';
import { parseChatStream } from './parse-stream.ts';

export const ollamaAdapter: ProviderAdapter = {
  streamFormat: 'ndjson',
  buildChatRequest,
  parseChatStream,
  parseChatResponse,
  buildListModelsRequest,
  parseModelList,
};
