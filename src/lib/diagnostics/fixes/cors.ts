// CORS fixes per server kind: how to allow this page's origin (cors-origin) and how to get the
// preflight for our real headers accepted (cors-preflight). `origin` is always the page origin exactly.
import type { ServerKind } from '../../connections/types.ts';
import type { Fix, FixCommand } from '../types.ts';
import { serverName } from '../server-defaults.ts';
import { ollamaAllowsByDefault, ollamaHostCheckFix, ollamaOriginsFix } from './ollama.ts';
import { portOr, quote } from './shell.ts';
import { tr } from '../../i18n/active-language.ts';

/** A terminal check that shows whether the server sends Access-Control-Allow-Origin for this origin. */
export function curlCorsCheck(origin: string, url: string): FixCommand {
  return {
    label: tr('Check from a terminal: look for an {header} line in the answer', {
      header: 'Access-Control-Allow-Origin',
    }),
    command: `curl -si -H ${quote(`Origin: ${origin}`)} ${quote(url)} | head -n 20`,
    platform: 'any',
  };
}

export function genericCorsFix(origin: string, checkUrl: string): Fix {
  return {
    title: tr('Allow {origin} on the server (CORS)', { origin }),
    text: tr(
      'The server answered, but not with permission for this page to read it. It must send "{header}" (or "*") and answer OPTIONS preflights allowing the Authorization and Content-Type headers. Look for a CORS or "allowed origins" setting, or put a proxy in front that adds these headers.',
      { header: `Access-Control-Allow-Origin: ${origin}` },
    ),
    commands: [curlCorsCheck(origin, checkUrl)],
  };
}

function one(title: string, text: string, commands?: FixCommand[]): Fix {
  return commands ? { title, text, commands } : { title, text };
}

