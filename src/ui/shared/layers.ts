// The open popovers, dialogs and edit boxes, innermost last: Escape closes the innermost one, and
// only when none is open does it reach the chat (where it stops a running answer).

export class LayerStack {
  private readonly open: Array<() => void> = [];

  /** Registers a layer that `close` shuts; the returned function unregisters it (call it on close). */
  push(close: () => void): () => void {
    const entry = () => close();
    this.open.push(entry);
    return () => {
      const at = this.open.lastIndexOf(entry);
      if (at >= 0) this.open.splice(at, 1);
    };
  }

  /** Closes the innermost open layer; false when there was none. */
  closeTop(): boolean {
    const top = this.open.pop();
    top?.();
    return top !== undefined;
  }

  get size(): number {
    return this.open.length;
  }
}

export const layers = new LayerStack();

/** Svelte action: the element is an Escape-closable layer (an edit box or inline form) while mounted. */
export function escapeLayer(
  _node: HTMLElement,
  close: () => void,
): { update(next: () => void): void; destroy(): void } {
  let current = close;
  const remove = layers.push(() => current());
  return {
    update: (next) => void (current = next),
    destroy: remove,
  };
}
