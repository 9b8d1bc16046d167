// Real-time benchmark: seeds (or reuses) the HTTP benchmark's database, starts the real server as a
// child process, opens thousands of Socket.IO connections from forked client processes and
// measures how fast new answers and vote counts reach them, and what connections cost the
// server. `npm run bench:realtime`; see bench/README.md.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { QueryTypes, type Sequelize } from 'sequelize';
import { benchEmail } from '../http/dataset';
import { postedAnswerBody } from '../http/phrases';
import { ClientPool, killAllPools, type ConnectResult } from './pool';
import { nowMs, type ClientReport, type LoopDelay } from './protocol';
import { sampleServer, startServer, type ServerProcess, type ServerSample } from './server';

import { voteWindowMs } from '../../server/realtime/scoreBatches';
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
import {
  commandLine,
  loadAverage,
  machine,
  machineLine,
  redactUrl,
  RESULTS_DIR,
  ROOT,
  round,
  serviceVersions,
} from '../lib/report';
import { stopServer, waitUntilReady } from '../lib/server';
import { sleep } from '../lib/time';
import { startWorkers, stopWorkers, waitUntilWorking, type WorkersProcess } from '../lib/workers';
import { QUEUE_NAMES } from '../../server/contracts/jobs';
import { bullConnection } from '../../server/queues';
import { stats, type Stats } from '../lib/stats';
import { LOOP_RESOLUTION_MS, loopDelayOf } from '../lib/loopDelay';

const SCENARIOS = ['answers', 'votes', 'votes-large', 'idle'] as const;
type ScenarioKey = (typeof SCENARIOS)[number];

const settings = {
  databaseUrl,
  redisUrl,
  port: numberEnv('BENCH_PORT', 3101),
  scenarios: (process.env.BENCH_RT_SCENARIOS || SCENARIOS.join(',')).split(',').map((s) => s.trim()),
  /** Seconds of steady traffic in the answer and vote scenarios. */
  duration: numberEnv('BENCH_RT_DURATION', 15, { min: 1, integer: false }),
  answers: {
    subscribers: numberEnv('BENCH_RT_ANSWER_SUBSCRIBERS', 1_000),
    rate: numberEnv('BENCH_RT_ANSWER_RATE', 2, { min: 0.1, integer: false }),
    authors: numberEnv('BENCH_RT_AUTHORS', 4),
  },
  votes: {
    viewers: numberEnv('BENCH_RT_VOTE_VIEWERS', 1_000),
    rate: numberEnv('BENCH_RT_VOTE_RATE', 10, { min: 0.1, integer: false }),
  },
  votesLarge: {
    viewers: numberEnv('BENCH_RT_VOTE_LARGE_VIEWERS', 5_000),
    rate: numberEnv('BENCH_RT_VOTE_LARGE_RATE', 2, { min: 0.1, integer: false }),
  },
  idle: {
    connections: numberEnv('BENCH_RT_IDLE_CONNECTIONS', 10_000),
    /** Seconds the idle connections are held (and the server's CPU measured). */
    hold: numberEnv('BENCH_RT_IDLE_HOLD', 10),
  },
  clientProcesses: numberEnv('BENCH_RT_CLIENT_PROCS', 2),
  /** Connections being opened at once, all client processes together. */
  connectBatch: numberEnv('BENCH_RT_CONNECT_BATCH', 200),
  /** Seconds after the last request for the last events to arrive. */
  drain: numberEnv('BENCH_RT_DRAIN', 2, { min: 0, integer: false }),
  /** Full GC in the server (preloaded bench/realtime/server-gc.ts) before each memory reading. */
  gc: process.env.BENCH_RT_GC !== '0',
  size: datasetSize(),
};

/** The issue's targets, for the scenarios at their default sizes. */
const TARGETS = {
  answers: { connections: 1_000, rate: 2, p99Ms: 150 },
  votes: { connections: 1_000, rate: 10, p99Ms: 100 },
  'votes-large': { connections: 5_000, rate: 2, p99Ms: 250 },
  idle: { connections: 10_000, heapMB: 100 },
} as const;

