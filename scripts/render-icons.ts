// Renders the app icons (public/icons/*.png) from public/favicon.svg with the installed Chromium, so the
// PNGs are reproducible: `npx tsx scripts/render-icons.ts`, then commit the files it writes.
// "any" icons are the favicon as drawn (transparent corners); maskable and Apple icons are full-bleed
// squares with the drawing inside the 80 % safe zone, because the platform cuts its own shape.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fullChromium } from '../tests/chromium-path.ts';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const svg = readFileSync(`${publicDir}favicon.svg`, 'utf8');
/** The favicon's own background colour: the padding of full-bleed icons. */
const FILL = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '#2f5fd0';

interface Icon {
  file: string;
  size: number;
  /** share of the side the drawing takes (1 = edge to edge) */
  scale: number;
  fullBleed: boolean;
}

const ICONS: Icon[] = [
  { file: 'icon-192.png', size: 192, scale: 1, fullBleed: false },
  { file: 'icon-512.png', size: 512, scale: 1, fullBleed: false },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.72, fullBleed: true },
  { file: 'apple-touch-icon.png', size: 180, scale: 0.84, fullBleed: true },
];

function pageFor(icon: Icon): string {
  const inner = Math.round(icon.size * icon.scale);
  const background = icon.fullBleed ? FILL : 'transparent';
  const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;background:transparent">
    <div style="width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${background}">
      <img src="${data}" width="${inner}" height="${inner}" alt="">
    </div></body></html>`;
}

const browser = await chromium.launch({ ...fullChromium(), args: ['--no-sandbox'] });
try {
  mkdirSync(`${publicDir}icons`, { recursive: true });
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(pageFor(icon));
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `${publicDir}icons/${icon.file}`, omitBackground: !icon.fullBleed });
    await page.close();
    console.log(`wrote public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
