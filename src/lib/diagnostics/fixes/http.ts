// Fixes for HTTP errors: model, path, bad request, limits, loading, host header, server faults, and
// redirects not followed. Keys and quota: auth.ts. Replies of the wrong kind, timeouts and drops: answers.ts.
import type { ConnectionMode, ServerKind } from '../../connections/types.ts';
import type { Fix } from '../types.ts';
import { serverName } from '../server-defaults.ts';
import { portOr, quote } from './shell.ts';
import { activeLocale, tr } from '../../i18n/active-language.ts';

export function modelNotFoundFixes(kind: ServerKind | undefined, model: string | undefined, url: URL): Fix[] {
  const m = model ?? '<model>';
  const pick: Fix = {
    title: tr('Pick a model the server lists'),
    text: tr('Refresh the model list for this connection and choose one of its models.'),
  };
  switch (kind) {
    case 'ollama':
      return [
        {
          title: tr('Download {model} into {server}', { model: m, server: 'Ollama' }),
          text: tr(
            '{server} has no model called {model}. Download it (names are like {example} or {other}), or pick an installed one.',
            { server: 'Ollama', model: m, example: 'llama3.2', other: 'qwen3:8b' },
          ),
          commands: [
            { label: tr('Download the model'), command: `ollama pull ${quote(m)}`, platform: 'any' },
            { label: tr('List installed models'), command: 'ollama list', platform: 'any' },
          ],
        },
        pick,
      ];
    case 'lmstudio':
      return [
        {
          title: tr('Load {model} in {server}', { model: m, server: 'LM Studio' }),
          text: tr('Download it in {server}, or load it from a terminal:', { server: 'LM Studio' }),
          commands: [{ label: tr('Load the model'), command: `lms load ${quote(m)}`, platform: 'any' }],
        },
        pick,
      ];
    case 'vllm':
      return [
        {
          title: tr('Use the name {server} serves', { server: 'vLLM' }),
          text: tr('{server} serves one model, under {option} if set, else its path. Use exactly that name.', {
            server: 'vLLM',
            option: '--served-model-name',
          }),
        },
        pick,
      ];
    case 'openai':
    case 'openrouter':
      return [
        pick,
        {
          title: tr('Check access'),
          text: tr('The model id may be misspelled, retired, or not enabled for this key at {host}.', {
            host: url.host,
          }),
        },
      ];
    default:
      return [pick];
  }
}

/** "a or b" in the active language (English keeps its plain "a or b or c"). */
function eitherOf(items: string[]): string {
  const locale = activeLocale();
  if (locale === 'en') return items.join(' or ');
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
}

/** `suggestions` are alternative base URLs, most likely first. */
export function wrongPathFixes(
  mode: ConnectionMode,
  baseUrl: string,
  suggestions: string[],
  doubledV1: boolean,
): Fix[] {
  const fixes: Fix[] = [];
  const first = suggestions[0];
  if (doubledV1 && first) {
    fixes.push({
      title: tr('Remove the doubled {path}', { path: '/v1' }),
      text: tr('The request URL contains {doubled}. Set the base URL to {url}.', { doubled: '/v1/v1', url: first }),
    });
  } else if (first) {
    const params = { suggestions: eitherOf(suggestions), path: '/v1' };
    fixes.push({
      title: tr('Try the base URL {url}', { url: first }),
      text:
        mode === 'ollama'
          ? tr(
              "{server}'s native API lives at the server root (e.g. {example}), not under {path}. Try {suggestions}.",
              {
                ...params,
                server: 'Ollama',
                example: 'http://localhost:11434',
              },
            )
          : tr(
              'OpenAI-compatible servers usually serve the API under {path} (e.g. {example}); a few also answer at the root. Try {suggestions}.',
              { ...params, example: 'http://localhost:1234/v1' },
            ),
    });
  }
  if (mode === 'ollama') {
    fixes.push({
      title: tr('Or switch this connection to OpenAI-compatible mode'),
      text: tr(
        "If {url} is not {server}, its {paths} paths won't exist. Use OpenAI-compatible mode with the server's {path} URL.",
        { url: baseUrl, server: 'Ollama', paths: '/api/*', path: '/v1' },
      ),
    });
  } else {
    fixes.push({
      title: tr('Check the address'),
      text: tr(
        'A 404 means a server answered at {url} but has nothing at that path: check host, port and path prefix.',
        { url: baseUrl },
      ),
    });
  }
  return fixes;
}

