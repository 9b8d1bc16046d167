// Reputation benchmark: starts the real server and the real workers process as child processes,
// sends a sustained stream of upvotes through the HTTP API from many users, and measures how long
// each vote takes to come back to its author as a `reputation:updated` push, how fast the
// reputation queue picks its jobs up, and how long it takes to drain once the votes stop.
// `npm run bench:reputation`; see bench/README.md.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { QueryTypes, type Sequelize } from 'sequelize';
import { QUEUE_NAMES } from '../../server/contracts/jobs';
import { bullConnection } from '../../server/queues';
import { loadReputationRules, type ReputationRules } from '../../server/reputation/rules';
import { nowMs } from '../realtime/protocol';
import { cpuPercent, cpuSnapshot, type CpuSnapshot } from '../lib/cpu';
import { checkServiceTargets, databaseUrl, datasetSize, numberEnv, redisUrl } from '../lib/env';
import { loopDelayOf } from '../lib/loopDelay';
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
  codeVersion,
  commandLine,
  fmt,
  loadAverage,
  machine,
  machineLine,
  redactUrl,
  RESULTS_DIR,
  ROOT,
  round,
  serverLoopDelay,
  serviceVersions,
  statRow,
} from '../lib/report';
import { startServer, stopServer, waitUntilReady, type ServerProcess } from '../lib/server';
import { stats } from '../lib/stats';
import { sleep } from '../lib/time';
import { startWorkers, stopWorkers, waitUntilWorking, type WorkersProcess } from '../lib/workers';
import { ClientProcess } from './clientProcess';
import { ensureReputationDataset, resetReputation, type ReputationDataset } from './dataset';
import type { ClientReport } from './protocol';
import {
  ActivitySampler,
  backlog,
  CompletedJobSampler,
  drained,
  meanBackends,
  type Backlog,
  type SampledJob,
} from './samplers';

const settings = {
  databaseUrl,
  redisUrl,
  port: numberEnv('BENCH_PORT', 3102),
  /** Upvotes per second, all voters together, evenly spaced. */
  rate: numberEnv('BENCH_REP_RATE', 500),
  /** Seconds measured, after `warmup` seconds at the same rate that are not. */
  duration: numberEnv('BENCH_REP_DURATION', 30, { min: 1, integer: false }),
  warmup: numberEnv('BENCH_REP_WARMUP', 3, { min: 0, integer: false }),
  /** Users, each an author (one answer) and a voter; by default as many as the default rules need. */
  users: process.env.BENCH_REP_USERS ? numberEnv('BENCH_REP_USERS', 0, { min: 3 }) : null,
  /** How often the completed jobs, the backlog and PostgreSQL's waits are read, in milliseconds. */
  sampleMs: numberEnv('BENCH_REP_SAMPLE_MS', 500, { min: 50 }),
  /** Seconds to wait for the queue to drain after the load before giving up. */
  drainTimeout: numberEnv('BENCH_REP_DRAIN_TIMEOUT', 120),
  /** Seconds to wait for work left by earlier runs (or other benchmarks) before the load. */
  backlogTimeout: numberEnv('BENCH_REP_BACKLOG_TIMEOUT', 180),
  connectBatch: numberEnv('BENCH_REP_CONNECT_BATCH', 100),
  /** Vote requests awaiting their response at once, at most: bounds an overloaded run. */
  maxInFlight: numberEnv('BENCH_REP_MAX_IN_FLIGHT', 500),
  /** V8 CPU profiles of the server and the workers, written to bench/results/ when they stop. */
  profile: process.env.BENCH_REP_PROFILE === '1',
  size: datasetSize(),
};

/** The issue's targets. */
const TARGETS = { rate: 500, seconds: 30, pushP99Ms: 1_000, drainMs: 2_000, pickupP99Ms: 10 };
/** Raised only when the run needs it: large enough never to bind. */
const LIFTED_DAILY_VOTE_CAP = 1_000_000;

// ---------------------------------------------------------------------------------------------
// The plan: who votes for whom, when

interface Plan {
  /** Votes due over the warm-up and the measured seconds: the most that can be sent. */
  total: number;
  users: number;
  /** Votes each author receives and each voter casts (at most). */
  rounds: number;
  configuredRules: ReputationRules;
  /** Environment variables set for the server and the worker because the run needs them. */
  overrides: Record<string, string>;
}

/**
 * Vote j goes to author a = j mod N from voter (a + 1 + r) mod N, r = floor(j / N): each round
 * of N votes gives every author one vote and every voter one vote, so an author receives a vote
 * every N / rate seconds (one at a time in flight, if the system keeps up) and a voter never
 * votes twice for the same author. With N large enough, the product's daily limits hold as they
 * are: a voter's upvotes of the day, an author's gains from votes of the day (200 points: 20
 * upvotes on answers), serial voting (more than 5 votes from one voter on one author).
 */
