// Text on screen survives the page going away mid-stream without any help from the unload itself: the
// session writes what it shows to the unload journal while it streams (at once, then at most every
// JOURNAL_INTERVAL_MS = 100 ms, the save interval), so `pagehide` is only a last resort. Here: reloads at
// random moments during bursts (20 in a row), a reload right after a burst, navigating away and back
// mid-stream, and Stop followed at once by a reload. Nothing here measures time: a test waits until
// IndexedDB holds what was painted (read straight from the page), or relies on what the app writes in the
// same task as it paints (the first frame of a burst, a Stop).
import { bigReplyPieces } from '../servers/stream-pump.ts';
import { expect as baseExpect, test } from './fixtures.ts';
import { assistantMessages, openChat, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';
import { furthestStored, lastLine, lineLabel, paintedNow, storedAnswers } from './support/stored-answer.ts';

// Seven engineers share two cores: a page may take seconds to answer, which is no failure here.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

/** The save interval the claim is about (JOURNAL_INTERVAL_MS in src/lib/session/persistence.ts). */
const SAVE_INTERVAL_MS = 100;

/** A small seeded generator (mulberry32): the moments are random but the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Waits `ms` on the page's own clock (a random moment of the stream, not a time the test relies on). */
function pageWait(page: import('@playwright/test').Page, ms: number): Promise<void> {
  return page.evaluate((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)), ms);
}

test('20 reloads at random moments during bursts keep everything painted and stored before', async ({
  page,
  openai,
}) => {
  test.setTimeout(900_000); // ~1 min on an idle machine; 20 rounds of seconds-long page calls under load
  // 1,500 pieces of 20 characters in bursts of 10, 50 ms apart, paused near the end: every round reloads
  // a stream still running however slow the machine is
  openai.behave({
    bigReply: { bytes: 30_000, pieceChars: 20 },
    burst: { chunks: 10, gapMs: 50 },
    pause: { afterChunks: 1400, ms: 600_000 },
  });
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Bursty', baseUrl: openai.baseUrl });
  const random = seeded(11);
  const latencies: number[] = [];
  for (let round = 1; round <= 20; round++) {
    const prompt = `Burst ${round}`;
    await openChat(page);
    await sendMessage(page, prompt);
    const answer = assistantMessages(page).last();
    await expect(answer).toContainText(lineLabel(1));
    await pageWait(page, Math.floor(random() * 500));
    const painted = await paintedNow(answer);
    const shown = lastLine(painted.text);
    expect(painted.status, `round ${round}`).toBe('streaming');
    // what was painted gets into IndexedDB while the answer still streams (no end of turn, no unload)
    await expect
      .poll(async () => lastLine((await furthestStored(page, prompt))?.content ?? ''), { message: `round ${round}` })
      .toBeGreaterThanOrEqual(shown);
    latencies.push((await paintedNow(answer)).at - painted.at);
    const durable = (await furthestStored(page, prompt))?.content ?? '';
    await pageWait(page, Math.floor(random() * 150));
    await page.reload();
    await expect(answer.getByRole('status')).toContainText('Interrupted');
    await waitForSaved(page);
    const after = await storedAnswers(page, prompt);
    expect(
      after.map((a) => a.key.split(':')[0]),
      `round ${round}: only the record is left`,
    ).toEqual(['chat']);
    expect(after[0]?.content.startsWith(durable), `round ${round}: line ${lastLine(durable)} was stored`).toBe(true);
    await expect(answer).toContainText(lineLabel(shown));
  }
  // how long painted text took to be seen in IndexedDB (an upper bound, reported, never asserted)
  test.info().annotations.push({
    type: 'painted → stored (ms, page clock)',
    description: `max ${Math.round(Math.max(...latencies))}, save interval ${SAVE_INTERVAL_MS}`,
  });
});

/**
 * Waits on the page until the answer shows `line`, recording the first text of the answer shown at all
 * (the burst's first frame), then `afterMs` more on the page's clock. Returns that first frame's last line.
 */
