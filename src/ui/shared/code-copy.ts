// Svelte action: gives every rendered code block a "Copy code" button (re-run after each render).
import { copyText } from './copy-text.ts';
export function codeCopyButtons(element: HTMLElement): { destroy(): void } {
  const decorate = (pre: HTMLElement) => {
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
  };
  const decorateWithin = (root: Element) => {
    if (root instanceof HTMLElement && root.matches('pre[data-code-block]')) decorate(root);
    for (const pre of root.querySelectorAll<HTMLElement>('pre[data-code-block]')) decorate(pre);
  };
  decorateWithin(element);
  // only what was added is looked at, so a long streamed answer is not searched again on every frame
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) decorateWithin(node);
  });
  observer.observe(element, { childList: true, subtree: true });
  return { destroy: () => observer.disconnect() };
}
