import { spawn } from 'node:child_process';
import { expect } from 'chai';
import pg from 'pg';
import { ensurePostgres } from '../../server/infra/services';

interface Run {
  code: number | null;
  output: string;
}

/** Runs an entry point with the given environment and collects what it prints. */
function run(script: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // A safety net so a hang fails the test instead of blocking the suite.
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, output });
    });
  });
}

// Nothing listens on port 9 (discard) here: a refused connection, like a stopped service.
const CLOSED_POSTGRES = 'postgres://postgres@127.0.0.1:9/entraide_test';
const CLOSED_REDIS = 'redis://127.0.0.1:9/15';

describe('starting without PostgreSQL or Redis', function () {
  this.timeout(40_000);

  it('says which service is missing, where it looked and how to start it, then exits non-zero', async () => {
    const { code, output } = await run('server/index.ts', {
      DATABASE_URL: CLOSED_POSTGRES,
      REDIS_URL: CLOSED_REDIS,
      PORT: '3998',
    });
    expect(code).to.equal(1);
    expect(output).to.contain('PostgreSQL est injoignable à postgres://postgres@127.0.0.1:9/entraide_test');
    expect(output).to.contain('Redis est injoignable à redis://127.0.0.1:9/15');
    expect(output).to.contain('Démarrez PostgreSQL');
    expect(output).to.contain('Démarrez Redis');
    expect(output).not.to.match(/\n\s+at /); // no stack trace
  });

  it('names only Redis when PostgreSQL is up (workers too)', async () => {
    const { code, output } = await run('workers/index.ts', {
      DATABASE_URL: process.env.DATABASE_URL!,
      REDIS_URL: CLOSED_REDIS,
    });
    expect(code).to.equal(1);
    expect(output).to.contain('Redis est injoignable');
    expect(output).not.to.contain('PostgreSQL est injoignable');
  });

  it('creates the database when PostgreSQL runs but the database does not exist yet', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = '/entraide_created_by_start_test';
    const admin = new URL(process.env.DATABASE_URL!);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query('DROP DATABASE IF EXISTS entraide_created_by_start_test');
      await ensurePostgres(url.toString());
      const { rows } = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'entraide_created_by_start_test'`);
      expect(rows).to.have.length(1);
      await ensurePostgres(url.toString()); // and again: nothing to do
    } finally {
      await client.query('DROP DATABASE IF EXISTS entraide_created_by_start_test');
      await client.end();
    }
  });
});
