// HTTP benchmark: seeds a dedicated database, starts the real server as a child process and
// measures four scenarios with autocannon. `npm run bench:http`; see bench/README.md.
import path from 'node:path';
import autocannon, { type Client, type Options, type Result } from 'autocannon';
import { QueryTypes } from 'sequelize';
import { benchEmail, HOT_ANSWERS } from './dataset';
import { postedAnswerBody } from './phrases';
import { checkServiceTargets, databaseUrl, datasetSize, numberEnv, redisUrl } from '../lib/env';
import { loginAll, type BenchUser } from '../lib/login';
import {
  beginRun,
  openDatabase,
  prepareDataset,
  runBenchmark,
  serverLogFile,
  stopOnSignalsAndExit,
  writeReport,
} from '../lib/run';
import { commandLine, loadAverage, machine, machineLine, ROOT, round, serviceVersions } from '../lib/report';
import { startServer, stopServer, waitUntilReady, type ServerProcess } from '../lib/server';
import { sleep } from '../lib/time';

const settings = {
  databaseUrl,
  redisUrl,
  port: numberEnv('BENCH_PORT', 3100),
  /** Seconds measured per scenario, after `warmup` seconds that are not. */
  duration: numberEnv('BENCH_DURATION', 10),
  warmup: numberEnv('BENCH_WARMUP', 3, { min: 0 }),
  connections: numberEnv('BENCH_CONNECTIONS', 50),
  /** The posting rate of the issue's target (answers per second, all authors together). */
  postRate: numberEnv('BENCH_POST_RATE', 150),
  /** Authors (one connection each) of the answer-posting runs. */
  authors: (process.env.BENCH_AUTHORS || '10,50').split(',').map((n) => Number(n.trim())),
  searchQuery: process.env.BENCH_SEARCH_QUERY || 'prêt trésorerie',
  size: datasetSize(),
};

type Author = BenchUser;

interface ScenarioResult {
  scenario: string;
  method: string;
  path: string;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: { mean: number; stddev: number; min: number; max: number };
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  requests: number;
  responses2xx: number;
  non2xx: number;
  status5xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** Lines the server logged at level error during this scenario (warm-up included). */
  serverErrorLines: number;
}

function checkTargets(): void {
  checkServiceTargets(settings.databaseUrl, settings.redisUrl, 'empties and reseeds');
  if (settings.authors.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`BENCH_AUTHORS must list positive integers (got "${process.env.BENCH_AUTHORS}")`);
  }
  const authorsNeeded = settings.authors.reduce((sum, n) => sum + n, 0);
  if (authorsNeeded > settings.size.users) throw new Error(`BENCH_USERS must be at least ${authorsNeeded}`);
}

// ---------------------------------------------------------------------------------------------
// Scenarios

interface Scenario {
  name: string;
  method: string;
  path: string;
  connections: number;
  /** A new autocannon configuration (fresh per-connection state) for each run. */
  options: () => Options;
}

function getScenario(name: string, base: string, requestPath: string): Scenario {
  return {
    name,
    method: 'GET',
    path: requestPath,
    connections: settings.connections,
    options: () => ({ url: `${base}${requestPath}`, connections: settings.connections }),
  };
}

/**
 * Each connection is one author: setupClient gives the connection its user's cookie and CSRF
 * token, and a counter of its own that varies the question and the answer's text. Without a
 * rate, authors post as fast as the server answers (throughput); with one, the latency at that
 * steady rate is what an author waits.
 */
