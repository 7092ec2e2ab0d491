import { describe, expect, it } from 'vitest';
import { browserFamily, browserMajorVersion, makePageContext } from './page-context.ts';

const UA = {
  chrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:147.0) Gecko/20100101 Firefox/147.0',
  safari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
  iosChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0 Mobile/15E148 Safari/604.1',
  iosFirefox:
    'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/120.0 Mobile/15E148 Safari/605.1.15',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
  curl: 'curl/8.0',
};

describe('browserFamily', () => {
  it.each([
    [{ userAgent: UA.chrome }, 'chromium'],
    [{ userAgent: UA.edge }, 'chromium'],
    [{ userAgent: UA.headless }, 'chromium'],
    [{ userAgent: UA.firefox }, 'firefox'],
    [{ userAgent: UA.safari }, 'safari'],
    [{ userAgent: UA.iosChrome }, 'safari'],
    [{ userAgent: UA.iosFirefox }, 'safari'],
    [{ userAgent: UA.curl }, 'other'],
    [{}, 'other'],
    [
      {
        brands: [
          { brand: 'Not A(Brand', version: '8' },
          { brand: 'Chromium', version: '143' },
        ],
        userAgent: UA.firefox,
      },
      'chromium',
    ],
  ] as const)('%j → %s', (facts, family) => {
    expect(browserFamily(facts)).toBe(family);
  });
});

describe('browserMajorVersion', () => {
  it('reads brands first, then the UA string', () => {
    expect(browserMajorVersion({ brands: [{ brand: 'Chromium', version: '143' }] })).toBe(143);
    expect(browserMajorVersion({ userAgent: UA.chrome })).toBe(142);
    expect(browserMajorVersion({ userAgent: UA.headless })).toBe(156);
    expect(browserMajorVersion({ userAgent: UA.firefox })).toBe(147);
    expect(browserMajorVersion({ userAgent: UA.safari })).toBe(18);
    expect(browserMajorVersion({ userAgent: UA.curl })).toBeUndefined();
  });
});

describe('makePageContext', () => {
  const loc = {
    origin: 'https://switchboard.example',
    protocol: 'https:',
    hostname: 'switchboard.example',
    isSecureContext: true,
  };

  it('treats Chromium 142+ as LNA-capable', () => {
    expect(makePageContext({ ...loc, userAgent: UA.chrome }).lnaSupported).toBe(true);
    expect(makePageContext({ ...loc, userAgent: UA.edge }).lnaSupported).toBe(false);
  });

  it('treats a readable LNA permission as proof of support', () => {
    const ctx = makePageContext({ ...loc, userAgent: UA.firefox, lnaPermission: 'prompt' });
    expect(ctx).toMatchObject({ browser: 'firefox', lnaSupported: true, lnaPermission: 'prompt' });
    expect(makePageContext({ ...loc, userAgent: UA.firefox, lnaPermission: 'unknown' }).lnaSupported).toBe(false);
  });

  it('lets the caller override lnaSupported', () => {
    expect(makePageContext({ ...loc, userAgent: UA.chrome, lnaSupported: false }).lnaSupported).toBe(false);
  });
});
