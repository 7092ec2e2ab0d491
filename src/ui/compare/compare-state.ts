// The Compare view's one runner, made when the view first loads and kept for the page's lifetime (in
// this lazy chunk's module scope), so runs go on and keep their Stop buttons while another page is shown.
// A closing page journals what is not written yet; the next start merges journals in.
import { streamChatBatches } from '../../lib/providers/index.ts';
import { requestOptionsFor } from '../../lib/queries/request-options.ts';
import { CompareRunner } from '../../lib/session/compare-runner.svelte.ts';
import { replayComparisons } from '../../lib/actions/compare-actions.ts';
import { newId } from '../../lib/util/new-id.ts';

let runner: CompareRunner | undefined;
let replayed: Promise<void> | undefined;

export function compareRunner(onSaved: () => void): CompareRunner {
  if (runner) return runner;
  const made = new CompareRunner({
    stream: streamChatBatches,
    streamOptions: (c) => requestOptionsFor(c),
    tabId: newId(),
    onSaved,
  });
  const hidden = () => made.pageHidden();
  addEventListener('pagehide', hidden);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && hidden());
  runner = made;
  return made;
}

/** Journals left by closed tabs, merged once per page (never rejects). */
export function replayOnce(): Promise<void> {
  replayed ??= replayComparisons();
  return replayed;
}
