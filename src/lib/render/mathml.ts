// TeX → sanitised MathML. Loaded on demand with temml, by math-render.ts only: answers without math
// never fetch either. Browser only for `mathMl` (DOMPurify needs a window); `temmlMarkup` runs anywhere.
//
// Temml rather than KaTeX: temml writes MathML only, which Chromium, Firefox and Safari lay out
// themselves, so it needs no stylesheet and no web fonts, and its output survives a strict sanitiser;
// KaTeX's HTML output depends on inline styles (which we strip) plus ~20 font files and its CSS.
// Untrusted TeX: temml's `trust` stays off (no \href, \class, \style, \includegraphics), and its output
// is sanitised again with DOMPurify's MathML profile, without styles, links, ids or classes.
import DOMPurify from 'dompurify';
import temml from 'temml';

/** TeX longer than this stays as text: rendering it would hold the tab for little benefit. */
const MAX_TEX_CHARS = 20_000;

let purifier: ReturnType<typeof DOMPurify> | undefined;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.setConfig({
    USE_PROFILES: { mathMl: true },
    FORBID_ATTR: ['style', 'href', 'xlink:href', 'src', 'id', 'class'],
    // DOMPurify tests every attribute value that is not a known URL-free one against this: so no value
    // with a scheme (javascript:…), while display="block", mathvariant="normal" and such pass
    ALLOWED_URI_REGEXP: /^[^:]*$/,
  });
  return purifier;
}

/**
 * temml's style attributes (display math, \color): DOMPurify drops them, but the page's CSP (style-src
 * 'self') would report each one as DOMPurify parses the markup. temml escapes quotes in attribute values
 * and < > " in text, so this matches attributes only.
 */
const STYLE_ATTRIBUTE = / style="[^"]*"/g;

/** temml's MathML for `tex`, NOT sanitised yet; undefined when it cannot render it (too long, an error). */
export function temmlMarkup(tex: string, display: boolean): string | undefined {
  if (tex.length > MAX_TEX_CHARS) return undefined;
  try {
    const markup = temml.renderToString(tex, { displayMode: display, trust: false, throwOnError: true });
    return markup.replace(STYLE_ATTRIBUTE, '');
  } catch {
    return undefined;
  }
}

/** Sanitised MathML for `tex`, or undefined when temml cannot render it (the source then stays). */
export function mathMl(tex: string, display: boolean): string | undefined {
  const markup = temmlMarkup(tex, display);
  return markup === undefined ? undefined : (getPurifier().sanitize(markup) as string);
}
