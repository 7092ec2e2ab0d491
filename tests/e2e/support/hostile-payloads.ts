// Hostile payloads for tests/e2e/hostile.spec.ts, and the checks that none of them got through.
// Every payload that could run script sets the sentinel `top.PWNED` (no underscores, so markdown cannot
// turn part of it into emphasis and change the text we expect to see) or calls alert().
import { expect, type Page } from '@playwright/test';

export interface Vector {
  name: string;
  /** markdown/HTML as a model (or a file) would send it */
  payload: string;
  /** text that must be visible where the payload is shown, proving it arrived and was shown as text */
  shows: string;
}

const js = (tag: string): string => `top.PWNED='${tag}'`;

/** Script-bearing markup and URL tricks, each delivered as model content, reasoning and in an imported chat. */
export const MARKUP_VECTORS: Vector[] = [
  { name: 'img onerror', payload: `<img src=x onerror="${js('img')}">`, shows: `<img src=x onerror="${js('img')}">` },
  {
    name: 'svg onload',
    payload: `<svg onload="${js('svg')}"><circle r="9"/></svg>`,
    shows: `<svg onload="${js('svg')}">`,
  },
  { name: 'script element', payload: `<script>${js('script')}</script>`, shows: `<script>${js('script')}</script>` },
  { name: 'markdown javascript: link', payload: `[md-js-link](javascript:${js('md-link')})`, shows: 'md-js-link' },
  {
    name: 'HTML javascript: link',
    payload: `<a href="javascript:${js('html-link')}">html-js-link</a>`,
    shows: `<a href="javascript:${js('html-link')}">`,
  },
  { name: 'mixed-case scheme', payload: `[mixed-case-link](JaVaScRiPt:${js('mixed')})`, shows: 'mixed-case-link' },
  {
    name: 'entity-encoded scheme',
    payload: `[entity-link](&#106;avascript&#58;${js('entity')})`,
    shows: 'entity-link',
  },
  { name: 'tab inside scheme', payload: `[tab-link](java&#9;script:${js('tab')})`, shows: 'tab-link' },
  { name: 'javascript: autolink', payload: `<javascript:${js('autolink')}>`, shows: `javascript:${js('autolink')}` },
  { name: 'vbscript: link', payload: `[vb-link](vbscript:msgbox(1))`, shows: 'vb-link' },
  {
    name: 'data: HTML link',
    payload: `[data-link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
    shows: 'data-link',
  },
  {
    name: 'SVG data image',
    payload: `![svg-data-image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)`,
    shows: 'svg-data-image',
  },
  { name: 'image attribute break-out', payload: `![break-out](x"onerror="${js('img-attr')})`, shows: 'break-out' },
  {
    name: 'link title break-out',
    payload: `[title-link](https://example.test/ "a\\" onmouseover=\\"${js('title')}")`,
    shows: 'title-link',
  },
  {
    name: 'iframe srcdoc',
    payload: `<iframe srcdoc="<script>parent.PWNED='iframe'</script>"></iframe>`,
    shows: '<iframe srcdoc=',
  },
  {
    name: 'math mXSS',
    payload: `<math><mtext><table><mglyph><style><img src=x onerror="${js('math')}">`,
    shows: '<math><mtext><table><mglyph><style>',
  },
  {
    name: 'form action',
    payload: `<form action="javascript:${js('form')}"><button>form-button</button></form>`,
    shows: '<form action=',
  },
  {
    name: 'details ontoggle',
    payload: `<details open ontoggle="${js('details')}">toggle</details>`,
    shows: '<details open ontoggle=',
  },
  {
    name: 'style injection',
    payload: `<style>body{display:none!important}</style>`,
    shows: '<style>body{display:none!important}</style>',
  },
  {
    name: 'inline style attribute',
    payload: `<div style="position:fixed;inset:0;z-index:9999;background:red">overlay</div>`,
    shows: '<div style="position:fixed',
  },
  { name: 'base href', payload: `<base href="https://evil.test/">`, shows: '<base href="https://evil.test/">' },
  {
    name: 'meta refresh',
    payload: `<meta http-equiv="refresh" content="0;url=https://evil.test/">`,
    shows: '<meta http-equiv="refresh"',
  },
  {
    name: 'object/embed',
    payload: `<object data="javascript:${js('object')}"></object><embed src="javascript:alert(1)">`,
    shows: '<object data=',
  },
  {
    name: 'alert in onfocus',
    payload: `<input autofocus onfocus="alert('focus')">`,
    shows: `<input autofocus onfocus="alert('focus')">`,
  },
  {
    name: 'Svelte {@html}',
    payload: "{@html '<img src=x onerror=alert(1)>'}",
    shows: "{@html '<img src=x onerror=alert(1)>'}",
  },
  {
    name: 'template {{ }}',
    payload: "{{constructor.constructor('alert(1)')()}}",
    shows: "{{constructor.constructor('alert(1)')()}}",
  },
  {
    name: 'HTML entities',
    payload: '&lt;img src=x onerror=alert(1)&gt; &#60;script&#62;',
    shows: '<img src=x onerror=alert(1)> <script>',
  },
  { name: 'think tag with markup', payload: `<think><img src=x onerror="${js('think')}"></think>`, shows: '' },
];

/** A code fence of 200,000 characters on one line (a single streamed token): shown, not highlighted, no freeze. */
export const OVERSIZED_FENCE = '```js\n' + 'x=1;'.repeat(50_000) + '\n```';

/** Names as a server or a file might give them: markup, right-to-left override, zero-width characters. */
export const HOSTILE_NAMES = {
  markup: `<img src=x onerror="${js('name')}">`,
  rtl: 'gpt-4o\u202Elper',
  zeroWidth: 'test\u200B-model',
  template: '{@html x}{{y}}',
  bidiIsolate: '\u2067evil\u2069-model',
};

/** Arms the sentinel checks before any app script runs. */
export async function armSentinels(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { dialogs };
}

/** What must hold after every hostile test: no script ran, nothing was opened, the page is still the app. */
export async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { PWNED?: unknown }).PWNED)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(new URL(page.url()).pathname).toBe('/switchboard/');
  const audit = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      ),
      dangerous: [
        ...document.querySelectorAll(
          'iframe, frame, object, embed, base, form[action], svg script, math, body style, body meta, body link',
        ),
      ].map((el) => el.tagName),
      scripts: [...document.scripts]
        .filter((s) => !(s.type === 'module' && s.src))
        .map((s) => s.outerHTML.slice(0, 80)),
      badLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => !/^(https?:|mailto:|#)/i.test(href)),
      badImages: [...document.querySelectorAll('.message img')]
        .map((img) => img.getAttribute('src') ?? '')
        .filter((src) => !/^data:image\/(png|jpe?g|gif|webp);base64,/i.test(src) && !/^https?:/i.test(src)),
      unsafeTargets: [...document.querySelectorAll('.markdown a[href]')].filter(
        (a) => a.getAttribute('rel') !== 'noopener noreferrer' || a.getAttribute('target') !== '_blank',
      ).length,
    };
  });
  expect(audit).toEqual({ handlers: [], dangerous: [], scripts: [], badLinks: [], badImages: [], unsafeTargets: 0 });
}
