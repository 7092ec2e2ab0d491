// Which Chromium runs the browser tests and the benchmarks. Playwright's own download is not reachable on
// every machine (CI here has only Debian's packages), so Debian's builds come first when installed.
import { existsSync } from 'node:fs';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const FULL = '/usr/bin/chromium';

export type ChromiumLaunch = { executablePath: string } | { channel: 'chromium' } | Record<string, never>;

/**
 * The browser tests: `CHROMIUM_PATH`, else Debian's headless shell (Chromium without the browser around
 * it, as Playwright's own headless default: the whole suite takes about a quarter less time on 2 cores),
 * else Debian's full Chromium, else Playwright's own build.
 */
export function testChromium(): ChromiumLaunch {
  const path = fromEnv('CHROMIUM_PATH') ?? [HEADLESS_SHELL, FULL].find((p) => existsSync(p));
  return path ? { executablePath: path } : {};
}

/**
 * The whole browser, as users run it: for the benchmarks (their figures stay comparable with earlier
 * runs) and for what the headless shell lacks (it answers a microphone request with NotSupportedError,
 * never a permission denied). `FULL_CHROMIUM_PATH`, else Debian's, else Playwright's full build.
 */
export function fullChromium(): ChromiumLaunch {
  const path = fromEnv('FULL_CHROMIUM_PATH') ?? (existsSync(FULL) ? FULL : undefined);
  return path ? { executablePath: path } : { channel: 'chromium' };
}

/** `launch` (say, the config's launch options) on the whole browser instead of the test one. */
export function onFullChromium<T extends { executablePath?: string; channel?: string }>(launch: T): T {
  const rest = { ...launch };
  delete rest.executablePath;
  delete rest.channel;
  return { ...rest, ...fullChromium() };
}

/** An environment variable, unless unset or empty (`CHROMIUM_PATH= npm test` means "not set"). */
function fromEnv(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}