const MB = 1024 ** 2;

function votersNeeded(): number {
  const wanted = settings.scenarios;
  return Math.max(
    wanted.includes('votes') ? Math.round(settings.votes.rate * settings.duration) : 0,
    wanted.includes('votes-large') ? Math.round(settings.votesLarge.rate * settings.duration) : 0,
  );
}

/** The soft limit of open files of this process (inherited by the server and the client processes). */
function openFilesLimit(): number | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft === undefined || soft === 'unlimited' ? null : Number(soft);
  } catch {
    return null;
  }
}

function checkTargets(): void {
  checkServiceTargets(settings.databaseUrl, settings.redisUrl, 'may empty and reseed');
  const unknown = settings.scenarios.filter((s) => !(SCENARIOS as readonly string[]).includes(s));
  if (unknown.length)
    throw new Error(`Unknown scenario(s) ${unknown.join(', ')}: choose among ${SCENARIOS.join(', ')}`);
  const users = settings.answers.authors + votersNeeded();
  if (users > settings.size.users) throw new Error(`BENCH_USERS must be at least ${users} (authors and voters)`);
  const limit = openFilesLimit();
  const biggest = Math.max(
    settings.scenarios.includes('answers') ? settings.answers.subscribers : 0,
    settings.scenarios.includes('votes') ? settings.votes.viewers : 0,
    settings.scenarios.includes('votes-large') ? settings.votesLarge.viewers : 0,
    settings.scenarios.includes('idle') ? settings.idle.connections : 0,
  );
  // The server holds every connection, plus its database, Redis and HTTP sockets.
  if (limit !== null && limit < biggest + 500) {
    throw new Error(
      `ulimit -n is ${limit}: the server needs about ${biggest + 500} file descriptors for ${biggest} connections ` +
        '(raise it with `ulimit -n 20000`, or lower the connection counts).',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP: logging in, posting answers, voting

type User = BenchUser;

interface TimedRequest<T> {
  /** nowMs() just before the request was sent, and when its response (status and headers) arrived. */
  startedAt: number;
  respondedAt: number;
  status: number;
  body: T | null;
  error?: string;
}

async function timedPost<T>(url: string, user: User, payload: unknown): Promise<TimedRequest<T>> {
  const startedAt = nowMs();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: user.cookie, 'x-csrf-token': user.csrfToken },
      body: JSON.stringify(payload),
    });
    const respondedAt = nowMs();
    return { startedAt, respondedAt, status: res.status, body: (await res.json()) as T };
  } catch (error) {
    return { startedAt, respondedAt: nowMs(), status: 0, body: null, error: String(error) };
  }
}

const postAnswer = (base: string, questionId: number, author: User, sequence: number) =>
  timedPost<{ answer: { id: number } }>(`${base}/api/questions/${questionId}/answers`, author, {
    body: postedAnswerBody(author.userId, sequence),
  });

const castVote = (base: string, answerId: number, voter: User) =>
  timedPost<{ score: number }>(`${base}/api/answers/${answerId}/vote`, voter, { value: 1 });

