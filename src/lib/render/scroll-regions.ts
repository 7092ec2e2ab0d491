// Keyboard reach for the parts of an answer that scroll sideways: tables and code blocks become tab stops
// (so arrow keys can scroll them; axe: scrollable-region-focusable). Applied to sanitised output only,
// and no other element keeps a tabindex: model output never decides what takes focus.

/** The little of a DOM element this needs (a real Element in the browser, a stand-in in tests). */
export interface MarkableElement {
  readonly tagName: string;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/** Makes a rendered table or code block reachable by keyboard; strips tabindex from anything else. */
export function markScrollRegion(el: MarkableElement): void {
  if (el.tagName === 'TABLE') {
    // the table itself is the sideways scroller (styles/chat.css); it is named by its own role
    el.setAttribute('tabindex', '0');
  } else if (el.tagName === 'PRE' && el.hasAttribute('data-code-block')) {
    el.setAttribute('tabindex', '0');
    // a name for the tab stop; a group, as aria-label is not allowed on an element without a role
    el.setAttribute('role', 'group');
    el.setAttribute('aria-label', 'Code');
  } else {
    el.removeAttribute('tabindex');
  }
}
