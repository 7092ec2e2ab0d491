// Fixes for failures before any HTTP answer: nothing listening, untrusted certificate, mixed content,
// Local Network Access (insecure page, denied permission, pending prompt), listen addresses, bad URLs.
import type { ServerKind } from '../../connections/types.ts';
import type { Fix } from '../types.ts';
import type { PageContext } from '../page-context.ts';
import { classifyHost } from '../address-space.ts';
import { isPotentiallyTrustworthyHost } from '../trustworthy-host.ts';
import { serverDefaults, urlPort } from '../server-defaults.ts';
import { hostAndPort, quote } from './shell.ts';

export function unreachableFixes(kind: ServerKind | undefined, url: URL, checkUrl: string): Fix[] {
  const d = serverDefaults(kind);
  const port = urlPort(url);
  const fixes: Fix[] = [];
  const startText = d.start ? ` Start it with: ${d.start}.` : '';
  fixes.push({
    title: `Check that ${d.name} is running`,
    text: `Nothing answered at ${url.origin}.${startText} Then try again.`,
    commands: [
      {
        label: 'Check from a terminal on this computer',
        command: `curl -si ${quote(checkUrl)} | head -n 5`,
        platform: 'any',
      },
    ],
  });
  if (d.port !== undefined && d.port !== port) {
    fixes.push({
      title: `Check the port (${d.name} uses ${d.port} by default)`,
      text: `This URL uses port ${port}; ${d.name}'s default is ${d.port}, unless you changed it.`,
    });
  }
  if (classifyHost(url.hostname) !== 'loopback') {
    const listen: Fix = {
      title: 'Make the server listen on the network, and open the firewall',
      text:
        `Many servers listen only on 127.0.0.1 by default, which other machines cannot reach. ` +
        `${d.listenAll ?? 'Start it with --host 0.0.0.0 (or its equivalent).'} ` +
        `Then allow port ${port} through the firewall of the machine running it. In Docker, publish the port (-p ${port}:${port}).`,
    };
    if (kind === 'ollama' || kind === undefined || kind === 'other') {
      listen.commands = [
        { label: 'Ollama, started by hand', command: 'OLLAMA_HOST=0.0.0.0 ollama serve', platform: 'any' },
      ];
    }
    fixes.push(listen);
  } else {
    fixes.push({
      title: 'Is the server on this computer?',
      text: `${url.hostname} always means the computer this browser runs on. If the server runs elsewhere, use that machine's address.`,
    });
  }
  return fixes;
}

export function tlsFixes(url: URL): Fix[] {
  return [
    {
      title: 'Open the server in a tab and accept its certificate',
      text: `Open ${url.origin}/ in a new tab, accept the certificate warning, then come back and retry. The browser then trusts it for this session.`,
    },
    {
      title: 'Or give the server a trusted certificate',
      text: 'mkcert creates certificates your browsers trust on this computer:',
      commands: [
        {
          label: 'Create a local CA and a certificate',
          command: `mkcert -install && mkcert ${quote(url.hostname)} localhost 127.0.0.1 ::1`,
          platform: 'any',
        },
      ],
    },
    {
      title: 'Or use plain http on this computer',
      text: 'If the server runs on this computer, http://localhost needs no certificate (except from an https page in Safari).',
    },
  ];
}

/** https page → http:// server. `lnaMayAllow`: Chromium relaxes this for private IPs/.local after permission. */
export function mixedContentFixes(url: URL, page: PageContext, lnaMayAllow: boolean): Fix[] {
  const port = urlPort(url);
  const fixes: Fix[] = [];
  if (lnaMayAllow) {
    fixes.push({
      title: 'Allow local network access when the browser asks',
      text: `This browser lets https pages call private addresses like ${url.hostname} over http once you allow local network access. Choose "Allow" in the prompt, or site settings → Local network access → Allow, then reload.`,
    });
  }
  if (!isPotentiallyTrustworthyHost(url.hostname) && page.browser !== 'safari') {
    fixes.push({
      title: `If the server is on this computer, use http://localhost:${port}`,
      text: `Browsers allow https pages to call http://localhost and http://127.0.0.1, but not other http addresses. Change the base URL to http://localhost:${port}${url.pathname.replace(/\/+$/, '')}.`,
    });
  }
  if (page.browser === 'chromium' && classifyHost(url.hostname) === 'public' && !lnaMayAllow) {
    fixes.push({
      title: "Use the server's private IP address instead of its name",
      text: `Chrome lets https pages call private IP addresses (e.g. 192.168.x.x) over http after you allow local network access, but not names like ${url.hostname}.`,
    });
  }
  fixes.push({
    title: 'Serve the model over https',
    text: 'Put a reverse proxy with a trusted certificate in front of the server (Caddy makes one for localhost automatically), and use its https:// URL.',
    commands: [
      {
        label: 'Caddy reverse proxy',
        command: `caddy reverse-proxy --from localhost:8443 --to ${quote(hostAndPort(url))}`,
        platform: 'any',
      },
    ],
  });
  fixes.push({
    title: 'Or open this app over http',
    text: `Mixed-content rules apply only because this page (${page.origin}) is https. A copy of Switchboard served over http, or from http://localhost, can call http servers.`,
  });
  return fixes;
}

export function lnaInsecureFixes(page: PageContext): Fix[] {
  return [
    {
      title: 'Open Switchboard over https',
      text: `Chrome only lets secure pages reach your computer or local network. This page (${page.origin}) is plain http, so Chrome drops these requests without asking. Open the https version of this app.`,
    },
    {
      title: 'Or run Switchboard locally',
      text: 'A copy served from http://localhost counts as secure and is not public, so it can reach local servers.',
    },
  ];
}

export function lnaDeniedFixes(page: PageContext): Fix[] {
  return [
    {
      title: 'Allow local network access for this site',
      text: `${page.origin} was denied access to your local network. Click the site-settings icon left of the address bar → Local network access → Allow, then reload the page.`,
    },
  ];
}

export function lnaPromptFixes(): Fix[] {
  return [
    {
      title: 'Choose "Allow" when the browser asks',
      text: 'The first request to a local server shows a prompt to let this site connect to devices on your local network. Allow it, or the request fails.',
    },
  ];
}

export function listenAddressFixes(url: URL): Fix[] {
  const port = urlPort(url);
  return [
    {
      title: `Use http://localhost:${port} (or the machine's IP) instead`,
      text: `${url.hostname} means "every interface" when a server listens; it is not an address to connect to, and browsers block or special-case it. If the server is on this computer use localhost, otherwise its IP address.`,
    },
  ];
}

export function invalidUrlFixes(input: string, reason: 'unparsable' | 'scheme' | 'credentials'): Fix[] {
  const t = input.trim();
  if (reason === 'credentials') {
    return [
      {
        title: 'Remove the user name and password from the URL',
        text: 'Browsers refuse URLs with user:password@. Put a key in the API key field instead.',
      },
    ];
  }
  if (/^[\w.-]+(:\d+)?(\/|$)/.test(t) && !/^https?:/i.test(t)) {
    return [{ title: `Add http:// in front`, text: `Try http://${t}. A server URL starts with http:// or https://.` }];
  }
  return [
    {
      title: 'Enter a full http:// or https:// URL',
      text: 'For example http://localhost:11434 (Ollama) or http://localhost:1234/v1 (LM Studio).',
    },
  ];
}
