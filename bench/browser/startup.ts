// Start-up with history (3): 1,000 stored conversations of 50 messages (plus one of 2,000 messages),
// written in the app's stored format with raw IndexedDB, then: time to an interactive conversation
// list on the first load after seeding and on a second load, JS heap after load, opening the
// 2,000-message conversation, and scrolling it to the top.
import type { Browser, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Conversation } from '../../src/lib/conversation/types.ts';
import { CHATS_DB_NAME, CHATS_STORE_NAME, chatKey } from '../../src/lib/storage/chats-repo.ts';
import { assistantNode, conversationOf, userNode } from '../../src/lib/conversation/testing/builders.ts';
import { historyAnswer, historyQuestion, prng } from '../markdown.ts';
import type { Results } from '../stats.ts';
import {
  gotoBlank,
  heapAfterGc,
  interactiveAt,
  lastClick,
  longTasks,
  longTaskStats,
  newBenchPage,
  sleep,
  waitForMark,
  watchNextLoad,
  watchText,
  type App,
} from './harness.ts';

const SECTION = '3. Start-up with history';
const CONVERSATIONS = 1000;
const MESSAGES = 50;
const LONG_MESSAGES = 2000;
const LONG_TITLE = 'Long conversation of 2000 messages';
const FIRST_LONG = 'zzfirstlongmessagezz';
const LAST_LONG = 'zzlastlongmessagezz';
/** The first row of the conversation list: a link to a chat inside the element labelled "Chats". */
const FIRST_ROW = '[aria-label="Chats"] a[href*="#/chat/"]';
const DAY = 86_400_000;

function conversation(index: number, messages: number, now: number, seed: number): Conversation {
  const rand = prng(seed);
  const id = `bench-${String(index).padStart(5, '0')}`;
  const created = now - (CONVERSATIONS - index) * DAY;
  const model = { model_id: 'bench-model', connection_id: 'bench', connection_name: 'Bench server' };
  const nodes = Array.from({ length: messages }, (_, i) => {
    const fields = { created_at: created + i * 60_000, ...(i > 0 ? { parent_id: `${id}-n${i - 1}` } : {}) };
    if (i % 2 === 1) return assistantNode(`${id}-n${i}`, { ...fields, ...model, content: historyAnswer(rand) });
    let content = historyQuestion(rand);
    if (i === 0 && messages === LONG_MESSAGES) content = `${FIRST_LONG} ${content}`;
    return userNode(`${id}-n${i}`, { ...fields, content });
  });
  const last = nodes.at(-1);
  if (last !== undefined && messages === LONG_MESSAGES) last.content = `${last.content}\n\nThe end: ${LAST_LONG}`;
  const first = nodes[0]?.content ?? '';
  return conversationOf(nodes, {
    id,
    title: messages === LONG_MESSAGES ? LONG_TITLE : first.slice(0, 60),
    created_at: created,
    updated_at: created + messages * 60_000,
  });
}

