// The Content-Security-Policy is written twice: index.html's meta tag and public/_headers (for static
// hosts; it adds frame-ancestors, which a meta tag cannot carry). They must say the same thing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from './static-server.ts';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function directives(policy: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values.join(' '));
  }
  return out;
}

const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('index.html'))?.[1] ?? '';
const header = parseHeadersFile(read('public/_headers'))['Content-Security-Policy'] ?? '';

describe('Content-Security-Policy', () => {
  it('is in the meta tag and the headers file', () => {
    expect(meta).not.toBe('');
    expect(header).not.toBe('');
  });

  it('forbids inline script and style, eval, plugins, <base> and framing', () => {
    const d = directives(header);
    // WebAssembly compilation only (the in-browser model's engine): JavaScript eval stays forbidden
    expect(d.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    // the engine starts its worker from a blob: URL it builds from its own bundled code
    expect(d.get('worker-src')).toBe("'self' blob:");
    expect(d.get('default-src')).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('base-uri')).toBe("'none'");
    expect(d.get('frame-ancestors')).toBe("'none'");
    expect(header).not.toMatch(/'unsafe-eval'|unsafe-inline/);
    expect(d.get('style-src')).toBe("'self'");
    expect(d.get('connect-src')).toBe('*');
  });

  it('lets read-aloud play the audio it fetched (object URLs this page made), and no other media', () => {
    expect(directives(header).get('media-src')).toBe("'self' blob:");
  });

  it('says the same in both places, except frame-ancestors (ignored in a meta tag)', () => {
    const fromHeader = directives(header);
    fromHeader.delete('frame-ancestors');
    expect(directives(meta)).toEqual(fromHeader);
  });

  it('asks for cross-origin isolation (threads for the in-browser model) without CORP on every image', () => {
    const headers = parseHeadersFile(read('public/_headers'));
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headers['Cross-Origin-Embedder-Policy']).toBe('credentialless');
  });

  it('reads only the /* block of a headers file', () => {
    const text = '# comment\n/assets/*\n  Cache-Control: max-age=1\n/*\n  X-A: 1\n  X-B: two: parts\n';
    expect(parseHeadersFile(text)).toEqual({ 'X-A': '1', 'X-B': 'two: parts' });
  });
});
