// Gets the answer renderer ready before the first answer arrives, one step per idle moment: loads the
// markdown renderer, runs it once on each of a few small samples, then loads the open block's piecewise
// renderer and runs that once, then loads highlight.js and highlights a line in each of the languages
// answers use most. Otherwise the first token pays for all of it in one task: marked's regular expressions,
// DOMPurify's parser and each highlight.js grammar are compiled and built on their first use, not when they
// load (the first code block of a page cost a 54 ms frame mid-stream: 24 ms to evaluate highlight.js, 17 to
// highlight).
import { loadMarkdown, type RenderMarkdown } from './markdown-loader.ts';
import { loadOpenBlockRender, type OpenBlockRenderClass } from './open-block-loader.ts';
import { loadHighlighter } from './code-highlight.ts';
import { whenIdle } from '../util/when-idle.ts';

/** Calls `run` when the page is next idle. */
export type WhenIdle = (run: () => void) => void;

export interface WarmDeps {
  idle: WhenIdle;
  markdown: () => Promise<RenderMarkdown>;
  openBlock: () => Promise<OpenBlockRenderClass | undefined>;
  highlighter: () => Promise<{ highlight: (code: string, options: { language: string }) => unknown }>;
}

/**
 * Each sample first meets a different part of marked's grammar (its rules compile when first tried): the
 * block rules and DOMPurify's parser, then the inline rules, then the other blocks. One per idle moment.
 */
export const WARM_SAMPLES: readonly string[] = [
  'Hello.',
  'A *short* answer with `code`, **bold**, ~~gone~~ and a [link](https://example.com) or <https://example.com>.',
  '# Title\n\nSetext\n---\n\n> quoted\n\n- one\n- two\n\n1. first',
  '```js\nlet x = 1;\n```\n\n    indented\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<b>html</b>\n\n***',
];

/** A line in each of the languages answers use most (each grammar compiles on first use). One per idle moment. */
export const WARM_CODE: ReadonlyArray<readonly [language: string, code: string]> = [
  ['python', 'def f(x):\n    return x + 1'],
  ['javascript', 'const f = (x) => x + 1;'],
  ['typescript', 'const f = (x: number): number => x + 1;'],
  ['bash', 'echo "$HOME" | grep -v x'],
  ['json', '{"a": [1, true, null]}'],
];

/** Waits for an idle moment, but not longer than this. */
const IDLE_TIMEOUT_MS = 2000;

const browserIdle: WhenIdle = (run) => whenIdle(run, IDLE_TIMEOUT_MS);

let warming: Promise<void> | undefined;

/** Starts warming the renderer (once per page; later calls return the same promise). Never rejects. */
export function warmRenderer(deps?: Partial<WarmDeps>): Promise<void> {
  warming ??= warm({
    idle: browserIdle,
    markdown: loadMarkdown,
    openBlock: loadOpenBlockRender,
    highlighter: loadHighlighter,
    ...deps,
  }).catch(() => {});
  return warming;
}

async function warm({ idle, markdown, openBlock, highlighter }: WarmDeps): Promise<void> {
  const idleMoment = () => new Promise<void>((resolve) => idle(resolve));
  await idleMoment();
  const render = await markdown();
  for (const sample of WARM_SAMPLES) {
    await idleMoment();
    render(sample);
  }
  await idleMoment();
  const Piecewise = await openBlock();
  if (Piecewise) {
    await idleMoment();
    new Piecewise(render).update(`${WARM_SAMPLES[0]} and more`);
  }
  await idleMoment();
  const hljs = await highlighter();
  for (const [language, code] of WARM_CODE) {
    await idleMoment();
    hljs.highlight(code, { language });
  }
}

/** For tests: forget that warming ran. */
export function resetWarmRenderer(): void {
  warming = undefined;
}
