import { describe, expect, it } from 'vitest';
import { messageTime } from './message-time.ts';

const UTC = { locale: 'en-GB', timeZone: 'UTC' };
const at = (iso: string) => Date.parse(iso);

describe('messageTime', () => {
  it('shows only the time of day for a message from today', () => {
    const t = messageTime(at('2025-03-03T14:05:00Z'), at('2025-03-03T18:00:00Z'), UTC);
    expect(t?.short).toBe('14:05');
    expect(t?.iso).toBe('2025-03-03T14:05:00.000Z');
    expect(t?.full).toContain('3 March 2025');
    expect(t?.full).toContain('14:05');
  });

  it('adds the date for another day, and the year for another year', () => {
    expect(messageTime(at('2025-03-02T09:30:00Z'), at('2025-03-03T08:00:00Z'), UTC)?.short).toBe('2 Mar, 09:30');
    expect(messageTime(at('2024-12-31T23:59:00Z'), at('2025-01-01T00:10:00Z'), UTC)?.short).toBe('31 Dec 2024, 23:59');
  });

  it('decides "today" in the given time zone', () => {
    const tokyo = { locale: 'en-GB', timeZone: 'Asia/Tokyo' };
    // 23:30 UTC on the 2nd is 08:30 on the 3rd in Tokyo, the same day as 10:00 Tokyo time
    expect(messageTime(at('2025-03-02T23:30:00Z'), at('2025-03-03T01:00:00Z'), tokyo)?.short).toBe('08:30');
  });

  it('shows nothing for a missing time', () => {
    expect(messageTime(0, at('2025-03-03T18:00:00Z'), UTC)).toBeUndefined();
    expect(messageTime(Number.NaN, at('2025-03-03T18:00:00Z'), UTC)).toBeUndefined();
  });
});