function makePlan(): Plan {
  const configuredRules = loadReputationRules();
  const total = Math.round(settings.rate * (settings.warmup + settings.duration));
  const users =
    settings.users ??
    Math.max(
      settings.rate,
      Math.ceil((total * configuredRules.answerUpvoted) / Math.max(1, configuredRules.dailyVoteCap)),
      Math.ceil(total / Math.max(1, configuredRules.dailyUpvotes)),
    );
  const rounds = Math.ceil(total / users);
  if (rounds + 1 >= users) {
    throw new Error(
      `${users} users cannot cast ${total} votes without voting twice for one author: raise BENCH_REP_USERS`,
    );
  }
  const overrides: Record<string, string> = {};
  if (rounds * configuredRules.answerUpvoted > configuredRules.dailyVoteCap) {
    overrides.REPUTATION_DAILY_VOTE_CAP = String(LIFTED_DAILY_VOTE_CAP);
  }
  if (rounds > configuredRules.dailyUpvotes) overrides.REPUTATION_DAILY_UPVOTES = String(rounds);
  return { total, users, rounds, configuredRules, overrides };
}

// ---------------------------------------------------------------------------------------------
// Sending the votes

interface Vote {
  j: number;
  /** Index of the author (and of the voter) among the users. */
  author: number;
  voter: number;
  /** nowMs() when it was due, when it left, when its response's headers arrived. */
  scheduledAt: number;
  startedAt: number;
  respondedAt: number;
  status: number;
  error?: string;
  /** Sent after the warm-up. */
  measured: boolean;
}

interface Sending {
  votes: Vote[];
  /** nowMs() when the first measured vote left, and when sending stopped. */
  measureStart: number;
  sendEnd: number;
  maxInFlight: number;
  /** Time the generator waited for a free slot (the in-flight cap), in milliseconds. */
  blockedMs: number;
}

const VOTE_BODY = JSON.stringify({ value: 1 });

async function castVote(base: string, vote: Vote, voter: BenchUser, answerId: number): Promise<void> {
  vote.startedAt = nowMs();
  try {
    const res = await fetch(`${base}/api/answers/${answerId}/vote`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: voter.cookie, 'x-csrf-token': voter.csrfToken },
      body: VOTE_BODY,
    });
    vote.respondedAt = nowMs();
    vote.status = res.status;
    if (res.status === 200) await res.arrayBuffer();
    else vote.error = `${res.status} ${(await res.text()).slice(0, 200)}`;
  } catch (error) {
    vote.respondedAt = nowMs();
    vote.error = String(error);
  }
}

/**
 * Open loop: vote j is due at j / rate seconds whatever the earlier ones are doing; the timer
 * wakes about every millisecond and whatever fell due meanwhile leaves at once. Two bounds keep an
 * overloaded run finite: at most `maxInFlight` requests at once (a vote then waits for a slot and
 * leaves late), and nothing leaves after the warm-up and measured seconds.
 */
async function sendVotes(
  base: string,
  plan: Plan,
  authors: ReputationDataset['authors'],
  sessions: BenchUser[],
  onMeasureStart: () => void,
): Promise<Sending> {
  const n = plan.users;
  const interval = 1_000 / settings.rate;
  const votes: Vote[] = [];
  const pending: Promise<void>[] = [];
  const start = nowMs() + 10;
  const measureFrom = start + settings.warmup * 1_000;
  const end = measureFrom + settings.duration * 1_000;
  let measureStart: number | null = null;
  let inFlight = 0;
  let maxInFlight = 0;
  let blockedMs = 0;
  let slotFreed: (() => void) | null = null;
  let j = 0;
  while (j < plan.total && nowMs() < end) {
    const due = Math.min(plan.total, Math.floor((nowMs() - start) / interval) + 1);
    while (j < due && inFlight < settings.maxInFlight) {
      const now = nowMs();
      if (measureStart === null && now >= measureFrom) {
        measureStart = now;
        onMeasureStart();
      }
      const author = j % n;
      const voter = (author + 1 + Math.floor(j / n)) % n;
      const vote: Vote = {
        j,
        author,
        voter,
        scheduledAt: start + j * interval,
        startedAt: 0,
        respondedAt: 0,
        status: 0,
        measured: measureStart !== null,
      };
      votes.push(vote);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      pending.push(
        castVote(base, vote, sessions[voter]!, authors[author]!.answerId).finally(() => {
          inFlight -= 1;
          slotFreed?.();
        }),
      );
      j += 1;
    }
    if (j < due) {
      const blockedAt = nowMs();
      await new Promise<void>((resolve) => (slotFreed = resolve));
      slotFreed = null;
      blockedMs += nowMs() - blockedAt;
    } else if (j < plan.total) {
      await sleep(Math.max(0, start + j * interval - nowMs()));
    }
  }
  const sendEnd = nowMs();
  await Promise.all(pending);
  return { votes, measureStart: measureStart ?? sendEnd, sendEnd, maxInFlight, blockedMs };
}

