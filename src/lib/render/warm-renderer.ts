// Gets the answer renderer ready before the first answer arrives, one step per idle moment: loads the
// markdown renderer, runs it once on each of a few small samples, then loads the open block's piecewise
// renderer and runs that once. Otherwise the first token pays for all of it in one task: marked's regular
// expressions and DOMPurify's parser are compiled and built on their first use, not when they load.
import { loadMarkdown, type RenderMarkdown } from './markdown-loader.ts';
import { loadOpenBlockRender, type OpenBlockRenderClass } from './open-block-loader.ts';
import { whenIdle } from '../util/when-idle.ts';

/** Calls `run` when the page is next idle. */
export type WhenIdle = (run: () => void) => void;

export interface WarmDeps {
  idle: WhenIdle;
  markdown: () => Promise<RenderMarkdown>;
  openBlock: () => Promise<OpenBlockRenderClass | undefined>;
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

/** Waits for an idle moment, but not longer than this. */
const IDLE_TIMEOUT_MS = 2000;

const browserIdle: WhenIdle = (run) => whenIdle(run, IDLE_TIMEOUT_MS);

let warming: Promise<void> | undefined;

/** Starts warming the renderer (once per page; later calls return the same promise). Never rejects. */
export function warmRenderer(deps?: Partial<WarmDeps>): Promise<void> {
  warming ??= warm({ idle: browserIdle, markdown: loadMarkdown, openBlock: loadOpenBlockRender, ...deps }).catch(
    () => {},
  );
  return warming;
}

async function warm({ idle, markdown, openBlock }: WarmDeps): Promise<void> {
  const idleMoment = () => new Promise<void>((resolve) => idle(resolve));
  await idleMoment();
  const render = await markdown();
  for (const sample of WARM_SAMPLES) {
    await idleMoment();
    render(sample);
  }
  await idleMoment();
  const Piecewise = await openBlock();
  if (!Piecewise) return;
  await idleMoment();
  new Piecewise(render).update(`${WARM_SAMPLES[0]} and more`);
}

/** For tests: forget that warming ran. */
export function resetWarmRenderer(): void {
  warming = undefined;
}
