// Shared diagnosis types: what went wrong (cause), the facts that show it (evidence) and what to do (fixes).
// Plain structured-cloneable objects so they can be stored beside messages and rendered by the UI.
import type { ServerKind } from '../connections/types.ts';

export type DiagnosisCause =
  | 'ok'
  | 'invalid-url'
  | 'listen-address'
  | 'mixed-content'
  | 'lna-insecure-page'
  | 'lna-denied'
  | 'lna-prompt'
  | 'unreachable'
  | 'tls-suspected'
  | 'cors-origin'
  | 'cors-preflight'
  | 'auth'
  | 'redirect'
  | 'quota'
  | 'model-not-found'
  | 'no-models'
  | 'wrong-path'
  | 'bad-request'
  | 'model-cannot-see-images'
  /** the server has no /audio/transcriptions, /audio/speech or /embeddings (or has it turned off) */
  | 'endpoint-missing'
  /** a chat model asked for embeddings, speech or a transcription */
  | 'wrong-model-kind'
  | 'upload-too-large'
  | 'rate-limited'
  | 'loading'
  | 'invalid-host-header'
  | 'server-error'
  | 'http-other'
  | 'web-ui-not-api'
  | 'wrong-mode'
  | 'invalid-response'
  | 'stream-interrupted'
  | 'timeout'
  | 'aborted'
  | 'unknown';

/** error: the request cannot work as is; warning: it may fail; info: nothing to fix (e.g. the user stopped it). */
export type DiagnosisSeverity = 'error' | 'warning' | 'info';

/** Which tab a command belongs to; 'any' = works everywhere a POSIX shell does. */
export type FixPlatform = 'macos' | 'linux' | 'windows' | 'docker' | 'any';

export interface FixCommand {
  label: string;
  /** ready to paste: page origin and server URL already filled in */
  command: string;
  platform?: FixPlatform;
}

export interface Fix {
  title: string;
  text: string;
  commands?: FixCommand[];
}

export interface Diagnosis {
  cause: DiagnosisCause;
  severity: DiagnosisSeverity;
  /** one line, plain words */
  title: string;
  /** observed facts, in the order they were established */
  evidence: string[];
  /** most likely fix first */
  fixes: Fix[];
  /** set when the connection's server kind was unknown and the evidence points at one */
  guessedKind?: ServerKind;
}

/** Outcome of a `mode: 'no-cors'` fetch: opaque, so only "did anything answer" and how fast. */
export interface NoCorsProbeResult {
  url: string;
  answered: boolean;
  ms: number;
  /** no answer within the time limit (a firewall that drops packets looks like this) */
  timedOut?: boolean;
}

/** Outcome of a CORS-mode fetch: `ok` means the browser let the page read the response (any status). */
export interface HttpProbeResult {
  url: string;
  ok: boolean;
  ms: number;
  timedOut?: boolean;
  status?: number;
  /** the first 2 KB of the body */
  body?: string;
  /** only the headers the page may read (CORS-safelisted or exposed), lower-cased names */
  headers?: Record<string, string>;
  /** header names sent with the request (never values) */
  sentHeaders?: string[];
}

export interface ProbeResults {
  /** the URL whose failure is being explained */
  url: string;
  /** `fetch(origin + '/', {mode: 'no-cors'})`: did the server answer at all */
  noCors?: NoCorsProbeResult;
  /** CORS GET of the model list without Authorization or Content-Type: is this origin allowed */
  simpleGet?: HttpProbeResult;
  /** the model list again with the real request headers: does the preflight pass */
  preflight?: HttpProbeResult;
  /** CORS-readable answers from well-known paths (`/`, `/api/version`) used to guess the server kind */
  fingerprints?: HttpProbeResult[];
}
