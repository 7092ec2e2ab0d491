// Runs a comparison: asks every column's model the same prompt, `runs_per_model` times, lane by lane
// (compare/plan.ts), streaming each answer into its run through the chat's reducer, measuring what the
// browser sees, and saving at the chat's bounded rate (save-throttle.ts; every finished run is written at
// once). Like the chat's stream runner: streams come as batches (one per network chunk), every run's
// events are applied together in one state update per frame, and one frame pacer shared by all the
// readers hands the main thread over once a frame is due. Stop per column or all. A closing page
// journals the comparison with a blind put (storage/comparisons-repo.ts).
import type { Connection } from '../connections/types.ts';
import { addRun, interruptStale, withMeasured, withRunEvents } from '../compare/comparison.ts';
import { mergeComparisons } from '../compare/merge.ts';
import { planLanes, requestForColumn } from '../compare/plan.ts';
import type { CompareColumn, Comparison, MeasuredTimes } from '../compare/types.ts';
import type { StreamChatOptions } from '../providers/index.ts';
import type { ChatEvent, ChatRequest } from '../providers/types.ts';
import { journalComparison, putComparison } from '../storage/comparisons-repo.ts';
import { newId } from '../util/new-id.ts';
import { FrameBatcher, coalesceDeltas, type Schedule } from './frame-batcher.ts';
import { FramePacer } from './frame-pacer.ts';
import { createThrottledSaver } from './save-throttle.ts';
import { tr } from '../i18n/active-language.ts';

/** A stream hands on events one at a time or (the fast path) in batches, one per network chunk. */
export type CompareStreamItem = ChatEvent | readonly ChatEvent[];

export interface CompareRunnerDeps {
  stream: (c: Connection, r: ChatRequest, o: StreamChatOptions) => AsyncIterable<CompareStreamItem>;
  streamOptions?: (c: Connection) => Partial<StreamChatOptions>;
  tabId: string;
  put?: (c: Comparison) => Promise<Comparison>;
  journal?: (c: Comparison, tabId: string) => void;
  schedule?: Schedule;
  now?: () => number;
  /** a clock for measuring (performance.now in the page) */
  clock?: () => number;
  /** hands the main thread over while streams keep it busy (default: a FramePacer) */
  pacer?: Pick<FramePacer, 'due' | 'pause' | 'stop'>;
  newId?: () => string;
  onSaved?: () => void;
}

// the chat's rates (persistence.ts), not imported from there: importing that module here made the bundler
// split the first load into several files
const SAVE_INTERVAL_MS = 250;
const JOURNAL_INTERVAL_MS = 100;

/** A column whose connection was deleted or disabled: an answer that ends at once, saying so. */
async function* noServer(): AsyncGenerator<ChatEvent> {
  yield { type: 'finish', reason: { unified: 'error', raw: tr('its server is no longer in Settings') } };
}

export class CompareRunner {
  comparison = $state.raw<Comparison | undefined>();
  /** runs streaming in this tab */
  live = $state.raw<ReadonlySet<string>>(new Set());
  /** runs planned by the last start and how many of them have ended */
  progress = $state.raw({ planned: 0, ended: 0 });
  problem = $state<string | null>(null);

  private readonly controllers = new Map<string, { column: string; controller: AbortController }>();
  private readonly stopped = new Set<string>();
  private readonly saver;
  private lastJournal = -Infinity;
  private readonly now: () => number;
  private readonly clock: () => number;
  /** every run's streamed events, applied together once per frame */
  private readonly batch: FrameBatcher<{ run: string; events: readonly ChatEvent[] }>;
  private readonly pacer: Pick<FramePacer, 'due' | 'pause' | 'stop'>;

  constructor(private readonly deps: CompareRunnerDeps) {
    this.now = deps.now ?? (() => Date.now());
    this.clock = deps.clock ?? (() => performance.now());
    this.batch = new FrameBatcher((items) => this.apply(items), deps.schedule);
    this.pacer = deps.pacer ?? new FramePacer({}, deps.schedule);
    const put = deps.put ?? ((c) => putComparison(c));
    this.saver = createThrottledSaver<Comparison>(
      async (c) => {
        const stored = await put(c);
        // adopt what another tab stored meanwhile; ours wins ties
        if (this.comparison?.id === stored.id) this.comparison = mergeComparisons(stored, this.comparison);
        this.problem = null;
        deps.onSaved?.();
      },
      {
        intervalMs: SAVE_INTERVAL_MS,
        onError: (e) => (this.problem = e instanceof Error ? e.message : String(e)),
      },
    );
  }

  /** Shows a stored comparison; its streaming runs that no tab streams any more read as interrupted. */
  open(c: Comparison | undefined, merge = false): void {
    if (c && this.comparison?.id === c.id && !merge) return;
    const shown = c && merge && this.comparison?.id === c.id ? mergeComparisons(c, this.comparison) : c;
    this.comparison = shown && interruptStale(shown, this.live, this.now());
  }

