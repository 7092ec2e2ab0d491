// Connection + ChatRequest → POST {base_url}/api/generate. Pure.
// System messages → `system`; other turns → `prompt` (see transcript.ts); data-URL images → `images`.
// A transcript ending with an assistant turn (Continue) goes raw, with the system prompt inside it.
// Params: known sampling keys → `options.*` under Ollama's names; /api/generate's own top-level fields
// (think, keep_alive, raw, template, suffix, context, format) stay top-level; OpenAI-only keys with no
// equivalent here are dropped with a warning; any other extra key goes into `options` (Modelfile
// parameters such as mirostat or num_gpu).
import { authHeader, type BuiltRequest, type ConnectionTarget } from '../adapter.ts';
import { chatEndpoint } from '../../connections/endpoints.ts';
import { isRecord } from '../../util/is-record.ts';
import { requestParams, wantsStream } from '../merge-params.ts';
import type { ChatMessage, ChatParams, ChatRequest } from '../types.ts';
import { buildTranscript, escapeLabels, type TranscriptTurn } from './transcript.ts';
import { tr } from '../../i18n/active-language.ts';

const TOP_LEVEL = new Set(['think', 'keep_alive', 'raw', 'template', 'suffix', 'context', 'format']);
const UNSUPPORTED = new Set([
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'functions',
  'function_call',
  'n',
  'logit_bias',
  'logprobs',
  'top_logprobs',
  'user',
  'reasoning_effort',
]);
const GENERATE = '/api/generate';
const OURS = new Set(['stream', 'stream_options', 'response_format', 'model', 'messages']);

export function buildChatRequest(target: ConnectionTarget, request: ChatRequest): BuiltRequest {
  const warnings: string[] = [];
  // every answer-length key (max_tokens, max_completion_tokens) arrives as num_predict, the chat's winning
  const params = requestParams(target, request, 'num_predict');
  const { system, turns, images } = splitMessages(request.messages, warnings);

  const body: Record<string, unknown> = { model: request.model, prompt: buildTranscript(turns) };
  if (turns.at(-1)?.role === 'assistant') {
    // Continue: the prompt ends with the partial answer, sent raw (no template), so the model carries on
    // with that text; raw refuses `system`, so the system prompt leads the transcript instead
    body.raw = true;
    if (system !== '') body.prompt = `System: ${escapeLabels(system)}\n\n${body.prompt as string}`;
  } else if (system !== '') body.system = system;
  if (images.length > 0) body.images = images;
  body.stream = wantsStream(params);

  const format = formatFor(params.response_format);
  if (format !== undefined) body.format = format;
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || OURS.has(key)) continue;
    if (UNSUPPORTED.has(key))
      warnings.push(
        tr("{key} is not supported by Ollama's {path} and was not sent", { key: `\`${key}\``, path: GENERATE }),
      );
    else if (TOP_LEVEL.has(key)) body[key] = value;
    else if (key === 'stop') options.stop = typeof value === 'string' ? [value] : value;
    else options[key] = value;
  }
  if (Object.keys(options).length > 0) body.options = options;

  return {
    method: 'POST',
    url: chatEndpoint(target.base_url, target.mode),
    headers: { 'Content-Type': 'application/json', ...authHeader(target.api_key) },
    body: JSON.stringify(body),
    warnings,
  };
}

function splitMessages(messages: readonly ChatMessage[], warnings: string[]) {
  const systems: string[] = [];
  const turns: TranscriptTurn[] = [];
  const images: string[] = [];
  let skippedImages = 0;
  for (const message of messages) {
    let text: string;
    if (typeof message.content === 'string') text = message.content;
    else {
      const texts: string[] = [];
      for (const part of message.content) {
        if (part.type === 'text') texts.push(part.text);
        else {
          const data = base64FromDataUrl(part.image_url.url);
          if (data === undefined) skippedImages++;
          else images.push(data);
        }
      }
      text = texts.join('\n');
    }
    if (message.role === 'system') systems.push(text);
    // tools are not sent here, but a chat that used them on another connection may hold their replies
    else if (message.role === 'tool') turns.push({ role: 'user', text: `Tool result: ${text}` });
    else turns.push({ role: message.role, text });
  }
  if (skippedImages > 0) {
    warnings.push(
      tr(
        {
          one: 'Ollama takes only inline ({kinds}) images; {count} image given by link was not sent',
          other: 'Ollama takes only inline ({kinds}) images; {count} images given by link were not sent',
        },
        { kinds: 'data: URL, base64', count: skippedImages },
      ),
    );
  }
  return { system: systems.join('\n\n'), turns, images };
}

/** `data:image/png;base64,AAAA` → `AAAA`; anything else (http links, non-base64 data URLs) → undefined. */
export function base64FromDataUrl(url: string): string | undefined {
  const match = /^data:[^,]*;base64,(.*)$/is.exec(url.trim());
  return match?.[1] === undefined || match[1] === '' ? undefined : match[1];
}

function formatFor(responseFormat: ChatParams['response_format']): unknown {
  if (!responseFormat) return undefined;
  if (responseFormat.type === 'json_object') return 'json';
  if (responseFormat.type === 'json_schema') {
    const spec = responseFormat.json_schema;
    // OpenAI nests the schema as {name, schema, strict}; accept a bare schema too
    return isRecord(spec) && isRecord(spec.schema) ? spec.schema : spec;
  }
  return undefined;
}
