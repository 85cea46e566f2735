import cn2025 from '../../calendars/cn/2025.json' with { type: 'json' };
import cn2026 from '../../calendars/cn/2026.json' with { type: 'json' };
import type { CalendarYearData } from './types.js';
import { createWorkCalendar, type WorkCalendar, type WorkCalendarOptions } from './work-calendar.js';

/**
 * The bundled mainland China calendar files (`calendars/cn/*.json`), from the State Council
 * General Office's yearly holiday notices: 2025 and 2026. Imported as modules, so they work in
 * bundles and browsers without file-system access.
 */
export const chinaMainlandCalendarData: readonly CalendarYearData[] = Object.freeze([cn2025, cn2026]);

let builtIn: WorkCalendar | undefined;

/**
 * The built-in mainland China working calendar (2025 and 2026). Add a later year's notice or a
 * local overlay with `.extend([...])`, or pass {@link chinaMainlandCalendarData} with your files
 * to `createWorkCalendar`. Without options the same instance is returned on every call.
 */
export function chinaMainlandCalendar(options?: WorkCalendarOptions): WorkCalendar {
  if (options) return createWorkCalendar(chinaMainlandCalendarData, options);
  builtIn ??= createWorkCalendar(chinaMainlandCalendarData);
  return builtIn;
}
