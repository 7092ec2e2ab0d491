// Reads this page's facts (origin, secure context, browser, Local Network Access permission) from the
// browser, for the pure diagnosis engine.
import { makePageContext, readLnaPermission, targetAddressSpaceFor, type PageContext } from '../../lib/diagnostics/index.ts';

interface NavigatorWithUaData extends Navigator {
  userAgentData?: { brands?: { brand: string; version: string }[] };
}

/** Without the permission state: cheap and synchronous, for warnings while typing. */
export function pageContextNow(): PageContext {
  const nav = navigator as NavigatorWithUaData;
  return makePageContext({
    origin: location.origin,
    protocol: location.protocol,
    hostname: location.hostname,
    isSecureContext,
    userAgent: nav.userAgent,
    ...(nav.userAgentData?.brands ? { brands: nav.userAgentData.brands } : {}),
  });
}

/** With the LNA permission state for `targetUrl`, when the browser can tell. */
export async function pageContextFor(targetUrl: string): Promise<PageContext> {
  const base = pageContextNow();
  const space = targetAddressSpaceFor(base.hostname, targetUrl);
  if (!space) return base;
  const nav = navigator as NavigatorWithUaData;
  const lnaPermission = await readLnaPermission(navigator.permissions, space);
  return makePageContext({
    origin: base.origin,
    protocol: base.protocol,
    hostname: base.hostname,
    isSecureContext,
    userAgent: nav.userAgent,
    ...(nav.userAgentData?.brands ? { brands: nav.userAgentData.brands } : {}),
    lnaPermission,
  });
}
