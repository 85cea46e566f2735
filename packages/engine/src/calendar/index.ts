/**
 * The working calendar (工作日历): official holidays and make-up working days as data
 * (`calendars/`, `schema/calendar.schema.json`), counting in working days in China Standard Time,
 * and the deadlines of the workflow language (`15WD`, `P3M`).
 */
export { createWorkCalendar, type WorkCalendar, type WorkCalendarOptions } from './work-calendar.js';
export { chinaMainlandCalendar, chinaMainlandCalendarData } from './china-mainland.js';
export { computeDue, warnAt, parseDeadline, subtractDuration, type Deadline } from './deadline.js';
export { validateCalendarData, validateCalendarFiles, type CalendarValidation } from './validate.js';
export { CST_OFFSET_MS, type CalendarDay } from './civil-day.js';
export type * from './types.js';