export function badRequestFixes(serverMessage: string | undefined): Fix[] {
  const fixes: Fix[] = [];
  if (serverMessage && /does not support/i.test(serverMessage)) {
    fixes.push({
      title: tr('Pick a model that supports chat'),
      text: tr(
        'This model cannot do what was asked (for example an embedding model used for chat). Choose another model.',
      ),
    });
  }
  fixes.push({
    title: tr("Read the server's message"),
    text: tr(
      "The server rejected the request as invalid. Check the connection's and chat's parameters (max tokens, response format, images); the message above names the problem.",
    ),
  });
  return fixes;
}

export function rateLimitFixes(kind: ServerKind | undefined, retryAfter?: string): Fix[] {
  const server = serverName(kind);
  let text: string;
  if (!retryAfter) {
    text = tr("{server} is limiting how fast requests may come. Retry in a moment, or check your plan's limits.", {
      server,
    });
  } else if (/^\d+$/.test(retryAfter)) {
    text = tr(
      "{server} is limiting how fast requests may come. The server asks to wait {seconds} s. Retry in a moment, or check your plan's limits.",
      { server, seconds: retryAfter },
    );
  } else {
    text = tr(
      "{server} is limiting how fast requests may come. The server asks to wait {retryAfter}. Retry in a moment, or check your plan's limits.",
      { server, retryAfter },
    );
  }
  return [{ title: tr('Wait and retry'), text }];
}

export function loadingFixes(kind: ServerKind | undefined): Fix[] {
  return [
    {
      title: tr('Wait for the model to load, then retry'),
      text: tr('{server} is still loading the model into memory. This can take a minute for large models.', {
        server: serverName(kind),
      }),
    },
  ];
}

export function hostHeaderFixes(url: URL): Fix[] {
  const port = portOr(url, 5000);
  const server = 'text-generation-webui';
  return [
    {
      title: tr('Use {url}', { url: `http://localhost:${port}` }),
      text: tr('{server} only accepts the host names {first} and {second} unless started with {option}.', {
        server,
        first: 'localhost',
        second: '127.0.0.1',
        option: '--listen',
      }),
    },
    {
      title: tr('Or start it with {option}', { option: '--listen' }),
      text: tr('Then it accepts any host name (and listens on the network).'),
      commands: [
        { label: tr('Start {server}', { server }), command: 'python server.py --api --listen', platform: 'any' },
      ],
    },
  ];
}

export function serverErrorFixes(kind: ServerKind | undefined, status: number): Fix[] {
  const params = { status: String(status), server: serverName(kind) };
  if (status === 502 || status === 504) {
    return [
      {
        title: tr('Check the proxy and the server behind it'),
        text: tr(
          'HTTP {status} comes from a proxy or gateway that could not get an answer from {server} in time. Check that the server behind it is running.',
          params,
        ),
      },
    ];
  }
  return [
    {
      title: tr("Check {server}'s log", params),
      text: tr(
        'The server failed while handling the request (HTTP {status}). Its console or log says why; out-of-memory while loading a model is a common cause.',
        params,
      ),
    },
  ];
}

/** A keyed request was redirected and not followed (http.ts): point the connection at the final address. */
export function redirectFixes(requestUrl: string): Fix[] {
  return [
    {
      title: tr('Use the address the server redirects to'),
      text: tr(
        "{app} never follows a redirect with an API key, so the key and the chat cannot be sent to an address you did not enter. Find where the server points (the {header} line of the command below), then put that address in the connection's base URL. Common causes: {http} redirected to {https}, a missing or extra {path}, a proxy or login page in front of the API.",
        { app: 'Switchboard', header: 'Location', http: 'http://', https: 'https://', path: '/v1' },
      ),
      commands: [{ label: tr('Show the redirect'), command: `curl -sI ${quote(requestUrl)}` }],
    },
  ];
}
