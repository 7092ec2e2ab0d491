// Evidence sentences shared by the preflight check and the classifier: plain statements of observed facts.
import type { PageContext } from './page-context.ts';
import type { HttpProbeResult, NoCorsProbeResult } from './types.ts';
import { classifyHost, pageAddressSpace } from './address-space.ts';

const BROWSER_NAMES: Record<PageContext['browser'], string> = {
  chromium: 'Chromium-based (Chrome, Edge, Brave, Opera)',
  firefox: 'Firefox',
  safari: 'Safari (WebKit)',
  other: 'not recognised',
};

export function pageEvidence(page: PageContext): string {
  const space = pageAddressSpace(page.hostname);
  const where =
    space === 'public' ? 'a public site' : space === 'loopback' ? 'on this computer' : 'on a private network';
  return `Page origin ${page.origin} is ${where}, served over ${page.protocol.replace(':', '')} (${page.isSecureContext ? 'a secure context' : 'not a secure context'})`;
}

export function browserEvidence(page: PageContext): string {
  const lna = page.lnaSupported ? 'asks permission for local network access' : 'has no local network access permission';
  return `Browser engine is ${BROWSER_NAMES[page.browser]} and ${lna}`;
}

export function targetEvidence(url: URL): string {
  const space = classifyHost(url.hostname);
  const where =
    space === 'loopback'
      ? 'on this computer (loopback)'
      : space === 'private'
        ? 'a private network address'
        : 'a public address or a host name';
  return `Server ${url.origin} is ${where}, over ${url.protocol.replace(':', '')}`;
}

export function noCorsEvidence(p: NoCorsProbeResult): string {
  if (p.answered) return `No-CORS probe of ${p.url} got an answer in ${Math.round(p.ms)} ms`;
  if (p.timedOut) return `No-CORS probe of ${p.url} got no answer within ${Math.round(p.ms)} ms`;
  return `No-CORS probe of ${p.url} failed after ${Math.round(p.ms)} ms without an answer`;
}

export function simpleGetEvidence(p: HttpProbeResult): string {
  if (p.ok) return `Simple CORS GET of ${p.url} was readable (HTTP ${p.status ?? '?'}), so this origin is allowed`;
  if (p.timedOut) return `Simple CORS GET of ${p.url} got no answer within ${Math.round(p.ms)} ms`;
  return `Simple CORS GET of ${p.url} (no Authorization, no Content-Type) was blocked by the browser`;
}

export function preflightEvidence(p: HttpProbeResult): string {
  const headers = p.sentHeaders?.length ? ` with headers ${p.sentHeaders.join(', ')}` : '';
  if (p.ok) return `Request to ${p.url}${headers} passed the preflight (HTTP ${p.status ?? '?'})`;
  return `Request to ${p.url}${headers} was blocked: the preflight was rejected`;
}
