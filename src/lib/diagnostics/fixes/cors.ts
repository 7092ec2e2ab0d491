// CORS fixes per server kind: how to allow this page's origin (cors-origin) and how to get the
// preflight for our real headers accepted (cors-preflight). `origin` is always the page origin exactly.
import type { ServerKind } from '../../connections/types.ts';
import type { Fix, FixCommand } from '../types.ts';
import { serverName } from '../server-defaults.ts';
import { ollamaAllowsByDefault, ollamaHostCheckFix, ollamaOriginsFix } from './ollama.ts';
import { portOr, quote } from './shell.ts';

/** A terminal check that shows whether the server sends Access-Control-Allow-Origin for this origin. */
export function curlCorsCheck(origin: string, url: string): FixCommand {
  return {
    label: 'Check from a terminal: look for an Access-Control-Allow-Origin line in the answer',
    command: `curl -si -H ${quote(`Origin: ${origin}`)} ${quote(url)} | head -n 20`,
    platform: 'any',
  };
}

export function genericCorsFix(origin: string, checkUrl: string): Fix {
  return {
    title: `Allow ${origin} on the server (CORS)`,
    text:
      `The server answered, but not with permission for this page to read it. It must send ` +
      `"Access-Control-Allow-Origin: ${origin}" (or "*") and answer OPTIONS preflights allowing the ` +
      'Authorization and Content-Type headers. Look for a CORS or "allowed origins" setting, or put a ' +
      'proxy in front that adds these headers.',
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
            'Ollama already allows this origin: check what is answering',
            `Ollama allows ${origin} without configuration, so the refusal probably comes from something else at ${url.host}: ` +
              'a reverse proxy, another program on that port, or a browser extension.',
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
          'Enable CORS in LM Studio',
          'Developer tab → Server Settings → turn on "Enable CORS", then restart the server. From a terminal:',
          [
            {
              label: 'Restart the server with CORS on',
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
          `Allow ${origin} in llama-server`,
          'llama-server allows every origin by default, but only localhost when --tools, --agent or MCP servers are ' +
            'configured. Start it with --cors-origins (or LLAMA_ARG_CORS_ORIGINS):',
          [
            {
              label: 'Add to your llama-server command',
              command: `llama-server -m model.gguf --cors-origins ${q}`,
              platform: 'any',
            },
          ],
        ),
        generic,
      ];
    case 'vllm':
      return [
        one(`Allow ${origin} in vLLM`, 'vLLM allows every origin unless --allowed-origins narrows it. Start it with:', [
          {
            label: 'vLLM takes a JSON list',
            command: `vllm serve <model> --allowed-origins ${quote(JSON.stringify([origin]))}`,
            platform: 'any',
          },
        ]),
        generic,
      ];
    case 'localai':
      return [
        one(
          `Allow ${origin} in LocalAI`,
          'Turn CORS on with your origin. With API keys set, LocalAI may answer requests without a valid key ' +
            'before adding CORS headers, so also check the key.',
          [
            {
              label: 'Start LocalAI with',
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
        one(`Allow ${origin} in the LiteLLM proxy`, 'Set the allowed origins and restart the proxy:', [
          {
            label: 'Start LiteLLM with',
            command: `LITELLM_CORS_ALLOW_ORIGINS=${q} litellm --config config.yaml`,
            platform: 'any',
          },
        ]),
        generic,
      ];
    case 'osaurus':
      return [
        one(
          `Allow ${origin} in Osaurus`,
          `Osaurus sends no CORS headers until you add origins: Settings → Allowed Origins → add ${origin} (comma-separated; * allows all).`,
        ),
        generic,
      ];
    case 'jan':
      return [
        one(
          "Check Jan's Local API Server settings",
          `Settings → Local API Server: turn on CORS, and add ${url.hostname} to Trusted Hosts. Jan also needs an API key set there and in this connection.`,
        ),
        generic,
      ];
    case 'textgen':
      return [
        one(
          'Use localhost, or start text-generation-webui with --listen',
          `text-generation-webui allows every origin, but without --listen it rejects any host name other than localhost/127.0.0.1 ` +
            `(400 "Invalid host header", which the browser hides). Use http://localhost:${portOr(url, 5000)}/v1, or restart it with --listen.`,
        ),
        generic,
      ];
    case 'koboldcpp':
      return [
        one(
          'KoboldCpp allows every origin: the cause is probably elsewhere',
          'KoboldCpp sends "Access-Control-Allow-Origin: *" on every answer. Check that this URL really reaches KoboldCpp ' +
            '(not a proxy or another program on that port), and that no browser extension blocks the request.',
        ),
        generic,
      ];
    case 'openai':
    case 'openrouter':
      return [
        one(
          `${serverName(kind)} allows browser calls: check the URL and extensions`,
          `${serverName(kind)} sends CORS headers on its normal answers, but some error answers (for example a wrong path) ` +
            'come without them. Check the base URL, and that no extension, VPN or company proxy blocks the request. ' +
            'For providers that refuse browser calls altogether, put a proxy such as LiteLLM in between.',
        ),
        generic,
      ];
    default:
      return [
        generic,
        one(
          'Or go through a proxy that allows browsers',
          'If the server has no CORS setting, run a proxy such as LiteLLM in front of it and connect Switchboard to the proxy.',
        ),
      ];
  }
}

/** The server allows this origin for simple requests but rejects the preflight for our headers. */
export function corsPreflightFixes(
  kind: ServerKind | undefined,
  origin: string,
  sentHeaders: string[],
  hasApiKey: boolean,
): Fix[] {
  const names = sentHeaders.length ? sentHeaders.join(', ') : 'Content-Type';
  const fixes: Fix[] = [];
  if (hasApiKey && kind !== 'openai' && kind !== 'openrouter' && kind !== 'jan') {
    fixes.push(
      one(
        'Remove the API key if this server does not need one',
        'Sending an API key adds the Authorization header, which needs a preflight. If the server has no key set, clear the key in this connection.',
      ),
    );
  }
  const allowHeaders = `Allow the request headers ${names} for ${origin}`;
  switch (kind) {
    case 'llamacpp':
      fixes.push(
        one(allowHeaders, 'llama-server narrows the allowed headers with --cors-headers; include these:', [
          {
            label: 'Add to your llama-server command',
            command: 'llama-server -m model.gguf --cors-headers authorization,content-type',
            platform: 'any',
          },
        ]),
      );
      break;
    case 'vllm':
      fixes.push(
        one(allowHeaders, 'vLLM narrows the allowed headers and methods with --allowed-headers / --allowed-methods:', [
          {
            label: 'vLLM takes JSON lists',
            command: `vllm serve <model> --allowed-headers '["Authorization","Content-Type"]' --allowed-methods '["GET","POST","OPTIONS"]'`,
            platform: 'any',
          },
        ]),
      );
      break;
    case 'litellm':
      fixes.push(
        one(allowHeaders, 'Set LITELLM_CORS_ALLOW_HEADERS and LITELLM_CORS_ALLOW_METHODS, then restart the proxy:', [
          {
            label: 'Start LiteLLM with',
            command: `LITELLM_CORS_ALLOW_HEADERS="Authorization,Content-Type" LITELLM_CORS_ALLOW_METHODS="GET,POST,OPTIONS" litellm --config config.yaml`,
            platform: 'any',
          },
        ]),
      );
      break;
    case 'ollama':
      fixes.push(
        one(
          allowHeaders,
          'Ollama accepts Authorization and Content-Type in preflights, so a proxy in front of it is probably rejecting the OPTIONS request; let OPTIONS through.',
        ),
      );
      break;
    default:
      fixes.push(
        one(
          allowHeaders,
          `The server (or a proxy in front of it) must answer OPTIONS with a 2xx status, without a redirect, and with "Access-Control-Allow-Headers: ${names}".`,
        ),
      );
  }
  fixes.push(
    one(
      'Avoid redirects',
      'A preflight that gets a redirect (http → https, or an added or removed trailing slash) always fails. Use the exact final URL as the base URL.',
    ),
  );
  return fixes;
}
