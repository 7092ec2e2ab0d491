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

function dayKey(ms: number, format: TimeFormat): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: format.timeZone, dateStyle: 'short' }).format(ms);
}

export function messageTime(createdAt: number, now: number, format: TimeFormat = {}): MessageTime | undefined {
  if (!Number.isFinite(createdAt) || createdAt <= 0) return undefined;
  const { locale, timeZone } = format;
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(createdAt);
  const [day, today] = [dayKey(createdAt, format), dayKey(now, format)];
  const sameDay = day === today;
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(createdAt);
  return {
    iso: new Date(createdAt).toISOString(),
    short: sameDay ? time : `${date}, ${time}`,
    full: new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(createdAt),
  };
}
