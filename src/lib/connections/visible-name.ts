// Names that come from a server or a file (model ids, connection names, chat titles) shown so they
// cannot spoof: every invisible or direction-changing character is replaced by a visible ⟨U+XXXX⟩
// marker. A right-to-left override could make "gpt-4o‮lper" read as another model, a zero-width space
// makes two different ids look identical. The stored value is never changed (a model id must be
// sent back exactly); only what is shown.

/**
 * Controls (Cc), format characters (Cf: bidi embeddings/overrides/isolates, marks, zero-width
 * characters, soft hyphen, tags), line/paragraph separators, and letters that render as blank space.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/gu;

function marker(char: string): string {
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `⟨U+${hex}⟩`;
}

/** `name` with every invisible or bidi control character shown as ⟨U+XXXX⟩. */
export function visibleName(name: string): string {
  return name.replace(INVISIBLE, marker);
}
