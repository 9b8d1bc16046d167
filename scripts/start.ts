import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../server/config';
import { ensureServices, exitOnServiceError } from '../server/infra/services';
import { runSeed } from './seed';

// `npm start`: checks PostgreSQL and Redis, creates and migrates the database, loads the French
// demo data (idempotent), builds the client when its build is missing, then runs one server and
// one worker process until Ctrl-C. Scaling out is running more of each (see the README).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function buildClientIfMissing(): void {
  if (existsSync(path.join(root, 'client/dist/index.html'))) return;
  console.log('Construction du client web (première fois)…');
  // In a child process: Vite sets NODE_ENV=production in the process that runs it, which the
  // server and workers started next would inherit.
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('la construction du client web a échoué (npm run build pour le détail)');
}

function run(name: string, script: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, script)], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`Le processus ${name} s’est arrêté (${signal ?? `code ${code}`}) : arrêt de l’ensemble.`);
    stop(code ?? 1);
  });
  return child;
}

let stopping = false;
const children: ChildProcess[] = [];

function stop(code = 0): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  let remaining = children.filter((c) => c.exitCode === null).length;
  if (remaining === 0) process.exit(code);
  for (const child of children) {
    child.once('exit', () => {
      remaining -= 1;
      if (remaining <= 0) process.exit(code);
    });
  }
  setTimeout(() => process.exit(code), 15_000).unref();
}

async function main(): Promise<void> {
  const config = loadConfig();
  await ensureServices(config.databaseUrl, config.redisUrl);
  if (process.env.SEED_DEMO !== 'false') await runSeed(config.databaseUrl);
  buildClientIfMissing();
  children.push(run('serveur', 'server/index.ts'), run('workers', 'workers/index.ts'));
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
}

main().catch(exitOnServiceError);
