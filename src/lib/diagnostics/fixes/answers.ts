// Fixes for replies that are no usable answer although no HTTP error came: a web page, the other API's
// format, an empty model list, no answer in time, or a stream cut off.
import { ollamaVersionEndpoint } from '../../connections/endpoints.ts';
import { MODE_LABELS } from '../../connections/presets.ts';
import type { ServerKind } from '../../connections/types.ts';
import type { Fix } from '../types.ts';
import { serverDefaults, serverName } from '../server-defaults.ts';
import { quote } from './shell.ts';
import { tr } from '../../i18n/active-language.ts';

export function webUiFixes(kind: ServerKind | undefined, baseUrl: string): Fix[] {
  const port = serverDefaults(kind).port;
  return [
    {
      title: tr('Point the connection at the API, not the web page'),
      text: port
        ? tr(
            "{url} returned a web page. Use the API's base URL, which usually ends in {path} ({server}'s API is usually on port {port}).",
            { url: baseUrl, path: '/v1', server: serverName(kind), port: String(port) },
          )
        : tr("{url} returned a web page. Use the API's base URL, which usually ends in {path}.", {
            url: baseUrl,
            path: '/v1',
          }),
    },
  ];
}

export function wrongModeFixes(detected: 'ollama' | 'openai', suggestedBaseUrl: string): Fix[] {
  return detected === 'ollama'
    ? [
        {
          title: tr('Switch this connection to {mode} mode', { mode: MODE_LABELS.ollama }),
          text: tr(
            'The server answered in Ollama\'s native format. Use mode "{mode}" with base URL {url}, or keep {other} mode with {v1url}.',
            {
              mode: MODE_LABELS.ollama,
              url: suggestedBaseUrl,
              other: 'OpenAI',
              v1url: `${suggestedBaseUrl}/v1`,
            },
          ),
        },
      ]
    : [
        {
          title: tr('Switch this connection to {mode} mode', { mode: MODE_LABELS.openai_compatible }),
          text: tr('The server answered in OpenAI\'s format. Use mode "{mode}" with base URL {url}.', {
            mode: MODE_LABELS.openai_compatible,
            url: suggestedBaseUrl,
          }),
        },
      ];
}

/** OpenAI mode got a 404 from Ollama. `triedV1`: the failed request already went to <origin>/v1/…. */
export function ollamaInOpenAiModeFixes(origin: string, triedV1: boolean): Fix[] {
  const native: Fix = {
    title: tr('Switch this connection to {mode} mode', { mode: MODE_LABELS.ollama }),
    text: tr(
      'The server at {origin} says it is Ollama. Edit the connection: mode "{mode}", base URL {origin}. Ollama\'s native API works with every Ollama version.',
      { origin, mode: MODE_LABELS.ollama },
    ),
  };
  if (!triedV1) {
    return [
      native,
      {
        title: tr('Or keep {mode} mode with base URL {url}', {
          mode: MODE_LABELS.openai_compatible,
          url: `${origin}/v1`,
        }),
        text: tr('Ollama serves its OpenAI-compatible API under {path}, not at this path.', { path: '/v1' }),
      },
    ];
  }
  return [
    native,
    {
      title: tr('Or update Ollama to keep {mode} mode', { mode: MODE_LABELS.openai_compatible }),
      text: tr(
        'This Ollama answers 404 at {url}: older Ollama versions have no OpenAI-compatible API (or not all of it), and some proxies forward only {prefix} paths. Check its version:',
        { url: `${origin}/v1`, prefix: '/api/' },
      ),
      commands: [
        {
          label: tr("Ollama's version"),
          command: `curl -s ${quote(ollamaVersionEndpoint(origin))}`,
          platform: 'any',
        },
      ],
    },
  ];
}

export function invalidResponseFixes(): Fix[] {
  return [
    {
      title: tr('Check the API mode and base URL'),
      text: tr(
        'The server answered in an unexpected format. Make sure the mode (OpenAI vs Ollama native) matches the server and the base URL points at its API.',
      ),
    },
  ];
}

export function timeoutFixes(kind: ServerKind | undefined, phase: 'request' | 'stream'): Fix[] {
  return phase === 'stream'
    ? [
        {
          title: tr('The server stopped sending'),
          text: tr('{server} went silent mid-answer. It may be overloaded or out of memory; check its log and retry.', {
            server: serverName(kind),
          }),
        },
      ]
    : [
        {
          title: tr('Retry: the first request may load the model'),
          text: tr(
            '{server} may be loading the model, which can take longer than the time limit. Retry once it has loaded.',
            { server: serverName(kind) },
          ),
        },
        {
          title: tr('Check the network path'),
          text: tr('A firewall that silently drops packets also looks like this. Run "{action}" to check.', {
            action: tr('Test connection'),
          }),
        },
      ];
}

export function streamInterruptedFixes(kind: ServerKind | undefined): Fix[] {
  return [
    {
      title: tr('Retry; check the server and any proxy'),
      text: tr(
        'The answer had started, so this is not CORS or a wrong URL: the connection to {server} broke mid-stream (server crash or restart, proxy timeout, network change).',
        { server: serverName(kind) },
      ),
    },
  ];
}

export function noModelsFixes(kind: ServerKind | undefined): Fix[] {
  if (kind === 'ollama') {
    return [
      {
        title: tr('Download a model'),
        text: tr('Ollama has no models yet.'),
        commands: [{ label: tr('For example'), command: 'ollama pull llama3.2', platform: 'any' }],
      },
    ];
  }
  return [
    {
      title: tr('Load a model on the server, or type its id'),
      text: tr('{server} listed no models. Load one on the server, or add model ids by hand in the connection.', {
        server: serverName(kind),
      }),
    },
  ];
}
