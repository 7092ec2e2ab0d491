// The facts about this page that decide which browser rules apply (origin, secure context, browser family,
// Local Network Access). Pure: the UI fills the inputs from `location` and `navigator`.

export type BrowserFamily = 'chromium' | 'firefox' | 'safari' | 'other';
export type LnaPermission = 'granted' | 'denied' | 'prompt' | 'unknown';

export interface PageContext {
  /** `location.origin` exactly: scheme, host and port, no trailing slash (`'null'` for file pages) */
  origin: string;
  /** `location.protocol`, e.g. `'https:'` */
  protocol: string;
  /** `location.hostname` */
  hostname: string;
  isSecureContext: boolean;
  browser: BrowserFamily;
  /** the browser gates local-network requests behind a permission (Chrome 142+) */
  lnaSupported: boolean;
  lnaPermission?: LnaPermission;
}

/** What `navigator.userAgentData?.brands` and `navigator.userAgent` say. */
export interface UserAgentFacts {
  brands?: readonly { brand: string; version: string }[];
  userAgent?: string;
}

/** Chrome shipped the Local Network Access permission in 142. */
export const LNA_CHROMIUM_MAJOR = 142;

/**
 * Engine family: decides mixed-content and LNA rules, never how errors are worded. Every iOS browser is
 * WebKit, so it counts as Safari.
 */
export function browserFamily(facts: UserAgentFacts): BrowserFamily {
  if (facts.brands?.some((b) => b.brand === 'Chromium')) return 'chromium';
  const ua = facts.userAgent ?? '';
  if (/\b(iPhone|iPad|iPod)\b/.test(ua)) return 'safari';
  if (/\bFirefox\/\d/.test(ua)) return 'firefox';
  // headless Chromium says HeadlessChrome/…; userAgentData (brands) is missing on insecure pages
  if (/\b(?:Headless)?(Chrome|Chromium|Edg|OPR)\/\d/.test(ua)) return 'chromium';
  if (/\bVersion\/\d.*\bSafari\/\d/.test(ua)) return 'safari';
  return 'other';
}

/** Major version of the engine (Chromium brand, Chrome/…, Firefox/…, Version/… for Safari). */
export function browserMajorVersion(facts: UserAgentFacts): number | undefined {
  const brand = facts.brands?.find((b) => b.brand === 'Chromium');
  if (brand) return Number.parseInt(brand.version, 10) || undefined;
  const ua = facts.userAgent ?? '';
  const m = /\b(?:Headless)?(?:Chrome|Chromium|Firefox)\/(\d+)/.exec(ua) ?? /\bVersion\/(\d+)/.exec(ua);
  return m?.[1] ? Number.parseInt(m[1], 10) : undefined;
}

export interface PageContextInput extends UserAgentFacts {
  origin: string;
  protocol: string;
  hostname: string;
  isSecureContext: boolean;
  lnaPermission?: LnaPermission;
  /** override when the UI knows better */
  lnaSupported?: boolean;
}

/**
 * Builds a PageContext. LNA counts as supported when the permission could be read (only LNA browsers know
 * the name) or the engine is Chromium 142+.
 */
export function makePageContext(input: PageContextInput): PageContext {
  const browser = browserFamily(input);
  const major = browserMajorVersion(input);
  const permissionKnown = input.lnaPermission !== undefined && input.lnaPermission !== 'unknown';
  const lnaSupported =
    input.lnaSupported ?? (permissionKnown || (browser === 'chromium' && (major ?? 0) >= LNA_CHROMIUM_MAJOR));
  const ctx: PageContext = {
    origin: input.origin,
    protocol: input.protocol,
    hostname: input.hostname,
    isSecureContext: input.isSecureContext,
    browser,
    lnaSupported,
  };
  if (input.lnaPermission !== undefined) ctx.lnaPermission = input.lnaPermission;
  return ctx;
}
