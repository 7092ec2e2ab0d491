import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// base './' makes every asset URL relative, so dist/ works from any host and any path prefix.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'tests/servers/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