function postScenario(base: string, authors: Author[], targets: number[], rate?: number): Scenario {
  return {
    name: `POST answer (${authors.length} authors${rate ? `, ${rate}/s` : ', as fast as possible'})`,
    method: 'POST',
    path: '/api/questions/:id/answers',
    connections: authors.length,
    options: () => {
      let nextConnection = 0;
      return {
        url: base,
        connections: authors.length,
        ...(rate ? { overallRate: rate } : {}),
        method: 'POST',
        setupClient: (client: Client) => {
          const slot = nextConnection++ % authors.length;
          const author = authors[slot]!;
          let sequence = 0;
          client.setRequests([
            {
              setupRequest: (request) => {
                // 31 is prime to the number of targets: each connection goes through all of them.
                const questionId = targets[(slot * 7_919 + sequence * 31) % targets.length]!;
                const body = JSON.stringify({ body: postedAnswerBody(author.userId, sequence) });
                sequence += 1;
                return {
                  ...request,
                  method: 'POST',
                  path: `/api/questions/${questionId}/answers`,
                  headers: {
                    ...request.headers,
                    'content-type': 'application/json',
                    cookie: author.cookie,
                    'x-csrf-token': author.csrfToken,
                  },
                  body,
                };
              },
            },
          ]);
        },
      };
    },
  };
}

/**
 * Posting at a steady rate, evenly spaced (open loop): request i leaves at i / rate seconds,
 * from author i mod n, whatever the previous ones are doing. autocannon's `overallRate` instead
 * fires all its connections together at each tick, so its bursts measure queueing, not service.
 */
async function measureEvenRate(
  base: string,
  authors: Author[],
  targets: number[],
  rate: number,
  server: ServerProcess,
): Promise<ScenarioResult> {
  const name = `POST answer (${authors.length} authors, ${rate}/s evenly spaced)`;
  const errorLinesBefore = server.errorLines;
  process.stdout.write(`· ${name}: `);
  let sequence = 100_000;
  const post = async (index: number): Promise<{ ms: number; status: number }> => {
    const author = authors[index % authors.length]!;
    const questionId = targets[(index * 31) % targets.length]!;
    const started = performance.now();
    try {
      const res = await fetch(`${base}/api/questions/${questionId}/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: author.cookie, 'x-csrf-token': author.csrfToken },
        body: JSON.stringify({ body: postedAnswerBody(author.userId, sequence++) }),
      });
      await res.arrayBuffer();
      return { ms: performance.now() - started, status: res.status };
    } catch {
      return { ms: performance.now() - started, status: 0 };
    }
  };
  const run = async (seconds: number) => {
    const count = Math.round(seconds * rate);
    const start = performance.now();
    const pending: Promise<{ ms: number; status: number }>[] = [];
    for (let i = 0; i < count; i += 1) {
      const wait = start + (i * 1000) / rate - performance.now();
      if (wait > 0) await sleep(wait);
      pending.push(post(i));
    }
    return Promise.all(pending);
  };
  if (settings.warmup > 0) {
    process.stdout.write(`warm-up ${settings.warmup} s, `);
    await run(settings.warmup);
  }
  process.stdout.write(`measure ${settings.duration} s… `);
  const started = performance.now();
  const outcomes = await run(settings.duration);
  const elapsed = (performance.now() - started) / 1000;
  const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0, 1);
  const statusCodes: Record<string, number> = {};
  for (const { status } of outcomes) statusCodes[status] = (statusCodes[status] ?? 0) + 1;
  const ok = outcomes.filter((o) => o.status >= 200 && o.status < 300).length;
  const summary: ScenarioResult = {
    scenario: name,
    method: 'POST',
    path: '/api/questions/:id/answers',
    connections: authors.length,
    durationSeconds: round(elapsed, 1),
    requestsPerSecond: { mean: round(ok / elapsed), stddev: 0, min: 0, max: 0 },
    latencyMs: {
      mean: round(latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(1, latencies.length), 2),
      p50: at(0.5),
      p90: at(0.9),
      p99: at(0.99),
      max: round(latencies[latencies.length - 1] ?? 0, 1),
    },
    requests: outcomes.length,
    responses2xx: ok,
    non2xx: outcomes.length - ok - (statusCodes['0'] ?? 0),
    status5xx: outcomes.filter((o) => o.status >= 500).length,
    errors: statusCodes['0'] ?? 0,
    timeouts: 0,
    statusCodes,
    serverErrorLines: server.errorLines - errorLinesBefore,
  };
  console.log(`${summary.requestsPerSecond.mean} req/s, p99 ${summary.latencyMs.p99} ms`);
  return summary;
}

function summarize(scenario: Scenario, result: Result, serverErrorLines: number): ScenarioResult {
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]),
  );
  return {
    scenario: scenario.name,
    method: scenario.method,
    path: scenario.path,
    connections: scenario.connections,
    durationSeconds: result.duration,
    requestsPerSecond: {
      mean: round(result.requests.average),
      stddev: round(result.requests.stddev),
      min: result.requests.min,
      max: result.requests.max,
    },
    latencyMs: {
      mean: round(result.latency.average, 2),
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    requests: result.requests.total,
    responses2xx: result['2xx'],
    non2xx: result.non2xx,
    status5xx: result['5xx'],
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    serverErrorLines,
  };
}

async function measure(scenario: Scenario, server: ServerProcess): Promise<ScenarioResult> {
  const errorLinesBefore = server.errorLines;
  process.stdout.write(`· ${scenario.name}: `);
  if (settings.warmup > 0) {
    process.stdout.write(`warm-up ${settings.warmup} s, `);
    await autocannon({ ...scenario.options(), duration: settings.warmup });
  }
  process.stdout.write(`measure ${settings.duration} s… `);
  const result = await autocannon({ ...scenario.options(), duration: settings.duration });
  // autocannon stops without waiting for the requests in flight: let the server finish them.
  await sleep(1_500);
  const summary = summarize(scenario, result, server.errorLines - errorLinesBefore);
  console.log(`${summary.requestsPerSecond.mean} req/s, p99 ${summary.latencyMs.p99} ms`);
  return summary;
}

/** One request of each kind before measuring: a benchmark of 404s would be worthless. */
async function checkGet(base: string, requestPath: string, check: (body: any) => string | null): Promise<void> {
  const res = await fetch(`${base}${requestPath}`);
  const body = await res.json();
  const problem = res.status === 200 ? check(body) : `status ${res.status}`;
  if (problem) throw new Error(`GET ${requestPath}: ${problem}`);
}

async function checkPost(base: string, author: Author, questionId: number): Promise<void> {
  const res = await fetch(`${base}/api/questions/${questionId}/answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: author.cookie, 'x-csrf-token': author.csrfToken },
    body: JSON.stringify({ body: postedAnswerBody(author.userId, 999) }),
  });
  if (res.status !== 201) throw new Error(`POST an answer: status ${res.status} ${await res.text()}`);
}

