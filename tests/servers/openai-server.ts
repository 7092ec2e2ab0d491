// An OpenAI-compatible test server shaped after llama.cpp's llama-server: GET /v1/models,
// POST /v1/chat/completions (SSE or JSON), /health; CORS echoes Origin; optional Osaurus-style root
// paths. Every chat request body is validated against OpenAI's schema and the result recorded.
import type { ServerResponse } from 'node:http';
import { isTitleRequest, replyFor } from './title-requests.ts';
import { STATUS_CODES } from 'node:http';
import {
  TestServer,
  defaultMisbehaviour,
  type ListenOptions,
  type Misbehaviour,
  type ServerContext,
} from './server-core.ts';
import { bigReplyPieces, pumpStream } from './stream-pump.ts';
import { chatCompletionJson, chatStreamPlan, type ChatReplySpec } from './openai-chat.ts';
import { validateChatCompletionRequest } from './validate-openai-request.ts';
import { defaultEmbeddingBehaviour, type EmbeddingBehaviour } from './embedding-vectors.ts';
import { isOpenAIEmbeddingsPath, openaiEmbeddings } from './openai-embeddings.ts';
import { echoOpenAIImages } from './image-echo.ts';
import * as stt from './openai-audio-transcriptions.ts';
import { handleSpeech, type SpeechServerConfig } from './openai-audio-speech.ts';
import { toolCallStreamPlan, type PlannedToolCall } from './openai-tool-calls.ts';
import {
  WEB_UI_PAGE,
  bearerKey,
  removeCorsHeaders,
  sendEmpty,
  sendJson,
  sendOverride,
  sendText,
  sendTruncatedJson,
} from './http-replies.ts';

export interface OpenAIServerConfig
  extends Misbehaviour, EmbeddingBehaviour, stt.TranscriptionSwitches, SpeechServerConfig {
  /** Model ids listed by /models (default ['test-model', 'other-model']). */
  models: string[];
  /** Extra fields of a listed model by id (OpenRouter-style context_length, pricing, architecture; LM Studio type). */
  modelFields?: Record<string, Record<string, unknown>>;
  /** llama-server's GET /props: default_generation_settings.n_ctx (404 when unset). */
  propsContext?: number;
  /** Reply text, streamed word by word. */
  reply: string;
  /** Reasoning text streamed before the reply (as delta[reasoningField]). */
  reasoning?: string;
  reasoningField: 'reasoning_content' | 'reasoning';
  finishReason?: string;
  /** Osaurus style: serve /models and /chat/completions at the root; /v1/* is then 404. */
  rootPath: boolean;
  /** llama-server style: serve both /v1/* and the root aliases. */
  rootAliases: boolean;
  /** 'ignore' = answer for any model name (llama-server); '404' = unknown names get a 404. */
  unknownModel: 'ignore' | '404';
  /** 'strict' = schema + no undeclared top-level keys; 'schema' = the bare schema; 'off'. */
  validation: 'strict' | 'schema' | 'off';
  /** Stream these tool calls (llama-server --jinja style) when the request offers tools and its last message is not a tool reply. */
  toolCalls?: PlannedToolCall[];
}

export type OpenAIServerOptions = Partial<OpenAIServerConfig> & ListenOptions;

export const defaultOpenAIConfig: OpenAIServerConfig = {
  ...defaultMisbehaviour,
  ...defaultEmbeddingBehaviour,
  models: ['test-model', 'other-model'],
  reply: 'Hello from the OpenAI-compatible test server.',
  reasoningField: 'reasoning_content',
  rootPath: false,
  rootAliases: false,
  unknownModel: 'ignore',
  validation: 'strict',
};

const INVALID_KEY = { error: { message: 'Invalid API Key', type: 'authentication_error', code: 401 } };
const NOT_FOUND = { error: { message: 'File Not Found', type: 'not_found_error', code: 404 } };

export class OpenAIServer extends TestServer<OpenAIServerConfig> {
  /** The base URL an app should be given: <url>/v1, or <url> with rootPath. */
  get baseUrl(): string {
    return this.config.rootPath ? this.url : `${this.url}/v1`;
  }
}

