// When a message was written, as shown beside it: the time of day for today's messages, the date too for
// older ones, and the full date and time for its tooltip. Pure: the clock, locale and time zone are passed in.
export interface TimeFormat {
  locale?: string;
  timeZone?: string;
}

export interface MessageTime {
  /** for the datetime attribute */
  iso: string;
  /** "14:05", or "3 Mar, 14:05" for another day */
  short: string;
  /** the full date and time, for the tooltip */
  full: string;
}

// Building a formatter costs a tenth of a millisecond or more, five per message: opening a long chat built
// thousands of them. Kept per locale, zone and style (a handful in a page's life).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let cached = formatters.get(key);
  if (!cached) formatters.set(key, (cached = new Intl.DateTimeFormat(locale, options)));
  return cached;
}

function dayKey(ms: number, format: TimeFormat): string {
  return formatter('en-CA', { timeZone: format.timeZone, dateStyle: 'short' }).format(ms);
}

export function messageTime(createdAt: number, now: number, format: TimeFormat = {}): MessageTime | undefined {
  if (!Number.isFinite(createdAt) || createdAt <= 0) return undefined;
  const { locale, timeZone } = format;
  const time = formatter(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(createdAt);
  const [day, today] = [dayKey(createdAt, format), dayKey(now, format)];
  const sameDay = day === today;
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  const date = formatter(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(createdAt);
  return {
    iso: new Date(createdAt).toISOString(),
    short: sameDay ? time : `${date}, ${time}`,
    full: formatter(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(createdAt),
  };
}
