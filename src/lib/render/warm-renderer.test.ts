import { beforeEach, describe, expect, it } from 'vitest';
import { WARM_CODE, WARM_SAMPLES, resetWarmRenderer, warmRenderer, type WarmDeps } from './warm-renderer.ts';
import type { OpenBlockRenderClass } from './open-block-loader.ts';
import { unsanitisedHtml } from './markdown-html.ts';

function fakes() {
  const queue: Array<() => void> = [];
  const log: string[] = [];
  class Piecewise {
    constructor(private readonly render: (block: string) => string) {}
    update(open: string) {
      log.push('open block');
      this.render(open);
      return { settled: [], tail: '' };
    }
  }
  const deps: WarmDeps = {
    idle: (run) => void queue.push(run),
    markdown: async () => {
      log.push('load markdown');
      return (text: string) => (log.push(`render ${text.length}`), '');
    },
    openBlock: async () => {
      log.push('load open block');
      return Piecewise as unknown as OpenBlockRenderClass;
    },
    highlighter: async () => {
      log.push('load highlighter');
      return { highlight: (_code: string, { language }: { language: string }) => log.push(`highlight ${language}`) };
    },
  };
  /** Runs one idle callback and whatever it starts, as the browser would in one idle period. */
  async function idlePeriod(): Promise<string[]> {
    const run = queue.shift();
    if (!run) return [];
    const from = log.length;
    run();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    return log.slice(from);
  }
  return { deps, queue, log, idlePeriod };
}

describe('warmRenderer', () => {
  beforeEach(() => resetWarmRenderer());

  it('does nothing until the page is idle, then one step per idle moment', async () => {
    const { deps, log, idlePeriod } = fakes();
    const done = warmRenderer(deps);
    await Promise.resolve();
    expect(log).toEqual([]);
    expect(await idlePeriod()).toEqual(['load markdown']);
    for (const sample of WARM_SAMPLES) expect(await idlePeriod()).toEqual([`render ${sample.length}`]);
    expect(await idlePeriod()).toEqual(['load open block']);
    const piecewise = await idlePeriod();
    expect(piecewise[0]).toBe('open block');
    expect(await idlePeriod()).toEqual(['load highlighter']);
    for (const [language] of WARM_CODE) expect(await idlePeriod()).toEqual([`highlight ${language}`]);
    await done;
    expect(await idlePeriod()).toEqual([]);
  });

  it('warms once per page', async () => {
    const { deps, queue } = fakes();
    const first = warmRenderer(deps);
    expect(warmRenderer(deps)).toBe(first);
    expect(queue).toHaveLength(1);
  });

  it('never rejects, also when a module cannot load', async () => {
    const { deps, idlePeriod } = fakes();
    const done = warmRenderer({ ...deps, markdown: () => Promise.reject(new Error('offline')) });
    await idlePeriod();
    await expect(done).resolves.toBeUndefined();
  });
});

describe('WARM_CODE', () => {
  it('names only grammars that the highlighter loaded for answers knows', async () => {
    const { default: hljs } = await import('highlight.js/lib/common');
    for (const [language, code] of WARM_CODE) {
      expect(hljs.getLanguage(language), language).toBeDefined();
      expect(hljs.highlight(code, { language }).value).toContain('hljs-');
    }
  });
});

describe('WARM_SAMPLES', () => {
  it('meet the inline rules and every kind of block an answer may hold', () => {
    const html = WARM_SAMPLES.map((sample) => unsanitisedHtml(sample)).join('');
    for (const tag of ['<em>', '<strong>', '<code>', '<del>', '<a ', '<h1>', '<h2>', '<blockquote>', '<ul>', '<ol>']) {
      expect(html).toContain(tag);
    }
    for (const tag of ['<table>', '<pre data-code-block data-lang="js">', '<hr>', '&lt;b&gt;'])
      expect(html).toContain(tag);
  });
});
