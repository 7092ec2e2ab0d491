// Site storage blocked by policy, as Chromium does when the user blocks site data: reading
// window.localStorage throws a SecurityError. An init script: it runs in every page and frame before the
// app's code (Playwright does not run init scripts in service workers, which have no localStorage anyway).
import type { Page } from '@playwright/test';

export async function blockLocalStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException("Failed to read the 'localStorage' property from 'Window'", 'SecurityError');
      },
    });
  });
}
