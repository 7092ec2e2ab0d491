import { describe, expect, it, vi } from 'vitest';

// a fresh module per test: the loader keeps its state in module scope
async function freshLoader() {
  vi.resetModules();
  return import('./markdown-loader.ts');
}

describe('loadMarkdown', () => {
  it('loads the renderer once and then offers it synchronously', async () => {
    const { loadMarkdown, markdownNow } = await freshLoader();
    let loads = 0;
    const load = () => {
      loads++;
      return Promise.resolve({ renderMarkdown: (text: string) => `<p>${text}</p>` });
    };
    expect(markdownNow()).toBeUndefined();
    const [a, b] = await Promise.all([loadMarkdown(load), loadMarkdown(load)]);
    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(markdownNow()?.('x')).toBe('<p>x</p>');
  });

  it('falls back to escaped plain text when the module cannot load, and tries again next time', async () => {
    const { loadMarkdown, markdownNow } = await freshLoader();
    const render = await loadMarkdown(() => Promise.reject(new Error('offline')));
    expect(render('<b>hi</b>')).toContain('&lt;b&gt;hi&lt;/b&gt;');
    expect(render('<b>hi</b>')).not.toContain('<b>');
    expect(markdownNow()).toBeUndefined();
    const again = await loadMarkdown(() => Promise.resolve({ renderMarkdown: () => 'rendered' }));
    expect(again('x')).toBe('rendered');
  });
});
