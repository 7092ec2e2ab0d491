// A size in bytes, the language's way: decimal units (1 kB = 1000 B, as browsers and disks report them),
// the number and the unit written by Intl. English keeps the app's own short form ("1.5 MB", "512 B").
import type { Locale } from './locales.ts';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;
const ENGLISH = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

export function formatSize(bytes: number, locale: Locale): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const maximumFractionDigits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  if (locale === 'en')
    return `${new Intl.NumberFormat('en', { maximumFractionDigits, useGrouping: false }).format(value)} ${ENGLISH[unit]}`;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    maximumFractionDigits,
    useGrouping: false,
  }).format(value);
}
