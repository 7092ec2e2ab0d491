// The markdown renderer (marked and DOMPurify, about a fifth of the app's code) loads when the first
// answer is about to be shown, not with the page: a first visit, an empty chat and Settings never need it.
// If it cannot load (the network went away after a new version was deployed), answers show as escaped
// plain text, and the next answer tries the load again.
import type { RenderOptions } from './markdown.ts';
import { plainBlockHtml } from './plain-fallback.ts';

export type RenderMarkdown = (text: string, options?: RenderOptions) => string;

let ready: RenderMarkdown | undefined;
let loading: Promise<RenderMarkdown> | undefined;

const plainText: RenderMarkdown = (text) => plainBlockHtml(text, 'error');

/** The renderer, loading it on first call. Never rejects. */
export function loadMarkdown(load: () => Promise<{ renderMarkdown: RenderMarkdown }> = () => import('./markdown.ts')) {
  loading ??= load().then(
    (module) => (ready = module.renderMarkdown),
    () => {
      loading = undefined;
      return plainText;
    },
  );
  return loading;
}

/** The renderer if it has loaded, so an answer opened later renders in the same frame. */
export function markdownNow(): RenderMarkdown | undefined {
  return ready;
}
