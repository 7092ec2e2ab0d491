// Classifies failures with no readable answer (the browser's opaque TypeError). Decides from facts only:
// first the page rules (mixed content, Local Network Access), then the probes: did anything answer
// (no-cors), is this origin allowed (simple GET), do our real headers pass the preflight.
import type { ProviderError } from '../providers/errors.ts';
import type { Diagnosis, ProbeResults } from './types.ts';
import type { DiagnosisScope } from './scope.ts';
import { classifyHost, isIpLiteral } from './address-space.ts';
import { noCorsEvidence, pageEvidence, preflightEvidence, simpleGetEvidence, targetEvidence } from './evidence.ts';
import { LNA_CAUSES, preflightChecks } from './preflight-check.ts';
import { serverName } from './server-defaults.ts';
import {
  corsOriginFixes,
  corsPreflightFixes,
  streamInterruptedFixes,
  tlsFixes,
  unreachableFixes,
} from './fixes/index.ts';
import { tr } from '../i18n/active-language.ts';

const SIMPLE_HEADERS = ['accept', 'accept-language', 'content-language'];

function wasSimpleRequest(error: ProviderError | undefined): boolean {
  if (!error) return false;
  const method = error.request.method.toUpperCase();
  const headers = Object.keys(error.request.headers).map((h) => h.toLowerCase());
  return (method === 'GET' || method === 'HEAD') && headers.every((h) => SIMPLE_HEADERS.includes(h));
}

function failureEvidence(error: ProviderError | undefined): string[] {
  if (!error) return [];
  const out = [
    tr('{method} {url} failed before any answer could be read', {
      method: error.request.method,
      url: error.request.url,
    }),
  ];
  if (error.cause) {
    out.push(
      tr('The browser reported: {message} (the wording differs per browser and is not used)', { message: error.cause }),
    );
  }
  return out;
}

function unreachableOrTls(scope: DiagnosisScope, evidence: string[]): Diagnosis {
  const url = scope.serverUrl;
  const local = classifyHost(url.hostname) !== 'public' || isIpLiteral(url.hostname);
  if (url.protocol === 'https:' && local) {
    evidence.push(
      tr('https to a local address or IP usually means a self-signed certificate, which the browser rejects silently'),
    );
    return {
      cause: 'tls-suspected',
      severity: 'error',
      title: tr('The certificate of {host} is probably not trusted', { host: url.host }),
      evidence,
      fixes: [...tlsFixes(url), ...unreachableFixes(scope.kind, url, scope.checkUrl)],
    };
  }
  return {
    cause: 'unreachable',
    severity: 'error',
    title: tr('Nothing answered at {host}', { host: url.host }),
    evidence,
    fixes: unreachableFixes(scope.kind, url, scope.checkUrl),
  };
}

