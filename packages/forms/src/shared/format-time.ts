/**
 * An ISO 8601 instant as a date and time for `locale` (China Standard Time, as the committee
 * calendar counts), or the text itself when it is not a date.
 */
export function formatDateTime(value: string, locale: string, withTime = true): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString(locale, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  });
}