// ---------------------------------------------------------------------------------------------
// Matching each push to its vote

interface Matched {
  /** Measured votes answered 200, and those of them whose push arrived. */
  okVotes: number;
  /** Per measured vote (by index j): its push delay from the request, and its job's cuts when read. */
  byVote: Map<number, { push: number; toEnqueued?: number; pickup?: number; run?: number; toPush?: number }>;
  fromRequest: number[];
  fromResponse: number[];
  missing: number;
  /** Pushes whose value is not the previous one plus one upvote: two of the author's votes overlapped. */
  outOfOrder: number;
  /** Pushes whose value no vote of this run explains, or seen twice. */
  unexpected: number;
  /** The same votes, cut at the job's enqueue, pickup and finish (job clocks are Date.now()). */
  segments: { toEnqueued: number[]; pickup: number[]; run: number[]; toPush: number[]; linked: number };
  lastPushAt: number | null;
}

function matchPushes(
  votes: Vote[],
  authors: ReputationDataset['authors'],
  baseReputation: Map<number, number>,
  step: number,
  report: ClientReport,
  jobOfVote: Map<number, SampledJob>,
  epochOffset: number,
): Matched {
  const pushesByUser = new Map<number, [at: number, reputation: number][]>();
  for (const [userId, at, reputation] of report.pushes) {
    const list = pushesByUser.get(userId);
    if (list) list.push([at, reputation]);
    else pushesByUser.set(userId, [[at, reputation]]);
  }

  const okByAuthor = new Map<number, Vote[]>();
  for (const vote of votes) {
    if (vote.status !== 200) continue;
    const list = okByAuthor.get(vote.author);
    if (list) list.push(vote);
    else okByAuthor.set(vote.author, [vote]);
  }

  const result: Matched = {
    okVotes: 0,
    byVote: new Map(),
    fromRequest: [],
    fromResponse: [],
    missing: 0,
    outOfOrder: 0,
    unexpected: 0,
    segments: { toEnqueued: [], pickup: [], run: [], toPush: [], linked: 0 },
    lastPushAt: null,
  };
  authors.forEach(({ userId }, index) => {
    const base = baseReputation.get(userId) ?? 1;
    const received = pushesByUser.get(userId) ?? [];
    const arrival = new Map<number, number>();
    let previous = base;
    for (const [at, reputation] of received) {
      if (reputation !== previous + step) result.outOfOrder += 1;
      previous = reputation;
      if (arrival.has(reputation)) result.unexpected += 1;
      else arrival.set(reputation, at);
      result.lastPushAt = Math.max(result.lastPushAt ?? at, at);
    }
    const ok = okByAuthor.get(index) ?? [];
    const explained = new Set<number>();
    ok.forEach((vote, k) => {
      // The k-th vote that counted takes the author to base + (k + 1) upvotes, whatever order the
      // jobs ran in.
      const value = base + (k + 1) * step;
      explained.add(value);
      if (!vote.measured) return;
      result.okVotes += 1;
      const at = arrival.get(value);
      if (at === undefined) {
        result.missing += 1;
        return;
      }
      result.fromRequest.push(at - vote.startedAt);
      const perVote = { push: at - vote.startedAt };
      result.byVote.set(vote.j, perVote);
      result.fromResponse.push(at - vote.respondedAt);
      const job = jobOfVote.get(vote.j);
      if (!job) return;
      const cut = {
        toEnqueued: job.timestamp - (vote.startedAt + epochOffset),
        pickup: job.processedOn - job.timestamp,
        run: job.finishedOn - job.processedOn,
        toPush: at + epochOffset - job.finishedOn,
      };
      Object.assign(perVote, cut);
      result.segments.linked += 1;
      result.segments.toEnqueued.push(cut.toEnqueued);
      result.segments.pickup.push(cut.pickup);
      result.segments.run.push(cut.run);
      result.segments.toPush.push(cut.toPush);
    });
    for (const value of arrival.keys()) if (!explained.has(value)) result.unexpected += 1;
  });
  return result;
}

/**
 * Each vote's job: a job's result names its subject (`vote:<id>`), and a vote's id is found from
 * its voter and answer, a pair that occurs once per run.
 */