export function classifyNetwork(
  error: ProviderError | undefined,
  probes: ProbeResults | undefined,
  scope: DiagnosisScope,
): Diagnosis {
  const name = serverName(scope.kind);
  if (error?.phase === 'stream') {
    return {
      cause: 'stream-interrupted',
      severity: 'error',
      title: tr('The connection dropped in the middle of the answer'),
      evidence: [tr('The status and headers had arrived before the failure'), ...failureEvidence(error)],
      fixes: streamInterruptedFixes(scope.kind),
    };
  }

  const failed = failureEvidence(error);
  // the page rules depend on the server's origin only, but their fixes suggest a new base URL, so they
  // must see the base URL, not the endpoint that failed (…/v1/models)
  const checks = preflightChecks(scope.conn.base_url, scope.page);
  const refuted = probes?.noCors?.answered ? checks.filter((d) => LNA_CAUSES.has(d.cause)) : [];
  const all = checks.filter((d) => !refuted.includes(d));
  const statics = all.filter((d) => d.severity !== 'info');
  const prompt = all.find((d) => d.cause === 'lna-prompt');
  const hard = statics.find((d) => d.severity === 'error');
  if (hard) return { ...hard, evidence: [...hard.evidence, ...failed] };
  const soft = statics[0];

  const evidence = [pageEvidence(scope.page), targetEvidence(scope.serverUrl), ...failed];
  if (!probes) {
    if (soft) return { ...soft, severity: 'error', evidence: [...soft.evidence, ...failed] };
    return {
      cause: 'unknown',
      severity: 'error',
      title: tr('The browser could not complete the request to {host}', { host: scope.serverUrl.host }),
      evidence: [...evidence, tr('No probes were run, so the cause is not yet known')],
      fixes: [
        {
          title: tr('Run "Test connection"'),
          text: tr('It checks step by step whether the server answers, allows this page, and accepts our headers.'),
        },
        ...unreachableFixes(scope.kind, scope.serverUrl, scope.checkUrl).slice(0, 1),
        ...corsOriginFixes(scope.kind, scope.origin, scope.serverUrl, scope.checkUrl).slice(0, 1),
      ],
    };
  }

  if (probes.noCors) evidence.push(noCorsEvidence(probes.noCors));
  if (refuted.length) {
    evidence.push(
      tr(
        'That probe got through, so local network access did not block it: the browser does not treat {host} as a public site',
        { host: scope.page.hostname },
      ),
    );
  }
  if (probes.noCors && !probes.noCors.answered) {
    if (soft)
      return { ...soft, severity: 'error', evidence: [...soft.evidence, ...failed, noCorsEvidence(probes.noCors)] };
    const d = unreachableOrTls(scope, evidence);
    if (!prompt) return d;
    // a dismissed LNA prompt leaves the state at 'prompt' and fails the request like a dead server
    d.evidence.push(
      tr('Local network access permission is still "prompt": a dismissed prompt also blocks the request'),
    );
    return { ...d, fixes: [...d.fixes, ...prompt.fixes] };
  }

  const simple = probes.simpleGet;
  if (simple) evidence.push(simpleGetEvidence(simple));
  if (simple && !simple.ok) {
    if (simple.timedOut) return unreachableOrTls(scope, evidence);
    evidence.push(tr('Servers that leave CORS headers off error answers (e.g. 401 or 404) also land here'));
    return {
      cause: 'cors-origin',
      severity: 'error',
      title:
        scope.kind === undefined || scope.kind === 'other'
          ? tr('The server does not allow requests from {origin}', { origin: scope.origin })
          : tr('{server} does not allow requests from {origin}', { server: name, origin: scope.origin }),
      evidence,
      fixes: corsOriginFixes(scope.kind, scope.origin, scope.serverUrl, scope.checkUrl),
    };
  }

  const pre = probes.preflight;
  if (pre) evidence.push(preflightEvidence(pre));
  const sentHeaders = pre?.sentHeaders ?? Object.keys(error?.request.headers ?? {}).map((h) => h.toLowerCase());
  if (simple?.ok && (pre ? !pre.ok : error !== undefined && !wasSimpleRequest(error))) {
    return {
      cause: 'cors-preflight',
      severity: 'error',
      title: tr('The server allows this page, but rejects the preflight for our request headers'),
      evidence,
      fixes: corsPreflightFixes(scope.kind, scope.origin, sentHeaders, scope.sentKey),
    };
  }

  if (!error && (probes.noCors?.answered ?? true) && (simple?.ok ?? true) && (pre?.ok ?? true)) {
    return {
      cause: 'ok',
      severity: 'info',
      title: tr('{host} answers and allows this page', { host: scope.serverUrl.host }),
      evidence,
      fixes: [],
    };
  }
  return {
    cause: 'unknown',
    severity: 'error',
    title: tr('The probes got through, but the request failed'),
    evidence: [...evidence, tr('Every probe reached the server, so CORS and reachability look fine')],
    fixes: [
      { title: tr('Retry'), text: tr('The failure may have been temporary (server restart, network change).') },
      {
        title: tr('Check extensions and proxies'),
        text: tr(
          'An ad blocker, privacy extension or company proxy can block or cut requests, or a proxy may reject large bodies without CORS headers.',
        ),
      },
    ],
  };
}
