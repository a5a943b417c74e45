import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, mongolianDate } from './formatting.js';

// Node carries full ICU, Mongolian included: the fallback a browser without it uses must agree.
const moments = [Date.UTC(2026, 11, 2, 17, 14, 5), Date.UTC(2015, 0, 9, 8, 3, 59), Date.UTC(2016, 10, 30, 23, 59, 0)];

describe('Mongolian dates without the browser’s Mongolian locale data', () => {
  it.each(moments)('match ICU’s Mongolian for %s', (at) => {
    const icu = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('mn', { ...options, timeZone: 'UTC' }).format(at);
    expect(mongolianDate(at, 'date', 'UTC')).toBe(icu({ dateStyle: 'long' })); // the month spelled, in every style
    expect(mongolianDate(at, 'dateTime', 'UTC')).toBe(icu({ dateStyle: 'long', timeStyle: 'short' }));
    expect(mongolianDate(at, 'time', 'UTC')).toBe(icu({ hour: '2-digit', minute: '2-digit' }));
    expect(mongolianDate(at, 'timeSeconds', 'UTC')).toBe(icu({ hour: '2-digit', minute: '2-digit', second: '2-digit' }));
    expect(mongolianDate(at, 'month', 'UTC')).toBe(icu({ year: 'numeric', month: 'long' }));
  });

  it('reads "2026 оны арван хоёрдугаар сарын 2 17:14", never English', () => {
    expect(formatDate('mn', Date.UTC(2026, 11, 2, 17, 14), 'dateTime', 'UTC')).toBe('2026 оны арван хоёрдугаар сарын 2 17:14');
    expect(formatDate('en', Date.UTC(2026, 11, 2, 17, 14), 'dateTime', 'UTC')).toBe('December 2, 2026 at 5:14 PM');
  });

  it('numbers group thousands in both languages', () => {
    expect(formatNumber('mn', 12345.6)).toBe('12,345.6');
    expect(formatNumber('en', 12345.6)).toBe('12,345.6');
  });
});
