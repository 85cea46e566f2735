/** An ISO 8601 duration split into its parts. */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const ISO_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Parses an ISO 8601 duration such as `P3M`, `P15D` or `PT4H`; `undefined` if it is not one. */
export function parseIsoDuration(text: string): IsoDuration | undefined {
  const match = ISO_DURATION.exec(text);
  if (!match) return undefined;
  const part = (index: number) => Number(match[index] ?? 0);
  return {
    years: part(1),
    months: part(2),
    weeks: part(3),
    days: part(4),
    hours: part(5),
    minutes: part(6),
    seconds: part(7),
  };
}

/**
 * Adds an ISO 8601 duration to an instant. Years, months and days are calendar steps in UTC+8
 * (China Standard Time), so `P1M` from 31 January lands on the last day of February.
 */
export function addDuration(start: Date, duration: string): Date {
  const parsed = parseIsoDuration(duration);
  if (!parsed) throw new RangeError(`Not an ISO 8601 duration: ${duration}`);
  const offsetMs = 8 * 3_600_000;
  const local = new Date(start.getTime() + offsetMs);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCFullYear(local.getUTCFullYear() + parsed.years);
  local.setUTCMonth(local.getUTCMonth() + parsed.months);
  const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, lastDay) + parsed.weeks * 7 + parsed.days);
  const ms = ((parsed.hours * 60 + parsed.minutes) * 60 + parsed.seconds) * 1000;
  return new Date(local.getTime() - offsetMs + ms);
}
