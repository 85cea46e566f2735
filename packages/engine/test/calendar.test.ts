import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  chinaMainlandCalendar,
  chinaMainlandCalendarData,
  computeDue,
  createWorkCalendar,
  parseDeadline,
  subtractDuration,
  validateCalendarData,
  warnAt,
  type CalendarYearData,
} from '../src/index.js';
import cn2025 from '../calendars/cn/2025.json' with { type: 'json' };
import cn2026 from '../calendars/cn/2026.json' with { type: 'json' };
import packageJson from '../package.json' with { type: 'json' };

const calendar = chinaMainlandCalendar();

/** An instant written in China Standard Time. */
const cst = (local: string) => new Date(`${local}+08:00`);

/** The working days after `start`, one per step, as the calendar counts them. */
function countedDays(start: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => calendar.addWorkingDays(start, i + 1).date);
}

/**
 * An illustrative 2027 file, shaped like the yearly notice. Its dates are made up for the tests;
 * the real 2027 arrangement is whatever the notice published in November 2026 says.
 */
const sample2027: CalendarYearData = {
  region: 'cn',
  year: 2027,
  source: '测试数据（非官方）',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-06', to: '2027-02-13' },
  ],
  workdays: [{ date: '2027-02-14', name: '春节调休' }],
};

/** Builds a calendar from `files`, expecting it to fail, and returns the error. */
function rejection(files: unknown): CalendarError {
  try {
    createWorkCalendar(files as CalendarYearData[]);
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarError);
    return error as CalendarError;
  }
  throw new Error('the calendar data was accepted');
}

describe('the official calendar', () => {
  it('gives the worked example: 15 working days after Tuesday 2026-02-10 end on Monday 2026-03-09', () => {
    expect(countedDays('2026-02-10', 15)).toEqual([
      '2026-02-11', '2026-02-12', '2026-02-13', '2026-02-14',
      '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28',
      '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09',
    ]);
    const result = computeDue(cst('2026-02-10T10:15:00'), '15WD', calendar);
    expect(result).toEqual({ due: cst('2026-03-10T00:00:00'), provisional: false });
    expect(result.due.toISOString()).toBe('2026-03-09T16:00:00.000Z');
  });

  it('reads the start day in UTC+8: 00:30 on 02-11 in Beijing is still 02-10 in UTC', () => {
    const start = cst('2026-02-11T00:30:00');
    expect(start.toISOString().slice(0, 10)).toBe('2026-02-10');
    expect(computeDue(start, '15WD', calendar).due).toEqual(cst('2026-03-11T00:00:00'));
    expect(computeDue(cst('2026-02-10T23:59:59'), '15WD', calendar).due).toEqual(cst('2026-03-10T00:00:00'));
  });

  it('never counts the start day, even a working day; 0WD ends with the start day', () => {
    expect(calendar.isWorkingDay('2026-03-02')).toBe(true);
    expect(calendar.addWorkingDays('2026-03-02', 1).date).toBe('2026-03-03');
    expect(calendar.addWorkingDays(cst('2026-03-02T09:00:00'), 0)).toEqual({
      date: '2026-03-02',
      due: cst('2026-03-03T00:00:00'),
      provisional: false,
    });
  });

  it('knows the 2026 Spring Festival break and both make-up Saturdays', () => {
    for (let day = 15; day <= 23; day++) {
      const info = calendar.describeDay(`2026-02-${day}`);
      expect(info, info.date).toMatchObject({ working: false, kind: 'holiday', name: '春节', provisional: false });
    }
    expect(calendar.describeDay('2026-02-14')).toEqual({
      date: '2026-02-14', weekday: 6, working: true, kind: 'makeup', name: '春节调休', provisional: false,
    });
    expect(calendar.describeDay('2026-02-28')).toMatchObject({ weekday: 6, working: true, kind: 'makeup' });
    expect(calendar.describeDay('2026-02-24')).toMatchObject({ weekday: 2, working: true, kind: 'weekday' });
    expect(calendar.describeDay('2026-03-01')).toMatchObject({ weekday: 0, working: false, kind: 'weekend' });
    expect(calendar.describeDay('2026-03-01')).not.toHaveProperty('name');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-28')).toEqual({ days: 6, provisional: false });
  });

  it('starts counting with the next working day when the start is a holiday (2026-10-03 + 5WD)', () => {
    expect(calendar.isWorkingDay('2026-10-03')).toBe(false);
    expect(countedDays('2026-10-03', 5)).toEqual(['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13']);
    expect(computeDue(cst('2026-10-03T15:00:00'), '5WD', calendar).due).toEqual(cst('2026-10-14T00:00:00'));
  });

  it('knows 国庆 2025 with its make-up Sunday 09-28 and Saturday 10-11', () => {
    expect(calendar.describeDay('2025-09-28')).toMatchObject({ weekday: 0, working: true, kind: 'makeup' });
    expect(calendar.describeDay('2025-10-11')).toMatchObject({ weekday: 6, working: true, kind: 'makeup' });
    for (let day = 1; day <= 8; day++) expect(calendar.isWorkingDay(`2025-10-0${day}`)).toBe(false);
    expect(countedDays('2025-09-26', 6)).toEqual([
      '2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11',
    ]);
  });

  it('counts across New Year 2025 → 2026 (元旦 break, make-up Sunday 2026-01-04)', () => {
    expect(countedDays('2025-12-30', 3)).toEqual(['2025-12-31', '2026-01-04', '2026-01-05']);
    expect(calendar.workingDaysBetween('2025-12-30', '2026-01-05')).toEqual({ days: 3, provisional: false });
    expect(calendar.workingDaysBetween('2026-01-05', '2025-12-30')).toEqual({ days: -3, provisional: false });
    expect(calendar.workingDaysBetween(cst('2026-01-05T08:00:00'), cst('2026-01-05T18:00:00')).days).toBe(0);
  });

  it('has the year totals of the notices: 248 working days in 2025 and in 2026', () => {
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toEqual({ days: 248, provisional: false });
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31').days).toBe(248);
    expect(calendar.years).toEqual([2025, 2026]);
    expect(calendar.region).toBe('cn');
  });

  it('keeps addWorkingDays and workingDaysBetween consistent over two years', () => {
    for (let start = 0; start < 730; start += 7) {
      const day = new Date(Date.UTC(2025, 0, 1 + start)).toISOString().slice(0, 10);
      for (const n of [1, 2, 5, 15, 40]) {
        const result = calendar.addWorkingDays(day, n);
        if (result.date > '2026-12-31') continue;
        expect(calendar.isWorkingDay(result.date)).toBe(true);
        expect(calendar.workingDaysBetween(day, result.date).days).toBe(n);
        expect(calendar.lastWorkingDays(result.date, n).date).toBe(calendar.addWorkingDays(day, 1).date);
      }
    }
  });
});