// ---------------------------------------------------------------------------------------------
// Report

function markdownTable(results: ScenarioResult[]): string {
  const rows = [
    '| Scenario | Conn. | Req/s (mean) | p50 (ms) | p99 (ms) | Max (ms) | Requests | Non-2xx | 5xx | Errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    rows.push(
      `| ${r.scenario} | ${r.connections} | ${r.requestsPerSecond.mean} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ` +
        `${r.latencyMs.max} | ${r.requests} | ${r.non2xx} | ${r.status5xx} | ${r.errors} |`,
    );
  }
  return rows.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  checkTargets();
  const { startedAt, stamp, loadAtStart } = await beginRun(settings.port);
  const sequelize = await openDatabase(settings.databaseUrl, settings.redisUrl);
  let server: ServerProcess | undefined;
  stopOnSignalsAndExit(() => server);

  try {
    const dataset = await prepareDataset(sequelize, settings.size);
    const versions = await serviceVersions(sequelize, settings.redisUrl);
    const targets = (
      await sequelize.query<{ id: number }>(
        `SELECT id FROM questions WHERE status = 'published' AND id <> :hot ORDER BY md5(id::text) LIMIT 2000`,
        { replacements: { hot: dataset.hotQuestionId }, type: QueryTypes.SELECT },
      )
    ).map((row) => row.id);
    const answersBefore = Number(
      (await sequelize.query<{ n: number }>('SELECT count(*) AS n FROM answers', { type: QueryTypes.SELECT }))[0]?.n,
    );

    const base = `http://127.0.0.1:${settings.port}`;
    server = startServer({
      port: settings.port,
      databaseUrl: settings.databaseUrl,
      redisUrl: settings.redisUrl,
      logFile: serverLogFile('http', stamp, settings.port),
      stopGraceMs: 12_000,
    });
    await waitUntilReady(server);

    const questionPath = `/api/questions/${dataset.hotQuestionId}`;
    const listPath = '/api/questions?sort=newest';
    const searchPath = `/api/search?q=${encodeURIComponent(settings.searchQuery)}`;
    await checkGet(base, questionPath, (body) =>
      body.answers?.length === HOT_ANSWERS ? null : `${body.answers?.length} answers instead of ${HOT_ANSWERS}`,
    );
    await checkGet(base, listPath, (body) => (body.items?.length === 20 ? null : 'not a page of 20 questions'));
    await checkGet(base, searchPath, (body) => (body.items?.length > 0 ? null : 'no search result'));

    const results: ScenarioResult[] = [];
    results.push(await measure(getScenario(`GET question page (${HOT_ANSWERS} answers)`, base, questionPath), server));
    results.push(await measure(getScenario('GET question list (newest)', base, listPath), server));
    results.push(await measure(getScenario(`GET search "${settings.searchQuery}"`, base, searchPath), server));
    let firstUser = 1;
    for (const count of settings.authors) {
      const emails = Array.from({ length: count }, (_, i) => benchEmail(firstUser + i));
      firstUser += count;
      process.stdout.write(`· logging in ${count} users… `);
      const authors = await loginAll(base, emails);
      console.log('done');
      await checkPost(base, authors[0]!, targets[0]!);
      results.push(await measure(postScenario(base, authors, targets), server));
      results.push(await measure(postScenario(base, authors, targets, settings.postRate), server));
      results.push(await measureEvenRate(base, authors, targets, settings.postRate, server));
    }

    const answersAfter = Number(
      (await sequelize.query<{ n: number }>('SELECT count(*) AS n FROM answers', { type: QueryTypes.SELECT }))[0]?.n,
    );
    const errorLinesBeforeStop = server.errorLines;
    await stopServer(server);
    const table = markdownTable(results);
    const report = {
      date: startedAt.toISOString(),
      command: commandLine('bench:http', 'bench/http/run.ts'),
      machine: { ...machine(), loadAverage: { start: loadAtStart, end: loadAverage() } },
      services: versions,
      settings: {
        durationSeconds: settings.duration,
        warmupSeconds: settings.warmup,
        connections: settings.connections,
        authors: settings.authors,
        searchQuery: settings.searchQuery,
        server: { port: settings.port, NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMITS: 'off', processes: 1 },
        loadGenerator: 'autocannon (one process, same machine), 127.0.0.1, no pipelining',
      },
      dataset: { ...dataset, answersCreatedDuringRun: answersAfter - answersBefore },
      serverErrorLogLines: { duringRun: errorLinesBeforeStop, atShutdown: server.errorLines - errorLinesBeforeStop },
      serverLog: path.relative(ROOT, server.logFile),
      results,
      table,
    };
    const file = await writeReport('http', stamp, report);

    console.log(`\n${table}\n`);
    console.log(machineLine(report.machine, versions));
    console.log(
      `Answers created during the run: ${report.dataset.answersCreatedDuringRun}; ` +
        `server log lines at level error: ${errorLinesBeforeStop} during the run, ` +
        `${server.errorLines - errorLinesBeforeStop} at shutdown`,
    );
    console.log(`Results: ${file}`);
  } finally {
    if (server) await stopServer(server);
    await sequelize.close();
  }
}

runBenchmark(main);
