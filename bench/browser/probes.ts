// In-page probes for the browser benchmarks, installed with page.addInitScript before any app code
// runs. They only observe (long tasks, event timing, clicks, key latency, frames, text appearing in the
// DOM); every time is performance.now() in the page (add performance.timeOrigin for epoch ms).
// The function is serialised by Playwright, so it must not use anything from its module.

export interface LongTask {
  start: number;
  duration: number;
}

export interface TextMark {
  /** MutationObserver saw the text in the DOM */
  dom?: number;
  /** after the next frame was rendered (rAF, then a posted task) */
  painted?: number;
}

export interface BenchProbes {
  longTasks: LongTask[];
  /** Event Timing entries (duration >= 16 ms) */
  events: Array<{ name: string; start: number; duration: number }>;
  /** capture-phase clicks on buttons/links: their text and event.timeStamp */
  clicks: Array<{ label: string; t: number }>;
  /** keydown → after the next paint, per key (ms) */
  keyLatencies: number[];
  marks: Record<string, TextMark>;
  /** rAF timestamps while recording */
  frames: number[];
  recording: boolean;
  watchText: (texts: string[]) => void;
  startFrames: () => void;
  stopFrames: () => number[];
}

declare global {
  interface Window {
    __bench: BenchProbes;
  }
}

/** sessionStorage key: JSON array of texts to watch from the very start of the next document. */
export const WATCH_KEY = 'bench-watch-texts';
/** sessionStorage key: a CSS selector whose first visible match is recorded as marks['selector']. */
export const SELECTOR_KEY = 'bench-watch-selector';

export function installProbes(): void {
  const now = (): number => performance.now();
  const afterPaint = (done: (t: number) => void): void => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(now());
      channel.port2.postMessage(0);
    });
  };
  const probes: BenchProbes = {
    longTasks: [],
    events: [],
    clicks: [],
    keyLatencies: [],
    marks: {},
    frames: [],
    recording: false,
    watchText(texts) {
      for (const text of texts) delete probes.marks[text];
      const pending = new Set(texts);
      const hit = (text: string): void => {
        pending.delete(text);
        const mark: TextMark = { dom: now() };
        probes.marks[text] = mark;
        afterPaint((t) => (mark.painted = t));
      };
      const check = (value: string | null): void => {
        if (!value) return;
        for (const text of pending) if (value.includes(text)) hit(text);
      };
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData') check((record.target as CharacterData).data);
          else for (const node of record.addedNodes) check(node.textContent);
        }
        if (pending.size === 0) observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
      if (document.documentElement) check(document.documentElement.textContent);
    },
    startFrames() {
      probes.frames = [];
      probes.recording = true;
      const loop = (t: number): void => {
        if (!probes.recording) return;
        probes.frames.push(t);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stopFrames() {
      probes.recording = false;
      return probes.frames;
    },
  };
  window.__bench = probes;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probes.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* not supported: longTasks stays empty */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probes.events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  } catch {
    /* not supported */
  }

  addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('button, a') : null;
      probes.clicks.push({ label: (target?.textContent ?? '').trim(), t: event.timeStamp });
    },
    true,
  );
  addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      afterPaint((t) => probes.keyLatencies.push(t - start));
    },
    true,
  );

  const texts = sessionStorage.getItem('bench-watch-texts');
  if (texts) {
    sessionStorage.removeItem('bench-watch-texts');
    probes.watchText(JSON.parse(texts) as string[]);
  }
  const selector = sessionStorage.getItem('bench-watch-selector');
  if (selector) {
    sessionStorage.removeItem('bench-watch-selector');
    const poll = (): void => {
      const el = document.querySelector(selector);
      if (el && el.getBoundingClientRect().height > 0) {
        const mark: TextMark = { dom: now() };
        probes.marks['selector'] = mark;
        afterPaint((t) => (mark.painted = t));
        return;
      }
      if (now() < 30_000) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }
}
