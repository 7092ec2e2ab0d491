// Frame busting for hosts that send no frame-ancestors or X-Frame-Options header: inside another page's
// frame the app does not start, since a page around it could overlay or disguise its buttons and fields
// (clickjacking). It shows a short notice, in the interface language, with a link that opens the app in a
// tab of its own instead.
import { tr } from '../lib/i18n/active-language.ts';

/** Whether this window is inside a frame; a browser that will not say counts as framed. */
export function isFramed(win: { readonly top: unknown; readonly self: unknown }): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true;
  }
}

/** Replaces the content of `target` with the notice; `href` is this page's own address. */
export function showFramedNotice(target: HTMLElement, href: string): void {
  const doc = target.ownerDocument;
  const box = doc.createElement('main');
  box.className = 'framed-notice';
  const heading = doc.createElement('h1');
  heading.textContent = 'Switchboard';
  const why = doc.createElement('p');
  why.textContent = tr(
    'Switchboard does not run inside another page: a page around it could disguise its buttons and fields.',
  );
  const link = doc.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = tr('Open Switchboard in its own tab');
  const line = doc.createElement('p');
  line.append(link);
  box.append(heading, why, line);
  target.replaceChildren(box);
}
