// Svelte action for an element that should have focus as soon as it appears. Apart from focus-trap.ts:
// the chat's messages use this one, while the trap is only for (lazily loaded) dialogs.

/** Svelte action: the element takes focus when it appears (an edit box opened by its button). */
export function takeFocus(node: HTMLElement): void {
  node.focus();
}