describe('ISO 8601 durations are calendar time', () => {
  it('clamps P3M from 2026-01-31 to the end of April', () => {
    expect(computeDue(cst('2026-01-31T09:30:00'), 'P3M', calendar)).toEqual({
      due: cst('2026-04-30T09:30:00'),
      provisional: false,
    });
    expect(computeDue(cst('2026-01-31T00:30:00'), 'P1M', calendar).due).toEqual(cst('2026-02-28T00:30:00'));
  });

  it('adds PT4H as four hours and P15D as calendar days, holidays included', () => {
    expect(computeDue(cst('2026-02-13T16:00:00'), 'PT4H', calendar).due).toEqual(cst('2026-02-13T20:00:00'));
    expect(computeDue(cst('2026-02-10T10:00:00'), 'P15D', calendar).due).toEqual(cst('2026-02-25T10:00:00'));
    expect(computeDue(cst('2030-02-10T10:00:00'), 'P15D', calendar).provisional).toBe(false);
  });

  it('refuses strings that are neither form', () => {
    for (const bad of ['15', '15wd', 'WD', '1.5WD', '-3WD', 'P', 'three months', '']) {
      expect(() => computeDue(cst('2026-02-10T10:00:00'), bad, calendar), bad).toThrow(RangeError);
    }
    expect(parseDeadline('15WD')).toEqual({ kind: 'workingDays', days: 15 });
    expect(parseDeadline('P3M')).toMatchObject({ kind: 'duration', duration: { months: 3 } });
    expect(parseDeadline('3 days')).toBeUndefined();
  });
});

