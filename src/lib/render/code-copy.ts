// Gives rendered code blocks a "Copy code" button (see finished-block.ts, which calls it per finished block).
import { copyText } from './copy-text.ts';
function decorate(pre: HTMLElement): void {
  if (pre.querySelector(':scope > button.copy-code')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = 'Copy code';
  button.addEventListener('click', () => {
    const code = pre.querySelector('code')?.textContent ?? '';
    void copyText(code).then(() => {
      button.textContent = 'Copied';
      setTimeout(() => (button.textContent = 'Copy code'), 1500);
    });
  });
  pre.append(button);
}

/** Gives the code blocks now inside `element` a "Copy code" button (once each). */
export function addCopyButtons(element: HTMLElement): void {
  for (const pre of element.querySelectorAll<HTMLElement>('pre[data-code-block]')) decorate(pre);
}
