// Explicit network probes that turn an opaque fetch failure into facts: does anything answer (no-cors),
// is this origin allowed (simple CORS GET), do our real headers pass a preflight. (Permission reads are in
// permissions.ts: the chat's first load needs them, not the probes.)
// `fetch` is always injected; every probe has its own AbortSignal.timeout.
import { ollamaVersionEndpoint } from '../connections/endpoints.ts';
import type { PageContext } from './page-context.ts';
import type { HttpProbeResult, NoCorsProbeResult, ProbeResults } from './types.ts';
import { targetAddressSpaceFor, type TargetAddressSpace } from './address-space.ts';
import { modelsUrl, parseHttpUrl, type ConnectionFacts } from './target-url.ts';

/** `typeof fetch` fits, and so does the providers' narrower FetchLike. */
export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export interface ProbeOptions {
  timeoutMs?: number;
  targetAddressSpace?: TargetAddressSpace;
  /** cancels the probe from outside (e.g. the user closes the dialog) */
  signal?: AbortSignal;
}

export const DEFAULT_PROBE_TIMEOUT_MS = 4000;
const BODY_CAP = 2048;
/** Value sent in place of a real key: a preflight only lists header names, so the value never matters. */
export const PROBE_AUTHORIZATION = 'Bearer switchboard-probe';

interface Prepared {
  init: RequestInit;
  timeout: AbortSignal;
}

function prepare(init: RequestInit, options: ProbeOptions): Prepared {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  // `targetAddressSpace` (Local Network Access) is not in TypeScript's RequestInit yet
  const full = {
    ...init,
    signal,
    ...(options.targetAddressSpace ? { targetAddressSpace: options.targetAddressSpace } : {}),
  };
  return { init: full as RequestInit, timeout };
}

async function readStart(res: Response, max = BODY_CAP): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let out = '';
  try {
    while (out.length < max) {
      const { done, value } = await reader.read();
      if (done) break;
      out += value;
    }
  } catch {
    // keep what arrived
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return out.slice(0, max);
}

function readableHeaders(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

function rootOf(originOrUrl: string): string {
  const url = parseHttpUrl(originOrUrl);
  return url ? `${url.origin}/` : originOrUrl;
}

/** `fetch(origin + '/', {mode: 'no-cors'})`: resolves (opaque) whenever the server answered, whatever its CORS. */
export async function noCorsProbe(origin: string, options: ProbeOptions, fetchFn: FetchFn): Promise<NoCorsProbeResult> {
  const url = rootOf(origin);
  const { init, timeout } = prepare(
    { method: 'GET', mode: 'no-cors', cache: 'no-store', credentials: 'omit' },
    options,
  );
  const start = performance.now();
  try {
    await fetchFn(url, init);
    return { url, answered: true, ms: performance.now() - start };
  } catch {
    const ms = performance.now() - start;
    return timeout.aborted ? { url, answered: false, ms, timedOut: true } : { url, answered: false, ms };
  }
}

async function corsFetch(
  url: string,
  init: RequestInit,
  options: ProbeOptions,
  fetchFn: FetchFn,
  sentHeaders: string[],
): Promise<HttpProbeResult> {
  const prepared = prepare({ mode: 'cors', cache: 'no-store', credentials: 'omit', ...init }, options);
  const start = performance.now();
  const base: HttpProbeResult = { url, ok: false, ms: 0 };
  if (sentHeaders.length) base.sentHeaders = sentHeaders;
  try {
    const res = await fetchFn(url, prepared.init);
    const headers = readableHeaders(res);
    const body = await readStart(res);
    return { ...base, ok: true, ms: performance.now() - start, status: res.status, body, headers };
  } catch {
    const ms = performance.now() - start;
    return prepared.timeout.aborted ? { ...base, ms, timedOut: true } : { ...base, ms };
  }
}

/** A CORS GET with no Authorization and no Content-Type: no preflight, so only the origin check applies. */
export function simpleCorsGet(url: string, options: ProbeOptions, fetchFn: FetchFn): Promise<HttpProbeResult> {
  return corsFetch(url, { method: 'GET' }, options, fetchFn, []);
}

/**
 * The same URL with the real request's header names, which forces a preflight. Header values do not
 * matter to a preflight; pass PROBE_AUTHORIZATION rather than a real key.
 */
export function preflightProbe(
  url: string,
  headers: Record<string, string>,
  options: ProbeOptions & { method?: string; body?: string },
  fetchFn: FetchFn,
): Promise<HttpProbeResult> {
  const init: RequestInit = { method: options.method ?? 'GET', headers };
  if (options.body !== undefined) init.body = options.body;
  return corsFetch(
    url,
    init,
    options,
    fetchFn,
    Object.keys(headers).map((h) => h.toLowerCase()),
  );
}

export interface RunProbesOptions extends Omit<ProbeOptions, 'targetAddressSpace'> {
  /** headers for the preflight probe; default Content-Type (+ a placeholder Authorization when a key is set) */
  headers?: Record<string, string>;
  /** read `/` and `/api/version` to recognise the server (default: when the kind is unknown) */
  fingerprints?: boolean;
  /**
   * Run one part only: 'reachability' = the no-cors probe (all a timeout needs; the CORS probes of a
   * hanging URL would only hang too); 'fingerprints' = only read `/` and `/api/version` (which server
   * answered a 404?).
   */
  only?: 'reachability' | 'fingerprints';
}

/** CORS-readable GETs of `/` and `/api/version`, whose answers say which server software this is. */
export function fingerprintProbes(origin: string, options: ProbeOptions, fetchFn: FetchFn): Promise<HttpProbeResult[]> {
  const root = rootOf(origin);
  return Promise.all([root, ollamaVersionEndpoint(root)].map((u) => simpleCorsGet(u, options, fetchFn)));
}

/** No-cors → simple GET → preflight (+ fingerprints), stopping early once a step fails. */
export async function runProbes(
  target: ConnectionFacts & { url?: string },
  ctx: PageContext,
  fetchFn: FetchFn,
  options: RunProbesOptions = {},
): Promise<ProbeResults> {
  const list = modelsUrl(target);
  const server = parseHttpUrl(target.base_url);
  const results: ProbeResults = { url: target.url ?? list };
  if (!server) return results;
  const tas = targetAddressSpaceFor(ctx.hostname, server);
  const opts: ProbeOptions = { ...options, ...(tas ? { targetAddressSpace: tas } : {}) };

  if (options.only === 'fingerprints') {
    results.fingerprints = await fingerprintProbes(server.origin, opts, fetchFn);
    return results;
  }
  results.noCors = await noCorsProbe(server.origin, opts, fetchFn);
  if (!results.noCors.answered || options.only === 'reachability') return results;

  results.simpleGet = await simpleCorsGet(list, opts, fetchFn);
  if (!results.simpleGet.ok) return results;

  const wantPrints = options.fingerprints ?? (target.server_kind === undefined || target.server_kind === 'other');
  const headers = options.headers ?? {
    'Content-Type': 'application/json',
    ...(target.has_api_key ? { Authorization: PROBE_AUTHORIZATION } : {}),
  };
  const [preflight, prints] = await Promise.all([
    preflightProbe(list, headers, opts, fetchFn),
    wantPrints ? fingerprintProbes(server.origin, opts, fetchFn) : Promise.resolve([]),
  ]);
  results.preflight = preflight;
  if (prints.length) results.fingerprints = prints;
  return results;
}
