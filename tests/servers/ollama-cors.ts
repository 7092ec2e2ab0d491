// Ollama's CORS and Host rules (envconfig AllowedOrigins, gin-contrib/cors with wildcards, and the
// allowedHostsMiddleware DNS-rebinding guard), as pure functions of the request's Origin and Host.
import { isIP } from 'node:net';
import { hostname } from 'node:os';

/** Headers Ollama's preflight allows (server/routes.go). */
export const OLLAMA_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'User-Agent',
  'Accept',
  'X-Requested-With',
  'OpenAI-Beta',
  ...[
    'arch',
    'async',
    'custom-poll-interval',
    'helper-method',
    'lang',
    'os',
    'package-version',
    'poll-helper',
    'retry-count',
    'runtime',
    'runtime-version',
    'timeout',
  ].map((name) => `x-stainless-${name}`),
];

export const OLLAMA_ALLOWED_METHODS = 'GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS';

export function defaultOllamaOrigins(): string[] {
  const origins: string[] = [];
  for (const host of ['localhost', '127.0.0.1', '0.0.0.0']) {
    origins.push(`http://${host}`, `https://${host}`, `http://${host}:*`, `https://${host}:*`);
  }
  origins.push('app://*', 'file://*', 'tauri://*', 'vscode-webview://*', 'vscode-file://*');
  return origins;
}

export interface OriginVerdict {
  allowed: boolean;
  /** True when '*' is among the allowed origins: ACAO is then '*'. */
  allowAll: boolean;
}

/** `extra` is OLLAMA_ORIGINS split on commas; entries are trimmed and lower-cased, one '*' each. */
export function checkOllamaOrigin(origin: string, extra: readonly string[]): OriginVerdict {
  const rules = [...defaultOllamaOrigins(), ...extra.map((o) => o.trim().toLowerCase()).filter((o) => o !== '')];
  if (rules.includes('*')) return { allowed: true, allowAll: true };
  const candidate = origin.toLowerCase();
  for (const rule of rules) {
    const star = rule.indexOf('*');
    if (star === -1) {
      if (rule === candidate) return { allowed: true, allowAll: false };
      continue;
    }
    const prefix = rule.slice(0, star);
    const suffix = rule.slice(star + 1);
    if (
      candidate.length >= prefix.length + suffix.length &&
      candidate.startsWith(prefix) &&
      candidate.endsWith(suffix)
    ) {
      return { allowed: true, allowAll: false };
    }
  }
  return { allowed: false, allowAll: false };
}

function hostWithoutPort(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(1, hostHeader.indexOf(']'));
  const colon = hostHeader.lastIndexOf(':');
  return colon === -1 ? hostHeader : hostHeader.slice(0, colon);
}

/** The Host guard of an Ollama bound to loopback: IP literals, localhost, the machine's name and
 *  *.localhost / *.local / *.internal pass; any other name is refused with 403. */
export function ollamaHostAllowed(hostHeader: string | undefined): boolean {
  if (hostHeader === undefined || hostHeader === '') return true;
  const host = hostWithoutPort(hostHeader).toLowerCase();
  if (isIP(host) !== 0) return true;
  if (host === 'localhost' || host === hostname().toLowerCase()) return true;
  return ['.localhost', '.local', '.internal'].some((suffix) => host.endsWith(suffix));
}
