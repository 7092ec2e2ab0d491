// Browser tests (tests/e2e) run in Chromium against the built app (dist/, served by
// tests/servers/serve-app.ts) and loopback test servers. No traffic leaves the machine.
import { defineConfig } from '@playwright/test';
import { X509Certificate, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { testChromium } from './tests/chromium-path.ts';

const CI = Boolean(process.env['CI']);
// Keep in step with APP_PORT / APP_URL in tests/e2e/fixtures.ts. E2E_APP_PORT lets two runs coexist.
const APP_PORT = Number(process.env['E2E_APP_PORT'] ?? 4173);
const APP_URL = `http://localhost:${APP_PORT}/switchboard/`;

// Trust the committed test certificate (and only it) for https://app.test:<port>/ style app servers.
function testCertSpki(): string {
  const cert = new X509Certificate(readFileSync(new URL('./tests/servers/certs/cert.pem', import.meta.url)));
  const spki = cert.publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: APP_URL,
    // the service worker is tested in offline.spec.ts and first-visit-sw.spec.ts (which allow it: a first
    // visit chats while it installs, localStorage blocked or not). Elsewhere it is blocked so that every test
    // does not also precache the whole app shell on a loaded machine (more load, more timeouts).
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      ...testChromium(),
      args: [
        // *.test names (app.test, lan.test...) are loopback; every other name fails to resolve, so
        // nothing can leave the machine even by mistake. IP literals other than loopback fail too.
        '--host-resolver-rules=MAP *.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE ::1',
        `--ignore-certificate-errors-spki-list=${testCertSpki()}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-domain-reliability',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-quic',
        '--metrics-recording-only',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx tsx tests/servers/serve-app.ts --port ${APP_PORT} --prefix /switchboard/`,
    url: APP_URL,
    reuseExistingServer: !CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
