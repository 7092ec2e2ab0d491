// Text the engine writes, shaped once in its worker before the page gets it. The first time a page lays out a
// character its fonts lack, the browser looks for a fallback font with a blocking call on the thread doing the
// layout (on Linux, tens to hundreds of milliseconds for the first few: a model's answer in a script the page has
// not shown yet froze the page that long). The answer is kept for the whole renderer process, the page's thread
// included: shaped here first, the lookups block the worker instead and the page's layout finds them done.

/** The page's text and code fonts (tokens.css --font and --mono), so the same characters fall back here. */
const PAGE_FONTS = [
  "16px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  "16px ui-monospace, 'SF Mono', Menlo, Consolas, monospace",
];

export type MeasureText = (text: string, font: string) => void;

/** Shapes `text` in an OffscreenCanvas (absent, e.g. in node: nothing to warm). */
function canvasMeasure(): MeasureText | undefined {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return undefined;
  return (text, font) => {
    context.font = font;
    context.measureText(text);
  };
}

/**
 * A function to call with each piece of text before it goes to the page: a piece with a character not seen yet
 * (ASCII aside, which every font has) is shaped whole, in the page's fonts, so that a character combining with
 * its neighbours falls back as it will on the page.
 */
export function createGlyphWarmer(measure: MeasureText | undefined = canvasMeasure()): (text: string) => void {
  const seen = new Set<string>();
  return (text) => {
    if (!measure) return;
    let fresh = false;
    for (const char of text) {
      if (char.charCodeAt(0) < 0x80 || seen.has(char)) continue;
      seen.add(char);
      fresh = true;
    }
    if (fresh) for (const font of PAGE_FONTS) measure(text, font);
  };
}