describe('warnAt', () => {
  const due = computeDue(cst('2026-02-10T10:00:00'), '15WD', calendar).due;

  it('opens a 3WD window at the start of the third working day counted back from the due day', () => {
    expect(warnAt(due, '3WD', calendar)).toEqual({ at: cst('2026-03-05T00:00:00'), provisional: false });
    expect(calendar.workingDaysBetween(cst('2026-03-04T12:00:00'), '2026-03-09').days).toBe(3);
    expect(warnAt(due, '1WD', calendar).at).toEqual(cst('2026-03-09T00:00:00'));
    expect(warnAt(due, '0WD', calendar).at).toEqual(due);
  });

  it('skips holidays backwards and counts make-up days', () => {
    const shortDue = computeDue(cst('2026-02-10T10:00:00'), '5WD', calendar).due;
    expect(shortDue).toEqual(cst('2026-02-25T00:00:00'));
    // 02-24, then back over the Spring Festival to the make-up Saturday 02-14, then 02-13.
    expect(warnAt(shortDue, '3WD', calendar).at).toEqual(cst('2026-02-13T00:00:00'));
  });

  it('counts the due day itself for a deadline ending mid-day', () => {
    const afternoon = cst('2026-03-09T15:00:00');
    expect(warnAt(afternoon, '2WD', calendar).at).toEqual(cst('2026-03-06T00:00:00'));
    const sunday = cst('2026-03-08T15:00:00');
    expect(warnAt(sunday, '1WD', calendar).at).toEqual(cst('2026-03-06T00:00:00'));
  });

  it('subtracts ISO durations in calendar time', () => {
    expect(warnAt(due, 'P2D', calendar).at).toEqual(cst('2026-03-08T00:00:00'));
    expect(warnAt(due, 'PT12H', calendar).at).toEqual(cst('2026-03-09T12:00:00'));
    expect(warnAt(cst('2026-03-31T09:00:00'), 'P1M', calendar).at).toEqual(cst('2026-02-28T09:00:00'));
    expect(subtractDuration(cst('2026-04-30T09:30:00'), 'P3M')).toEqual(cst('2026-01-30T09:30:00'));
  });
});

describe('adding data without a release', () => {
  it('applies a committee overlay: a local day off and a local working day', () => {
    const local: CalendarYearData = {
      region: 'cn-320281',
      year: 2026,
      source: '市政协办公室通知（本地调整示例）',
      overlay: true,
      holidays: [{ name: '全会闭会休息', from: '2026-03-02', to: '2026-03-02' }],
      workdays: [{ date: '2026-02-23', name: '全会筹备' }],
    };
    const withLocal = calendar.extend([local]);
    expect(withLocal.describeDay('2026-03-02')).toMatchObject({ working: false, kind: 'holiday', name: '全会闭会休息' });
    expect(withLocal.describeDay('2026-02-23')).toMatchObject({ working: true, kind: 'makeup', name: '全会筹备' });
    // 02-23 now counts and 03-02 does not: the worked example ends on the same day.
    expect(withLocal.addWorkingDays('2026-02-10', 15)).toMatchObject({ date: '2026-03-09', provisional: false });
    expect(withLocal.addWorkingDays('2026-02-24', 5).date).toBe('2026-03-03');
    expect(calendar.addWorkingDays('2026-02-24', 5).date).toBe('2026-03-02');
    expect(withLocal.workingDaysBetween('2026-02-13', '2026-02-28').days).toBe(7);
    // The built-in calendar is unchanged.
    expect(calendar.isWorkingDay('2026-03-02')).toBe(true);
  });

  it('lets a later overlay override an earlier one, and applies overlays over the full file whatever the order', () => {
    const closure = (date: string, name: string, holiday: boolean): CalendarYearData => ({
      region: 'cn',
      year: 2026,
      source: '本地调整',
      overlay: true,
      ...(holiday ? { holidays: [{ name, from: date, to: date }] } : { workdays: [{ date, name }] }),
    });
    const built = createWorkCalendar([
      closure('2026-03-03', '闭馆', true),
      cn2026,
      closure('2026-03-03', '恢复上班', false),
      closure('2026-03-04', '闭馆', true),
    ]);
    expect(built.describeDay('2026-03-03')).toMatchObject({ working: true, name: '恢复上班' });
    expect(built.describeDay('2026-03-04')).toMatchObject({ working: false, name: '闭馆' });
    expect(built.isWorkingDay('2026-02-16')).toBe(false);
    const early = createWorkCalendar([closure('2026-03-05', '闭馆', true), cn2026]);
    expect(early.isWorkingDay('2026-03-05')).toBe(false);
  });

  it('lets a later full-year file replace an earlier one (a corrected notice)', () => {
    const corrected: CalendarYearData = { ...cn2026, holidays: cn2026.holidays.filter((h) => h.name !== '端午节') };
    const built = calendar.extend([corrected]);
    expect(calendar.isWorkingDay('2026-06-19')).toBe(false);
    expect(built.isWorkingDay('2026-06-19')).toBe(true);
    expect(built.years).toEqual([2025, 2026]);
  });

  it('takes a 2027 file at run time, turning provisional results into final ones', () => {
    const before = computeDue(cst('2026-12-28T09:00:00'), '5WD', calendar);
    // Without 2027 data only weekends are skipped: 01-01 (a Friday) counts.
    expect(before).toEqual({ due: cst('2027-01-05T00:00:00'), provisional: true });
    const with2027 = calendar.extend([sample2027]);
    expect(with2027.years).toEqual([2025, 2026, 2027]);
    expect(computeDue(cst('2026-12-28T09:00:00'), '5WD', with2027)).toEqual({
      due: cst('2027-01-06T00:00:00'),
      provisional: false,
    });
    expect(with2027.describeDay('2027-02-14')).toMatchObject({ weekday: 0, working: true, kind: 'makeup' });
    const fromJsonText = createWorkCalendar([...chinaMainlandCalendarData, JSON.parse(JSON.stringify(sample2027))]);
    expect(fromJsonText.hasYear(2027)).toBe(true);
  });
});