/** Fires `count` requests at a steady `rate` per second (open loop: never waits for a response). */
async function paced<T>(count: number, rate: number, fire: (i: number) => Promise<T>): Promise<T[]> {
  const started = performance.now();
  const pending: Promise<T>[] = [];
  for (let i = 0; i < count; i += 1) {
    const wait = started + (i * 1_000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(fire(i));
  }
  return Promise.all(pending);
}

// ---------------------------------------------------------------------------------------------
// Scenarios

interface ServerFigures {
  /** CPU time over the measured window, as a percentage of one core. */
  cpuPercent: number;
  windowSeconds: number;
  /** The server's event-loop delay over the measured window (prom-client), beyond 10 ms sampling. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Before connecting, with the connections open (before traffic), and at the end; after a full GC. */
  heapUsedMB: { before: number; connected: number; end: number; afterClose?: number };
  rssMB: { before: number; connected: number; end: number; afterClose?: number };
  heapPerConnectionKB: number;
  rssPerConnectionKB: number;
  memoryAfterGc: boolean;
}

interface ScenarioResult {
  key: ScenarioKey;
  name: string;
  connections: Omit<ConnectResult, 'connectMs'> & { connectMs: Stats | null };
  rate?: number;
  durationSeconds?: number;
  requests?: { sent: number; ok: number; statuses: Record<string, number>; errors: string[]; httpMs: Stats | null };
  deliveries?: { expected: number; measured: number; missing: number; beforeResponse: number };
  /** From the HTTP response's arrival to each client's receipt (negative: the event came first). */
  delayFromResponseMs?: Stats | null;
  /** From the moment the HTTP request was sent to each client's receipt. */
  delayFromRequestStartMs?: Stats | null;
  votes?: { fromVersion: number; versions: number[]; updatesPerViewer: number; duplicateVersions: number };
  eventsPerViewer?: Record<string, number>;
  server: ServerFigures;
  clients: { processes: number; loopDelayMs: LoopDelay[]; rssMB: number[]; droppedSockets: number };
  benchLoopDelayMs?: LoopDelay;
  target: string;
  targetMet: boolean | null;
}

interface Context {
  sequelize: Sequelize;
  server: ServerProcess;
  questionId: number;
  authors: User[];
  voters: User[];
}

function serverFigures(
  before: ServerSample,
  connected: ServerSample,
  start: ServerSample,
  end: ServerSample,
  final: ServerSample,
  connections: number,
): ServerFigures {
  const windowSeconds = (end.at - start.at) / 1_000;
  return {
    cpuPercent: round(((end.cpuSeconds - start.cpuSeconds) / windowSeconds) * 100),
    windowSeconds: round(windowSeconds),
    loopDelayP99Ms: round(Math.max(0, end.loopLagP99Seconds * 1_000 - 10)),
    loopDelayMaxMs: round(Math.max(0, end.loopLagMaxSeconds * 1_000 - 10)),
    heapUsedMB: {
      before: round(before.heapUsedBytes / MB),
      connected: round(connected.heapUsedBytes / MB),
      end: round(final.heapUsedBytes / MB),
    },
    rssMB: {
      before: round(before.rssBytes / MB),
      connected: round(connected.rssBytes / MB),
      end: round(final.rssBytes / MB),
    },
    heapPerConnectionKB: round((connected.heapUsedBytes - before.heapUsedBytes) / 1024 / Math.max(1, connections)),
    rssPerConnectionKB: round((connected.rssBytes - before.rssBytes) / 1024 / Math.max(1, connections)),
    memoryAfterGc: before.afterGc && connected.afterGc && final.afterGc,
  };
}

function merge(reports: ClientReport[], field: 'answers' | 'versions'): Map<string, number[]> {
  const merged = new Map<string, number[]>();
  for (const report of reports) {
    for (const [key, times] of Object.entries(report[field])) {
      const list = merged.get(key);
      if (list) list.push(...times);
      else merged.set(key, [...times]);
    }
  }
  return merged;
}

function eventsPerViewer(reports: ClientReport[], connected: number): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const report of reports) {
    for (const [event, n] of Object.entries(report.events)) totals[event] = (totals[event] ?? 0) + n;
  }
  return Object.fromEntries(Object.entries(totals).map(([event, n]) => [event, round(n / Math.max(1, connected), 2)]));
}

function requestSummary(requests: TimedRequest<unknown>[], okStatus: number) {
  const statuses: Record<string, number> = {};
  for (const r of requests) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  return {
    sent: requests.length,
    ok: requests.filter((r) => r.status === okStatus).length,
    statuses,
    errors: [...new Set(requests.flatMap((r) => (r.error ? [r.error] : [])))].slice(0, 5),
    httpMs: stats(requests.map((r) => r.respondedAt - r.startedAt)),
  };
}

