import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

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

// base './' makes every asset URL relative, so dist/ works from any host and any path prefix.
// The '$initial' group keeps everything the entry imports statically in one first-load file: without it,
// Rolldown split modules shared with lazy chunks (Settings, a page, a player) out of the entry into
// several preloaded files, pulling lazy-only code into the first load (rolldown/rolldown#10731).
export default defineConfig({
  base: './',
  plugins: [svelte(), cspOnlyInBuild()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/servers/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
