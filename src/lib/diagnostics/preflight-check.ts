// Static checks BEFORE any request: from the target URL and the page's facts alone, can the browser send
// this request at all? Also drives the live warning in the connection form while the user types.
import { redactUrl } from '../providers/index.ts';
import type { PageContext } from './page-context.ts';
import type { Diagnosis, DiagnosisCause, DiagnosisSeverity } from './types.ts';
import { classifyHost, pageAddressSpace, targetAddressSpaceFor } from './address-space.ts';
import { isPotentiallyTrustworthyHost, isUnspecifiedAddress } from './trustworthy-host.ts';
import { browserEvidence, pageEvidence, targetEvidence } from './evidence.ts';
import {
  invalidUrlFixes,
  listenAddressFixes,
  lnaDeniedFixes,
  lnaInsecureFixes,
  lnaPromptFixes,
  mixedContentFixes,
} from './fixes/index.ts';
import { tr } from '../i18n/active-language.ts';

type UrlProblem = 'unparsable' | 'scheme' | 'credentials';

function parseTarget(input: string): URL | UrlProblem {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return 'unparsable';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme';
  if (url.username || url.password) return 'credentials';
  return url;
}

function invalidTitle(problem: UrlProblem): string {
  if (problem === 'unparsable') return tr('This is not a valid server URL');
  if (problem === 'scheme')
    return tr('The server URL must start with {http} or {https}', { http: 'http://', https: 'https://' });
  return tr('Browsers refuse URLs that contain a user name or password');
}

const RANK: Record<DiagnosisSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Causes that rest on the page's address space, which is guessed from its host name: the browser decides
 * from the address it loaded the page from (a hosts-file or LAN DNS name can point at a private one). A
 * no-cors probe that reaches the server proves these did not block.
 */
export const LNA_CAUSES: ReadonlySet<DiagnosisCause> = new Set<DiagnosisCause>([
  'lna-insecure-page',
  'lna-denied',
  'lna-prompt',
]);

/** Every static problem with calling `targetUrl` from this page, most severe first (stable within a severity). */
export function preflightChecks(targetUrl: string, page: PageContext): Diagnosis[] {
  const parsed = parseTarget(targetUrl);
  if (typeof parsed === 'string') {
    return [
      {
        cause: 'invalid-url',
        severity: 'error',
        title: invalidTitle(parsed),
        evidence: [tr('"{url}" is not a usable http(s) URL', { url: redactUrl(targetUrl.trim()) })],
        fixes: invalidUrlFixes(targetUrl, parsed),
      },
    ];
  }
  const url = parsed;
  const out: Diagnosis[] = [];
  const facts = [pageEvidence(page), targetEvidence(url)];
  const withBrowser = [...facts, browserEvidence(page)];
  const add = (d: Omit<Diagnosis, 'evidence'>, evidence: string[]) =>
    out.push({ cause: d.cause, severity: d.severity, title: d.title, evidence, fixes: d.fixes });

  const pageSpace = pageAddressSpace(page.hostname);
  const lnaTarget = targetAddressSpaceFor(page.hostname, url);
  const lnaApplies = page.lnaSupported && lnaTarget !== undefined && pageSpace === 'public';
  const permission = tr('Local network access permission for this site: {state}', {
    state: page.lnaPermission ?? 'unknown',
  });

  if (isUnspecifiedAddress(url.hostname)) {
    const blocked = pageSpace === 'public' || page.protocol === 'https:';
    add(
      {
        cause: 'listen-address',
        severity: blocked ? 'error' : 'warning',
        title: tr('{host} is where a server listens, not an address to call', { host: url.hostname }),
        fixes: listenAddressFixes(url),
      },
      facts,
    );
  }

  if (page.protocol === 'https:' && url.protocol === 'http:') {
    const local = classifyHost(url.hostname) === 'private'; // private by name = IP literal or .local
    if (isPotentiallyTrustworthyHost(url.hostname)) {
      if (page.browser === 'safari') {
        add(
          {
            cause: 'mixed-content',
            severity: 'error',
            title: tr('Safari blocks this https page from calling plain-http {host}', { host: url.host }),
            fixes: mixedContentFixes(url, page, false),
          },
          [
            ...withBrowser,
            tr('Safari treats {url} as mixed content; Chrome and Firefox do not', { url: 'http://localhost' }),
          ],
        );
      }
    } else if (page.browser === 'chromium' && page.lnaSupported && local) {
      if (page.lnaPermission !== 'granted' && page.lnaPermission !== 'denied') {
        add(
          {
            cause: 'mixed-content',
            severity: 'warning',
            title: tr('Plain-http {host} may be blocked unless you allow local network access', { host: url.host }),
            fixes: mixedContentFixes(url, page, true),
          },
          [...withBrowser, permission],
        );
      }
    } else {
      add(
        {
          cause: 'mixed-content',
          severity: 'error',
          title: tr("This https page can't call plain-http {host}", { host: url.host }),
          fixes: mixedContentFixes(url, page, false),
        },
        [
          ...facts,
          tr('Browsers block {scheme} requests from https pages unless the target is {localhost} or {loopback}', {
            scheme: 'http://',
            localhost: 'localhost',
            loopback: '127.0.0.1',
          }),
        ],
      );
    }
  }

  if (lnaApplies && page.browser === 'chromium' && !page.isSecureContext) {
    add(
      {
        cause: 'lna-insecure-page',
        severity: 'error',
        title:
          lnaTarget === 'loopback'
            ? tr('Chrome blocks this http page from reaching your computer')
            : tr('Chrome blocks this http page from reaching your local network'),
        fixes: lnaInsecureFixes(page),
      },
      [...withBrowser, tr('Only secure (https) pages may ask for local network access; others are refused silently')],
    );
  } else if (lnaApplies && page.lnaPermission === 'denied') {
    add(
      {
        cause: 'lna-denied',
        severity: 'error',
        title: tr('Local network access is blocked for this site'),
        fixes: lnaDeniedFixes(page),
      },
      [...withBrowser, permission],
    );
  } else if (lnaApplies && page.lnaPermission === 'prompt') {
    add(
      {
        cause: 'lna-prompt',
        severity: 'info',
        title: tr('The browser will ask to allow local network access'),
        fixes: lnaPromptFixes(),
      },
      [...withBrowser, permission],
    );
  }

  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** The most severe static problem, or null when the request can be sent. */
export function preflightCheck(targetUrl: string, page: PageContext): Diagnosis | null {
  return preflightChecks(targetUrl, page)[0] ?? null;
}
