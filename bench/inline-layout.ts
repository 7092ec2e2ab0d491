// Why a long streamed paragraph costs more per frame as it grows (issue 19): in Chromium, one word
// appended to a paragraph lays out the paragraph again, however its settled text is split into
// elements or text nodes; only text moved into separate blocks stops counting. Builds a paragraph of
// 20,000 words in a bare page three ways and times a forced layout every 100 words.
//   npx tsx bench/inline-layout.ts
import { launchChromium } from './browser/harness.ts';

const VARIANTS = ['inline pieces, tail re-rendered', 'one text node, appended', 'settled pieces as blocks'] as const;

const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('window.__name = (f) => f;');
  const page = await context.newPage();
  await page.setContent('<div id="box" style="width:720px;font:16px/1.6 sans-serif"></div>');
  const times = await page.evaluate((variants) => {
    const words = 'the a model server request stream token answer list value function returns each which from'.split(
      ' ',
    );
    const box = document.getElementById('box') as HTMLElement;
    const out: Record<string, Array<[number, number]>> = {};
    for (const variant of variants) {
      box.replaceChildren();
      const p = box.appendChild(document.createElement('p'));
      const tail = p.appendChild(document.createElement('span'));
      const text = p.appendChild(document.createTextNode(''));
      let chars = 0;
      let piece = '';
      const samples: Array<[number, number]> = [];
      for (let i = 0; i < 20_000; i++) {
        const word = `${words[(i * 7919) % words.length] as string} `;
        chars += word.length;
        if (variant === 'one text node, appended') text.appendData(word);
        else {
          piece += word;
          if (piece.length > 2000) {
            // the piece settles: rendered once, kept
            const settled = document.createElement(variant === 'settled pieces as blocks' ? 'p' : 'span');
            settled.textContent = piece;
            if (variant === 'settled pieces as blocks') box.insertBefore(settled, p);
            else p.insertBefore(settled, tail);
            piece = '';
          }
          tail.innerHTML = piece; // the tail, rendered again each frame
        }
        if (i % 100 === 99) {
          const t0 = performance.now();
          void box.offsetHeight;
          samples.push([chars, performance.now() - t0]);
        }
      }
      out[variant] = samples;
    }
    return out;
  }, VARIANTS);
  console.log('ms per layout after one more word (median of 9 samples around each length)');
  for (const [variant, samples] of Object.entries(times)) {
    const at = (chars: number): string => {
      const i = samples.findIndex(([c]) => c >= chars);
      const near = samples
        .slice(Math.max(0, i - 4), i + 5)
        .map(([, ms]) => ms)
        .sort((a, b) => a - b);
      return (near[Math.floor(near.length / 2)] ?? NaN).toFixed(2).padStart(7);
    };
    console.log(`${variant.padEnd(34)} 10k chars ${at(10_000)}  60k ${at(60_000)}  120k ${at(120_000)}`);
  }
} finally {
  await browser.close();
}
