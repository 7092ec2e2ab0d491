// Text the engine writes, shaped once in its worker before the page gets it. The first time a page lays out a
// character its fonts lack, the browser looks for a fallback font with a blocking call on the thread doing the
// layout (on Linux, tens to hundreds of milliseconds for the first few: a model's answer in a script the page has
// not shown yet froze the page that long). The answer is kept for the whole renderer process, the page's thread
// included: shaped here first, the lookups block the worker instead and the page's layout finds them done.

const TEXT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * The page's text and code fonts (tokens.css --font and --mono), so the same characters fall back here; the
 * text font bold and italic too (markdown's strong, emphasis and headings), each a face with lookups of its own.
 */
const PAGE_FONTS = [
  `16px ${TEXT_FONT}`,
  `bold 16px ${TEXT_FONT}`,
  `italic 16px ${TEXT_FONT}`,
  "16px ui-monospace, 'SF Mono', Menlo, Consolas, monospace",
];

/** The font MathML is laid out in (the `math` generic family of the UA style sheet). */
const MATH_FONT = '16px math';

/**
 * Math the page renders (temml's MathML) writes a one-letter identifier in its mathematical italic form
 * (U+1D44E…, with ℎ for h), characters no text has: each is a fallback lookup of its own the first time.
 */
const MATH_ITALICS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZαβγδεζηθικλμνξοπρστυφχψω']
  .map(mathItalic)
  .join(' ');

function mathItalic(letter: string): string {
  const code = letter.codePointAt(0) as number;
  if (letter === 'h') return 'ℎ'; // the one italic letter Unicode had before its math block
  if (code >= 0x3b1) return String.fromCodePoint(0x1d6fc + code - 0x3b1);
  if (code >= 0x61) return String.fromCodePoint(0x1d44e + code - 0x61);
  return String.fromCodePoint(0x1d434 + code - 0x41);
}

/** Where math may start: $ or \( or \[ (math-syntax.ts). */
const MATH_START = /\$|\\[([]/;

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
  let mathWarmed = false;
  return (text) => {
    if (!measure) return;
    if (!mathWarmed && MATH_START.test(text)) {
      mathWarmed = true;
      measure(MATH_ITALICS, MATH_FONT);
    }
    let fresh = false;
    for (const char of text) {
      if (char.charCodeAt(0) < 0x80 || seen.has(char)) continue;
      seen.add(char);
      fresh = true;
    }
    if (fresh) for (const font of [...PAGE_FONTS, MATH_FONT]) measure(text, font);
  };
}
