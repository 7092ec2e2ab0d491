// Which URLs from model output may become a link or an image. Pure; used by the markdown sanitiser.
//
// The check runs on the value the browser would use: tabs and newlines anywhere and C0 controls or
// spaces at either end are what the URL parser drops (so `java\tscript:` is `javascript:`), and the
// scheme is read by the URL parser itself (mixed case, entities already decoded by the HTML parser).
// Anything that is not an absolute URL with an allowed scheme is refused, including relative URLs:
// they would resolve against this page.

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const REMOTE_IMAGE_SCHEMES = new Set(['http:', 'https:']);
/** Raster data images only: an SVG data image can carry script in some contexts. */
const INLINE_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp);base64,[a-z0-9+/=]+$/i;

/** What the URL parser would see: inner tab/LF/CR removed, C0 controls and spaces trimmed. */
export function urlAsParsed(raw: string): string {
  // eslint-disable-next-line no-control-regex -- matching C0 controls is the point
  return raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

function withScheme(raw: string, schemes: ReadonlySet<string>): string | undefined {
  const cleaned = urlAsParsed(raw);
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return undefined;
  }
  return schemes.has(url.protocol) ? cleaned : undefined;
}

/** The link target to keep (http, https, mailto), or undefined to drop the link. */
export function safeLinkUrl(raw: string): string | undefined {
  return withScheme(raw, LINK_SCHEMES);
}

/** A remote (http/https) image address, or undefined. */
export function remoteImageUrl(raw: string): string | undefined {
  return withScheme(raw, REMOTE_IMAGE_SCHEMES);
}

/** Whether this is an inline raster image (data:image/png|jpeg|gif|webp;base64). */
export function isInlineImage(raw: string): boolean {
  return INLINE_IMAGE.test(urlAsParsed(raw).replace(/\s+/g, ''));
}
