// Guesses which server software answered, from what the page could read (bodies of CORS-readable
// probes, exposed headers) and, more weakly, from the host and default port. No-cors answers are opaque,
// so they never contribute. Each guess carries the evidence sentence that justifies it.
import type { ServerKind } from '../connections/types.ts';
import { isOllamaVersionPath } from '../connections/endpoints.ts';
import type { HttpProbeResult, ProbeResults } from './types.ts';
import { kindsForPort, serverName, urlPort } from './server-defaults.ts';
import { parseHttpUrl } from './target-url.ts';
import { tr } from '../i18n/active-language.ts';

export interface KindGuess {
  kind: ServerKind;
  evidence: string;
  /** 'body' = the server said so; 'port' = only its default port matches */
  strength: 'body' | 'host' | 'port';
}

interface ReadableAnswer {
  url: string;
  status?: number;
  body?: string;
  headers?: Record<string, string>;
}

// `owned_by` values in /v1/models that only one server uses
const OWNED_BY: [string, ServerKind][] = [
  ['llamacpp', 'llamacpp'],
  ['koboldcpp', 'koboldcpp'],
  ['vllm', 'vllm'],
  ['organization_owner', 'lmstudio'],
  ['library', 'ollama'],
];

function fromAnswer(a: ReadableAnswer): KindGuess | undefined {
  const body = a.body ?? '';
  const path = parseHttpUrl(a.url)?.pathname ?? '';
  const say = (kind: ServerKind, evidence: string): KindGuess => ({ kind, strength: 'body', evidence });
  const of = (kind: ServerKind, extra: Record<string, string> = {}) => ({
    url: a.url,
    server: serverName(kind),
    ...extra,
  });
  if (/^\s*Ollama is running/.test(body)) {
    return say(
      'ollama',
      tr('{url} answered "{text}", which is what {server} does', of('ollama', { text: 'Ollama is running' })),
    );
  }
  if (isOllamaVersionPath(path) && a.status === 200 && /^\s*\{\s*"version"\s*:\s*"\d/.test(body)) {
    return say('ollama', tr('{url} answered with a version number, which is what {server} does', of('ollama')));
  }
  const server = a.headers?.['server'] ?? '';
  const sent = (kind: ServerKind, header: string) =>
    say(kind, tr('{url} sent "{header}", which is what {server} does', of(kind, { header })));
  if (/llama\.cpp/i.test(server)) return sent('llamacpp', `Server: ${server}`);
  if (/KoboldServer|koboldcpp/i.test(server)) return sent('koboldcpp', `Server: ${server.trim()}`);
  if (/HTTP Server is running, but this endpoint does not exist/.test(body)) {
    return say(
      'koboldcpp',
      tr("{url} answered KoboldCpp's unknown-endpoint text, which is what {server} does", of('koboldcpp')),
    );
  }
  for (const [owner, kind] of OWNED_BY) {
    if (new RegExp(`"owned_by"\\s*:\\s*"${owner}"`).test(body)) {
      return say(kind, tr('{url} lists models owned by "{owner}", which is what {server} does', of(kind, { owner })));
    }
  }
  if (/^\s*\{\s*"models"\s*:\s*\[/.test(body) && /"object"\s*:\s*"list"/.test(body)) {
    return say(
      'llamacpp',
      tr('{url} returned both an Ollama and an OpenAI model list, which is what {server} does', of('llamacpp')),
    );
  }
  if (/"canonical_slug"\s*:/.test(body)) {
    return say(
      'openrouter',
      tr('{url} lists models with canonical slugs, which is what {server} does', of('openrouter')),
    );
  }
  return undefined;
}

function fromUrl(value: string): KindGuess | undefined {
  const url = parseHttpUrl(value);
  if (!url) return undefined;
  const host = url.hostname;
  if (host === 'api.openai.com')
    return { kind: 'openai', strength: 'host', evidence: tr("{host} is OpenAI's API host", { host }) };
  if (host === 'openrouter.ai' || host.endsWith('.openrouter.ai')) {
    return { kind: 'openrouter', strength: 'host', evidence: tr("{host} is OpenRouter's host", { host }) };
  }
  const port = urlPort(url);
  // llama-server is moving its default to 9931
  const kinds: ServerKind[] = port === 9931 ? ['llamacpp'] : kindsForPort(port);
  const only = kinds.length === 1 ? kinds[0] : undefined;
  if (only) {
    return {
      kind: only,
      strength: 'port',
      evidence: tr("Port {port} is {server}'s default port", { port: String(port), server: serverName(only) }),
    };
  }
  return undefined;
}

function answersOf(probes: ProbeResults | undefined): HttpProbeResult[] {
  if (!probes) return [];
  return [...(probes.fingerprints ?? []), probes.simpleGet, probes.preflight].filter(
    (p): p is HttpProbeResult => p !== undefined && p.ok,
  );
}

/** Strongest guess first: readable bodies and headers, then well-known hosts, then a unique default port. */
export function guessKind(input: {
  url?: string;
  probes?: ProbeResults;
  response?: ReadableAnswer;
}): KindGuess | undefined {
  const answers: ReadableAnswer[] = [...answersOf(input.probes)];
  if (input.response) answers.unshift(input.response);
  for (const a of answers) {
    const g = fromAnswer(a);
    if (g) return g;
  }
  return input.url ? fromUrl(input.url) : undefined;
}