function progress(label: string, total: number) {
  return (n: number) => process.stdout.write(`\r· ${label}: ${n}/${total} connected…   `);
}

function connectionSummary(result: ConnectResult): ScenarioResult['connections'] {
  const { connectMs, ...rest } = result;
  return { ...rest, seconds: round(rest.seconds), connectMs: stats(connectMs) };
}

/** Opens the connections, then returns the server's memory before and after (full GC each time). */
async function openConnections(ctx: Context, pool: ClientPool, label: string, count: number) {
  const before = await sampleServer(ctx.server, true);
  const result = await pool.connect(
    ctx.server.base,
    `question:${ctx.questionId}`,
    count,
    settings.connectBatch,
    progress(label, count),
  );
  process.stdout.write(`\r· ${label}: ${result.connected}/${count} connected in ${round(result.seconds)} s. `);
  if (result.failed) console.log(`\n  ${result.failed} failed: ${result.errors.join('; ')}`);
  if (result.connected === 0) throw new Error('No connection could be opened');
  // Presence counts go out once a second: let them settle before measuring.
  await sleep(2_000);
  const connected = await sampleServer(ctx.server, true);
  await sleep(1_000);
  return { result, before, connected };
}

async function answersScenario(ctx: Context): Promise<ScenarioResult> {
  const { subscribers, rate } = settings.answers;
  const count = Math.max(1, Math.round(rate * settings.duration));
  const name = `New answer → ${subscribers} subscribers (${rate} answers/s)`;
  const pool = await ClientPool.start(ROOT, settings.clientProcesses);
  try {
    const { result, before, connected } = await openConnections(ctx, pool, name, subscribers);
    await pool.track('answers');
    const benchLoop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    benchLoop.enable();
    const start = await sampleServer(ctx.server);
    process.stdout.write(`posting ${count} answers over ${settings.duration} s… `);
    const posts = await paced(count, rate, (i) =>
      postAnswer(ctx.server.base, ctx.questionId, ctx.authors[i % ctx.authors.length]!, i),
    );
    await sleep(settings.drain * 1_000);
    const end = await sampleServer(ctx.server);
    benchLoop.disable();
    const reports = await pool.report();
    const final = await sampleServer(ctx.server, true);

    const receipts = merge(reports, 'answers');
    const fromResponse: number[] = [];
    const fromStart: number[] = [];
    const ok = posts.filter((p) => p.status === 201 && p.body);
    for (const post of ok) {
      for (const at of receipts.get(String(post.body!.answer.id)) ?? []) {
        fromResponse.push(at - post.respondedAt);
        fromStart.push(at - post.startedAt);
      }
    }
    const expected = ok.length * result.connected;
    const delay = stats(fromResponse);
    console.log(`p99 ${delay?.p99 ?? '–'} ms`);
    const target = TARGETS.answers;
    const atTarget = subscribers === target.connections && rate === target.rate;
    return {
      key: 'answers',
      name,
      connections: connectionSummary(result),
      rate,
      durationSeconds: settings.duration,
      requests: requestSummary(posts, 201),
      deliveries: {
        expected,
        measured: fromResponse.length,
        missing: expected - fromResponse.length,
        beforeResponse: fromResponse.filter((d) => d < 0).length,
      },
      delayFromResponseMs: delay,
      delayFromRequestStartMs: stats(fromStart),
      eventsPerViewer: eventsPerViewer(reports, result.connected),
      server: serverFigures(before, connected, start, end, final, result.connected),
      clients: clientFigures(reports),
      benchLoopDelayMs: loopDelayOf(benchLoop),
      target: `p99 ≤ ${target.p99Ms} ms with ${target.connections} subscribers at ${target.rate}/s`,
      targetMet: atTarget && delay ? delay.p99 <= target.p99Ms && fromResponse.length === expected : null,
    };
  } finally {
    await pool.close();
  }
}

