import { LuzhiError } from '@luzhi/engine';
import { COMMITTEE_IDS, isCommittee } from './committees.js';

/** How `npm start` runs, read from the environment. */
export interface Settings {
  /** `PORT`: 3000 by default; 0 takes any free port. */
  port: number;
  /** `HOST`: the interface listened on, 127.0.0.1 by default. */
  host: string;
  /** `LUZHI_COMMITTEE`: the committee the demo opens with, `base` by default. */
  committee: string;
  /** `LUZHI_DATABASE_URL`: PostgreSQL instead of PGlite. */
  databaseUrl?: string | undefined;
  /** `LUZHI_DATA_DIR`: the PGlite folder, `examples/oa-server/.data` by default. */
  dataDir: string;
  /** `LUZHI_WEBHOOK_URL`: where each effect is also posted. */
  webhookUrl?: string | undefined;
  /** `LUZHI_TICK_MS`: how often due timers fire and failed effects are retried, 10,000 ms by default. */
  tickMs: number;
}

/** The default of {@link Settings.tickMs}. */
export const DEFAULT_TICK_MS = 10_000;

const integer = (text: string | undefined, fallback: number, min: number, max: number): number | undefined => {
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
};

/** Reads the settings; a malformed one gives a bilingual message instead. */
export function readSettings(env: NodeJS.ProcessEnv, defaultDataDir: string): Settings | { error: string } {
  const port = integer(env['PORT'], 3000, 0, 65_535);
  if (port === undefined) return { error: `PORT 须为 0–65535 的整数 · PORT must be an integer from 0 to 65535: ${env['PORT']}` };
  const tickMs = integer(env['LUZHI_TICK_MS'], DEFAULT_TICK_MS, 100, 2_147_483_647);
  if (tickMs === undefined) return { error: `LUZHI_TICK_MS 须为 100 以上的整数 · LUZHI_TICK_MS must be an integer of 100 or more: ${env['LUZHI_TICK_MS']}` };
  const committee = env['LUZHI_COMMITTEE'] || 'base';
  if (!isCommittee(committee)) {
    return { error: `LUZHI_COMMITTEE 须为 ${COMMITTEE_IDS.join('、')} 之一 · LUZHI_COMMITTEE must be one of ${COMMITTEE_IDS.join(', ')}: ${committee}` };
  }
  const webhookUrl = env['LUZHI_WEBHOOK_URL'] || undefined;
  if (webhookUrl !== undefined && !/^https?:\/\//.test(webhookUrl)) {
    return { error: `LUZHI_WEBHOOK_URL 须为 http(s) 网址 · LUZHI_WEBHOOK_URL must be an http(s) URL: ${webhookUrl}` };
  }
  return {
    port,
    host: env['HOST'] || '127.0.0.1',
    committee,
    databaseUrl: env['LUZHI_DATABASE_URL'] || undefined,
    dataDir: env['LUZHI_DATA_DIR'] || defaultDataDir,
    webhookUrl,
    tickMs,
  };
}

/**
 * What `npm start` prints when it cannot start: one line in both languages for what a newcomer
 * can fix (a port in use, a data directory another process holds, any error of the engine's),
 * the error itself otherwise.
 */
export function startFailure(error: unknown, port: number): unknown {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return `端口 ${port} 已被占用：用 PORT=… 换一个（PORT=0 任选空闲端口） · Port ${port} is in use: choose another with PORT=… (PORT=0 takes any free one)`;
  }
  if (error instanceof LuzhiError) return `${error.messages['zh-CN']} · ${error.messages.en}`;
  return error;
}
