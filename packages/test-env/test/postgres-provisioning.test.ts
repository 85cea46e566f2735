import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findPostgresBinaries, ProvisioningError, startPostgresServer } from '@luzhi/test-env';

const root = process.getuid?.() === 0;
const scratch = mkdtempSync(join(tmpdir(), 'luzhi-test-env-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `sql` on the server at `url` and returns the first row. */
async function queryOne(url: string, sql: string): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as Record<string, unknown>;
  } finally {
    await client.end();
  }
}

describe('finding PostgreSQL', () => {
  it('refuses a LUZHI_PG_BIN without the server binaries, in one line naming the variable', () => {
    expect(() => findPostgresBinaries({ env: { LUZHI_PG_BIN: scratch } })).toThrow(ProvisioningError);
    expect(() => findPostgresBinaries({ env: { LUZHI_PG_BIN: scratch } })).toThrow(/^PostgreSQL in LUZHI_PG_BIN=[^\n]+$/);
  });

  it('on a machine with no PostgreSQL anywhere, says in one line which commands provide it', () => {
    let error: unknown;
    try {
      findPostgresBinaries({ env: { PATH: scratch }, npm: false, system: false, install: false });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProvisioningError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain('npm install');
    expect(message).toContain('apt-get update && apt-get install -y postgresql');
    expect(message).toContain('LUZHI_PG_BIN');
  });

  it('uses the binaries the npm package ships when nothing is named', () => {
    const found = findPostgresBinaries({ env: { PATH: scratch }, install: false });
    expect(found.source).toBe('npm');
  });
});

describe('a throw-away PostgreSQL server', () => {
  it('starts from the npm-shipped binaries, answers on loopback, runs as an unprivileged user, and is gone once stopped', async () => {
    const server = await startPostgresServer({ fsync: 'off' });
    try {
      expect(server.source).toBe('npm');
      const row = await queryOne(server.url, "select current_setting('server_version_num')::int as version, current_setting('data_directory') as data, current_setting('fsync') as fsync");
      expect(row.version).toBeGreaterThanOrEqual(180000);
      expect(row.fsync).toBe('off');
      const owner = statSync(row.data as string).uid;
      expect(owner).not.toBe(0);
      server.stop();
      expect(() => statSync(dirname(row.data as string))).toThrow();
    } finally {
      server.stop();
    }
  });

  it('runs as LUZHI_PG_USER=nobody, the user every Debian system has, from binaries that user cannot reach', async () => {
    // A clone under a folder only root may enter, as /root is: the server user cannot run the
    // binaries from there, so they are copied beside its data folder.
    const hidden = join(scratch, 'hidden');
    mkdirSync(hidden, { mode: 0o700 });
    const native = join(hidden, 'native');
    cpSync(join(findPostgresBinaries({ install: false }).bin, '..'), native, { recursive: true, verbatimSymlinks: true });
    chmodSync(hidden, 0o700);
    const server = await startPostgresServer({}, { env: { ...process.env, LUZHI_PG_BIN: join(native, 'bin'), LUZHI_PG_USER: 'nobody' } });
    try {
      const row = await queryOne(server.url, "select current_setting('data_directory') as data, current_user as role");
      expect(row.role).toBe('luzhi');
      const owner = statSync(row.data as string).uid;
      expect(owner).toBe(root ? 65534 : process.getuid?.());
    } finally {
      server.stop();
    }
  });

  it('as root, refuses a LUZHI_PG_USER that does not exist in one line naming the command that creates one', async () => {
    const attempt = startPostgresServer({}, { env: { ...process.env, LUZHI_PG_USER: 'luzhi-no-such-user' } });
    if (!root) {
      // PostgreSQL runs as this user: the variable is not needed.
      (await attempt).stop();
      return;
    }
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProvisioningError);
    expect((error as Error).message).toMatch(/^[^\n]*useradd --system[^\n]*LUZHI_PG_USER[^\n]*$/);
  });
});
