// Fixes for failures before any HTTP answer: nothing listening, untrusted certificate, mixed content,
// Local Network Access (insecure page, denied permission, pending prompt), listen addresses, bad URLs.
import type { ServerKind } from '../../connections/types.ts';
import type { Fix } from '../types.ts';
import type { PageContext } from '../page-context.ts';
import { classifyHost } from '../address-space.ts';
import { isPotentiallyTrustworthyHost } from '../trustworthy-host.ts';
import { serverDefaults, urlPort } from '../server-defaults.ts';
import { hostAndPort, quote } from './shell.ts';
import { tr } from '../../i18n/active-language.ts';

export function unreachableFixes(kind: ServerKind | undefined, url: URL, checkUrl: string): Fix[] {
  const d = serverDefaults(kind);
  const port = urlPort(url);
  const fixes: Fix[] = [];
  fixes.push({
    title: tr('Check that {server} is running', { server: d.name }),
    text: d.start
      ? tr('Nothing answered at {origin}. Start it with: {command}. Then try again.', {
          origin: url.origin,
          command: d.start,
        })
      : tr('Nothing answered at {origin}. Then try again.', { origin: url.origin }),
    commands: [
      {
        label: tr('Check from a terminal on this computer'),
        command: `curl -si ${quote(checkUrl)} | head -n 5`,
        platform: 'any',
      },
    ],
  });
  if (d.port !== undefined && d.port !== port) {
    fixes.push({
      title: tr('Check the port ({server} uses {port} by default)', { server: d.name, port: String(d.port) }),
      text: tr("This URL uses port {port}; {server}'s default is {default}, unless you changed it.", {
        port: String(port),
        server: d.name,
        default: String(d.port),
      }),
    });
  }
  if (classifyHost(url.hostname) !== 'loopback') {
    const listen: Fix = {
      title: tr('Make the server listen on the network, and open the firewall'),
      text: tr(
        'Many servers listen only on {address} by default, which other machines cannot reach. {advice} Then allow port {port} through the firewall of the machine running it. In Docker, publish the port ({flag}).',
        {
          address: '127.0.0.1',
          advice: d.listenAll ?? tr('Start it with {flag} (or its equivalent).', { flag: '--host 0.0.0.0' }),
          port: String(port),
          flag: `-p ${port}:${port}`,
        },
      ),
    };
    if (kind === 'ollama' || kind === undefined || kind === 'other') {
      listen.commands = [
        { label: tr('Ollama, started by hand'), command: 'OLLAMA_HOST=0.0.0.0 ollama serve', platform: 'any' },
      ];
    }
    fixes.push(listen);
  } else {
    fixes.push({
      title: tr('Is the server on this computer?'),
      text: tr(
        "{host} always means the computer this browser runs on. If the server runs elsewhere, use that machine's address.",
        { host: url.hostname },
      ),
    });
  }
  return fixes;
}

export function tlsFixes(url: URL): Fix[] {
  return [
    {
      title: tr('Open the server in a tab and accept its certificate'),
      text: tr(
        'Open {url} in a new tab, accept the certificate warning, then come back and retry. The browser then trusts it for this session.',
        { url: `${url.origin}/` },
      ),
    },
    {
      title: tr('Or give the server a trusted certificate'),
      text: tr('{tool} creates certificates your browsers trust on this computer:', { tool: 'mkcert' }),
      commands: [
        {
          label: tr('Create a local CA and a certificate'),
          command: `mkcert -install && mkcert ${quote(url.hostname)} localhost 127.0.0.1 ::1`,
          platform: 'any',
        },
      ],
    },
    {
      title: tr('Or use plain http on this computer'),
      text: tr(
        'If the server runs on this computer, {url} needs no certificate (except from an https page in Safari).',
        {
          url: 'http://localhost',
        },
      ),
    },
  ];
}

