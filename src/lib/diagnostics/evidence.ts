// Evidence sentences shared by the preflight check and the classifier: plain statements of observed facts.
import type { PageContext } from './page-context.ts';
import type { HttpProbeResult, NoCorsProbeResult } from './types.ts';
import { classifyHost, pageAddressSpace } from './address-space.ts';
import { tr } from '../i18n/active-language.ts';

function browserName(browser: PageContext['browser']): string {
  if (browser === 'chromium') return tr('Chromium-based (Chrome, Edge, Brave, Opera)');
  if (browser === 'firefox') return 'Firefox';
  if (browser === 'safari') return 'Safari (WebKit)';
  return tr('not recognised');
}

export function pageEvidence(page: PageContext): string {
  const space = pageAddressSpace(page.hostname);
  const params = { origin: page.origin, protocol: page.protocol.replace(':', '') };
  if (page.isSecureContext) {
    if (space === 'public')
      return tr('Page origin {origin} is a public site, served over {protocol} (a secure context)', params);
    if (space === 'loopback')
      return tr('Page origin {origin} is on this computer, served over {protocol} (a secure context)', params);
    return tr('Page origin {origin} is on a private network, served over {protocol} (a secure context)', params);
  }
  if (space === 'public')
    return tr('Page origin {origin} is a public site, served over {protocol} (not a secure context)', params);
  if (space === 'loopback')
    return tr('Page origin {origin} is on this computer, served over {protocol} (not a secure context)', params);
  return tr('Page origin {origin} is on a private network, served over {protocol} (not a secure context)', params);
}

export function browserEvidence(page: PageContext): string {
  const browser = browserName(page.browser);
  return page.lnaSupported
    ? tr('Browser engine is {browser} and asks permission for local network access', { browser })
    : tr('Browser engine is {browser} and has no local network access permission', { browser });
}

export function targetEvidence(url: URL): string {
  const space = classifyHost(url.hostname);
  const params = { origin: url.origin, protocol: url.protocol.replace(':', '') };
  if (space === 'loopback') return tr('Server {origin} is on this computer (loopback), over {protocol}', params);
  if (space === 'private') return tr('Server {origin} is a private network address, over {protocol}', params);
  return tr('Server {origin} is a public address or a host name, over {protocol}', params);
}

export function noCorsEvidence(p: NoCorsProbeResult): string {
  const params = { url: p.url, ms: String(Math.round(p.ms)) };
  if (p.answered) return tr('No-CORS probe of {url} got an answer in {ms} ms', params);
  if (p.timedOut) return tr('No-CORS probe of {url} got no answer within {ms} ms', params);
  return tr('No-CORS probe of {url} failed after {ms} ms without an answer', params);
}

export function simpleGetEvidence(p: HttpProbeResult): string {
  const status = String(p.status ?? '?');
  if (p.ok)
    return tr('Simple CORS GET of {url} was readable (HTTP {status}), so this origin is allowed', {
      url: p.url,
      status,
    });
  if (p.timedOut)
    return tr('Simple CORS GET of {url} got no answer within {ms} ms', { url: p.url, ms: String(Math.round(p.ms)) });
  return tr('Simple CORS GET of {url} (no Authorization, no Content-Type) was blocked by the browser', { url: p.url });
}

export function preflightEvidence(p: HttpProbeResult): string {
  const status = String(p.status ?? '?');
  if (p.sentHeaders?.length) {
    const headers = p.sentHeaders.join(', ');
    if (p.ok)
      return tr('Request to {url} with headers {headers} passed the preflight (HTTP {status})', {
        url: p.url,
        headers,
        status,
      });
    return tr('Request to {url} with headers {headers} was blocked: the preflight was rejected', {
      url: p.url,
      headers,
    });
  }
  if (p.ok) return tr('Request to {url} passed the preflight (HTTP {status})', { url: p.url, status });
  return tr('Request to {url} was blocked: the preflight was rejected', { url: p.url });
}