async function votesScenario(ctx: Context, key: 'votes' | 'votes-large'): Promise<ScenarioResult> {
  const { viewers, rate } = key === 'votes' ? settings.votes : settings.votesLarge;
  const count = Math.max(1, Math.round(rate * settings.duration));
  const name = `Vote count → ${viewers} viewers (${rate} votes/s)`;
  // A new answer for each run: every voter's +1 is then a real change (a repeated vote is not).
  const target = await postAnswer(ctx.server.base, ctx.questionId, ctx.authors[0]!, 10_000 + count);
  if (target.status !== 201 || !target.body) throw new Error(`Posting the answer to vote on: status ${target.status}`);
  const answerId = target.body.answer.id;
  const [row] = await ctx.sequelize.query<{ score: number; score_version: number }>(
    'SELECT score, score_version FROM answers WHERE id = :answerId',
    { replacements: { answerId }, type: QueryTypes.SELECT },
  );
  if (!row) throw new Error(`Answer ${answerId} not found`);
  const fromVersion = Number(row.score_version);
  const fromScore = Number(row.score);

  const pool = await ClientPool.start(ROOT, settings.clientProcesses);
  try {
    const { result, before, connected } = await openConnections(ctx, pool, name, viewers);
    await pool.track('votes', answerId, fromVersion);
    const benchLoop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    benchLoop.enable();
    const start = await sampleServer(ctx.server);
    process.stdout.write(`${count} votes over ${settings.duration} s… `);
    const votes = await paced(count, rate, (i) => castVote(ctx.server.base, answerId, ctx.voters[i]!));
    await sleep(settings.drain * 1_000);
    const end = await sampleServer(ctx.server);
    benchLoop.disable();
    const reports = await pool.report();
    const final = await sampleServer(ctx.server, true);

    // Every vote is a +1 from a new voter: its response's score tells which version it made.
    const receipts = merge(reports, 'versions');
    const fromResponse: number[] = [];
    const fromStart: number[] = [];
    const ok = votes.filter((v) => v.status === 200 && v.body);
    const versions = ok.map((v) => fromVersion + (v.body!.score - fromScore));
    for (const [i, vote] of ok.entries()) {
      for (const at of receipts.get(String(versions[i])) ?? []) {
        fromResponse.push(at - vote.respondedAt);
        fromStart.push(at - vote.startedAt);
      }
    }
    const expected = ok.length * result.connected;
    const delay = stats(fromResponse);
    const voteMessages = reports.reduce((sum, r) => sum + r.voteMessages, 0);
    console.log(`p99 ${delay?.p99 ?? '–'} ms`);
    const goal = TARGETS[key];
    const atTarget = viewers === goal.connections && rate === goal.rate;
    return {
      key,
      name,
      connections: connectionSummary(result),
      rate,
      durationSeconds: settings.duration,
      requests: requestSummary(votes, 200),
      deliveries: {
        expected,
        measured: fromResponse.length,
        missing: expected - fromResponse.length,
        beforeResponse: fromResponse.filter((d) => d < 0).length,
      },
      delayFromResponseMs: delay,
      delayFromRequestStartMs: stats(fromStart),
      votes: {
        fromVersion,
        versions: [...versions].sort((a, b) => a - b),
        updatesPerViewer: round(voteMessages / Math.max(1, result.connected), 2),
        duplicateVersions: versions.length - new Set(versions).size,
      },
      eventsPerViewer: eventsPerViewer(reports, result.connected),
      server: serverFigures(before, connected, start, end, final, result.connected),
      clients: clientFigures(reports),
      benchLoopDelayMs: loopDelayOf(benchLoop),
      target: `p99 ≤ ${goal.p99Ms} ms with ${goal.connections} viewers at ${goal.rate} votes/s`,
      targetMet: atTarget && delay ? delay.p99 <= goal.p99Ms && fromResponse.length === expected : null,
    };
  } finally {
    await pool.close();
  }
}

