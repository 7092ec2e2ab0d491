import { describe, expect, it } from 'vitest';
import { BROWSER_BASE_URL } from './modes.ts';
import { checkConnection, connectionForFile } from './record.ts';

const browser = {
  id: 'b1',
  name: 'This browser',
  mode: 'browser',
  base_url: BROWSER_BASE_URL,
  params: { max_tokens: 512 },
  enabled: true,
  created_at: 1,
  updated_at: 2,
};

describe("a 'browser' connection record", () => {
  it('passes the one record check and round-trips through a file unchanged', () => {
    const stored = checkConnection(browser, 'connections[0]');
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    const written = JSON.parse(JSON.stringify(connectionForFile(stored.value, false)));
    expect(written).toEqual(browser);
    const read = checkConnection(written, 'connections[0]');
    expect(read.ok && read.value).toEqual(browser);
  });

  it('always points at the never-resolving address, whatever a file says', () => {
    const read = checkConnection({ ...browser, base_url: 'https://elsewhere.example/v1' }, 'c');
    expect(read.ok && read.value.base_url).toBe(BROWSER_BASE_URL);
    expect(new URL(BROWSER_BASE_URL).hostname.endsWith('.invalid')).toBe(true);
  });
});
