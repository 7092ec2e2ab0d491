// The options every request through a connection carries (the Local Network Access hint and the
// request log), from the page facts the UI sets once at start-up. Kept apart from diagnose.ts so the
// chat's first load does not carry the diagnosis engine (which loads on demand).
import type { Connection } from '../connections/types.ts';
import { targetAddressSpaceFor } from '../diagnostics/address-space.ts';
import type { PageContext } from '../diagnostics/page-context.ts';
import { exchangeLog } from './exchange-log.ts';

let currentPage: PageContext | undefined;

/** The page facts that request options are computed from; set once by the UI at start-up. */
export function setPageContext(page: PageContext): void {
  currentPage = page;
}

/** Request options every call through `c` carries: the LNA hint and the request log. */
export function requestOptionsFor(c: Connection, page: PageContext | undefined = currentPage) {
  const space = page ? targetAddressSpaceFor(page.hostname, c.base_url) : undefined;
  return { onExchange: exchangeLog.observerFor(c.id), ...(space ? { targetAddressSpace: space } : {}) };
}