/** https page → http:// server. `lnaMayAllow`: Chromium relaxes this for private IPs/.local after permission. */
export function mixedContentFixes(url: URL, page: PageContext, lnaMayAllow: boolean): Fix[] {
  const port = urlPort(url);
  const fixes: Fix[] = [];
  if (lnaMayAllow) {
    fixes.push({
      title: tr('Allow local network access when the browser asks'),
      text: tr(
        'This browser lets https pages call private addresses like {host} over http once you allow local network access. Choose "Allow" in the prompt, or site settings → Local network access → Allow, then reload.',
        { host: url.hostname },
      ),
    });
  }
  if (!isPotentiallyTrustworthyHost(url.hostname) && page.browser !== 'safari') {
    fixes.push({
      title: tr('If the server is on this computer, use {url}', { url: `http://localhost:${port}` }),
      text: tr(
        'Browsers allow https pages to call {localhost} and {loopback}, but not other http addresses. Change the base URL to {url}.',
        {
          localhost: 'http://localhost',
          loopback: 'http://127.0.0.1',
          url: `http://localhost:${port}${url.pathname.replace(/\/+$/, '')}`,
        },
      ),
    });
  }
  if (page.browser === 'chromium' && classifyHost(url.hostname) === 'public' && !lnaMayAllow) {
    fixes.push({
      title: tr("Use the server's private IP address instead of its name"),
      text: tr(
        'Chrome lets https pages call private IP addresses (e.g. {example}) over http after you allow local network access, but not names like {host}.',
        { example: '192.168.x.x', host: url.hostname },
      ),
    });
  }
  fixes.push({
    title: tr('Serve the model over https'),
    text: tr(
      'Put a reverse proxy with a trusted certificate in front of the server (Caddy makes one for localhost automatically), and use its https:// URL.',
    ),
    commands: [
      {
        label: tr('Caddy reverse proxy'),
        command: `caddy reverse-proxy --from localhost:8443 --to ${quote(hostAndPort(url))}`,
        platform: 'any',
      },
    ],
  });
  fixes.push({
    title: tr('Or open this app over http'),
    text: tr(
      'Mixed-content rules apply only because this page ({origin}) is https. A copy of Switchboard served over http, or from {url}, can call http servers.',
      { origin: page.origin, url: 'http://localhost' },
    ),
  });
  return fixes;
}

export function lnaInsecureFixes(page: PageContext): Fix[] {
  return [
    {
      title: tr('Open Switchboard over https'),
      text: tr(
        'Chrome only lets secure pages reach your computer or local network. This page ({origin}) is plain http, so Chrome drops these requests without asking. Open the https version of this app.',
        { origin: page.origin },
      ),
    },
    {
      title: tr('Or run Switchboard locally'),
      text: tr('A copy served from {url} counts as secure and is not public, so it can reach local servers.', {
        url: 'http://localhost',
      }),
    },
  ];
}

export function lnaDeniedFixes(page: PageContext): Fix[] {
  return [
    {
      title: tr('Allow local network access for this site'),
      text: tr(
        '{origin} was denied access to your local network. Click the site-settings icon left of the address bar → Local network access → Allow, then reload the page.',
        { origin: page.origin },
      ),
    },
  ];
}

export function lnaPromptFixes(): Fix[] {
  return [
    {
      title: tr('Choose "Allow" when the browser asks'),
      text: tr(
        'The first request to a local server shows a prompt to let this site connect to devices on your local network. Allow it, or the request fails.',
      ),
    },
  ];
}

export function listenAddressFixes(url: URL): Fix[] {
  const port = urlPort(url);
  return [
    {
      title: tr("Use {url} (or the machine's IP) instead", { url: `http://localhost:${port}` }),
      text: tr(
        '{host} means "every interface" when a server listens; it is not an address to connect to, and browsers block or special-case it. If the server is on this computer use localhost, otherwise its IP address.',
        { host: url.hostname },
      ),
    },
  ];
}

export function invalidUrlFixes(input: string, reason: 'unparsable' | 'scheme' | 'credentials'): Fix[] {
  const t = input.trim();
  if (reason === 'credentials') {
    return [
      {
        title: tr('Remove the user name and password from the URL'),
        text: tr('Browsers refuse URLs with {example}. Put a key in the API key field instead.', {
          example: 'user:password@',
        }),
      },
    ];
  }
  if (/^[\w.-]+(:\d+)?(\/|$)/.test(t) && !/^https?:/i.test(t)) {
    return [
      {
        title: tr('Add {scheme} in front', { scheme: 'http://' }),
        text: tr('Try {url}. A server URL starts with {http} or {https}.', {
          url: `http://${t}`,
          http: 'http://',
          https: 'https://',
        }),
      },
    ];
  }
  return [
    {
      title: tr('Enter a full {http} or {https} URL', { http: 'http://', https: 'https://' }),
      text: tr('For example {first} (Ollama) or {second} (LM Studio).', {
        first: 'http://localhost:11434',
        second: 'http://localhost:1234/v1',
      }),
    },
  ];
}
