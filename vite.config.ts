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
export default defineConfig({
  base: './',
  plugins: [svelte(), cspOnlyInBuild()],
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'tests/servers/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
