import type { Language } from './i18n';

const TIME_ZONE = 'Europe/Copenhagen';

function intlLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : 'da-DK';
}

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** Date and time as a Danish (or British English) reader expects it, always in Danish time. */
export function formatDateTime(value: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(toDate(value));
}

export function formatDate(value: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, dateStyle: 'medium' }).format(
    toDate(value),
  );
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/**
 * The UTC instant where a calendar day (YYYY-MM-DD) starts in Danish time; `endOfDay` gives the start of the
 * following day, for an exclusive upper bound.
 */
export function copenhagenDayStart(day: string, endOfDay = false): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = Date.UTC(year, month - 1, date + (endOfDay ? 1 : 0));
  // Guess UTC midnight, then correct by the zone's offset at that moment (twice, to settle around DST changes).
  let guess = target;
  for (let i = 0; i < 2; i++) guess = target - zoneOffsetMs(new Date(guess));
  return new Date(guess).toISOString();
}

function zoneOffsetMs(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - (at.getTime() - at.getMilliseconds());
}