/** Writes records with raw IndexedDB into the app's chats database (created if absent, as idb-keyval does). */
async function writeRecords(page: Page, records: Array<[string, Conversation]>): Promise<void> {
  await page.evaluate(
    async ({ db: name, store, records: rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onupgradeneeded = () => {
          if (!open.result.objectStoreNames.contains(store)) open.result.createObjectStore(store);
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const [key, value] of rows) tx.objectStore(store).put(value, key);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { db: CHATS_DB_NAME, store: CHATS_STORE_NAME, records },
  );
}

export async function seedHistory(page: Page): Promise<number> {
  const now = Date.now() - DAY;
  let bytes = 0;
  const batch: Array<[string, Conversation]> = [];
  const flush = async (): Promise<void> => {
    bytes += batch.reduce((n, [, c]) => n + JSON.stringify(c).length, 0);
    await writeRecords(page, batch.splice(0));
  };
  for (let i = 0; i < CONVERSATIONS; i++) {
    const conv = conversation(i, MESSAGES, now, i + 1);
    batch.push([chatKey(conv.id), conv]);
    if (batch.length === 50) await flush();
  }
  const long = conversation(CONVERSATIONS, LONG_MESSAGES, now + DAY * 2, 4242);
  batch.push([chatKey(long.id), long]);
  await flush();
  return bytes;
}

async function measureLoad(page: Page, results: Results, label: string, load: () => Promise<unknown>): Promise<void> {
  await watchNextLoad(page, [], FIRST_ROW);
  await load();
  const mark = await waitForMark(page, 'selector', 60_000);
  await expect(page.getByRole('navigation', { name: 'Chats' }).getByRole('link').first()).toBeVisible();
  await sleep(1500); // let long tasks that follow the first paint show up
  const tasks = await longTasks(page);
  const interactive = interactiveAt(mark.painted, tasks);
  results.add(SECTION, `${label}: list painted`, 'ms', mark.painted);
  results.add(SECTION, `${label}: list interactive`, 'ms', interactive, '≤ 400');
  results.add(SECTION, `${label}: long-task time to interactive`, 'ms', longTaskStats(tasks, 0, interactive).total);
  results.add(SECTION, `${label}: JS heap after GC`, 'MB', await heapAfterGc(page));
}

export async function startup(browser: Browser, app: App, results: Results, runs: number): Promise<void> {
  for (let run = 0; run < runs; run++) {
    const { context, page } = await newBenchPage(browser);
    try {
      await gotoBlank(page, app);
      const bytes = await seedHistory(page);
      if (run === 0) results.note('seeded-history-MB', bytes / 1e6);
      await measureLoad(page, results, 'first load after seeding', () => page.goto(`${app.url}#/chat`));
      await measureLoad(page, results, 'second load', () => page.reload());

      // open the 2,000-message conversation from the list
      await watchText(page, [LAST_LONG, FIRST_LONG]);
      await page.getByRole('navigation', { name: 'Chats' }).getByRole('link', { name: LONG_TITLE }).click();
      const click = await lastClick(page, LONG_TITLE);
      const last = await waitForMark(page, LAST_LONG, 60_000);
      const openTasks = longTaskStats(await longTasks(page), click, last.painted);
      results.add(SECTION, 'open 2,000 messages: click → last message painted', 'ms', last.painted - click, '≤ 150');
      results.add(SECTION, 'open 2,000 messages: longest task', 'ms', openTasks.longest);
      await sleep(500);
      results.add(SECTION, 'open 2,000 messages: JS heap after GC', 'MB', await heapAfterGc(page));
      const scroll = await scrollTest(page);
      const tasks = await longTasks(page);
      results.add(SECTION, 'jump to top: first message painted', 'ms', scroll.jumpMs);
      results.add(
        SECTION,
        'jump to top: longest task',
        'ms',
        longTaskStats(tasks, scroll.jumpStart, scroll.jumpEnd).longest,
      );
      results.add(SECTION, 'fling 120 × 1,000 px: frames over 50 ms', 'count', scroll.slowFrames, '0');
      results.add(SECTION, 'fling 120 × 1,000 px: longest frame', 'ms', scroll.longestFrame);
      results.add(SECTION, 'fling: longest task', 'ms', longTaskStats(tasks, scroll.jumpEnd, scroll.flingEnd).longest);
    } finally {
      await context.close();
    }
  }
}

/**
 * In the open conversation's scroll container (the nearest scrollable ancestor of the last message):
 * from the bottom, jump to the top and wait until the first message is painted in view; then scroll
 * down 120 frames of 1,000 px each, as a fast fling would, and count the frames that took over 50 ms.
 * Returns page-clock times.
 */
async function scrollTest(page: Page): Promise<{
  jumpMs: number;
  jumpStart: number;
  jumpEnd: number;
  slowFrames: number;
  longestFrame: number;
  flingEnd: number;
}> {
  return page.evaluate(
    async ({ first, last }) => {
      const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
      const find = (text: string): Element | undefined =>
        [...document.querySelectorAll('article')].find((a) => (a.textContent ?? '').includes(text));
      let scroller: Element | null = find(last) ?? null;
      while (
        scroller &&
        !(
          scroller.scrollHeight > scroller.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(scroller).overflowY)
        )
      ) {
        scroller = scroller.parentElement;
      }
      const target = scroller ?? document.scrollingElement ?? document.documentElement;
      target.scrollTop = target.scrollHeight;
      await frame();
      await frame();
      const jumpStart = performance.now();
      target.scrollTop = 0;
      for (let i = 0; i < 600; i++) {
        await frame();
        // only look for the first message once at the top (searching every article's text is not free)
        if (target.scrollTop > 0) continue;
        const box = find(first)?.getBoundingClientRect();
        const view = target.getBoundingClientRect();
        if (box && box.bottom > view.top && box.top < view.bottom) break;
      }
      const painted = await new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        requestAnimationFrame(() => channel.port2.postMessage(0));
      });
      const frames: number[] = [await frame()];
      for (let i = 0; i < 120; i++) {
        target.scrollTop += 1000;
        frames.push(await frame());
      }
      const gaps = frames.slice(1).map((t, i) => t - (frames[i] as number));
      return {
        jumpMs: painted - jumpStart,
        jumpStart,
        jumpEnd: painted,
        slowFrames: gaps.filter((g) => g > 50).length,
        longestFrame: Math.max(0, ...gaps),
        flingEnd: performance.now(),
      };
    },
    { first: FIRST_LONG, last: LAST_LONG },
  );
}
