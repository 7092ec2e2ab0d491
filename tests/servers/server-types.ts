// Types shared by the test servers: the misbehaviour switches and the shape of a recorded request.
import type { ChatRequestValidation } from './validate-openai-request.ts';
import type { TranscriptionRecord } from './openai-audio-transcriptions.ts';

export type CorsMode = 'normal' | 'none' | 'reject-preflight' | 'star';

export interface StatusOverride {
  code: number;
  /** Response body; objects are sent as JSON. Defaults to the server's own error shape. */
  body?: unknown;
  /** Only requests to this exact path get the override (default: every non-preflight request). */
  path?: string;
  headers?: Record<string, string>;
}

/** Misbehaviour switches shared by every test server; all can be changed at runtime with behave(). */
export interface Misbehaviour {
  /** 'normal' = the real server's CORS rules; 'none' = no CORS headers at all; 'reject-preflight' =
   *  OPTIONS answered with an error and no CORS headers; 'star' = ACAO * and mirrored request headers. */
  cors: CorsMode;
  /** Overrides Access-Control-Allow-Headers on preflights (e.g. ['Content-Type'] to refuse Authorization). */
  allowedHeaders?: string[];
  /** When set, every request except preflights (and /health on openai) needs `Authorization: Bearer <key>`. */
  requireKey?: string;
  /** Whether the 401 carries CORS headers (default true; false = a proxy/auth layer that answers first). */
  keyErrorCors: boolean;
  /** Delay before each streamed chunk after the first. */
  chunkDelayMs: number;
  /** Send content chunks in bursts: `chunks` back to back, then silence for `gapMs` (on top of chunkDelayMs). */
  burst?: { chunks: number; gapMs: number };
  /** Send this many content chunks, then cut the stream (no [DONE] / done:true). */
  cutAfterChunks?: number;
  /** 'destroy' kills the socket mid-body (network error in the browser); 'end' ends the body cleanly. */
  cutMode: 'destroy' | 'end';
  /** Insert a garbage line after the first content chunk (true = a default one, string = that line). */
  malformedLines: boolean | string;
  /** After N content chunks send the server's mid-stream error record and end the body. */
  midStreamError?: { afterChunks: number; message: string };
  /** Serve an HTML web-UI page with 200 at every path, or only at this path (CORS headers still follow `cors`). */
  html: boolean | string;
  status?: StatusOverride;
  /** Accept the request and never answer (true = every path, string = only that path). */
  hang: boolean | string;
  /** Pause a stream after N content chunks (true = 1) until release(); non-stream replies wait whole. */
  holdStream: boolean | number;
  /** After N content chunks, send one line that never ends: 1 MB pieces without a line break until the client goes. */
  endlessLineAfterChunks?: number;
  /** After N content chunks, send a text chunk whose JSON string holds invalid UTF-8 bytes (FF FE) between "bad" and "bytes". */
  invalidUtf8AfterChunks?: number;
  /** After N content chunks, go silent for `ms` (then carry on), or until the client goes. */
  pause?: { afterChunks: number; ms: number };
  /** Leave out the terminal marker: `data: [DONE]` (OpenAI, the finish_reason is still sent) or the done:true line (Ollama). */
  omitTerminal: boolean;
  /** Content-Type sent on streamed replies instead of the real one (a lying header). */
  streamContentType?: string;
  /** Answer a stream:true request with one whole JSON reply (under streamContentType when set). */
  ignoreStream: boolean;
  /** Replace the reply with a generated answer of about this many bytes, in pieces of `pieceChars` (default 1000). */
  bigReply?: { bytes: number; pieceChars?: number };
  /** The answer to the app's automatic-title request (title-requests.ts); default '' (no title). */
  titleReply?: string;
  /** Send model lists with `Cache-Control: max-age=<this>` (a proxy or CDN in front of the server). */
  modelsMaxAge?: number;
}

export const defaultMisbehaviour: Misbehaviour = {
  cors: 'normal',
  keyErrorCors: true,
  chunkDelayMs: 0,
  cutMode: 'destroy',
  malformedLines: false,
  html: false,
  hang: false,
  holdStream: false,
  omitTerminal: false,
  ignoreStream: false,
};

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Path plus query string, as received. */
  url: string;
  /** Lower-case header names, values as sent (test keys are fake, so nothing is redacted here). */
  headers: Record<string, string>;
  origin: string | undefined;
  host: string | undefined;
  rawBody: string;
  /** The body as received, byte for byte (multipart uploads carry binary parts). */
  rawBytes: Buffer;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  json: unknown;
  /** Date.now() when the body had fully arrived. */
  time: number;
  /** Set by the OpenAI-compatible servers on chat-completion requests. */
  validation?: ChatRequestValidation;
  /** Set by the OpenAI-compatible server on /audio/transcriptions requests. */
  transcription?: TranscriptionRecord;
}
