import type { TestProject } from 'vitest/node';
import { startPostgresServer } from '@luzhi/test-env';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the PostgreSQL server the test run started. */
    postgresUrl: string;
  }
}

/** Starts one PostgreSQL server for the whole test run; stopped when the run ends. */
export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgresServer({ fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' });
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
