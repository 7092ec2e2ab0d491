// Svelte action for popovers and dialogs: on opening it moves focus inside (to the element marked
// data-autofocus, else the first focusable one), keeps Tab and Shift+Tab inside, makes Escape close
// it (see layers.ts), and on closing gives focus back to what had it before, usually the opener.
import { layers } from './layers.ts';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/**
 * Where Tab goes from the focused element at `current` among `count` focusables: the other end when
 * it would leave the trap, undefined when the browser's own move stays inside.
 */
export function wrapTarget(count: number, current: number, backwards: boolean): number | undefined {
  if (count === 0) return -1; // nothing focusable: keep focus on the container
  if (current < 0) return backwards ? count - 1 : 0;
  if (backwards && current === 0) return count - 1;
  if (!backwards && current === count - 1) return 0;
  return undefined;
}

export interface TrapOptions {
  /** closes the popover or dialog (Escape calls it) */
  onClose: () => void;
}

export function trapFocus(node: HTMLElement, options: TrapOptions): { update(o: TrapOptions): void; destroy(): void } {
  let current = options;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const removeLayer = layers.push(() => current.onClose());
  const focusables = () =>
    [...node.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);

  if (!node.hasAttribute('tabindex')) node.tabIndex = -1;
  (node.querySelector<HTMLElement>('[data-autofocus]') ?? focusables()[0] ?? node).focus();

  function onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Tab') return;
    const items = focusables();
    const at = wrapTarget(items.length, items.indexOf(document.activeElement as HTMLElement), event.shiftKey);
    if (at === undefined) return;
    event.preventDefault();
    (items[at] ?? node).focus();
  }
  node.addEventListener('keydown', onKeydown);

  return {
    update: (next) => void (current = next),
    destroy() {
      node.removeEventListener('keydown', onKeydown);
      removeLayer();
      const active = document.activeElement;
      const lost = !active || active === document.body || node.contains(active);
      if (lost && opener?.isConnected) opener.focus();
    },
  };
}