export async function startOpenAIServer(options: OpenAIServerOptions = {}): Promise<OpenAIServer> {
  const { port, host, ...config } = options;
  const server = new OpenAIServer({ ...defaultOpenAIConfig, ...config }, handle, (record, cfg) => {
    if (record.method === 'POST' && routeOf(record.path, cfg) === 'chat' && cfg.validation !== 'off') {
      record.validation =
        record.json === undefined
          ? { valid: false, errors: ['body is not JSON'], unknownKeys: [] }
          : validateChatCompletionRequest(record.json, { allowUnknownKeys: cfg.validation === 'schema' });
    }
    if (record.method === 'POST' && stt.isTranscriptionPath(record.path, cfg.rootPath, cfg.rootAliases))
      record.transcription = stt.readTranscription(record);
  });
  return server.listen({ port, host });
}

function routeOf(path: string, config: OpenAIServerConfig): 'models' | 'chat' | 'health' | 'props' | undefined {
  if (path === '/health' || path === '/v1/health') return 'health';
  if (path === '/props' && config.propsContext !== undefined) return 'props';
  const v1 = !config.rootPath;
  const root = config.rootPath || config.rootAliases;
  if ((v1 && path === '/v1/models') || (root && path === '/models')) return 'models';
  if ((v1 && path === '/v1/chat/completions') || (root && path === '/chat/completions')) return 'chat';
  return undefined;
}

function preflight({ req, res, config, record }: ServerContext<OpenAIServerConfig>): void {
  const requested = record.headers['access-control-request-headers'];
  switch (config.cors) {
    case 'none':
      return sendEmpty(res, 204);
    case 'reject-preflight':
      return sendJson(res, 405, { detail: 'Method Not Allowed' });
    case 'star':
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Methods', 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT');
      res.setHeader('Access-Control-Allow-Headers', config.allowedHeaders?.join(', ') ?? requested ?? '');
      res.setHeader('Access-Control-Max-Age', '600');
      res.setHeader('Vary', 'Origin');
      return sendText(res, 200, 'OK');
    case 'normal':
      res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', config.allowedHeaders?.join(', ') ?? '*');
      return sendText(res, 200, '', 'text/html');
  }
}

function applyCors(res: ServerResponse, config: OpenAIServerConfig, origin: string | undefined): void {
  if (config.cors === 'none') return;
  res.setHeader('Access-Control-Allow-Origin', config.cors === 'star' ? '*' : (origin ?? ''));
}

function defaultStatusBody(code: number): unknown {
  if (code === 503) return { error: { code: 503, message: 'Loading model', type: 'unavailable_error' } };
  return { error: { code, message: STATUS_CODES[code] ?? 'Error', type: 'server_error' } };
}

function hasValidKey(headers: Record<string, string>, key: string): boolean {
  return bearerKey(headers) === key || headers['x-api-key'] === key;
}

async function handle(ctx: ServerContext<OpenAIServerConfig>): Promise<void> {
  const { res, record, config } = ctx;
  res.setHeader('Server', 'llama.cpp');
  if (record.method === 'OPTIONS') return preflight(ctx);
  applyCors(res, config, record.origin);
  if (config.html === true || config.html === record.path)
    return sendText(res, 200, WEB_UI_PAGE, 'text/html; charset=utf-8');
  const route = routeOf(record.path, config);
  if (config.requireKey !== undefined && route !== 'health' && !hasValidKey(record.headers, config.requireKey)) {
    if (!config.keyErrorCors) removeCorsHeaders(res);
    return sendJson(res, 401, INVALID_KEY);
  }
  const override = config.status;
  if (override && (override.path === undefined || override.path === record.path)) {
    return sendOverride(res, override.code, override.body ?? defaultStatusBody(override.code), override.headers);
  }
  if (route === 'health' && record.method === 'GET') return sendJson(res, 200, { status: 'ok' });
  if (route === 'models' && record.method === 'GET') {
    const maxAge = config.modelsMaxAge;
    return sendJson(res, 200, modelList(config), maxAge === undefined ? {} : { 'Cache-Control': `max-age=${maxAge}` });
  }
  if (route === 'props' && record.method === 'GET') {
    return sendJson(res, 200, { default_generation_settings: { n_ctx: config.propsContext }, total_slots: 1 });
  }
  if (route === 'chat' && record.method === 'POST') return chat(ctx);
  if (isOpenAIEmbeddingsPath(record.path, config) && record.method === 'POST') return openaiEmbeddings(ctx);
  if (record.method === 'POST' && stt.isTranscriptionPath(record.path, config.rootPath, config.rootAliases))
    return stt.transcriptions(ctx);
  return handleSpeech(ctx) || sendJson(res, 404, NOT_FOUND);
}

