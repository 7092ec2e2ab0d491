// Keeps the chat above a phone's on-screen keyboard. Browsers that only shrink the visual viewport when
// the keyboard opens (iOS Safari; Chrome unless the page asks otherwise) leave the layout at full height,
// so the composer would sit behind the keyboard: the covered height goes into --keyboard-inset, which
// styles/layout.css takes off the chat's height.

export interface ViewportSize {
  /** the layout viewport's height less any scrollbar (the root's clientHeight), as the visual one measures */
  layoutHeight: number;
  height: number;
  offsetTop: number;
  scale: number;
}

/** The height at the bottom of the layout viewport that the visual viewport does not show. */
export function keyboardInset(v: ViewportSize): number {
  // pinch zoom shrinks the visual viewport too; that is the reader's choice, not a keyboard
  if (Math.abs(v.scale - 1) > 0.01) return 0;
  return Math.max(0, Math.round(v.layoutHeight - v.height - v.offsetTop));
}

/** Follows the visual viewport until the returned function is called. */
export function followKeyboard(win: Window = window): () => void {
  const vv = win.visualViewport;
  if (!vv) return () => {};
  const root = win.document.documentElement;
  const update = () => {
    const inset = keyboardInset({
      layoutHeight: root.clientHeight,
      height: vv.height,
      offsetTop: vv.offsetTop,
      scale: vv.scale,
    });
    if (inset > 0) root.style.setProperty('--keyboard-inset', `${inset}px`);
    else root.style.removeProperty('--keyboard-inset');
  };
  update();
  vv.addEventListener('resize', update);
  vv.addEventListener('scroll', update);
  return () => {
    vv.removeEventListener('resize', update);
    vv.removeEventListener('scroll', update);
    root.style.removeProperty('--keyboard-inset');
  };
}
