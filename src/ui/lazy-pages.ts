// The pages that load on first visit, in one lazy chunk: Settings (with the diagnostics it carries) and
// the embeddings workbench. One dynamic entry keeps the first load a single script (a second entry made
// the bundler split the shared code into several preloaded files, over the first-load budget).
export { default as SettingsPage } from './settings/SettingsPage.svelte';
export { default as EmbeddingsPage } from './embeddings/EmbeddingsPage.svelte';
