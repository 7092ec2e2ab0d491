// The page's origin as servers see it, for CORS fixes. Apart from page-context.ts: only the diagnosis needs it.
import type { PageContext } from './page-context.ts';

/** The origin as it appears in `Origin` headers and server allow-lists: no trailing slash, port kept. */
export function fixOrigin(page: Pick<PageContext, 'origin'>): string {
  if (page.origin === 'null') return 'null';
  const raw = page.origin.trim().replace(/\/+$/, '');
  // URL#origin is 'null' for non-http schemes (tauri://, app://), so only canonicalise http(s)
  if (!/^https?:\/\//i.test(raw)) return raw;
  try {
    return new URL(raw).origin;
  } catch {
    return raw;
  }
}
