// The one markdown render queue of the page, shared by every answer shown (chat messages and Compare
// columns), and whether it is behind: the stream readers read less per frame while it is
// (session/frame-pacer.ts), so the screen keeps up with what was read.
import { RenderQueue } from '../../lib/render/progressive-render.ts';
import { nextFrame } from '../../lib/session/frame-batcher.ts';

/** markdown rendering per frame, for all answers together */
const RENDER_BUDGET_MS = 8;

export const answerRenderQueue = new RenderQueue(RENDER_BUDGET_MS, (run) => void nextFrame(run));

export const renderBehind = (): boolean => answerRenderQueue.behind();
