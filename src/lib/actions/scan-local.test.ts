import { describe, expect, it } from 'vitest';
import { defaultScanPorts, parsePorts, rememberScanPorts, scanPorts } from './scan-local.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('scan ports', () => {
  it('parses typed ports, dropping invalid ones and repeats', () => {
    expect(parsePorts('11434, 1234 8080,abc 0 70000 1234')).toEqual([11434, 1234, 8080]);
  });

  it('scans the usual ports until some were scanned from Settings, then those', () => {
    const storage = memoryStorage();
    expect(scanPorts(storage)).toEqual(defaultScanPorts());
    rememberScanPorts([4000, 5000], storage);
    expect(scanPorts(storage)).toEqual([4000, 5000]);
  });

  it('falls back to the usual ports when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(scanPorts(broken)).toEqual(defaultScanPorts());
  });
});
