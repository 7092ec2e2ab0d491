// Names that come from a server or a file (model ids, connection names, chat titles) shown so they
// cannot spoof: every invisible or direction-changing character is replaced by a visible ⟨U+XXXX⟩
// marker. A right-to-left override could make "gpt-4o‮lper" read as another model, a zero-width space
// makes two different ids look identical. A run of one such character is one counted marker
// (⟨U+200B ×300⟩), so padding cannot make a name endless. The stored value is never changed (a model id
// must be sent back exactly); only what is shown.

/**
 * Controls (Cc), format characters (Cf: bidi embeddings/overrides/isolates, marks, zero-width
 * characters, soft hyphen, tags), line/paragraph separators, and letters that render as blank space.
 */
const INVISIBLE_CLASS = '\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\u115F\\u1160\\u3164\\uFFA0\\u2800';
/** Every space separator (Zs) but the plain space: no-break, em, ideographic (U+3000)… */
const ODD_SPACE_CLASS = '\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000';

const INVISIBLE = new RegExp(`([${INVISIBLE_CLASS}])\\1*`, 'gu');
/** For ids: also odd spaces, and plain spaces HTML would collapse or drop (leading, trailing, repeated). */
const HIDDEN_IN_ID = new RegExp(`([${INVISIBLE_CLASS}${ODD_SPACE_CLASS}])\\1*|^ +| +$| {2,}`, 'gu');

function marker(run: string): string {
  const chars = [...run];
  const hex = (run.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return chars.length > 1 ? `⟨U+${hex} ×${chars.length}⟩` : `⟨U+${hex}⟩`;
}

/** `name` with every invisible or bidi control character shown as ⟨U+XXXX⟩. */
export function visibleName(name: string): string {
  return name.replace(INVISIBLE, marker);
}

/**
 * A model id as shown: like visibleName, and every space that would not show as one plain space is
 * marked too, since in an id each character counts. (Names and titles keep theirs: U+3000 is the
 * ordinary space of CJK text.)
 */
export function visibleId(id: string): string {
  return id.replace(HIDDEN_IN_ID, marker);
}