async function idleScenario(ctx: Context): Promise<ScenarioResult> {
  const { connections, hold } = settings.idle;
  const name = `${connections} idle connections`;
  const pool = await ClientPool.start(ROOT, settings.clientProcesses);
  let closed = false;
  try {
    const { result, before, connected } = await openConnections(ctx, pool, name, connections);
    await pool.track('none');
    process.stdout.write(`holding ${hold} s… `);
    const start = await sampleServer(ctx.server);
    await sleep(hold * 1_000);
    const end = await sampleServer(ctx.server);
    const reports = await pool.report();
    const final = await sampleServer(ctx.server, true);
    await pool.close();
    closed = true;
    await sleep(3_000);
    const afterClose = await sampleServer(ctx.server, true);
    const server = serverFigures(before, connected, start, end, final, result.connected);
    server.heapUsedMB.afterClose = round(afterClose.heapUsedBytes / MB);
    server.rssMB.afterClose = round(afterClose.rssBytes / MB);
    console.log(`heap ${server.heapUsedMB.connected} MB, ${server.heapPerConnectionKB} KB per connection`);
    const goal = TARGETS.idle;
    return {
      key: 'idle',
      name,
      connections: connectionSummary(result),
      durationSeconds: hold,
      server,
      clients: clientFigures(reports),
      target: `heap ≤ ${goal.heapMB} MB with ${goal.connections} connections`,
      targetMet:
        connections === goal.connections
          ? server.heapUsedMB.connected <= goal.heapMB && result.connected === connections
          : null,
    };
  } finally {
    if (!closed) await pool.close();
  }
}

