// Failures of requests beyond chat (speech to text, text to speech, embeddings): a server without the
// endpoint, a model of the wrong kind, audio larger than the server takes, and what a blocked upload's
// CORS facts are (multipart/form-data needs no preflight; an Authorization header does). Returns
// undefined where the general classifier says it as well (auth, quota, a missing model…).
import type { JobCapability } from '../connections/capabilities.ts';
import type { ProviderError } from '../providers/errors.ts';
import { modelKind } from '../providers/index.ts';
import {
  endpointPath,
  isMultipart,
  megabytes,
  preflightedHeaders,
  sizeLimitFrom,
  uploadSizeFrom,
} from './capability-endpoint.ts';
import { endpointMissingFixes, uploadTooLargeFixes, wrongModelKindFixes } from './fixes/index.ts';
import { parseServerMessage } from './response-facts.ts';
import { serverName } from './server-defaults.ts';
import { endpointMissingTitle, servesAtEvidence, uploadFacts, wrongKindTitle } from './capability-texts.ts';
import { tr } from '../i18n/active-language.ts';
import type { DiagnosisScope } from './scope.ts';
import type { Diagnosis, Fix } from './types.ts';

/** Server phrasing for "this model does not do that work" (vLLM, Ollama, LM Studio, Speaches, LocalAI). */
const WRONG_KIND =
  /does not support (the )?(embeddings?|transcriptions?|speech|audio|tts|stt)\b|not an? (embedding|speech|tts|text-to-speech|transcription|whisper|stt|speech-to-text|audio) model|(embeddings?|transcriptions?|speech) (is |are )?not supported (by|for) (this |the )?model/i;

/** llama.cpp without --embeddings: "This server does not support embeddings. Start it with `--embeddings`". */
const EMBEDDINGS_OFF = /start it with `?--embeddings?`?|server does not support embeddings/i;

const TOO_LARGE =
  /too large|too big|exceeds? (the )?(max|maximum|size|limit|allowed)|content size limit|payload too large|request entity too large|max(imum)? (file |upload )?size/i;

function modelOf(error: ProviderError, scope: DiagnosisScope): string | undefined {
  if (scope.requestedModel) return scope.requestedModel;
  try {
    const model = (JSON.parse(error.request.body ?? '') as { model?: unknown } | null)?.model;
    return typeof model === 'string' ? model : undefined;
  } catch {
    return undefined;
  }
}

function make(cause: Diagnosis['cause'], title: string, evidence: string[], fixes: Fix[]): Diagnosis {
  return { cause, severity: 'error', title, evidence, fixes };
}

export function classifyCapabilityHttp(
  error: ProviderError,
  scope: DiagnosisScope,
  cap: JobCapability,
  uploadBytes?: number,
): Diagnosis | undefined {
  const res = error.response;
  if (!res || error.code) return undefined;
  const status = res.status;
  const message = error.serverMessage ?? parseServerMessage(res.body);
  const path = endpointPath(error.request.url);
  const evidence = [
    tr('{method} {url} answered HTTP {status}', {
      method: error.request.method,
      url: error.request.url,
      status: `${status}${res.statusText ? ` ${res.statusText}` : ''}`,
    }),
    message ? tr('The server said: "{message}"', { message }) : tr('The answer carried no error message'),
  ];
  if (status === 401 || status === 403 || status === 402 || status === 429) return undefined;

  if (cap === 'embeddings' && message && EMBEDDINGS_OFF.test(message)) {
    return make(
      'endpoint-missing',
      tr('This server has embeddings turned off'),
      evidence,
      endpointMissingFixes('llamacpp', cap, path),
    );
  }
  if (message && WRONG_KIND.test(message)) {
    const model = modelOf(error, scope);
    const title = wrongKindTitle(cap, model, model === undefined ? cap : modelKind({ id: model }));
    return make('wrong-model-kind', title, evidence, wrongModelKindFixes(cap));
  }
  if (cap === 'transcription' && (status === 413 || (message && TOO_LARGE.test(message)))) {
    const size = uploadBytes ?? uploadSizeFrom(error.request);
    const limit = sizeLimitFrom(message);
    const { fact, title } = uploadFacts(size ? megabytes(size) : undefined, limit ? megabytes(limit) : undefined);
    evidence.push(fact);
    return make('upload-too-large', title, evidence, uploadTooLargeFixes(scope.kind));
  }
  if (status === 404 || status === 405 || status === 501) {
    if (message && /model/i.test(message) && /not found|does not exist|no such|unknown/i.test(message))
      return undefined;
    evidence.push(servesAtEvidence(cap, path));
    return make(
      'endpoint-missing',
      endpointMissingTitle(cap, scopeName(scope), path),
      evidence,
      endpointMissingFixes(scope.kind, cap, path),
    );
  }
  return undefined;
}

function scopeName(scope: DiagnosisScope): string {
  return (scope.kind ?? 'other') === 'other' ? tr('This server') : serverName(scope.kind);
}

/** A blocked request to one of these endpoints: say which of its headers needed a preflight, if any. */
export function withCapabilityCorsFacts(d: Diagnosis, error: ProviderError, cap: JobCapability): Diagnosis {
  if (d.cause !== 'cors-preflight' && d.cause !== 'cors-origin' && d.cause !== 'unknown') return d;
  const headers = preflightedHeaders(error.request);
  const evidence = [...d.evidence];
  let title = d.title;
  if (isMultipart(error.request)) {
    if (headers.length > 0) {
      const names = headers.join(', ');
      const facts = { header: 'Content-Type', type: 'multipart/form-data', names };
      evidence.push(
        /authorization/i.test(names)
          ? tr("The upload's {header} ({type}) needs no preflight, but {names} does (it carries the API key)", facts)
          : tr("The upload's {header} ({type}) needs no preflight, but {names} does", facts),
      );
      if (d.cause === 'cors-preflight') {
        title = tr("The server rejects the preflight for the upload's {names} header", { names });
      }
    } else {
      evidence.push(
        tr(
          'The upload carried only headers that need no preflight ({type}), so the answer itself lacks permission for this page',
          { type: 'multipart/form-data' },
        ),
      );
    }
  } else if (headers.length > 0) {
    evidence.push(
      tr(
        {
          one: 'This request needs a preflight ({method}) for its {names} header',
          other: 'This request needs a preflight ({method}) for its {names} headers',
        },
        { count: headers.length, method: 'OPTIONS', names: headers.join(', ') },
      ),
    );
  }
  const path = endpointPath(error.request.url);
  const fixes: Fix[] = [
    ...d.fixes,
    {
      title: tr('Check that the server has {path}', { path }),
      text: tr(
        'A server without {path} may answer 404 without CORS headers, which the browser reports the same way. {advice}',
        { path, advice: endpointMissingFixes(undefined, cap, path)[0]?.text ?? '' },
      ),
    },
  ];
  return { ...d, title, evidence, fixes };
}
