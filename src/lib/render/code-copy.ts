// Gives rendered code blocks a "Copy code" button in their header (see finished-block.ts, which calls it
// per finished block, and markdown-html.ts for the block's markup).
import { copyText } from './copy-text.ts';
import { tr } from '../i18n/active-language.ts';

function decorate(block: HTMLElement): void {
  const header = block.querySelector(':scope > .code-header');
  if (!header || header.querySelector(':scope > button.copy-code')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = tr('Copy code');
  button.addEventListener('click', () => {
    const code = block.querySelector('pre[data-code-block] > code')?.textContent ?? '';
    void copyText(code).then(() => {
      button.textContent = tr('Copied');
      setTimeout(() => (button.textContent = tr('Copy code')), 1500);
    });
  });
  header.append(button);
}

/** Gives the code blocks now inside `element` a "Copy code" button (once each). */
export function addCopyButtons(element: HTMLElement): void {
  for (const block of element.querySelectorAll<HTMLElement>('.code-block')) decorate(block);
}
