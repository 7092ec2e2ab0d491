// The piecewise renderer of a long open block (open-block-render.ts) loads when the first answer streams,
// not with the page (the first-load budget). Until it has loaded, and for an answer that is not streaming,
// the open block is rendered whole, as one block.
import { renderOpenBlock } from './markdown-blocks.ts';
import type { OpenBlockHtml, OpenBlockRender } from './open-block-render.ts';

export type { OpenBlockHtml } from './open-block-render.ts';
export type OpenBlockRenderClass = typeof OpenBlockRender;
export interface OpenBlockView {
  update(open: string): OpenBlockHtml;
}

export const NO_OPEN_BLOCK: OpenBlockHtml = { settled: [], tail: '' };

let ready: OpenBlockRenderClass | undefined;

/** The piecewise renderer, loading it on first call (undefined when it cannot load: blocks render whole). */
export function loadOpenBlockRender(): Promise<OpenBlockRenderClass | undefined> {
  return import('./open-block-render.ts').then(
    (module) => (ready = module.OpenBlockRender),
    () => undefined,
  );
}

export function openBlockRenderNow(): OpenBlockRenderClass | undefined {
  return ready;
}

/** A view of the open block: in pieces once `Piecewise` has loaded, else whole. */
export function openBlockView(render: (block: string) => string, Piecewise = ready): OpenBlockView {
  if (Piecewise) return new Piecewise(render);
  return { update: (open) => (open === '' ? NO_OPEN_BLOCK : { settled: [], tail: renderOpenBlock(open, render) }) };
}