describe('years without data', () => {
  it('counts weekends only and marks the result provisional', () => {
    expect(calendar.hasYear(2027)).toBe(false);
    expect(calendar.describeDay('2027-01-01')).toEqual({
      date: '2027-01-01', weekday: 5, working: true, kind: 'weekday', provisional: true,
    });
    expect(calendar.describeDay('2024-10-01')).toMatchObject({ working: true, provisional: true });
    expect(calendar.addWorkingDays('2027-03-05', 1)).toMatchObject({ date: '2027-03-08', provisional: true });
    expect(calendar.workingDaysBetween('2026-12-01', '2027-01-31').provisional).toBe(true);
    expect(calendar.workingDaysBetween('2026-12-01', '2026-12-31').provisional).toBe(false);
    expect(warnAt(cst('2027-01-05T00:00:00'), '3WD', calendar)).toEqual({ at: cst('2026-12-31T00:00:00'), provisional: true });
  });

  it('is not provisional when only the start day lies in the missing year', () => {
    // 2024-12-31 never counts; counting begins in 2025.
    expect(calendar.addWorkingDays('2024-12-31', 2)).toMatchObject({ date: '2025-01-03', provisional: false });
  });

  it('stays provisional for a year that has only an overlay', () => {
    const built = calendar.extend([
      { region: 'cn', year: 2027, source: '本地调整', overlay: true, holidays: [{ name: '闭馆', from: '2027-01-04', to: '2027-01-04' }] },
    ]);
    expect(built.addWorkingDays('2027-01-01', 1)).toMatchObject({ date: '2027-01-05', provisional: true });
    expect(built.hasYear(2027)).toBe(false);
  });

  it("refuses missing years with missingYear: 'throw'", () => {
    const strict = chinaMainlandCalendar({ missingYear: 'throw' });
    expect(strict.addWorkingDays('2026-02-10', 15).date).toBe('2026-03-09');
    let error: unknown;
    try {
      computeDue(cst('2026-12-28T09:00:00'), '5WD', strict);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CalendarError);
    expect(error).toMatchObject({ code: 'calendar.yearMissing' });
    expect((error as CalendarError).messages['zh-CN']).toContain('2027');
    expect(() => strict.isWorkingDay('2024-05-01')).toThrow(CalendarError);
    expect(strict.extend([sample2027]).addWorkingDays('2026-12-28', 5).provisional).toBe(false);
  });

  it('refuses days outside the supported range and bad arguments', () => {
    expect(() => calendar.isWorkingDay('1899-12-31')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-10', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-10', 1.5)).toThrow(RangeError);
    expect(() => calendar.lastWorkingDays('2026-02-10', 0)).toThrow(RangeError);
  });
});

