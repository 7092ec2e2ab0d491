// Classifies failures where an HTTP answer arrived: non-2xx statuses and error objects inside 2xx bodies (from
// status, the server's own error body and code). A 2xx body of the wrong shape: classify-invalid-response.ts.
import type { ProviderError } from '../providers/errors.ts';
import type { Diagnosis, DiagnosisCause, Fix } from './types.ts';
import type { DiagnosisScope } from './scope.ts';
import { bodyShape, parseErrorCode, parseNumericErrorCode, parseServerMessage } from './response-facts.ts';
import { classifyVisionRefusal } from './classify-vision.ts';
import { alternativeBaseUrls, hasDoubledV1, trimSlashes } from './target-url.ts';
import {
  authFixes,
  badRequestFixes,
  hostHeaderFixes,
  invalidUrlFixes,
  loadingFixes,
  modelNotFoundFixes,
  ollamaInOpenAiModeFixes,
  quotaFixes,
  redirectFixes,
  rateLimitFixes,
  serverErrorFixes,
  wrongPathFixes,
} from './fixes/index.ts';
import { tr } from '../i18n/active-language.ts';

const MISSING =
  /not found|does not exist|doesn't exist|not exist|no such|unknown model|not available|not loaded|invalid model/i;

function modelFromRequest(error: ProviderError): string | undefined {
  try {
    const body: unknown = JSON.parse(error.request.body ?? '');
    const model = (body as { model?: unknown } | null)?.model;
    return typeof model === 'string' ? model : undefined;
  } catch {
    return undefined;
  }
}

function mentionsMissingModel(
  message: string | undefined,
  code: string | undefined,
  model: string | undefined,
): boolean {
  if (code === 'model_not_found') return true;
  if (!message || !MISSING.test(message)) return false;
  return /\bmodel\b/i.test(message) || (model !== undefined && message.includes(model));
}

function statusLine(error: ProviderError): string {
  const r = error.response;
  const text = r?.statusText ? ` ${r.statusText}` : '';
  return tr('{method} {url} answered HTTP {status}', {
    method: error.request.method,
    url: error.request.url,
    status: `${r?.status ?? '?'}${text}`,
  });
}

function make(cause: DiagnosisCause, title: string, evidence: string[], fixes: Fix[]): Diagnosis {
  return { cause, severity: 'error', title, evidence, fixes };
}

function missingKey(error: ProviderError, scope: DiagnosisScope): Diagnosis {
  const evidence = [
    tr('{method} {url} was not sent: this connection has no API key and the server needs one', {
      method: error.request.method,
      url: error.request.url,
    }),
  ];
  return make('auth', tr('This connection needs an API key'), evidence, authFixes(scope.kind, 401, false));
}

/** http.ts refused to send: the URL was not absolute http(s), or carried credentials (stripped from the record). */
function unsendableUrl(error: ProviderError): Diagnosis {
  const url = error.request.url;
  let reason: 'unparsable' | 'scheme' | 'credentials' = 'credentials';
  try {
    const protocol = new URL(url).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') reason = 'scheme';
  } catch {
    reason = 'unparsable';
  }
  const evidence = [
    tr('{method} {url} was not sent: it is not a full {http} or {https} address without a user name or password', {
      method: error.request.method,
      url,
      http: 'http://',
      https: 'https://',
    }),
  ];
  return make('invalid-url', tr('This is not a valid server URL'), evidence, invalidUrlFixes(url, reason));
}

/** http.ts did not follow a redirect of a request that carried an API key. */
function refusedRedirect(error: ProviderError): Diagnosis {
  const evidence = [
    tr('{method} {url} was answered with a redirect to another address', {
      method: error.request.method,
      url: error.request.url,
    }),
    tr('The request carried an API key, so the redirect was not followed: nothing was sent to the other address'),
  ];
  return make(
    'redirect',
    tr('The server redirects this request elsewhere'),
    evidence,
    redirectFixes(error.request.url),
  );
}

/** An error object inside a 2xx answer (SSE `data: {"error"}`, Ollama's `{"error"}` line). */
function inBodyEvidence(error: ProviderError): string {
  const params = {
    method: error.request.method,
    url: error.request.url,
    status: String(error.response?.status ?? 200),
  };
  return error.phase === 'stream'
    ? tr('{method} {url} answered HTTP {status}, then reported an error in the middle of the answer', params)
    : tr('{method} {url} answered HTTP {status}, then reported an error in its body', params);
}