function modelList({ models, modelFields }: OpenAIServerConfig): unknown {
  const created = Math.floor(Date.now() / 1000);
  return {
    object: 'list',
    data: models.map((id) => ({
      id,
      aliases: [id],
      tags: [],
      object: 'model',
      created,
      owned_by: 'llamacpp',
      ...modelFields?.[id],
    })),
  };
}

async function chat(ctx: ServerContext<OpenAIServerConfig>): Promise<void> {
  const { res, record, config } = ctx;
  const body = record.json;
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    return sendJson(res, 500, {
      error: { code: 500, message: '[json.exception.parse_error.101] parse error: syntax error', type: 'server_error' },
    });
  }
  const request = body as { model?: unknown; messages?: unknown; stream?: unknown; tools?: unknown };
  if (request.messages === undefined) {
    return sendJson(res, 400, {
      error: { code: 400, message: "'messages' is required", type: 'invalid_request_error' },
    });
  }
  const requested = typeof request.model === 'string' ? request.model : undefined;
  if (config.unknownModel === '404' && (requested === undefined || !config.models.includes(requested))) {
    const message = `The model \`${requested ?? ''}\` does not exist or you do not have access to it.`;
    return sendJson(res, 404, {
      error: { message, type: 'invalid_request_error', param: null, code: 'model_not_found' },
    });
  }
  const spec: ChatReplySpec = {
    flavour: 'llama-server',
    // llama-server answers with the model it has loaded whatever the request names.
    model:
      requested !== undefined && config.models.includes(requested) ? requested : (config.models[0] ?? 'test-model'),
    reply: echoOpenAIImages(body, replyFor(record.rawBody, config)),
    reasoningField: config.reasoningField,
    ...(config.reasoning !== undefined ? { reasoning: config.reasoning } : {}),
    ...(config.finishReason !== undefined ? { finishReason: config.finishReason } : {}),
    ...(config.bigReply && !isTitleRequest(record.rawBody) ? { pieces: bigReplyPieces(config.bigReply) } : {}),
  };
  if (request.stream === true && config.ignoreStream) {
    return sendJson(
      res,
      200,
      chatCompletionJson(body, spec),
      config.streamContentType ? { 'Content-Type': config.streamContentType } : {},
    );
  }
  const callTools = config.toolCalls !== undefined && wantsToolCall(request);
  if (request.stream === true) {
    res.writeHead(200, {
      'Content-Type': config.streamContentType ?? 'text/event-stream',
      'X-Accel-Buffering': 'no',
      'Cache-Control': 'no-cache',
    });
    res.flushHeaders();
    return pumpStream(
      ctx,
      callTools ? toolCallStreamPlan(spec.model, config.toolCalls ?? []) : chatStreamPlan(body, spec),
    );
  }
  if (config.holdStream !== false) await ctx.hold();
  if (ctx.signal.aborted) return;
  const json = chatCompletionJson(body, spec);
  if (config.cutAfterChunks !== undefined) return sendTruncatedJson(res, json, config.cutMode);
  return sendJson(res, 200, json);
}

/** The request offers tools and is not already answering a call (its last message is not a tool reply). */
function wantsToolCall(request: { messages?: unknown; tools?: unknown }): boolean {
  if (!Array.isArray(request.tools) || request.tools.length === 0 || !Array.isArray(request.messages)) return false;
  const last: unknown = request.messages.at(-1);
  return !(typeof last === 'object' && last !== null && (last as { role?: unknown }).role === 'tool');
}
