// When the user last pressed a key or a pointer on this page (performance.now()). Work that can wait (a
// fast stream's reading) gives way while someone types: each key owes them a frame, and a page busy with
// a stream paints late. Listens from the first question on, in the capture phase, passively.

let last = -Infinity;
let listening = false;

/** When the last key or pointer went down, or -Infinity when none has since this was first asked. */
export function lastInputAt(): number {
  if (!listening && typeof addEventListener === 'function') {
    listening = true;
    const note = () => void (last = performance.now());
    for (const type of ['keydown', 'pointerdown']) addEventListener(type, note, { capture: true, passive: true });
  }
  return last;
}