/** How to allow `origin` on a server of this kind; most specific first, generic check last. */
export function corsOriginFixes(kind: ServerKind | undefined, origin: string, url: URL, checkUrl: string): Fix[] {
  const q = quote(origin);
  const generic = genericCorsFix(origin, checkUrl);
  switch (kind) {
    case 'ollama': {
      const fixes: Fix[] = [];
      const hostFix = ollamaHostCheckFix(url);
      if (ollamaAllowsByDefault(origin) && hostFix) fixes.push(hostFix);
      if (ollamaAllowsByDefault(origin) && !hostFix) {
        fixes.push(
          one(
            tr('Ollama already allows this origin: check what is answering'),
            tr(
              'Ollama allows {origin} without configuration, so the refusal probably comes from something else at {host}: a reverse proxy, another program on that port, or a browser extension.',
              { origin, host: url.host },
            ),
          ),
        );
      }
      fixes.push(ollamaOriginsFix(origin, url));
      if (!ollamaAllowsByDefault(origin) && hostFix) fixes.push(hostFix);
      return [...fixes, generic];
    }
    case 'lmstudio':
      return [
        one(
          tr('Enable CORS in LM Studio'),
          tr('Developer tab → Server Settings → turn on "Enable CORS", then restart the server. From a terminal:'),
          [
            {
              label: tr('Restart the server with CORS on'),
              command: 'lms server stop && lms server start --cors',
              platform: 'any',
            },
          ],
        ),
        generic,
      ];
    case 'llamacpp':
      return [
        one(
          tr('Allow {origin} in {server}', { origin, server: 'llama-server' }),
          tr(
            'llama-server allows every origin by default, but only localhost when {tools}, {agent} or MCP servers are configured. Start it with {flag} (or {variable}):',
            { tools: '--tools', agent: '--agent', flag: '--cors-origins', variable: 'LLAMA_ARG_CORS_ORIGINS' },
          ),
          [
            {
              label: tr('Add to your llama-server command'),
              command: `llama-server -m model.gguf --cors-origins ${q}`,
              platform: 'any',
            },
          ],
        ),
        generic,
      ];
    case 'vllm':
      return [
        one(
          tr('Allow {origin} in {server}', { origin, server: 'vLLM' }),
          tr('vLLM allows every origin unless {option} narrows it. Start it with:', { option: '--allowed-origins' }),
          [
            {
              label: tr('vLLM takes a JSON list'),
              command: `vllm serve <model> --allowed-origins ${quote(JSON.stringify([origin]))}`,
              platform: 'any',
            },
          ],
        ),
        generic,
      ];
    case 'localai':
      return [
        one(
          tr('Allow {origin} in {server}', { origin, server: 'LocalAI' }),
          tr(
            'Turn CORS on with your origin. With API keys set, LocalAI may answer requests without a valid key before adding CORS headers, so also check the key.',
          ),
          [
            {
              label: tr('Start LocalAI with'),
              command: `LOCALAI_CORS=true LOCALAI_CORS_ALLOW_ORIGINS=${q} local-ai run`,
              platform: 'any',
            },
            {
              label: 'Docker',
              command: `docker run -e LOCALAI_CORS=true -e LOCALAI_CORS_ALLOW_ORIGINS=${q} -p ${portOr(url, 8080)}:8080 localai/localai`,
              platform: 'docker',
            },
          ],
        ),
        generic,
      ];
    case 'litellm':
      return [
        one(
          tr('Allow {origin} in the LiteLLM proxy', { origin }),
          tr('Set the allowed origins and restart the proxy:'),
          [
            {
              label: tr('Start LiteLLM with'),
              command: `LITELLM_CORS_ALLOW_ORIGINS=${q} litellm --config config.yaml`,
              platform: 'any',
            },
          ],
        ),
        generic,
      ];
    case 'osaurus':
      return [
        one(
          tr('Allow {origin} in {server}', { origin, server: 'Osaurus' }),
          tr(
            'Osaurus sends no CORS headers until you add origins: Settings → Allowed Origins → add {origin} (comma-separated; * allows all).',
            { origin },
          ),
        ),
        generic,
      ];
    case 'jan':
      return [
        one(
          tr("Check Jan's Local API Server settings"),
          tr(
            'Settings → Local API Server: turn on CORS, and add {host} to Trusted Hosts. Jan also needs an API key set there and in this connection.',
            { host: url.hostname },
          ),
        ),
        generic,
      ];
    case 'textgen':
      return [
        one(
          tr('Use localhost, or start text-generation-webui with {flag}', { flag: '--listen' }),
          tr(
            'text-generation-webui allows every origin, but without {flag} it rejects any host name other than {hosts} ({error}, which the browser hides). Use {url}, or restart it with {flag}.',
            {
              flag: '--listen',
              hosts: 'localhost/127.0.0.1',
              error: '400 "Invalid host header"',
              url: `http://localhost:${portOr(url, 5000)}/v1`,
            },
          ),
        ),
        generic,
      ];
    case 'koboldcpp':
      return [
        one(
          tr('KoboldCpp allows every origin: the cause is probably elsewhere'),
          tr(
            'KoboldCpp sends "{header}" on every answer. Check that this URL really reaches KoboldCpp (not a proxy or another program on that port), and that no browser extension blocks the request.',
            { header: 'Access-Control-Allow-Origin: *' },
          ),
        ),
        generic,
      ];
    case 'openai':
    case 'openrouter':
      return [
        one(
          tr('{server} allows browser calls: check the URL and extensions', { server: serverName(kind) }),
          tr(
            '{server} sends CORS headers on its normal answers, but some error answers (for example a wrong path) come without them. Check the base URL, and that no extension, VPN or company proxy blocks the request. For providers that refuse browser calls altogether, put a proxy such as LiteLLM in between.',
            { server: serverName(kind) },
          ),
        ),
        generic,
      ];
    default:
      return [
        generic,
        one(
          tr('Or go through a proxy that allows browsers'),
          tr(
            'If the server has no CORS setting, run a proxy such as LiteLLM in front of it and connect Switchboard to the proxy.',
          ),
        ),
      ];
  }
}
