// POST /v1/audio/transcriptions for the OpenAI-compatible test server (Speaches / LocalAI / vLLM style):
// parses the multipart upload for real, validates its fields against OpenAI's CreateTranscriptionRequest
// (spec/), records what arrived for tests, and answers per CreateTranscriptionResponseJson. Switches:
// refuse the audio format (415 or 400 with the accepted list), refuse uploads over a size (413).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { parseMultipart } from './multipart.ts';
import { sendJson, sendText } from './http-replies.ts';
import type { RecordedRequest, ServerContext } from './server-core.ts';

export interface TranscriptionSwitches {
  /** The text every transcription returns (default TRANSCRIPTION_REPLY). */
  transcriptionReply?: string;
  /** Refuse audio whose file extension is not in `accepted`, with this status (faster-whisper says 400, others 415). */
  refuseAudioFormat?: { status: 400 | 415; accepted: string[] };
  /** Refuse uploads bigger than this many bytes with 413. */
  maxAudioBytes?: number;
}

export interface TranscriptionRecord {
  contentType: string;
  /** multipart parsed and fields valid against CreateTranscriptionRequest */
  valid: boolean;
  errors: string[];
  fields: Record<string, string>;
  file?: { filename: string; type: string; size: number };
  model?: string;
}

export const TRANSCRIPTION_REPLY = 'Hello from the test transcriber.';

function loadSchema(file: string): object {
  return JSON.parse(readFileSync(new URL(`./spec/${file}`, import.meta.url), 'utf8')) as object;
}

// coerceTypes: form fields are strings on the wire (temperature "0.2" is a number to the schema)
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, coerceTypes: true });
const validateRequest = ajv.compile(loadSchema('create-transcription-request.schema.json'));
export const validateTranscriptionResponse = new Ajv2020({ strict: false, validateFormats: false }).compile(
  loadSchema('create-transcription-response-json.schema.json'),
);

function describe(error: ErrorObject): string {
  return `${error.instancePath || '(root)'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}

export function isTranscriptionPath(path: string, rootPath: boolean, rootAliases: boolean): boolean {
  return (
    (!rootPath && path === '/v1/audio/transcriptions') ||
    ((rootPath || rootAliases) && path === '/audio/transcriptions')
  );
}

/** What the upload held and whether it follows the schema (run when the request is recorded). */
export function readTranscription(record: Pick<RecordedRequest, 'headers' | 'rawBytes'>): TranscriptionRecord {
  const contentType = record.headers['content-type'] ?? '';
  const parsed = parseMultipart(contentType, record.rawBytes);
  if (!parsed.ok) return { contentType, valid: false, errors: [parsed.reason], fields: {} };
  const { fields, files } = parsed.form;
  const errors: string[] = [];
  const file = files.find((f) => f.name === 'file');
  if (file === undefined) errors.push('no file part named "file"');
  else if (file.bytes.length === 0) errors.push('the file part is empty');
  const extra = files.filter((f) => f.name !== 'file').map((f) => `unexpected file part ${f.name}`);
  errors.push(...extra);
  const candidate: Record<string, unknown> = { ...fields };
  if (file !== undefined) candidate['file'] = file.filename;
  if (!(validateRequest(candidate) as boolean)) errors.push(...(validateRequest.errors ?? []).map(describe));
  const out: TranscriptionRecord = { contentType, valid: errors.length === 0, errors, fields };
  if (file !== undefined) out.file = { filename: file.filename, type: file.type, size: file.bytes.length };
  if (fields['model'] !== undefined) out.model = fields['model'];
  return out;
}

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

export async function transcriptions(ctx: ServerContext<TranscriptionSwitches>): Promise<void> {
  const { res, record, config } = ctx;
  const limit = config.maxAudioBytes;
  if (limit !== undefined && record.rawBytes.length > limit) {
    return sendJson(res, 413, {
      error: {
        message: `Maximum content size limit (${limit}) exceeded (${record.rawBytes.length} bytes read)`,
        type: 'invalid_request_error',
        code: 413,
      },
    });
  }
  const upload = record.transcription ?? readTranscription(record);
  if (!upload.valid) {
    return sendJson(res, 400, {
      error: { message: upload.errors.join('; '), type: 'invalid_request_error', code: 400 },
    });
  }
  const refuse = config.refuseAudioFormat;
  const ext = extensionOf(upload.file?.filename ?? '');
  if (refuse !== undefined && !refuse.accepted.includes(ext)) {
    const message = `Invalid file format. Supported formats: [${refuse.accepted.map((f) => `'${f}'`).join(', ')}]`;
    return sendJson(res, refuse.status, {
      error: { message, type: 'invalid_request_error', param: 'file', code: refuse.status },
    });
  }
  await ctx.hold();
  if (ctx.signal.aborted) return;
  const text = config.transcriptionReply ?? TRANSCRIPTION_REPLY;
  const format = upload.fields['response_format'] ?? 'json';
  if (format === 'text') return sendText(res, 200, text, 'text/plain; charset=utf-8');
  if (format === 'verbose_json') {
    const language = upload.fields['language'] ?? 'english';
    return sendJson(res, 200, { task: 'transcribe', language, duration: 1, text, segments: [] });
  }
  if (format === 'json') return sendJson(res, 200, { text });
  return sendJson(res, 400, {
    error: {
      message: `response_format ${format} is not supported by this test server`,
      type: 'invalid_request_error',
      code: 400,
    },
  });
}
