// The resolved facts every classifier step shares: parsed server URL, page origin for fixes, the server
// kind to tailor fixes to (configured, else guessed from evidence), and whether a key was sent.
import type { ServerKind } from '../connections/types.ts';
import type { ProviderError } from '../providers/errors.ts';
import { isSecretHeader } from '../providers/index.ts';
import type { PageContext } from './page-context.ts';
import type { ProbeResults } from './types.ts';
import type { ModelInfo } from '../providers/types.ts';
import { fixOrigin } from './fix-origin.ts';
import { guessKind, type KindGuess } from './guess-kind.ts';
import { modelsUrl, type ConnectionFacts } from './target-url.ts';

export interface DiagnosisScope {
  conn: ConnectionFacts;
  page: PageContext;
  /** the page origin as server allow-lists need it */
  origin: string;
  serverUrl: URL;
  /** a URL worth fetching by hand to check the server (its model list) */
  checkUrl: string;
  /** the kind fixes are tailored to: configured, else guessed */
  kind: ServerKind | undefined;
  guess?: KindGuess;
  /** what the readable probe answers say the server is, whatever kind the connection claims */
  seen?: KindGuess;
  /** the connection's kind is unset or 'other', so a guess is useful */
  guessable: boolean;
  requestedModel?: string;
  sentKey: boolean;
  /** the connection's model list, when it was read for this diagnosis */
  models?: readonly ModelInfo[];
}

function requestHadKey(error: ProviderError | undefined): boolean {
  if (!error) return false;
  return Object.keys(error.request.headers).some(isSecretHeader);
}

export function makeScope(input: {
  conn: ConnectionFacts;
  page: PageContext;
  serverUrl: URL;
  error?: ProviderError;
  probes?: ProbeResults;
  requestedModel?: string;
  models?: readonly ModelInfo[];
}): DiagnosisScope {
  const { conn, error } = input;
  const guessable = conn.server_kind === undefined || conn.server_kind === 'other';
  const guess = guessable
    ? guessKind({
        url: conn.base_url,
        ...(input.probes ? { probes: input.probes } : {}),
        ...(error?.response ? { response: { url: error.request.url, ...error.response } } : {}),
      })
    : undefined;
  const scope: DiagnosisScope = {
    conn,
    page: input.page,
    origin: fixOrigin(input.page),
    serverUrl: input.serverUrl,
    checkUrl: modelsUrl(conn),
    kind: guessable ? guess?.kind : conn.server_kind,
    guessable,
    sentKey: conn.has_api_key ?? requestHadKey(error),
  };
  if (guess) scope.guess = guess;
  const seen = input.probes ? guessKind({ probes: input.probes }) : undefined;
  if (seen) scope.seen = seen;
  if (input.requestedModel !== undefined) scope.requestedModel = input.requestedModel;
  if (input.models) scope.models = input.models;
  return scope;
}