function firstFrameThenWait(page: import('@playwright/test').Page, line: string, afterMs: number): Promise<number> {
  return page.evaluate(
    ([line, afterMs]) =>
      new Promise<number>((resolve) => {
        let first = 0;
        const check = () => {
          const answers = document.querySelectorAll('article[aria-label="Assistant message"]');
          const text = answers[answers.length - 1]?.textContent ?? '';
          const lines = text.match(/Line (\d{6}):/g);
          if (first === 0 && lines) first = Number(lines[lines.length - 1]?.slice(5, 11));
          if (!text.includes(line)) return;
          observer.disconnect();
          setTimeout(() => resolve(first), afterMs);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        check();
      }),
    [line, afterMs] as const,
  );
}

for (const leave of ['reload', 'navigate away and back'] as const) {
  test(`a ${leave} 30 ms after a burst keeps the burst's first frame and all before`, async ({ page, openai }) => {
    const burst = 150;
    const pieces = { bytes: 20_000, pieceChars: 20 };
    const burstEnd = lastLine(bigReplyPieces(pieces).slice(0, burst).join(''));
    // one burst, then silence until the test is over
    openai.behave({ bigReply: pieces, burst: { chunks: burst, gapMs: 600_000 } });
    await openSettings(page);
    await addConnection(page, { server: 'vLLM', name: 'Burst', baseUrl: openai.baseUrl });
    for (let round = 1; round <= 5; round++) {
      const prompt = `Burst then ${leave} ${round}`;
      await openChat(page);
      const watching = firstFrameThenWait(page, lineLabel(burstEnd), 30);
      await sendMessage(page, prompt);
      const first = await watching;
      if (leave === 'reload') await page.reload();
      else {
        await page.goto(`${openai.baseUrl}/models`);
        await page.goBack();
      }
      const answer = assistantMessages(page).last();
      await expect(answer.getByRole('status')).toContainText('Interrupted');
      const stored = lastLine((await furthestStored(page, prompt))?.content ?? '');
      test.info().annotations.push({ type: `round ${round}`, description: `first frame ${first}, stored ${stored}` });
      expect(stored, `round ${round}: the first frame (line ${first}) was painted`).toBeGreaterThanOrEqual(first);
      await expect(answer).toContainText(lineLabel(first));
    }
  });
}

test('navigating away mid-stream and back keeps what was painted and stored', async ({ page, openai }) => {
  // paused near the end: the stream is still running when the page leaves, however slow the machine
  openai.behave({
    bigReply: { bytes: 30_000, pieceChars: 20 },
    burst: { chunks: 10, gapMs: 50 },
    pause: { afterChunks: 1400, ms: 600_000 },
  });
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Away', baseUrl: openai.baseUrl });
  await openChat(page);
  await sendMessage(page, 'Leave during this');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText(lineLabel(20));
  const shown = lastLine((await paintedNow(answer)).text);
  await expect
    .poll(async () => lastLine((await furthestStored(page, 'Leave during this'))?.content ?? ''))
    .toBeGreaterThanOrEqual(shown);
  await page.goto(`${openai.baseUrl}/models`); // another origin
  await page.goBack();
  await expect(answer.getByRole('status')).toContainText('Interrupted');
  await expect(answer).toContainText(lineLabel(shown));
});

test('Stop followed at once by a reload keeps the text on screen', async ({ page, openai }) => {
  // paused after 3 chunks (a held stream, but one that lets go when the page does)
  openai.behave({ pause: { afterChunks: 3, ms: 600_000 } });
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Held', baseUrl: openai.baseUrl });
  for (let round = 1; round <= 5; round++) {
    await openChat(page);
    await sendMessage(page, `Stop then reload ${round}`);
    const answer = assistantMessages(page).last();
    await expect(answer).toContainText('Hello from the');
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.reload(); // no wait for "Saved"
    await expect(answer.getByRole('status'), `round ${round}`).toHaveText(/Stopped|Interrupted/);
    await expect(answer).toContainText('Hello from the');
  }
});
