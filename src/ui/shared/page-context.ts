// Reads this page's facts (origin, secure context, browser, Local Network Access permission) from the
// browser, for the pure diagnosis engine.
// Direct imports, not the diagnostics barrel: the chat's first load must not pull in the whole engine.
import { targetAddressSpaceFor } from '../../lib/diagnostics/address-space.ts';
import { makePageContext, type LnaPermission, type PageContext } from '../../lib/diagnostics/page-context.ts';
import { readLnaPermission } from '../../lib/diagnostics/permissions.ts';

interface NavigatorWithUaData extends Navigator {
  userAgentData?: { brands?: { brand: string; version: string }[] };
}

function readPage(lnaPermission?: LnaPermission): PageContext {
  const nav = navigator as NavigatorWithUaData;
  return makePageContext({
    origin: location.origin,
    protocol: location.protocol,
    hostname: location.hostname,
    isSecureContext,
    userAgent: nav.userAgent,
    ...(nav.userAgentData?.brands ? { brands: nav.userAgentData.brands } : {}),
    ...(lnaPermission ? { lnaPermission } : {}),
  });
}

/** Without the permission state: cheap and synchronous, for warnings while typing. */
export function pageContextNow(): PageContext {
  return readPage();
}

/** With the LNA permission state for `targetUrl`, when the browser can tell. */
export async function pageContextFor(targetUrl: string): Promise<PageContext> {
  const space = targetAddressSpaceFor(location.hostname, targetUrl);
  return space ? readPage(await readLnaPermission(navigator.permissions, space)) : readPage();
}
