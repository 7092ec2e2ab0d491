import { describe, expect, it } from 'vitest';
import { loadTranslations } from '../../i18n/catalog.ts';
import { setActiveLanguage } from '../../i18n/active-language.ts';
import { chooseBackend } from './backend-choice.ts';
import { MODEL_NOT_STORED, type EngineChunk } from './engine.ts';
import type { FromEngineWorker, ToEngineWorker } from './engine-protocol.ts';
import type { ModelStore } from './model-store.ts';
import { createWorkerEngine, type WorkerLike } from './worker-engine.ts';

const piece = (t: string): EngineChunk => ({ choices: [{ delta: { content: t } }] });
const store = { list: async () => [] } as unknown as ModelStore;

function fakeWorkers() {
  const started: (WorkerLike & { sent: ToEngineWorker[]; terminated: boolean })[] = [];
  const spawn = () => {
    const worker = {
      sent: [] as ToEngineWorker[],
      terminated: false,
      onmessage: null as WorkerLike['onmessage'],
      onerror: null as WorkerLike['onerror'],
      postMessage(m: ToEngineWorker) {
        this.sent.push(m);
      },
      terminate() {
        this.terminated = true;
      },
    };
    started.push(worker);
    return worker;
  };
  const answer = (m: FromEngineWorker, index = started.length - 1) => started[index]!.onmessage?.({ data: m });
  return { spawn, started, answer };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

async function drain(stream: AsyncIterable<EngineChunk>, out: EngineChunk[]): Promise<void> {
  for await (const c of stream) out.push(c);
}

describe('createWorkerEngine', () => {
  it('posts the request as plain text-only data and yields the batches in order until the end', async () => {
    const { spawn, started, answer } = fakeWorkers();
    const engine = createWorkerEngine(spawn, store);
    const got: EngineChunk[] = [];
    const done = drain(
      engine.chat({
        model: 'tiny.gguf',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Look' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
            ],
          },
        ],
        params: { max_tokens: 5 },
        signal: new AbortController().signal,
      }),
      got,
    );
    await tick();
    expect(started).toHaveLength(1);
    expect(started[0]!.sent).toEqual([
      {
        type: 'chat',
        id: 1,
        request: { model: 'tiny.gguf', messages: [{ role: 'user', content: 'Look' }], params: { max_tokens: 5 } },
      },
    ]);
    answer({ type: 'backend', backend: { kind: 'webgpu', label: 'GPU', reason: 'r' } });
    answer({ type: 'chunks', id: 1, chunks: [piece('a'), piece('b')] });
    answer({ type: 'chunks', id: 1, chunks: [piece('c')] });
    answer({ type: 'end', id: 1 });
    await done;
    expect(got).toEqual([piece('a'), piece('b'), piece('c')]);
    expect(engine.backend().kind).toBe('webgpu');
  });

  it('a failure in the worker is thrown with its name and message', async () => {
    const { spawn, answer } = fakeWorkers();
    const engine = createWorkerEngine(spawn, store);
    const done = drain(engine.chat({ model: 'm', messages: [], params: {}, signal: new AbortController().signal }), []);
    await tick();
    answer({ type: 'end', id: 1, error: { name: 'RangeError', message: 'Array buffer allocation failed' } });
    await expect(done).rejects.toMatchObject({ name: 'RangeError', message: 'Array buffer allocation failed' });
  });

  it('Stop ends the answer at once and tells the worker', async () => {
    const { spawn, started, answer } = fakeWorkers();
    const engine = createWorkerEngine(spawn, store);
    const stop = new AbortController();
    const got: EngineChunk[] = [];
    const done = drain(engine.chat({ model: 'm', messages: [], params: {}, signal: stop.signal }), got);
    await tick();
    answer({ type: 'chunks', id: 1, chunks: [piece('a')] });
    await tick();
    stop.abort();
    await done;
    expect(got).toEqual([piece('a')]);
    expect(started[0]!.sent.at(-1)).toEqual({ type: 'abort', id: 1 });
    answer({ type: 'chunks', id: 1, chunks: [piece('late')] }); // ignored
  });

  it('a worker that dies fails the answers in progress; the next answer starts a new worker', async () => {
    const { spawn, started } = fakeWorkers();
    const engine = createWorkerEngine(spawn, store);
    const done = drain(engine.chat({ model: 'm', messages: [], params: {}, signal: new AbortController().signal }), []);
    await tick();
    started[0]!.onerror?.({ message: 'SyntaxError: bad script' });
    await expect(done).rejects.toThrow("The engine's worker stopped: SyntaxError: bad script");
    expect(started[0]!.terminated).toBe(true);
    void drain(engine.chat({ model: 'm', messages: [], params: {}, signal: new AbortController().signal }), []);
    await tick();
    expect(started).toHaveLength(2);
  });

  it('says the backend and a missing model in the page’s language, though the worker writes English', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    try {
      const { spawn, answer } = fakeWorkers();
      const engine = createWorkerEngine(spawn, store);
      const done = (async () => {
        const request = { model: 'tiny.gguf', messages: [], params: {}, signal: new AbortController().signal };
        for await (const chunk of engine.chat(request)) void chunk;
      })().catch((error: unknown) => error as Error);
      await tick();
      setActiveLanguage('en', undefined);
      const english = chooseBackend({ webgpu: false, isolated: false, cores: 4 });
      setActiveLanguage('de', await loadTranslations('de'));
      answer({ type: 'backend', backend: english });
      answer({
        type: 'end',
        id: 1,
        error: {
          name: MODEL_NOT_STORED,
          message: 'The model "tiny.gguf" is not stored in this browser any more; add it again in Settings.',
        },
      });
      expect(engine.backend().label).toBe('WebAssembly, ein Thread');
      expect(engine.backend().reason).not.toBe(english.reason);
      const error = await done;
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toContain('tiny.gguf');
      expect((error as Error).message).not.toContain('is not stored');
    } finally {
      setActiveLanguage('en', undefined);
    }
  });
});
