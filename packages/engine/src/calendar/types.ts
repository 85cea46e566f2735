/** A public holiday (放假) or a local day off: an inclusive range of calendar days. */
export interface CalendarHoliday {
  /** What the break is called, e.g. "春节". */
  name: string;
  /** First day off, `YYYY-MM-DD`. */
  from: string;
  /** Last day off, `YYYY-MM-DD` (equal to `from` for a single day). */
  to: string;
}

/** A working day that would otherwise be a day off: a make-up day (调休上班) or a local working day. */
export interface CalendarWorkday {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** What it is called, e.g. "春节调休". */
  name: string;
}

/**
 * One calendar file (`schema/calendar.schema.json`): one year of an official notice, or a
 * committee's local overlay for one year (`overlay: true`).
 */
export interface CalendarYearData {
  /** Path or URL of the schema, for editors. */
  $schema?: string;
  /** Where it applies: "cn" for mainland China; an overlay may name a narrower area. */
  region: string;
  /** The year the file covers; every date in it falls in this year. */
  year: number;
  /** The notice or decision the dates come from. */
  source: string;
  /**
   * A local overlay: its dates change single days on top of the year's full file and do not by
   * themselves make the year's data complete. Default `false`: the file is the year's full list.
   */
  overlay?: boolean;
  /** Days off. */
  holidays?: readonly CalendarHoliday[];
  /** Working days on what would otherwise be days off. */
  workdays?: readonly CalendarWorkday[];
}

/** How one calendar day is classified. */
export type DayKind =
  /** Monday to Friday with nothing listed: an ordinary working day. */
  | 'weekday'
  /** Saturday or Sunday with nothing listed: an ordinary day off. */
  | 'weekend'
  /** Listed as a holiday (or local day off). */
  | 'holiday'
  /** Listed as a working day (调休上班, or a local working day). */
  | 'makeup';

/** What the calendar says about one day (see `WorkCalendar.describeDay`). */
export interface DayInfo {
  /** The day, `YYYY-MM-DD` (UTC+8). */
  date: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Whether the day counts as a working day (工作日). */
  working: boolean;
  /** Why. */
  kind: DayKind;
  /** The holiday's or make-up day's name, for `holiday` and `makeup`. */
  name?: string;
  /** True when no full file covers the day's year: only weekends were known. */
  provisional: boolean;
}

/** The result of `WorkCalendar.addWorkingDays`. */
export interface WorkingDayResult {
  /** The n-th working day, `YYYY-MM-DD` (UTC+8). */
  date: string;
  /** The end of that day: 24:00 UTC+8, i.e. 00:00 UTC+8 of the next day. */
  due: Date;
  /** True when a year counted through has no full file (weekends only were skipped there). */
  provisional: boolean;
}

/** The result of `WorkCalendar.lastWorkingDays`. */
export interface WorkingDayWindow {
  /** The first day of the window, `YYYY-MM-DD` (UTC+8): a working day. */
  date: string;
  /** The instant the window opens: 00:00 UTC+8 of that day. */
  start: Date;
  /** True when a year counted through has no full file. */
  provisional: boolean;
}

/** The result of `WorkCalendar.workingDaysBetween`. */
export interface WorkingDayCount {
  /** Working days after the first day up to and including the second (negative if reversed). */
  days: number;
  /** True when a year counted through has no full file. */
  provisional: boolean;
}

/** A deadline (办理时限) computed by `computeDue`. */
export interface DueResult {
  /** The instant the deadline falls due. */
  due: Date;
  /** True when it was counted through a year without a full calendar file: recompute later. */
  provisional: boolean;
}

/** A warning instant computed by `warnAt`. */
export interface WarnResult {
  /** The instant the deadline enters its warning window. */
  at: Date;
  /** True when it was counted through a year without a full calendar file: recompute later. */
  provisional: boolean;
}
