// Model output → safe HTML: marked (markdown-html.ts) then DOMPurify with a strict allow-list, or plain
// text for a block over the render limits (plain-fallback.ts). Browser only (DOMPurify needs a window).
//
// Decisions (model output is untrusted; a prompt-injected answer must not leak the chat):
// - Raw HTML in the markdown is shown as text, never rendered.
// - Links: only http, https and mailto; they open in a new tab with rel="noopener noreferrer".
//   javascript:, vbscript:, data: and relative URLs are dropped, obfuscated forms too (safe-url.ts).
// - Images: by default remote images are NOT loaded (an image URL can carry the conversation to a third
//   party the moment it renders); they become a plain link the user may choose to open. A chat's
//   "Show images" setting loads http(s) images, with no referrer and lazily. Inline
//   data:image/png|jpeg|gif|webp images are always shown; SVG never.
// - Code blocks: <pre data-code-block data-lang="x"><code class="language-x">, after a header with the
//   language name where the UI adds a copy button.
// - Tables and code blocks are tab stops, so a keyboard can scroll them sideways; no other element
//   keeps a tabindex (scroll-regions.ts).
// - Math: placeholders with the TeX as text, turned into sanitised MathML later (math-render.ts).
//   Very large blocks are not highlighted (highlight.js would hold the tab for seconds).
import DOMPurify from 'dompurify';
import { isInlineImage, remoteImageUrl, safeLinkUrl } from './safe-url.ts';
import { unsanitisedHtml } from './markdown-html.ts';
import { renderOrPlain } from './plain-fallback.ts';
import { MATH_MARK } from './math-markdown.ts';
import { loadMath } from './math-render.ts';
import { markScrollRegion } from './scroll-regions.ts';

export interface RenderOptions {
  /** load remote http(s) images (the chat's "Show images" setting); default false */
  remoteImages?: boolean;
}

/** Set for the duration of one synchronous renderMarkdown call. */
let allowRemoteImages = false;

let purifier: ReturnType<typeof DOMPurify> | undefined;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  // Own instance, so these hooks never affect other DOMPurify users on the page.
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    markScrollRegion(node);
    if (node.tagName === 'A') {
      const href = node.getAttribute('href');
      const safe = href === null ? undefined : safeLinkUrl(href);
      if (safe === undefined) {
        node.removeAttribute('href');
        node.removeAttribute('target');
      } else {
        node.setAttribute('href', safe);
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    }
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (isInlineImage(src)) return;
      const remote = allowRemoteImages ? remoteImageUrl(src) : undefined;
      if (remote === undefined) return void node.remove();
      node.setAttribute('src', remote);
      node.setAttribute('referrerpolicy', 'no-referrer');
      node.setAttribute('loading', 'lazy');
    }
  });
  // parsed once: passing the config to every sanitize() call re-parses it each time (costly per block)
  instance.setConfig(SANITIZE_CONFIG);
  purifier = instance;
  return instance;
}

const SANITIZE_CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'iframe',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'object',
    'embed',
    'link',
    'meta',
    'base',
  ],
  FORBID_ATTR: ['style', 'srcset', 'formaction', 'action'],
  ADD_ATTR: ['target', 'referrerpolicy', 'loading'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
};

/**
 * Sanitised HTML for a message block. Never put model output into {@html} any other way. Never throws:
 * a block too deep, too costly or failing to render comes back as escaped plain text (plain-fallback.ts).
 */
export function renderMarkdown(text: string, options: RenderOptions = {}): string {
  return renderOrPlain(text, (source) => {
    allowRemoteImages = options.remoteImages === true;
    try {
      const html = getPurifier().sanitize(unsanitisedHtml(source, options)) as string;
      // math shows as MathML once its block is finished; start fetching the renderer now
      if (html.includes(MATH_MARK)) loadMath().catch(() => undefined);
      return html;
    } finally {
      allowRemoteImages = false;
    }
  });
}