function clientFigures(reports: ClientReport[]): ScenarioResult['clients'] {
  return {
    processes: reports.length,
    loopDelayMs: reports.map((r) => r.loopDelayMs),
    rssMB: reports.map((r) => r.rssMB),
    droppedSockets: reports.reduce((sum, r) => sum + r.droppedSockets, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (value: number | undefined | null) => (value === undefined || value === null ? '–' : String(value));
const yesNo = (met: boolean | null) => (met === null ? 'n/a (not at target size)' : met ? 'met' : 'missed');

function markdownTable(results: ScenarioResult[]): string {
  const rows = [
    '| Scenario | Conn. | Deliveries | p50 (ms) | p99 (ms) | Max (ms) | Server CPU % | Heap (MB) | RSS (MB) | ' +
      'Heap/conn. (KB) | Client loop p99 (ms) | Target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    const d = r.delayFromResponseMs;
    const clientLoop = Math.max(...r.clients.loopDelayMs.map((l) => l.p99));
    rows.push(
      `| ${r.name} | ${r.connections.connected} | ${fmt(r.deliveries?.measured)} | ${fmt(d?.p50)} | ${fmt(d?.p99)} | ` +
        `${fmt(d?.max)} | ${r.server.cpuPercent} | ${r.server.heapUsedMB.connected} | ${r.server.rssMB.connected} | ` +
        `${r.server.heapPerConnectionKB} | ${clientLoop} | ${r.target}: ${yesNo(r.targetMet)} |`,
    );
  }
  return rows.join('\n');
}

function detailTable(results: ScenarioResult[]): string {
  const rows = [
    '| Scenario | Requests (OK) | HTTP p50 / p99 (ms) | From request start p50 / p99 / max (ms) | Missed | ' +
      'Before the response | Server loop p99 (ms) | Heap / RSS at end (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const s = r.delayFromRequestStartMs;
    const share = r.deliveries?.measured
      ? `${round((100 * r.deliveries.beforeResponse) / r.deliveries.measured)} %`
      : '–';
    rows.push(
      `| ${r.name} | ${r.requests ? `${r.requests.sent} (${r.requests.ok})` : '–'} | ` +
        `${r.requests?.httpMs ? `${r.requests.httpMs.p50} / ${r.requests.httpMs.p99}` : '–'} | ` +
        `${s ? `${s.p50} / ${s.p99} / ${s.max}` : '–'} | ${fmt(r.deliveries?.missing)} | ${share} | ` +
        `${r.server.loopDelayP99Ms} | ${r.server.heapUsedMB.end} / ${r.server.rssMB.end} |`,
    );
  }
  return rows.join('\n');
}

/** The commit measured, and the files that differed from it (work in progress is measured too). */
function codeVersion(): { commit: string; uncommittedFiles: string[] } | null {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    return {
      commit: git('rev-parse', 'HEAD').trim(),
      uncommittedFiles: git('status', '--porcelain', '--untracked-files=no')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => line.slice(3)),
    };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * The moderation check holds a text its author already posted that day, and earlier runs posted
 * the same texts from the same authors: their posts are dated back a day, in the benchmark's own
 * database. Then it waits for the workers to check whatever earlier runs (of any benchmark) left
 * waiting, so that this run measures its own answers only.
 */
async function readyForAnswers(sequelize: Sequelize, authors: User[]): Promise<void> {
  await sequelize.query(
    `UPDATE answers SET created_at = created_at - interval '1 day'
     WHERE author_id IN (:ids) AND created_at > now() - interval '1 day'`,
    { replacements: { ids: authors.map((author) => author.userId) } },
  );
  process.stdout.write('· posts left waiting for their checks by earlier runs… ');
  const deadline = Date.now() + 180_000;
  for (;;) {
    const [row] = await sequelize.query<{ waiting: number }>(
      `SELECT (SELECT count(*) FROM answers WHERE check_pending) + (SELECT count(*) FROM questions WHERE check_pending)
              AS waiting`,
      { type: QueryTypes.SELECT },
    );
    if (Number(row!.waiting) === 0) break;
    if (Date.now() > deadline) throw new Error(`${row!.waiting} posts still awaiting their checks after 180 s`);
    await sleep(250);
  }
  console.log('done');
}

async function main(): Promise<void> {
  checkTargets();
  const { startedAt, stamp, loadAtStart } = await beginRun(settings.port);
  const sequelize = await openDatabase(settings.databaseUrl, settings.redisUrl);
  let server: ServerProcess | undefined;
  let workers: WorkersProcess | undefined;
  stopOnSignalsAndExit(() => server, {
    stopping: 'the server, the workers and the clients',
    cleanup: () => {
      killAllPools();
      workers?.child.kill('SIGKILL');
    },
  });

  try {
    const dataset = await prepareDataset(sequelize, settings.size);
    const versions = await serviceVersions(sequelize, settings.redisUrl);
    // A question of its own, which neither the HTTP benchmark's page nor its posting targets use
    // (they take the first 2 000 in this same order).
    const [question] = await sequelize.query<{ id: number; answer_count: number }>(
      `SELECT id, answer_count FROM questions WHERE status = 'published' AND id <> :hot
       ORDER BY md5(id::text) DESC LIMIT 1`,
      { replacements: { hot: dataset.hotQuestionId }, type: QueryTypes.SELECT },
    );
    if (!question) throw new Error('No published question in the data set');

    server = startServer({
      port: settings.port,
      databaseUrl: settings.databaseUrl,
      redisUrl: settings.redisUrl,
      logFile: serverLogFile('realtime', stamp, settings.port),
      gc: settings.gc,
    });
    await waitUntilReady(server);
    // New answers are published by the moderation worker's checks: what is measured is the
    // reader's wait, from the POST to the published answer. A handful of authors post here far
    // faster than a person, so the flooding check is lifted for this run.
    const workersLog = path.join(RESULTS_DIR, `realtime-${stamp}-workers.log`);
    console.log(`Starting the workers (log: ${path.relative(ROOT, workersLog)})…`);
    workers = startWorkers({
      databaseUrl: settings.databaseUrl,
      redisUrl: settings.redisUrl,
      sessionSecret: randomBytes(24).toString('hex'),
      logFile: workersLog,
      appName: 'bench-workers',
      env: { MODERATION_FLOOD_PER_MINUTE: '1000000', MODERATION_FLOOD_PER_HOUR: '1000000' },
    });
    const moderationQueue = new Queue(QUEUE_NAMES.moderation, { connection: bullConnection(settings.redisUrl) });
    try {
      await waitUntilWorking(workers, moderationQueue);
    } finally {
      await moderationQueue.close();
    }
    const idleServer = await sampleServer(server, true);
    if (settings.gc && !idleServer.afterGc) throw new Error('The server did not answer the GC signal (server-gc.ts)');

    const authorCount = settings.answers.authors;
    const voterCount = votersNeeded();
    process.stdout.write(`· logging in ${authorCount} authors and ${voterCount} voters… `);
    const users = await loginAll(
      server.base,
      Array.from({ length: authorCount + voterCount }, (_, i) => benchEmail(i + 1)),
    );
    console.log('done');
    const ctx: Context = {
      sequelize,
      server,
      questionId: question.id,
      authors: users.slice(0, authorCount),
      voters: users.slice(authorCount),
    };
    await readyForAnswers(sequelize, ctx.authors);

    const results: ScenarioResult[] = [];
    for (const key of SCENARIOS) {
      if (!settings.scenarios.includes(key)) continue;
      if (key === 'answers') results.push(await answersScenario(ctx));
      else if (key === 'idle') results.push(await idleScenario(ctx));
      else results.push(await votesScenario(ctx, key));
    }

    const errorLinesBeforeStop = server.errorLines;
    await stopWorkers(workers);
    await stopServer(server);
    const table = markdownTable(results);
    const details = detailTable(results);
    const report = {
      date: startedAt.toISOString(),
      command: commandLine('bench:realtime', 'bench/realtime/run.ts'),
      code: codeVersion(),
      machine: {
        ...machine(),
        openFilesLimit: openFilesLimit(),
        loadAverage: { start: loadAtStart, end: loadAverage() },
      },
      services: versions,
      settings: {
        ...settings,
        databaseUrl: redactUrl(settings.databaseUrl),
        redisUrl: redactUrl(settings.redisUrl),
        voteWindowMs: { 1000: voteWindowMs(1_000), 5000: voteWindowMs(5_000) },
        server: {
          command: `node ${server.args.join(' ')}`,
          env: { PORT: settings.port, NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMITS: 'off' },
          processes: 1,
        },
        loadGenerator:
          `${settings.clientProcesses} forked client processes (socket.io-client, websocket only, anonymous), ` +
          'HTTP requests from the benchmark process (fetch); all on the same machine as the server',
      },
      dataset,
      question: { id: question.id, answersAtStart: question.answer_count },
      serverAtStart: {
        heapUsedMB: round(idleServer.heapUsedBytes / MB),
        rssMB: round(idleServer.rssBytes / MB),
      },
      serverErrorLogLines: { duringRun: errorLinesBeforeStop, atShutdown: server.errorLines - errorLinesBeforeStop },
      serverLog: path.relative(ROOT, server.logFile),
      results,
      table,
      details,
    };
    const file = await writeReport('realtime', stamp, report);

    console.log(`\n${table}\n\n${details}\n`);
    console.log(machineLine(report.machine, versions));
    console.log(
      `Server at start: heap ${report.serverAtStart.heapUsedMB} MB, RSS ${report.serverAtStart.rssMB} MB; ` +
        `log lines at level error: ${errorLinesBeforeStop} during the run, ` +
        `${server.errorLines - errorLinesBeforeStop} at shutdown`,
    );
    console.log(`Results: ${file}`);
  } finally {
    killAllPools();
    if (workers) await stopWorkers(workers);
    if (server) await stopServer(server);
    await sequelize.close();
  }
}

runBenchmark(main);
