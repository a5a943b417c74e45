/**
 * Dates, times and numbers in the reader's language, through `Intl`. A browser without the
 * language's locale data answers in English instead (Chromium ships no Mongolian: "December 2,
 * 2026 at 5:14 PM"), so for Mongolian without it the numbers still come from `Intl` and the
 * words follow CLDR's Mongolian patterns, which `formatting.test.ts` holds to Node's full ICU.
 */

/** What is shown: a date, a date and time, a time (with seconds), or a month and year. */
export type DateStyle = 'date' | 'dateTime' | 'time' | 'timeSeconds' | 'month';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  // Mongolian spells the month in every style (its medium style writes "12-р").
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'long', timeStyle: 'short' },
  time: { hour: '2-digit', minute: '2-digit' },
  timeSeconds: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  month: { year: 'numeric', month: 'long' },
};

/** Mongolian months are ordinals: "the twelfth month". */
const MONGOLIAN_MONTHS = [
  'нэгдүгээр', 'хоёрдугаар', 'гуравдугаар', 'дөрөвдүгээр', 'тавдугаар', 'зургаадугаар',
  'долоодугаар', 'наймдугаар', 'есдүгээр', 'аравдугаар', 'арван нэгдүгээр', 'арван хоёрдугаар',
];

const supported = new Map<string, boolean>();
function hasLocaleData(language: string): boolean {
  let known = supported.get(language);
  if (known === undefined) {
    known = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0;
    supported.set(language, known);
  }
  return known;
}

/** A date or time in `language`; `timeZone` for calendar dates kept as UTC midnight. */
export function formatDate(language: string, value: number | Date, style: DateStyle, timeZone?: string): string {
  if (language === 'mn' && !hasLocaleData('mn')) return mongolianDate(value, style, timeZone);
  return new Intl.DateTimeFormat(language, { ...OPTIONS[style], timeZone }).format(value);
}

/** CLDR's Mongolian patterns, assembled from `Intl`'s numbers: "2026 оны арван хоёрдугаар сарын 2 17:14". */
export function mongolianDate(value: number | Date, style: DateStyle, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone,
  }).formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const month = MONGOLIAN_MONTHS[Number(part('month')) - 1] ?? '';
  const date = `${part('year')} оны ${month} сарын ${Number(part('day'))}`;
  const time = `${part('hour')}:${part('minute')}`;
  switch (style) {
    case 'date':
      return date;
    case 'dateTime':
      return `${date} ${time}`;
    case 'time':
      return time;
    case 'timeSeconds':
      return `${time}:${part('second')}`;
    case 'month':
      return `${part('year')} оны ${month} сар`;
  }
}

/** A number in `language` (Mongolian groups and separates decimals as English does). */
export function formatNumber(language: string, value: number, options?: Intl.NumberFormatOptions): string {
  const locale = language === 'mn' && !hasLocaleData('mn') ? 'en' : language;
  return new Intl.NumberFormat(locale, options).format(value);
}
