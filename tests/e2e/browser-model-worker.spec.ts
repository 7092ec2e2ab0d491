// The model in this browser never works on the page (issue 18: no main-thread task over 50 ms while it loads
// or answers). Durations depend on the machine, so this checks what makes them short: the page loads no
// wllama code and no WASM, builds no worker from a blob of code, and never sends or receives bytes (a model's
// or a token's): the engine's own worker reads the model and posts the answer as plain data, in batches.
import { expect, test } from './fixtures.ts';
import { assistantMessages, openChat, pickModel, sendMessage } from './support/chat-ui.ts';
import { LOAD, openModelFile } from './support/browser-model-ui.ts';

test.describe.configure({ timeout: 240_000 });

interface WorkerTraffic {
  workers: string[];
  sentBinary: string[];
  receivedBinary: string[];
  received: number;
}

declare global {
  interface Window {
    __workerTraffic: WorkerTraffic;
  }
}

/** Wraps the page's Worker to record every worker it starts and whether a message to or from one holds bytes. */
function watchWorkers(): void {
  const traffic: WorkerTraffic = { workers: [], sentBinary: [], receivedBinary: [], received: 0 };
  window.__workerTraffic = traffic;
  const binary = (value: unknown, depth = 0): string | undefined => {
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return value.constructor.name;
    if (value instanceof Blob) return 'Blob';
    if (depth > 6 || value === null || typeof value !== 'object') return undefined;
    for (const inner of Object.values(value as Record<string, unknown>)) {
      const found = binary(inner, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  const Native = window.Worker;
  class Watched extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      traffic.workers.push(String(url));
      this.addEventListener('message', (event: MessageEvent) => {
        traffic.received++;
        const found = binary(event.data);
        if (found) traffic.receivedBinary.push(found);
      });
    }
    override postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
      const found = binary(message) ?? binary(transfer);
      if (found) traffic.sentBinary.push(found);
      super.postMessage(message, transfer as Transferable[]);
    }
  }
  window.Worker = Watched;
}

test('the model loads and answers in its own worker: the page gets no wllama code, no WASM and no bytes', async ({
  page,
}) => {
  await page.addInitScript(watchWorkers);
  await page.goto('./');
  await openModelFile(page);
  await openChat(page);
  await pickModel(page, 'tiny-random.gguf', 'This browser');
  await sendMessage(page, 'Hello, model in its worker');
  const answer = assistantMessages(page).last();
  const body = answer.locator('.markdown').first();
  await expect.poll(async () => (await body.innerText()).trim().split(/\s+/).length, LOAD).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(answer.getByText(/tok\/s/)).toBeVisible();

  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /\.(m?js|wasm)(\?|$)/.test(name)),
  );
  expect(scripts.filter((name) => /wllama|\.wasm/.test(name))).toEqual([]);
  const traffic = await page.evaluate(() => window.__workerTraffic);
  expect(traffic.workers.filter((url) => url.startsWith('blob:'))).toEqual([]);
  expect(traffic.workers.filter((url) => /engine-worker/.test(url))).toHaveLength(1);
  expect(traffic.received).toBeGreaterThan(0);
  expect(traffic.sentBinary).toEqual([]);
  expect(traffic.receivedBinary).toEqual([]);
});