async function jobsOfVotes(
  sequelize: Sequelize,
  votes: Vote[],
  authors: ReputationDataset['authors'],
  jobs: Map<string, SampledJob>,
): Promise<Map<number, SampledJob>> {
  const jobBySubject = new Map<string, SampledJob>();
  for (const job of jobs.values()) if (job.subject) jobBySubject.set(job.subject, job);
  const rows = await sequelize.query<{ id: number; voterId: number; answerId: number }>(
    `SELECT id, voter_id AS "voterId", target_id AS "answerId" FROM votes
     WHERE target_type = 'answer' AND voter_id IN (:voters)`,
    { replacements: { voters: authors.map((a) => a.userId) }, type: QueryTypes.SELECT },
  );
  const voteId = new Map(rows.map((row) => [`${row.voterId}:${row.answerId}`, row.id]));
  const result = new Map<number, SampledJob>();
  for (const vote of votes) {
    const id = voteId.get(`${authors[vote.voter]!.userId}:${authors[vote.author]!.answerId}`);
    const job = id === undefined ? undefined : jobBySubject.get(`vote:${id}`);
    if (job) result.set(vote.j, job);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Server metrics, waits

/** Polls until no reputation work is left; null when `timeoutMs` passes first. */
async function waitForDrain(
  queue: Queue,
  sequelize: Sequelize,
  from: number,
  timeoutMs: number,
): Promise<{ ms: number | null; last: Backlog; polls: number }> {
  let polls = 0;
  for (;;) {
    const last = await backlog(queue, sequelize);
    polls += 1;
    const elapsed = nowMs() - from;
    if (drained(last)) return { ms: elapsed, last, polls };
    if (elapsed > timeoutMs) return { ms: null, last, polls };
    await sleep(20);
  }
}

/** Before the load: the work earlier runs or other benchmarks left must be done, the search queue idle. */
async function waitForIdle(reputation: Queue, search: Queue, sequelize: Sequelize): Promise<object> {
  const started = nowMs();
  const first = await backlog(reputation, sequelize);
  process.stdout.write(`· work left from before: ${JSON.stringify(first)}… `);
  for (;;) {
    const [rest, searchCounts] = await Promise.all([
      backlog(reputation, sequelize),
      search.getJobCounts('waiting', 'active', 'delayed'),
    ]);
    const searchBusy = (searchCounts.waiting ?? 0) + (searchCounts.active ?? 0);
    if (drained(rest) && searchBusy === 0) break;
    if (nowMs() - started > settings.backlogTimeout * 1_000) {
      throw new Error(
        `The workers had not finished earlier work after ${settings.backlogTimeout} s: ${JSON.stringify(rest)} ` +
          `(raise BENCH_REP_BACKLOG_TIMEOUT)`,
      );
    }
    await sleep(250);
  }
  const seconds = round((nowMs() - started) / 1_000);
  console.log(`done in ${seconds} s`);
  return { atStart: first, seconds };
}

// ---------------------------------------------------------------------------------------------
// Report

const met = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'met' : 'missed');

/** Jobs finished per second of epoch time, over [from, to). */
function perSecond(jobs: SampledJob[], from: number, to: number): number[] {
  const buckets = new Array<number>(Math.max(1, Math.ceil((to - from) / 1_000))).fill(0);
  for (const job of jobs) {
    if (job.finishedOn < from || job.finishedOn >= to) continue;
    buckets[Math.floor((job.finishedOn - from) / 1_000)]! += 1;
  }
  return buckets;
}

/** Per second of the measured window (by the time each vote left): p50 / p99 of each delay. */
function bySecond(votes: Vote[], from: number, matched: Matched['byVote']) {
  const seconds: Vote[][] = [];
  for (const vote of votes) (seconds[Math.floor((vote.startedAt - from) / 1_000)] ??= []).push(vote);
  const pair = (values: (number | undefined)[]) => {
    const s = stats(values.filter((v): v is number => v !== undefined));
    return s ? [s.p50, s.p99] : null;
  };
  return [...seconds].map((list = [], second) => {
    const of = (key: 'push' | 'toEnqueued' | 'pickup' | 'run' | 'toPush') =>
      pair(list.map((v) => matched.get(v.j)?.[key]));
    return {
      second,
      sent: list.length,
      http: pair(list.map((v) => v.respondedAt - v.startedAt)),
      push: of('push'),
      toEnqueued: of('toEnqueued'),
      pickup: of('pickup'),
      run: of('run'),
      toPush: of('toPush'),
    };
  });
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  checkServiceTargets(settings.databaseUrl, settings.redisUrl, 'may empty and reseed');
  const plan = makePlan();
  const { startedAt, stamp, loadAtStart } = await beginRun(settings.port);
  const sequelize = await openDatabase(settings.databaseUrl, settings.redisUrl);
  let server: ServerProcess | undefined;
  let workers: WorkersProcess | undefined;
  let clients: ClientProcess | undefined;
  const queueConnection = bullConnection(settings.redisUrl);
  const reputationQueue = new Queue(QUEUE_NAMES.reputation, { connection: queueConnection });
  const searchQueue = new Queue(QUEUE_NAMES.search, { connection: queueConnection });
  stopOnSignalsAndExit(() => server, {
    stopping: 'the server, the workers and the clients',
    cleanup: () => {
      clients?.kill();
      if (workers && workers.child.exitCode === null) workers.child.kill('SIGTERM');
    },
  });

  try {
    const dataset = await prepareDataset(sequelize, settings.size);
    const versions = await serviceVersions(sequelize, settings.redisUrl);
    process.stdout.write(`Reputation data set (${plan.users} authors and voters)… `);
    const repData = await ensureReputationDataset(sequelize, plan.users);
    await resetReputation(sequelize);
    console.log(`${repData.seeded ? 'seeded' : 'already there'}, reset (${repData.seconds} s)`);

    // The server and the worker inherit this process's environment.
    Object.assign(process.env, plan.overrides);
    const rules = loadReputationRules();
    const sessionSecret = randomBytes(30).toString('base64url');
    const profileArgs = (name: string) =>
      settings.profile
        ? // A directory each: tsx's loader thread writes a profile of its own next to the main thread's.
          ['--cpu-prof', `--cpu-prof-dir=${path.join(RESULTS_DIR, `reputation-${stamp}-${name}-profiles`)}`]
        : [];
    // Not a BENCH_* name: the report prints those.
    process.env.LOAD_BENCH_SESSION_SECRET = sessionSecret;

    // pg names each connection after PGAPPNAME: the server's backends, the workers' and this
    // process's can be told apart in pg_stat_activity. The server copies the environment now.
    process.env.PGAPPNAME = 'bench-server';
    server = startServer({
      port: settings.port,
      databaseUrl: settings.databaseUrl,
      redisUrl: settings.redisUrl,
      logFile: serverLogFile('reputation', stamp, settings.port),
      preload: ['./bench/lib/session-secret.ts'],
      nodeArgs: profileArgs('server'),
      stopGraceMs: 15_000,
    });
    process.env.PGAPPNAME = 'bench';
    await waitUntilReady(server);
    const workersLog = path.join(RESULTS_DIR, `reputation-${stamp}-workers.log`);
    console.log(`Starting the workers (log: ${path.relative(ROOT, workersLog)})…`);
    workers = startWorkers({
      databaseUrl: settings.databaseUrl,
      redisUrl: settings.redisUrl,
      sessionSecret,
      logFile: workersLog,
      appName: 'bench-workers',
      nodeArgs: profileArgs('workers'),
    });
    await waitUntilWorking(workers, reputationQueue);
    const before = await waitForIdle(reputationQueue, searchQueue, sequelize);

    process.stdout.write(`· logging in ${plan.users} users… `);
    const loginStarted = nowMs();
    const sessions = await loginAll(
      server.base,
      repData.authors.map((a) => a.email),
    );
    sessions.forEach((session, i) => {
      if (session.userId !== repData.authors[i]!.userId) throw new Error(`Session ${i} is not its author's`);
    });
    console.log(`done in ${round((nowMs() - loginStarted) / 1_000)} s`);

    clients = await ClientProcess.start(ROOT);
    const origin = process.env.PUBLIC_ORIGIN || `http://localhost:${settings.port}`;
    const connectStarted = nowMs();
    const connection = await clients.connect(
      server.base,
      origin,
      sessions.map(({ userId, cookie }) => ({ userId, cookie })),
      settings.connectBatch,
    );
    console.log(
      `· ${connection.connected}/${plan.users} author sockets connected in ${round((nowMs() - connectStarted) / 1_000)} s` +
        (connection.failed ? ` (${connection.failed} failed: ${connection.errors.join('; ')})` : ''),
    );
    if (connection.connected === 0) throw new Error('No author socket could connect');

    const baseRows = await sequelize.query<{ id: number; reputation: number }>(
      `SELECT id, reputation FROM users WHERE id IN (:ids)`,
      { replacements: { ids: repData.authors.map((a) => a.userId) }, type: QueryTypes.SELECT },
    );
    const baseReputation = new Map(baseRows.map((row) => [row.id, row.reputation]));
    const failedBefore = (await reputationQueue.getJobCounts('failed')).failed ?? 0;
    await sleep(1_000);

    // Job times are Date.now(); receipts are nowMs(): the offset between the two clocks.
    const epochOffset = Date.now() - nowMs();
    const loadStartEpoch = Date.now();
    const jobSampler = new CompletedJobSampler(reputationQueue, settings.sampleMs, loadStartEpoch);
    const activity = new ActivitySampler(reputationQueue, sequelize, settings.sampleMs);
    const benchLoop = monitorEventLoopDelay({ resolution: 10 });
    const cpuGroups = {
      server: [server.child.pid!],
      workers: [workers.child.pid!],
      bench: [process.pid],
      clients: [clients.child.pid!],
    };
    let cpuStart: CpuSnapshot | undefined;
    let loadAtMeasure: number[] = [];

    process.stdout.write(
      `· votes at ${settings.rate}/s for ${settings.warmup} s of warm-up and ${settings.duration} s measured… `,
    );
    jobSampler.start();
    activity.start();
    const loadStart = nowMs();
    const sending = await sendVotes(server.base, plan, repData.authors, sessions, () => {
      benchLoop.enable();
      cpuStart = cpuSnapshot(cpuGroups);
      loadAtMeasure = loadAverage();
      void serverLoopDelay(server!.base);
    });
    const loadEnd = nowMs();
    const cpuEnd = cpuSnapshot(cpuGroups);
    const backendPids = await sequelize.query<{ pid: number; app: string }>(
      `SELECT pid, application_name AS app FROM pg_stat_activity WHERE datname = current_database()`,
      { type: QueryTypes.SELECT },
    );
    benchLoop.disable();
    const serverLoop = await serverLoopDelay(server.base);
    const { votes, measureStart } = sending;
    console.log(`${votes.length} sent, all answered after ${round((loadEnd - loadStart) / 1_000)} s`);

    process.stdout.write('· draining… ');
    const drain = await waitForDrain(reputationQueue, sequelize, loadEnd, settings.drainTimeout * 1_000);
    console.log(drain.ms === null ? `not drained after ${settings.drainTimeout} s` : `${round(drain.ms)} ms`);
    // The last pushes leave the worker as its last jobs complete: a moment for them to arrive.
    await sleep(1_000);
    await jobSampler.stop();
    await activity.stop();
    const report = await clients.report();
    const failedAfter = (await reputationQueue.getJobCounts('failed')).failed ?? 0;

    // -------------------------------------------------------------------------------------------
    const measured = votes.filter((v) => v.measured);
    const ok = measured.filter((v) => v.status === 200);
    const statuses: Record<string, number> = {};
    for (const v of measured) statuses[v.status] = (statuses[v.status] ?? 0) + 1;
    const errors = [...new Set(measured.flatMap((v) => (v.error ? [v.error] : [])))].slice(0, 5);
    const lastResponse = Math.max(...measured.map((v) => v.respondedAt));
    const sentRate = round(measured.length / ((sending.sendEnd - measureStart) / 1_000));
    const okRate = round(ok.length / ((lastResponse - measureStart) / 1_000));
    const matched = matchPushes(
      votes,
      repData.authors,
      baseReputation,
      rules.answerUpvoted,
      report,
      await jobsOfVotes(sequelize, votes, repData.authors, jobSampler.jobs),
      epochOffset,
    );
    const pushFromRequest = stats(matched.fromRequest);
    const pushFromResponse = stats(matched.fromResponse);
    const http = stats(measured.map((v) => v.respondedAt - v.startedAt));
    const lateness = stats(measured.map((v) => v.startedAt - v.scheduledAt));

    const measureStartEpoch = measureStart + epochOffset;
    const loadEndEpoch = loadEnd + epochOffset;
    const allJobs = [...jobSampler.jobs.values()];
    const measuredJobs = allJobs.filter((job) => job.timestamp >= measureStartEpoch);
    const pickup = stats(measuredJobs.map((job) => job.processedOn - job.timestamp));
    const jobRun = stats(measuredJobs.map((job) => job.finishedOn - job.processedOn));
    const windowSeconds = (loadEnd - measureStart) / 1_000;
    const finishedInWindow = allJobs.filter(
      (job) => job.finishedOn >= measureStartEpoch && job.finishedOn < loadEndEpoch,
    ).length;
    const buckets = perSecond(allJobs, loadStartEpoch, Math.max(loadEndEpoch, ...allJobs.map((j) => j.finishedOn)) + 1);
    const fullBuckets = perSecond(allJobs, measureStartEpoch, loadEndEpoch).slice(0, Math.floor(windowSeconds));
    const throughput = {
      meanDuringLoad: round(finishedInWindow / windowSeconds),
      min1s: fullBuckets.length ? Math.min(...fullBuckets) : null,
      max1s: fullBuckets.length ? Math.max(...fullBuckets) : null,
      perSecondFromLoadStart: buckets,
    };
    const applyJobsExpected = votes.filter((v) => v.status === 200).length;
    const coverage = round((100 * allJobs.length) / Math.max(1, applyJobsExpected));
    // The PostgreSQL backends of each process (PGAPPNAME), found after the load: the pools keep
    // their connections while busy, so those are the ones that did the work.
    for (const app of ['bench-server', 'bench-workers']) {
      cpuEnd.groups[`postgres for ${app.slice(6)}`] = backendPids.filter((b) => b.app === app).map((b) => b.pid);
    }
    const cpu = cpuStart ? cpuPercent(cpuStart, cpuEnd) : {};
    if (cpu.machineBusyOfAllCores !== undefined) {
      // What ran beside the benchmark on the machine (the test suite, say), and PostgreSQL's
      // backends of other databases: everything not in the benchmark's own processes.
      const ours = ['server', 'workers', 'bench', 'clients', 'postgres for server', 'postgres for workers', 'redis'];
      const used = ours.reduce((sum, group) => sum + (cpu[group] ?? 0), 0);
      cpu.elsewhere = round(Math.max(0, cpu.machineBusyOfAllCores * machine().cpuCount - used));
    }
    const maxBacklog = Math.max(0, ...activity.samples.map((s) => s.backlog.waiting + s.backlog.active));
    const maxOutbox = Math.max(0, ...activity.samples.map((s) => s.backlog.outbox));
    const backends = meanBackends(activity.samples.filter((s) => s.t <= loadEnd - loadStart));
    const segments = {
      linked: matched.segments.linked,
      voteToEnqueued: stats(matched.segments.toEnqueued),
      pickup: stats(matched.segments.pickup),
      run: stats(matched.segments.run),
      finishedToPush: stats(matched.segments.toPush),
    };

    const atTarget = settings.rate >= TARGETS.rate && settings.duration >= TARGETS.seconds;
    const targets = {
      rate: atTarget ? sentRate >= TARGETS.rate * 0.99 && okRate >= TARGETS.rate * 0.99 : null,
      push: pushFromRequest && atTarget ? pushFromRequest.p99 <= TARGETS.pushP99Ms && matched.missing === 0 : null,
      drain: atTarget ? drain.ms !== null && drain.ms <= TARGETS.drainMs : null,
      pickup: pickup && atTarget ? pickup.p99 <= TARGETS.pickupP99Ms : null,
    };

    const table = [
      '| Measure | Count | p50 (ms) | p99 (ms) | Max (ms) | Target |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      statRow(
        'Vote → `reputation:updated` at the author, from the request',
        pushFromRequest,
        `p99 ≤ ${TARGETS.pushP99Ms} ms: ${met(targets.push)}`,
      ),
      statRow('Vote → `reputation:updated`, from the vote’s response', pushFromResponse, '–'),
      statRow('HTTP vote (POST /api/answers/:id/vote)', http, '–'),
      statRow(
        'Job pickup (processedOn − timestamp)',
        pickup,
        `p99 ≤ ${TARGETS.pickupP99Ms} ms: ${met(targets.pickup)}`,
      ),
      statRow('Job run (finishedOn − processedOn)', jobRun, '–'),
    ].join('\n');
    const summary = [
      '| Votes (200) | Sent/s | Answered/s | Non-2xx | Drain after load (ms) | Worker jobs/s (mean, min–max 1 s) | ' +
        'Pushes missing | Out of order | Max queue backlog | Max outbox |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${measured.length} (${ok.length}) | ${sentRate} | ${okRate} | ${measured.length - ok.length} | ` +
        `${drain.ms === null ? `> ${settings.drainTimeout * 1_000}` : round(drain.ms, 0)} | ` +
        `${throughput.meanDuringLoad} (${fmt(throughput.min1s)}–${fmt(throughput.max1s)}) | ${matched.missing} | ` +
        `${matched.outOfOrder} | ${maxBacklog} | ${maxOutbox} |`,
    ].join('\n');
    const where = [
      '| Vote sent → job enqueued | Enqueued → picked up | Job run | Job finished → push received |',
      '| ---: | ---: | ---: | ---: |',
      `| ${[segments.voteToEnqueued, segments.pickup, segments.run, segments.finishedToPush]
        .map((s) => (s ? `${s.p50} / ${s.p99}` : '–'))
        .join(' | ')} |`,
    ].join('\n');
    const cpuLine = Object.entries(cpu)
      .map(([group, percent]) => `${group} ${percent} %`)
      .join(', ');

    const serverErrorLines = server.errorLines;
    const workerWarnLines = workers.warnLines;
    await clients.close();
    await stopWorkers(workers);
    await stopServer(server);

    const result = {
      date: startedAt.toISOString(),
      command: commandLine('bench:reputation', 'bench/reputation/run.ts'),
      code: codeVersion(),
      machine: {
        ...machine(),
        loadAverage: { start: loadAtStart, atMeasureStart: loadAtMeasure, end: loadAverage() },
      },
      services: versions,
      settings: {
        ...settings,
        databaseUrl: redactUrl(settings.databaseUrl),
        redisUrl: redactUrl(settings.redisUrl),
        plan: { ...plan, configuredRules: undefined },
        rulesInForce: rules,
        server: {
          command: `node ${server.args.join(' ')}`,
          env: {
            PORT: settings.port,
            NODE_ENV: 'production',
            LOG_LEVEL: 'warn',
            RATE_LIMITS: 'off',
            ...plan.overrides,
          },
        },
        workers: {
          command: `node ${workers.args.join(' ')}`,
          env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', ...plan.overrides },
        },
        loadGenerator:
          'votes from the benchmark process (fetch, open loop, evenly spaced); one forked client process ' +
          'holding one logged-in socket.io-client connection per author; all on the same machine',
      },
      dataset,
      reputationDataset: { seeded: repData.seeded, users: plan.users, questions: repData.questions },
      workLeftBeforeTheRun: before,
      votes: {
        sent: votes.length,
        measured: measured.length,
        ok: ok.length,
        statuses,
        errors,
        sentPerSecond: sentRate,
        answeredPerSecond: okRate,
        httpMs: http,
        sendLatenessMs: lateness,
        maxInFlight: sending.maxInFlight,
        blockedOnInFlightCapMs: round(sending.blockedMs),
        bySecond: bySecond(measured, measureStart, matched.byVote),
      },
      push: {
        fromRequestMs: pushFromRequest,
        fromResponseMs: pushFromResponse,
        okVotes: matched.okVotes,
        missing: matched.missing,
        outOfOrder: matched.outOfOrder,
        unexpected: matched.unexpected,
        lastPushAfterLoadMs: matched.lastPushAt === null ? null : round(matched.lastPushAt - loadEnd),
        received: report.pushes.length,
        eventsReceived: report.events,
        sockets: { connected: connection.connected, failed: connection.failed, errors: connection.errors },
        droppedSockets: report.droppedSockets,
      },
      queue: {
        pickupMs: pickup,
        runMs: jobRun,
        jobsSampled: allJobs.length,
        applyJobsExpected,
        coveragePercent: coverage,
        jobsListedButGone: jobSampler.lost,
        sampleReads: jobSampler.reads,
        failedDuringRun: failedAfter - failedBefore,
        throughput,
        drain: { ms: drain.ms === null ? null : round(drain.ms), last: drain.last, polls: drain.polls },
        maxBacklog,
        maxOutbox,
      },
      segmentsMs: segments,
      cpuPercentOfOneCore: cpu,
      postgresActiveBackendsMean: backends,
      serverLoopDelayMs: serverLoop,
      benchLoopDelayMs: loopDelayOf(benchLoop),
      clientLoopDelayMs: report.loopDelayMs,
      activity: activity.samples,
      logs: {
        server: path.relative(ROOT, server.logFile),
        serverErrorLines,
        workers: path.relative(ROOT, workers.logFile),
        workerWarnLines,
      },
      table,
      summary,
      where,
    };
    const file = await writeReport('reputation', stamp, result);

    console.log(`\n${table}\n\n${summary}\n\nWhere the time goes (p50 / p99, ms):\n\n${where}\n`);
    console.log(`CPU over the measured window, % of one core: ${cpuLine}`);
    console.log(`PostgreSQL active backends (mean per sample, by wait): ${JSON.stringify(backends)}`);
    console.log(
      `Event-loop delay p99 (ms): server ${fmt(serverLoop?.p99Ms)}, benchmark ${result.benchLoopDelayMs.p99}, ` +
        `client process ${report.loopDelayMs.p99}; votes left late by p99 ${fmt(lateness?.p99)} ms, ` +
        `at most ${sending.maxInFlight} in flight (cap ${settings.maxInFlight}, waited ${round(sending.blockedMs / 1_000)} s)`,
    );
    console.log(
      `Jobs sampled ${allJobs.length} of ${applyJobsExpected} (${coverage} %), failed during the run ` +
        `${failedAfter - failedBefore}; log lines: server errors ${serverErrorLines}, worker warnings ${workerWarnLines}`,
    );
    console.log(machineLine({ ...result.machine, loadAverage: result.machine.loadAverage }, versions));
    console.log(`Results: ${file}`);
  } finally {
    clients?.kill();
    if (workers) await stopWorkers(workers);
    if (server) await stopServer(server);
    await reputationQueue.close();
    await searchQueue.close();
    queueConnection.disconnect();
    await sequelize.close();
  }
}

runBenchmark(main);
