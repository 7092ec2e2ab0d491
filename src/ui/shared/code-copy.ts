// Svelte action: gives every rendered code block a "Copy code" button (re-run after each render).
import { copyText } from './copy-text.ts';
export function codeCopyButtons(element: HTMLElement): { destroy(): void } {
  const decorate = () => {
    for (const pre of element.querySelectorAll<HTMLElement>('pre[data-code-block]')) {
      if (pre.querySelector(':scope > button.copy-code')) continue;
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
  };
  decorate();
  const observer = new MutationObserver(decorate);
  observer.observe(element, { childList: true, subtree: true });
  return { destroy: () => observer.disconnect() };
}
