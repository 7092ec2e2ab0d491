// Classifies a 2xx answer the adapter could not use: a web UI page, the other API mode's format, an empty
// or broken body.
import type { ProviderError } from '../providers/errors.ts';
import type { Diagnosis, DiagnosisCause, Fix } from './types.ts';
import type { DiagnosisScope } from './scope.ts';
import { bodyShape } from './response-facts.ts';
import { trimSlashes } from './target-url.ts';
import { invalidResponseFixes, webUiFixes, wrongModeFixes } from './fixes/index.ts';
import { tr } from '../i18n/active-language.ts';

function make(cause: DiagnosisCause, title: string, evidence: string[], fixes: Fix[]): Diagnosis {
  return { cause, severity: 'error', title, evidence, fixes };
}

/** A 2xx answer the adapter could not use. */
export function classifyInvalidResponse(error: ProviderError, scope: DiagnosisScope): Diagnosis {
  const res = error.response;
  const shape = bodyShape(res?.body, res?.headers['content-type']);
  const base = trimSlashes(scope.conn.base_url);
  const request = { method: error.request.method, url: error.request.url };
  const evidence = [
    res
      ? tr('{method} {url} answered HTTP {status}, but not in the expected format', {
          ...request,
          status: String(res.status),
        })
      : tr('{method} {url} answered, but not in the expected format', request),
  ];
  const isOllamaMode = scope.conn.mode === 'ollama';

  if (shape === 'html') {
    evidence.push(tr('The answer is an HTML page'));
    const title = tr('This URL is a web page, not the API');
    return make('web-ui-not-api', title, evidence, webUiFixes(scope.kind, base));
  }
  if (!isOllamaMode && (shape === 'ollama-tags' || shape === 'ollama-chat' || shape === 'ndjson')) {
    evidence.push(
      shape === 'ollama-tags'
        ? tr('The body is an {server} model list ({shape})', { server: 'Ollama', shape: '{"models": […]}' })
        : tr("The body is in {server}'s native format", { server: 'Ollama' }),
    );
    const d = make(
      'wrong-mode',
      tr('The server speaks the {server} API, but this connection uses {mode} mode', {
        server: 'Ollama',
        mode: 'OpenAI',
      }),
      evidence,
      wrongModeFixes('ollama', scope.serverUrl.origin),
    );
    if (scope.guessable) d.guessedKind = 'ollama';
    return d;
  }
  if (isOllamaMode && (shape === 'openai-list' || shape === 'openai-chat' || shape === 'sse')) {
    evidence.push(
      shape === 'openai-list'
        ? tr('The body is an {server} model list ({shape})', {
            server: 'OpenAI',
            shape: '{"object": "list", "data": […]}',
          })
        : tr("The body is in {server}'s format", { server: 'OpenAI' }),
    );
    const suggested = /\/v1$/.test(base) ? base : `${base}/v1`;
    return make(
      'wrong-mode',
      tr('The server speaks the {server} API, but this connection uses {mode} mode', {
        server: 'OpenAI',
        mode: 'Ollama',
      }),
      evidence,
      wrongModeFixes('openai', suggested),
    );
  }
  // a stream stopped part-way (a line without end, a broken record) keeps no body: its own message is the evidence
  if (shape === 'empty' && error.phase === 'stream') evidence.push(error.message);
  else evidence.push(shape === 'empty' ? tr('The body was empty') : tr('The body looks like {shape}', { shape }));
  const title = tr('The server answered in an unexpected format');
  return make('invalid-response', title, evidence, invalidResponseFixes());
}
