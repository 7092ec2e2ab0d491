// The diagnosis engine's entry point: a failed request (ProviderError), optional probe results, the
// connection and the page's facts → one Diagnosis with its evidence and fixes. Never reads browser
// error wording; branches on error kind, status, server bodies, page rules and probe outcomes.
import type { ProviderError } from '../providers/errors.ts';
import { redactUrl } from '../providers/index.ts';
import type { PageContext } from './page-context.ts';
import type { Diagnosis, ProbeResults } from './types.ts';
import type { ModelInfo } from '../providers/types.ts';
import type { ConnectionFacts } from './target-url.ts';
import { classifyHttpError, classifyInvalidResponse } from './classify-response.ts';
import { classifyNetwork } from './classify-network.ts';
import { pageEvidence, noCorsEvidence } from './evidence.ts';
import { preflightCheck } from './preflight-check.ts';
import { makeScope, type DiagnosisScope } from './scope.ts';
import { parseHttpUrl } from './target-url.ts';
import { timeoutFixes } from './fixes/index.ts';
import { endpointCapability } from './capability-endpoint.ts';
import { classifyCapabilityHttp, withCapabilityCorsFacts } from './classify-capability.ts';
import { tr } from '../i18n/active-language.ts';

export interface ClassifyInput {
  error?: ProviderError;
  probes?: ProbeResults;
  connection: ConnectionFacts;
  page: PageContext;
  requestedModel?: string;
  /** the connection's model list, to name a better model (e.g. one that takes images) */
  models?: readonly ModelInfo[];
  /** bytes of the file uploaded (speech to text), when the request record does not tell */
  uploadBytes?: number;
}

function classifyTimeout(error: ProviderError, probes: ProbeResults | undefined, scope: DiagnosisScope): Diagnosis {
  if (error.phase === 'request' && probes?.noCors && !probes.noCors.answered) {
    return classifyNetwork(undefined, probes, scope);
  }
  const evidence = [
    error.phase === 'stream'
      ? tr('The answer from {url} started, then stopped arriving before the time limit', { url: error.request.url })
      : tr('{method} {url} got no answer before the time limit', {
          method: error.request.method,
          url: error.request.url,
        }),
  ];
  if (probes?.noCors) evidence.push(noCorsEvidence(probes.noCors));
  return {
    cause: 'timeout',
    severity: 'error',
    title: error.phase === 'stream' ? tr('The server stopped sending') : tr('The server took too long to answer'),
    evidence,
    fixes: timeoutFixes(scope.kind, error.phase),
  };
}

function addGuess(d: Diagnosis, scope: DiagnosisScope): Diagnosis {
  const g = scope.guess;
  if (!g || d.cause === 'ok' || d.cause === 'aborted') return d;
  const line = g.strength === 'port' ? tr('{guess} (a guess from the port alone)', { guess: g.evidence }) : g.evidence;
  const evidence = d.evidence.includes(line) ? d.evidence : [...d.evidence, line];
  return { ...d, guessedKind: d.guessedKind ?? g.kind, evidence };
}

export function classify(input: ClassifyInput): Diagnosis {
  const { error, probes, connection, page } = input;
  const serverUrl = parseHttpUrl(connection.base_url);
  if (!serverUrl || serverUrl.username || serverUrl.password) {
    return (
      preflightCheck(connection.base_url, page) ?? {
        cause: 'invalid-url',
        severity: 'error',
        title: tr('This is not a valid server URL'),
        evidence: [tr('"{url}" is not a usable http(s) URL', { url: redactUrl(connection.base_url) })],
        fixes: [],
      }
    );
  }
  const scope = makeScope({
    conn: connection,
    page,
    serverUrl,
    ...(error ? { error } : {}),
    ...(probes ? { probes } : {}),
    ...(input.requestedModel !== undefined ? { requestedModel: input.requestedModel } : {}),
    ...(input.models ? { models: input.models } : {}),
  });

  // speech to text, text to speech and embeddings have failures of their own (see classify-capability.ts)
  const cap = error ? endpointCapability(error.request.url) : undefined;
  let d: Diagnosis;
  switch (error?.kind) {
    case 'http':
      d = (cap && classifyCapabilityHttp(error, scope, cap, input.uploadBytes)) || classifyHttpError(error, scope);
      break;
    case 'invalid-response':
      d = classifyInvalidResponse(error, scope);
      break;
    case 'aborted':
      d = {
        cause: 'aborted',
        severity: 'info',
        title: tr('Stopped'),
        evidence: [tr('The request to {url} was cancelled', { url: error.request.url })],
        fixes: [],
      };
      break;
    case 'timeout':
      d = classifyTimeout(error, probes, scope);
      break;
    case 'network':
      d = classifyNetwork(error, probes, scope);
      if (cap) d = withCapabilityCorsFacts(d, error, cap);
      break;
    default:
      d = probes
        ? classifyNetwork(undefined, probes, scope)
        : { cause: 'ok', severity: 'info', title: tr('No problem found'), evidence: [pageEvidence(page)], fixes: [] };
  }
  return addGuess(d, scope);
}
