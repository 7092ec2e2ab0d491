import { describe, expect, it, vi } from 'vitest';
import { ExchangeLog } from './exchange-log.ts';
import type { ExchangeRecord } from '../providers/index.ts';

const exchange = (id: string): ExchangeRecord => ({
  id,
  started_at: 0,
  duration_ms: 1,
  request: { method: 'GET', url: `http://h/${id}`, headers: {} },
});

describe('ExchangeLog', () => {
  it('keeps the newest requests per connection, newest first, and tells listeners', () => {
    const log = new ExchangeLog(2);
    const listener = vi.fn();
    log.subscribe(listener);
    log.observerFor('a')(exchange('1'));
    log.record('a', exchange('2'));
    log.record('a', exchange('3'));
    log.record('b', exchange('4'));
    expect(log.list('a').map((e) => e.id)).toEqual(['3', '2']);
    expect(log.list('b').map((e) => e.id)).toEqual(['4']);
    expect(log.list('c')).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(4);
    expect(listener).toHaveBeenLastCalledWith('b');
  });
});