describe('bad calendar data', () => {
  const valid = (): CalendarYearData & { holidays: CalendarYearData['holidays'] & object[]; workdays: object[] } =>
    JSON.parse(JSON.stringify(cn2026));

  it('ships valid files that match the notices', () => {
    for (const file of [cn2025, cn2026]) expect(validateCalendarData(file)).toMatchObject({ valid: true, issues: [] });
    expect(chinaMainlandCalendarData).toEqual([cn2025, cn2026]);
    expect(packageJson.files).toContain('calendars');
  });

  it.each([
    ['not an array', { year: 2026 }, '', 'calendar.type'],
    ['a file that is not an object', ['2026'], '/0', 'calendar.type'],
    ['a missing source', [{ region: 'cn', year: 2026 }], '/0/source', 'calendar.required'],
    ['an unknown property', [{ ...cn2026, holiday: [] }], '/0/holiday', 'calendar.additionalProperties'],
    ['a bad region', [{ ...cn2026, region: 'China' }], '/0/region', 'calendar.pattern'],
    ['a year that is not an integer', [{ ...cn2026, year: '2026' }], '/0/year', 'calendar.type'],
    ['a date that does not exist', [cn2025, { ...cn2026, workdays: [{ date: '2026-02-30', name: 'x' }] }], '/1/workdays/0/date', 'calendar.format'],
    ['a date in the wrong form', [{ ...cn2026, holidays: [{ name: '元旦', from: '2026/1/1', to: '2026-01-01' }] }], '/0/holidays/0/from', 'calendar.pattern'],
    ['a holiday without a name', [{ ...cn2026, holidays: [{ from: '2026-01-01', to: '2026-01-01' }] }], '/0/holidays/0/name', 'calendar.required'],
    ['an empty name', [{ ...cn2026, workdays: [{ date: '2026-02-14', name: '' }] }], '/0/workdays/0/name', 'calendar.minLength'],
  ])('refuses %s', (_what, files, pointer, code) => {
    const error = rejection(files);
    expect(error.code).toBe('calendar.invalid');
    expect(error.issues).toContainEqual(expect.objectContaining({ pointer, code }));
  });

  it('refuses a holiday whose from is after its to', () => {
    const file = valid();
    file.holidays[1] = { name: '春节', from: '2026-02-23', to: '2026-02-15' };
    const error = rejection([cn2025, file]);
    expect(error.issues).toEqual([expect.objectContaining({ pointer: '/1/holidays/1/to', code: 'calendar.rangeReversed' })]);
    expect(error.messages['zh-CN']).toContain('/1/holidays/1/to');
    expect(error.messages.en).toContain('is before');
  });

  it('refuses a date outside the file year, holiday or working day', () => {
    const file = valid();
    file.holidays.push({ name: '元旦', from: '2026-12-31', to: '2027-01-01' });
    file.workdays.push({ date: '2025-12-28', name: '调休' });
    const error = rejection([file]);
    expect(error.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/0/holidays/7/to', 'calendar.outsideYear'],
      ['/0/workdays/6/date', 'calendar.outsideYear'],
    ]);
    expect(error.issues[0]?.message.en).toContain('outside the file\'s year 2026');
  });

  it('refuses a day that is both a holiday and a working day in one file', () => {
    const file = valid();
    file.workdays.push({ date: '2026-02-21', name: '调休' });
    const issue = rejection([file]).issues[0];
    expect(issue).toMatchObject({ pointer: '/0/workdays/6/date', code: 'calendar.conflict' });
    expect(issue?.message['zh-CN']).toContain('/holidays/1');
  });

  it('refuses overlapping holidays and a working day listed twice', () => {
    const file = valid();
    file.holidays.push({ name: '春节', from: '2026-02-22', to: '2026-02-24' });
    file.workdays.push({ date: '2026-02-14', name: '春节调休' });
    const error = rejection([file]);
    expect(error.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/0/holidays/7', 'calendar.overlap'],
      ['/0/workdays/6/date', 'calendar.duplicate'],
    ]);
  });

  it('refuses a make-up day on a weekday in a full-year file, but not in an overlay', () => {
    const file = valid();
    file.workdays.push({ date: '2026-03-03', name: '调休' });
    expect(rejection([file]).issues).toEqual([
      expect.objectContaining({ pointer: '/0/workdays/6/date', code: 'calendar.workdayNotWeekend' }),
    ]);
    expect(validateCalendarData({ ...file, overlay: true }).valid).toBe(true);
  });

  it('refuses full-year files of different regions', () => {
    const error = rejection([cn2025, { ...cn2026, region: 'hk' }]);
    expect(error.issues).toEqual([expect.objectContaining({ pointer: '/1/region', code: 'calendar.regionMismatch' })]);
  });

  it('reports every problem of every file at once, with a serializable error', () => {
    const error = rejection([{ ...cn2025, year: 2024 }, { region: 'cn', year: 2026, source: 'x', holidays: [{ name: 'x', from: '2026-05-02', to: '2026-05-01' }] }]);
    expect(error.issues.length).toBeGreaterThanOrEqual(12);
    expect(error.issues.every((issue) => issue.pointer.startsWith('/0/') || issue.pointer.startsWith('/1/'))).toBe(true);
    expect(error.toJSON()).toMatchObject({ name: 'CalendarError', code: 'calendar.invalid', issues: error.issues });
  });
});

describe('performance', () => {
  it('adds a few hundred working days cheaply', () => {
    const with2027 = calendar.extend([sample2027]);
    const begin = performance.now();
    let last = '';
    for (let i = 0; i < 20_000; i++) last = with2027.addWorkingDays('2025-01-02', 300 + (i % 100)).date;
    const elapsed = performance.now() - begin;
    expect(last).toBe(with2027.addWorkingDays('2025-01-02', 399).date);
    expect(elapsed).toBeLessThan(2_000);
  });
});
