// A streamed tool call the way llama-server (started with --jinja) sends one: a role-only first chunk with
// content:null, then per call a chunk with index, id, type and function.name (arguments ""), then the
// arguments in small fragments cut mid-string, then an empty delta with finish_reason "tool_calls".
import { randomBytes } from 'node:crypto';
import type { Frame, StreamPlan } from './stream-pump.ts';

export interface PlannedToolCall {
  name: string;
  /** the arguments' JSON text (sent as given, so a test can send invalid JSON too) */
  arguments: string;
}

/** Arguments fragment length: short, so every call's text is cut inside strings and keys. */
const FRAGMENT = 5;

const sse = (value: unknown): string => `data: ${JSON.stringify(value)}\n\n`;

export function toolCallStreamPlan(model: string, calls: readonly PlannedToolCall[]): StreamPlan {
  const id = 'chatcmpl-' + randomBytes(12).toString('hex');
  const created = Math.floor(Date.now() / 1000);
  const envelope = (delta: Record<string, unknown>, finish: string | null = null) => ({
    choices: [{ finish_reason: finish, index: 0, delta }],
    created,
    id,
    model,
    system_fingerprint: 'b1-test',
    object: 'chat.completion.chunk',
  });
  const frames: Frame[] = [{ kind: 'head', data: sse(envelope({ role: 'assistant', content: null })) }];
  calls.forEach((call, index) => {
    const callId = `call_${randomBytes(6).toString('hex')}`;
    const head = { index, id: callId, type: 'function', function: { name: call.name, arguments: '' } };
    frames.push({ kind: 'content', data: sse(envelope({ tool_calls: [head] })) });
    for (let at = 0; at < call.arguments.length; at += FRAGMENT) {
      const piece = { index, function: { arguments: call.arguments.slice(at, at + FRAGMENT) } };
      frames.push({ kind: 'content', data: sse(envelope({ tool_calls: [piece] })) });
    }
  });
  frames.push({ kind: 'tail', data: sse(envelope({}, 'tool_calls')) });
  frames.push({ kind: 'tail', terminal: true, data: 'data: [DONE]\n\n' });
  return {
    frames,
    separator: '\n\n',
    garbage: 'data: {"choices":[{"delta":{"tool_calls":\n\n',
    textFrame: (text) => sse(envelope({ content: text })),
    errorFrame: (message) => sse({ error: { code: 500, message, type: 'server_error' } }),
  };
}

/** Refusals of an image by a model that cannot see, in each server's error shape. */
export const VISION_REFUSALS = {
  /** llama-server without --mmproj: HTTP 500 */
  llamaServer: {
    code: 500,
    body: {
      error: {
        code: 500,
        message: 'image input is not supported - hint: if this is unexpected, you may need to provide the mmproj',
        type: 'server_error',
      },
    },
  },
  /** Ollama: HTTP 400 with its {"error": "..."} shape */
  ollama: { code: 400, body: { error: 'this model does not support image input' } },
} as const;
