import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

const CSP_META = /\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/;

/**
 * index.html's Content-Security-Policy is for the built page only: the development server injects the
 * styles as <style> elements, which the policy (style-src 'self') refuses, so `npm run dev` showed an
 * unstyled page. The build keeps the tag as written (tests/e2e/dev-server.spec.ts checks both).
 */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'switchboard:csp-only-in-build',
    apply: 'serve',
    transformIndexHtml(html) {
      if (!CSP_META.test(html)) throw new Error('index.html: the Content-Security-Policy meta tag was not found');
      return html.replace(CSP_META, '');
    },
  };
}

/** Light colours of tokens.css (--bg); index.html's theme-color meta tags carry the dark one. */
const LIGHT_BG = '#f7f7f8';

/**
 * Installable and offline: the web app manifest, and a service worker that precaches the app shell (the
 * built HTML, JS, CSS and icons; no source maps). It has no runtime routes, so it never answers a request
 * to an LLM server or any other origin: Workbox calls respondWith only for precached URLs and navigations.
 * Registration is the app's own, lazy and in production only (src/ui/pwa/), so `npm run dev` has no worker.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  devOptions: { enabled: false },
  manifest: {
    name: 'Switchboard',
    short_name: 'Switchboard',
    description: 'A browser-only chat app for every LLM server you run or rent.',
    // relative: resolved against the manifest's URL, so any path prefix works
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: LIGHT_BG,
    background_color: LIGHT_BG,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // the manifest and its icons are added by the plugin; *.map files are never precached
    globPatterns: ['**/*.{html,js,css,svg}', 'icons/apple-touch-icon.png'],
    // hash routing: a navigation is to the app's folder or its index.html; nothing else falls back
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: [/\/(index\.html)?(\?.*)?$/],
    runtimeCaching: [],
    cleanupOutdatedCaches: true,
    clientsClaim: false,
    skipWaiting: false,
  },
});

// base './' makes every asset URL relative, so dist/ works from any host and any path prefix.
// The '$initial' group keeps everything the entry imports statically in one first-load file: without it,
// Rolldown split modules shared with lazy chunks (Settings, a page, a player) out of the entry into
// several preloaded files, pulling lazy-only code into the first load (rolldown/rolldown#10731).
export default defineConfig({
  base: './',
  plugins: [svelte(), cspOnlyInBuild(), pwa],
  build: {
    target: 'es2022',
    sourcemap: true,
    // No preload lists on dynamic imports: they cost 1.1 KB gzip of chunk names in the first load, which
    // is at its 100 KB budget. A lazy chunk's own imports then load one round trip later, the first time
    // only: the service worker precaches every chunk.
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/servers/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // One module graph per worker, not per file: the files share no state they depend on (every one passes
    // with the files shuffled), and a fresh graph per file made 278 files take 134 s instead of 28.
    isolate: false,
  },
});