export function classifyHttpError(error: ProviderError, scope: DiagnosisScope): Diagnosis {
  if (error.code === 'missing-api-key') return missingKey(error, scope);
  if (error.code === 'invalid-url') return unsendableUrl(error);
  if (error.code === 'redirect') return refusedRedirect(error);
  const res = error.response;
  const inBody = res !== undefined && res.status >= 200 && res.status < 300;
  // inside a 2xx body, the status that counts is the one vLLM/llama.cpp put in error.code (0 = none)
  const status = inBody ? (parseNumericErrorCode(res.body) ?? 0) : (res?.status ?? 0);
  const contentType = res?.headers['content-type'];
  const message = error.serverMessage ?? parseServerMessage(res?.body);
  const code = parseErrorCode(res?.body);
  const model = scope.requestedModel ?? modelFromRequest(error);
  const evidence = [
    inBody ? inBodyEvidence(error) : statusLine(error),
    message ? tr('The server said: "{message}"', { message }) : tr('The answer carried no error message'),
  ];
  const { kind, serverUrl } = scope;

  if (status === 401 || status === 403) {
    evidence.push(scope.sentKey ? tr('The request carried an API key') : tr('The request carried no API key'));
    return make(
      'auth',
      status === 401 ? tr('The server wants a valid API key') : tr('The server refused access (403)'),
      evidence,
      authFixes(kind, status, scope.sentKey),
    );
  }
  if (status === 402 || code === 'insufficient_quota') {
    return make('quota', tr('The account is out of credit or quota'), evidence, quotaFixes(kind));
  }
  if (status === 429) {
    const retryAfter = res?.headers['retry-after'];
    if (retryAfter) evidence.push(`Retry-After: ${retryAfter}`);
    return make(
      'rate-limited',
      tr('Too many requests: the server is rate limiting'),
      evidence,
      rateLimitFixes(kind, retryAfter),
    );
  }
  const vision = classifyVisionRefusal(error, scope, { status, message, code, model }, evidence);
  if (vision) return vision;
  if (
    (status === 404 || status === 400 || status === 422 || status === 0) &&
    mentionsMissingModel(message, code, model)
  ) {
    return make(
      'model-not-found',
      model ? tr('The server has no model "{model}"', { model }) : tr('The server does not know this model'),
      evidence,
      modelNotFoundFixes(kind, model, serverUrl),
    );
  }
  if ((status === 404 || status === 405) && scope.conn.mode !== 'ollama' && scope.seen?.kind === 'ollama') {
    return ollamaInOpenAiMode(error, scope, evidence, scope.seen.evidence);
  }
  if (status === 404 || status === 405) {
    const doubled = hasDoubledV1(error.request.url);
    if (doubled) evidence.push(tr('The request URL contains {path}', { path: '/v1/v1' }));
    if (bodyShape(res?.body, contentType) === 'html') evidence.push(tr('The 404 answer is an HTML page'));
    const title = doubled
      ? tr('The URL has {path} twice', { path: '/v1' })
      : tr('Nothing at this path on the server (HTTP {status})', { status: String(status) });
    return make(
      'wrong-path',
      title,
      evidence,
      wrongPathFixes(scope.conn.mode, trimSlashes(scope.conn.base_url), alternativeBaseUrls(scope.conn), doubled),
    );
  }
  if (status === 400 && message && /invalid host/i.test(message)) {
    return make(
      'invalid-host-header',
      tr('The server rejected the host name in the URL'),
      evidence,
      hostHeaderFixes(serverUrl),
    );
  }
  if ((status === 503 || status === 0) && /loading/i.test(message ?? (status === 503 ? (res?.body ?? '') : ''))) {
    return make('loading', tr('The model is still loading'), evidence, loadingFixes(kind));
  }
  if (
    status === 400 ||
    status === 413 ||
    status === 422 ||
    (status === 0 && message && /does not support/i.test(message))
  ) {
    const title =
      status === 413 ? tr('The request is too large for the server') : tr('The server rejected the request');
    return make('bad-request', title, evidence, badRequestFixes(message));
  }
  if (status === 0) {
    return make('server-error', tr('The server reported an error'), evidence, [
      {
        title: tr("Read the server's message"),
        text: message
          ? tr("The message above says what went wrong. Check the server's log, then retry.")
          : tr("It gave no details. Check the server's log, then retry."),
      },
    ]);
  }
  if (status >= 500) {
    const failed = tr('The server failed (HTTP {status})', { status: String(status) });
    return make('server-error', failed, evidence, serverErrorFixes(kind, status));
  }
  return make('http-other', tr('The server answered HTTP {status}', { status: String(status) }), evidence, [
    {
      title: tr("Read the server's message"),
      text: tr('This status is unusual for an LLM API; the message above says more.'),
    },
  ]);
}

/** OpenAI mode got a 404 from a server whose root says it is Ollama (no /v1 layer, or a wrong path). */
function ollamaInOpenAiMode(error: ProviderError, scope: DiagnosisScope, evidence: string[], seen: string): Diagnosis {
  const origin = scope.serverUrl.origin;
  const triedV1 = error.request.url.startsWith(`${origin}/v1/`);
  const d = make(
    'wrong-mode',
    tr('This server is {server}: use {server} mode', { server: 'Ollama' }),
    [...evidence, seen],
    ollamaInOpenAiModeFixes(origin, triedV1),
  );
  if (scope.guessable) d.guessedKind = 'ollama';
  return d;
}

export { classifyInvalidResponse } from './classify-invalid-response.ts';