  get running(): boolean {
    return this.live.size > 0 || this.progress.ended < this.progress.planned;
  }

  /** Starts every run of `c` (saved first); `connections` by id, with their keys. */
  async start(c: Comparison, connections: ReadonlyMap<string, Connection>): Promise<void> {
    this.comparison = c;
    this.stopped.clear();
    const lanes = planLanes(
      c.mode,
      c.columns.map((col) => col.id),
      c.runs_per_model,
    );
    this.progress = { planned: lanes.flat().length, ended: 0 };
    this.pacer.stop(); // starts over: the click that started these runs is not typing
    await this.save(c);
    try {
      await Promise.all(lanes.map((lane) => this.runLane(c.id, lane, connections)));
    } finally {
      if (this.live.size === 0) this.pacer.stop();
    }
  }

  stopColumn(columnId: string): void {
    this.stopped.add(columnId);
    for (const { column, controller } of this.controllers.values()) if (column === columnId) controller.abort();
  }

  stopAll(): void {
    for (const col of this.comparison?.columns ?? []) this.stopColumn(col.id);
  }

  /** The page is going away: a blind put of what is not written yet. */
  pageHidden(): void {
    if (this.comparison && this.saver.busy())
      (this.deps.journal ?? journalComparison)(this.comparison, this.deps.tabId);
    void this.saver.flush();
  }

  private async runLane(id: string, lane: readonly string[], connections: ReadonlyMap<string, Connection>) {
    for (const columnId of lane) {
      const column =
        this.comparison?.id === id ? this.comparison.columns.find((col) => col.id === columnId) : undefined;
      if (column && !this.stopped.has(columnId)) await this.runOnce(column, connections.get(column.connection_id));
      this.progress = { ...this.progress, ended: this.progress.ended + 1 };
    }
  }

  private async runOnce(column: CompareColumn, connection: Connection | undefined): Promise<void> {
    const c = this.comparison;
    if (!c) return;
    const runId = (this.deps.newId ?? newId)();
    const controller = new AbortController();
    this.controllers.set(runId, { column: column.id, controller });
    this.comparison = addRun(c, column, runId, this.now());
    this.live = new Set([...this.live, runId]);
    const measured: MeasuredTimes = { deltas: 0 };
    const t0 = this.clock();
    let first: number | undefined;
    let last: number | undefined;
    try {
      const events = connection
        ? this.deps.stream(connection, requestForColumn(c, column), {
            signal: controller.signal,
            ...this.deps.streamOptions?.(connection),
          })
        : noServer();
      for await (const item of events) {
        const batch: readonly ChatEvent[] = Array.isArray(item) ? item : [item as ChatEvent];
        let deltas = 0;
        for (const event of batch) if (event.type === 'text-delta' || event.type === 'reasoning-delta') deltas++;
        if (deltas > 0) {
          last = this.clock();
          first ??= last;
          measured.deltas += deltas;
        }
        this.batch.push({ run: runId, events: batch });
        if (this.pacer.due()) await this.pacer.pause();
      }
    } finally {
      this.batch.flush();
      const end = this.clock();
      measured.total_ms = end - t0;
      if (first !== undefined) measured.ttft_ms = first - t0;
      if (first !== undefined && last !== undefined) measured.stream_ms = last - first;
      this.controllers.delete(runId);
      const live = new Set(this.live);
      live.delete(runId);
      this.live = live;
      if (this.comparison?.id === c.id) {
        this.comparison = withMeasured(this.comparison, runId, measured, this.now());
        await this.save(this.comparison);
      }
    }
  }

  /** Every run's queued events folded in: one new comparison (one state update, one save queued) per frame. */
  private apply(items: readonly { run: string; events: readonly ChatEvent[] }[]): void {
    const byRun = new Map<string, ChatEvent[]>();
    for (const { run, events } of items) {
      const list = byRun.get(run);
      if (list) for (const event of events) list.push(event);
      else byRun.set(run, [...events]);
    }
    let next = this.comparison;
    if (!next) return;
    const now = this.now();
    for (const [run, events] of byRun) if (next.runs[run]) next = withRunEvents(next, run, coalesceDeltas(events), now);
    if (next === this.comparison) return;
    this.comparison = next;
    this.saver.schedule(next);
    if (now - this.lastJournal >= JOURNAL_INTERVAL_MS) {
      this.lastJournal = now;
      (this.deps.journal ?? journalComparison)(next, this.deps.tabId);
    }
  }

  /** Saves `c` now (and everything queued before it). */
  async save(c: Comparison): Promise<void> {
    this.saver.schedule(c);
    try {
      await this.saver.flush();
    } catch (e) {
      this.problem = e instanceof Error ? e.message : String(e);
    }
  }
}
