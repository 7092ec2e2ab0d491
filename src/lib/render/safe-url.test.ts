import { describe, expect, it } from 'vitest';
import { isInlineImage, remoteImageUrl, safeLinkUrl, urlAsParsed } from './safe-url.ts';

describe('safeLinkUrl', () => {
  it.each([
    ['https://example.com/a?b=c', 'https://example.com/a?b=c'],
    ['http://localhost:11434', 'http://localhost:11434'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    ['  HTTPS://Example.com  ', 'HTTPS://Example.com'],
  ])('keeps %j', (raw, kept) => {
    expect(safeLinkUrl(raw)).toBe(kept);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\r\nscript:alert(1)',
    ' \u0001javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    'blob:https://example.com/uuid',
    '/relative/path',
    '//evil.example/x',
    '#fragment',
    '&#106;avascript:alert(1)',
    '',
  ])('drops %j', (raw) => {
    expect(safeLinkUrl(raw)).toBeUndefined();
  });
});

describe('images', () => {
  it('allows only raster data images inline', () => {
    expect(isInlineImage('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isInlineImage('data:image/webp;base64,UklGR\nh4AAA==')).toBe(true);
    expect(isInlineImage('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isInlineImage('data:text/html;base64,PHNjcmlwdD4=')).toBe(false);
    expect(isInlineImage('https://example.com/a.png')).toBe(false);
  });

  it('treats only http(s) as remote images', () => {
    expect(remoteImageUrl('https://example.com/a.png')).toBe('https://example.com/a.png');
    expect(remoteImageUrl('http://example.com/a.png')).toBe('http://example.com/a.png');
    expect(remoteImageUrl('java\tscript:alert(1)')).toBeUndefined();
    expect(remoteImageUrl('mailto:a@b.c')).toBeUndefined();
    expect(remoteImageUrl('//example.com/a.png')).toBeUndefined();
  });
});

describe('urlAsParsed', () => {
  it('removes what the URL parser ignores', () => {
    expect(urlAsParsed(' \tja\nva\rscript:x \u0000')).toBe('javascript:x');
  });
});
