// Moderation benchmark: starts the real server and the real workers process as child processes,
// posts a sustained stream of answers through the HTTP API (mostly clean, some with personal
// data, spam or insults), and measures how long a clean answer takes to reach the visitors of
// its question (`answer:created` from the moderation worker), how long a held one takes to come
// back to its author (`post:status` with the reasons), whether any held answer ever reaches a
// public room, how fast the worker checks posts, and how long the queue takes to drain.
// `npm run bench:moderation`; see bench/README.md.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { QueryTypes, type Sequelize } from 'sequelize';
import { QUEUE_NAMES } from '../../server/contracts/jobs';
import { bullConnection } from '../../server/queues';
import { nowMs } from '../realtime/protocol';
import { cpuPercent, cpuSnapshot, type CpuSnapshot } from '../lib/cpu';
import { checkServiceTargets, datasetSize, numberEnv } from '../lib/env';
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
import { stats, type Stats } from '../lib/stats';
import { sleep } from '../lib/time';
import { startWorkers, stopWorkers, waitUntilWorking, type WorkersProcess } from '../lib/workers';
import { ClientProcess } from './clientProcess';
import { ensureModerationDataset } from './dataset';
import {
  answerBody,
  DIRTY_KINDS,
  EXPECTED_CHECK,
  offlineVerdict,
  postKinds,
  prng,
  type DirtyKind,
  type PostKind,
} from './posts';
import type { ClientReport } from './protocol';
import { backlog, BacklogSampler, CompletedJobSampler, type Backlog, CpuSampler, type SampledJob } from './samplers';

const settings = {
  // Its own database and Redis index: the other benchmarks use entraide_bench and Redis 12.
  databaseUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/entraide_modbench_bench',
  redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379/11',
  port: numberEnv('BENCH_PORT', 3103),
  /** Answers per second, evenly spaced. */
  rate: numberEnv('BENCH_MOD_RATE', 100, { integer: false }),
  /** Seconds measured, after `warmup` seconds at the same rate that are not. */
  duration: numberEnv('BENCH_MOD_DURATION', 30, { min: 1, integer: false }),
  warmup: numberEnv('BENCH_MOD_WARMUP', 3, { min: 0, integer: false }),
  /** Share of clean answers, in percent; the rest is spread evenly over the six dirty kinds. */
  cleanPercent: numberEnv('BENCH_MOD_CLEAN_PERCENT', 80, { min: 0 }),
  /** Questions answered, one room each (published, seeded with the benchmark's authors). */
  questions: numberEnv('BENCH_MOD_QUESTIONS', 200),
  /** Answers posted while the queue is paused, then checked at once: the worker's capacity. 0: none. */
  burst: numberEnv('BENCH_MOD_BURST', 1000, { min: 0 }),
  /** Requests in flight while posting the burst. */
  burstConcurrency: numberEnv('BENCH_MOD_BURST_CONCURRENCY', 16),
  seed: numberEnv('BENCH_MOD_SEED', 2026, { min: 0 }),
  /** Seconds to wait for the queue to drain after each phase before giving up. */
  drainTimeout: numberEnv('BENCH_MOD_DRAIN_TIMEOUT', 120),
  /** Seconds to wait for the workers' start-up work (search lexicon, reconciliation) before the load. */
  idleTimeout: numberEnv('BENCH_MOD_IDLE_TIMEOUT', 180),
  /** How often the backlog and the completed jobs are read, in milliseconds. */
  sampleMs: numberEnv('BENCH_MOD_SAMPLE_MS', 250, { min: 50 }),
  connectBatch: numberEnv('BENCH_MOD_CONNECT_BATCH', 100),
  /** Requests awaiting their response at once, at most: bounds an overloaded run. */
  maxInFlight: numberEnv('BENCH_MOD_MAX_IN_FLIGHT', 500),
  /** V8 CPU profiles of the server and the workers, written to bench/results/ when they stop. */
  profile: process.env.BENCH_MOD_PROFILE === '1',
  size: datasetSize(),
};

/** The issue's targets. */
const TARGETS = { rate: 100, seconds: 30, cleanP99Ms: 1_000 };

// ---------------------------------------------------------------------------------------------
// The plan: what each post says, who posts it, where

type Phase = 'warmup' | 'measured' | 'burst';

interface Post {
  i: number;
  kind: PostKind;
  author: number;
  question: number;
  body: string;
  phase: Phase;
  /** nowMs() when it was due, when it left, when its response arrived. */
  scheduledAt: number;
  startedAt: number;
  respondedAt: number;
  status: number;
  answerId: number | null;
  error?: string;
}

interface Plan {
  posts: Post[];
  main: number;
  authors: number;
  /** Posts whose text alone does not get the verdict its kind intends (should be none). */
  generatorMismatches: { i: number; kind: PostKind; verdict: string; checks: string[] }[];
}

/**
 * Post i is by author i mod A, with A = ⌈posts / 2⌉: nobody posts more than twice in the run,
 * and an author's two posts are A posts apart. The flooding check then never fires (it holds a
 * fourth post within a minute, a 21st within an hour), nor does the same-text check (an author's
 * second answer shares no sentence with the first; earlier runs' answers are deleted).
 */
function makePlan(): Plan {
  const main = Math.round(settings.rate * (settings.warmup + settings.duration));
  const total = main + settings.burst;
  const authors = Math.ceil(total / 2);
  const random = prng(settings.seed);
  const kinds = postKinds(total, settings.cleanPercent / 100, random);
  const posts: Post[] = kinds.map((kind, i) => ({
    i,
    kind,
    author: i % authors,
    question: i % settings.questions,
    body: answerBody(kind, random, Math.floor(i / authors)),
    phase: i >= main ? 'burst' : i < Math.round(settings.rate * settings.warmup) ? 'warmup' : 'measured',
    scheduledAt: 0,
    startedAt: 0,
    respondedAt: 0,
    status: 0,
    answerId: null,
  }));
  const generatorMismatches: Plan['generatorMismatches'] = [];
  for (const post of posts) {
    const { verdict, checks } = offlineVerdict(post.body);
    const intended =
      post.kind === 'clean' ? verdict === 'publish' : verdict === 'hold' && checks.includes(EXPECTED_CHECK[post.kind]);
    if (!intended) generatorMismatches.push({ i: post.i, kind: post.kind, verdict, checks });
  }
  return { posts, main, authors, generatorMismatches };
}

// ---------------------------------------------------------------------------------------------
// Sending

async function sendPost(base: string, post: Post, author: BenchUser, questionId: number): Promise<void> {
  post.startedAt = nowMs();
  try {
    const res = await fetch(`${base}/api/questions/${questionId}/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: author.cookie, 'x-csrf-token': author.csrfToken },
      body: JSON.stringify({ body: post.body }),
    });
    post.respondedAt = nowMs();
    post.status = res.status;
    if (res.status === 201) {
      const { answer } = (await res.json()) as { answer: { id: number } };
      post.answerId = answer.id;
    } else post.error = `${res.status} ${(await res.text()).slice(0, 200)}`;
  } catch (error) {
    post.respondedAt = nowMs();
    post.error = String(error);
  }
}

interface Sending {
  /** nowMs() when the first measured post left, when the last post left, when the last response came. */
  measureStart: number;
  sendEnd: number;
  lastResponse: number;
  maxInFlight: number;
  /** Time the generator waited for a free slot (the in-flight cap), in milliseconds. */
  blockedMs: number;
}

/**
 * Open loop: post j is due at j / rate seconds whatever the earlier ones are doing; the timer
 * wakes about every millisecond and whatever fell due meanwhile leaves at once. At most
 * `maxInFlight` requests at once: beyond, a post waits for a slot and leaves late.
 */
async function sendAtRate(
  base: string,
  posts: Post[],
  sessions: BenchUser[],
  questionIds: number[],
  onMeasureStart: () => void,
): Promise<Sending> {
  const interval = 1_000 / settings.rate;
  const pending: Promise<void>[] = [];
  const start = nowMs() + 10;
  let measureStart: number | null = null;
  let inFlight = 0;
  let maxInFlight = 0;
  let blockedMs = 0;
  let slotFreed: (() => void) | null = null;
  let j = 0;
  while (j < posts.length) {
    const due = Math.min(posts.length, Math.floor((nowMs() - start) / interval) + 1);
    while (j < due && inFlight < settings.maxInFlight) {
      const post = posts[j]!;
      if (measureStart === null && post.phase === 'measured') {
        measureStart = nowMs();
        onMeasureStart();
      }
      post.scheduledAt = start + j * interval;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      pending.push(
        sendPost(base, post, sessions[post.author]!, questionIds[post.question]!).finally(() => {
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
    } else if (j < posts.length) {
      await sleep(Math.max(0, start + j * interval - nowMs()));
    }
  }
  const sendEnd = nowMs();
  await Promise.all(pending);
  return {
    measureStart: measureStart ?? sendEnd,
    sendEnd,
    lastResponse: Math.max(...posts.map((post) => post.respondedAt)),
    maxInFlight,
    blockedMs,
  };
}

/** Closed loop, `concurrency` requests at a time: the burst only needs its posts in the queue. */
async function sendAll(base: string, posts: Post[], sessions: BenchUser[], questionIds: number[]): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < posts.length) {
      const post = posts[next++]!;
      post.scheduledAt = nowMs();
      await sendPost(base, post, sessions[post.author]!, questionIds[post.question]!);
    }
  };
  await Promise.all(Array.from({ length: settings.burstConcurrency }, lane));
}

// ---------------------------------------------------------------------------------------------
// Waits

/**
 * Polls until no post awaits its check (`ms`: the decisions are all committed), then until no
 * check job is left either (`queueMs`: the jobs end after their decisions' events are sent).
 * Null when `timeoutMs` passes first.
 */
async function waitForDrain(
  queue: Queue,
  sequelize: Sequelize,
  from: number,
  timeoutMs: number,
): Promise<{ ms: number | null; queueMs: number | null; last: Backlog }> {
  let ms: number | null = null;
  for (;;) {
    const last = await backlog(queue, sequelize);
    const elapsed = nowMs() - from;
    if (ms === null && last.checkPending === 0) ms = elapsed;
    if (ms !== null && last.waiting + last.active + last.delayed === 0) return { ms, queueMs: elapsed, last };
    if (elapsed > timeoutMs) return { ms, queueMs: null, last };
    await sleep(20);
  }
}

/** Before the load: the workers' start-up work (search lexicon, reconciliations) must be done. */
async function waitForIdle(queues: Queue[], moderation: Queue, sequelize: Sequelize): Promise<number> {
  const started = nowMs();
  for (;;) {
    const [work, ...others] = await Promise.all([
      backlog(moderation, sequelize),
      ...queues.map((queue) => queue.getJobCounts('waiting', 'active', 'prioritized')),
    ]);
    const busy = others.reduce((sum, c) => sum + (c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0), 0);
    if (work.checkPending + work.waiting + work.active + busy === 0) return round((nowMs() - started) / 1_000);
    if (nowMs() - started > settings.idleTimeout * 1_000) {
      throw new Error(
        `The workers were still busy after ${settings.idleTimeout} s: ${JSON.stringify(work)}, ${busy} other jobs ` +
          '(raise BENCH_MOD_IDLE_TIMEOUT)',
      );
    }
    await sleep(250);
  }
}

// ---------------------------------------------------------------------------------------------
// Results

interface Outcome {
  status: string;
  checkPending: boolean;
  reasons: string[];
  /** Epoch milliseconds of the worker's decision (the answer's last save). */
  decidedAt: number;
  /** An automated case was opened: held, or published for review. */
  autoCase: boolean;
}

async function outcomes(sequelize: Sequelize, ids: number[]): Promise<Map<number, Outcome>> {
  const rows = await sequelize.query<{
    id: number;
    status: string;
    checkPending: boolean;
    reasons: { check: string }[];
    updatedAt: Date;
    autoCase: boolean;
  }>(
    `SELECT a.id, a.status, a.check_pending AS "checkPending", a.moderation_reasons AS reasons,
            a.updated_at AS "updatedAt",
            EXISTS (SELECT 1 FROM moderation_cases c
                    WHERE c.kind = 'auto' AND c.target_type = 'answer' AND c.target_id = a.id) AS "autoCase"
     FROM answers a WHERE a.id IN (:ids)`,
    { replacements: { ids: ids.length ? ids : [0] }, type: QueryTypes.SELECT },
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        status: row.status,
        checkPending: row.checkPending,
        reasons: row.reasons.map((reason) => reason.check),
        decidedAt: new Date(row.updatedAt).getTime(),
        autoCase: row.autoCase,
      },
    ]),
  );
}

/** What a visitor's question page shows: the answer ids of every benchmark question. */
async function visitorPages(base: string, questionIds: number[]): Promise<{ ids: Set<number>; failed: number }> {
  const ids = new Set<number>();
  let failed = 0;
  for (let i = 0; i < questionIds.length; i += 10) {
    await Promise.all(
      questionIds.slice(i, i + 10).map(async (id) => {
        const res = await fetch(`${base}/api/questions/${id}`);
        if (res.status !== 200) {
          failed += 1;
          return;
        }
        const page = (await res.json()) as { answers: { id: number }[] };
        for (const answer of page.answers) ids.add(answer.id);
      }),
    );
  }
  return { ids, failed };
}

/** Decisions per second of epoch time over [from, to), from the answers' decision times. */
function perSecond(times: number[], from: number, to: number): number[] {
  const buckets = new Array<number>(Math.max(1, Math.ceil((to - from) / 1_000))).fill(0);
  for (const at of times) if (at >= from && at < to) buckets[Math.floor((at - from) / 1_000)]! += 1;
  return buckets;
}

const met = (ok: boolean | null) => (ok === null ? 'n/a (not the target rate and duration)' : ok ? 'met' : 'missed');

function firstBy<T extends [number, number, ...unknown[]]>(events: T[], keep: (event: T) => boolean): Map<number, T> {
  const first = new Map<number, T>();
  for (const event of events) {
    if (!keep(event)) continue;
    const seen = first.get(event[0]);
    if (!seen || event[1] < seen[1]) first.set(event[0], event);
  }
  return first;
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
  const moderationQueue = new Queue(QUEUE_NAMES.moderation, { connection: queueConnection });
  const otherQueues = [QUEUE_NAMES.search, QUEUE_NAMES.reputation].map(
    (name) => new Queue(name, { connection: queueConnection }),
  );
  stopOnSignalsAndExit(() => server, {
    stopping: 'the server, the workers and the clients',
    cleanup: () => {
      clients?.kill();
      if (workers && workers.child.exitCode === null) workers.child.kill('SIGTERM');
      // A burst interrupted while the queue was paused must not leave it paused for the next run.
      void moderationQueue.resume().catch(() => undefined);
    },
  });

  try {
    console.log(
      `Plan: ${plan.main} answers at ${settings.rate}/s (${settings.warmup} s warm-up, ${settings.duration} s measured)` +
        `${settings.burst ? `, then ${settings.burst} with the queue paused` : ''}; ${plan.authors} authors, ` +
        `${settings.questions} questions, ${settings.cleanPercent} % clean`,
    );
    if (plan.generatorMismatches.length > 0) {
      console.warn(
        `  warning: ${plan.generatorMismatches.length} generated texts do not get their intended verdict alone, e.g. ` +
          JSON.stringify(plan.generatorMismatches.slice(0, 3)),
      );
    }
    const dataset = await prepareDataset(sequelize, settings.size);
    const versions = await serviceVersions(sequelize, settings.redisUrl);
    process.stdout.write(`Moderation data set (${plan.authors} authors, ${settings.questions} questions)… `);
    const modData = await ensureModerationDataset(sequelize, { authors: plan.authors, questions: settings.questions });
    console.log(
      `${modData.seeded ? 'seeded' : 'already there'}, ${modData.deletedAnswers} answers of earlier runs deleted ` +
        `(${modData.seconds} s)`,
    );
    // Jobs an interrupted run left behind, and its pause, if any.
    await moderationQueue.obliterate({ force: true });
    await moderationQueue.resume();

    const sessionSecret = randomBytes(30).toString('base64url');
    const profileArgs = (name: string) =>
      settings.profile
        ? // A directory each: tsx's loader thread writes a profile of its own next to the main thread's.
          ['--cpu-prof', `--cpu-prof-dir=${path.join(RESULTS_DIR, `moderation-${stamp}-${name}-profiles`)}`]
        : [];
    // Not a BENCH_* name: the report prints those.
    process.env.LOAD_BENCH_SESSION_SECRET = sessionSecret;
    // pg names each connection after PGAPPNAME: the server's backends can be told apart.
    process.env.PGAPPNAME = 'modbench-server';
    server = startServer({
      port: settings.port,
      databaseUrl: settings.databaseUrl,
      redisUrl: settings.redisUrl,
      logFile: serverLogFile('moderation', stamp, settings.port),
      preload: ['./bench/lib/session-secret.ts'],
      nodeArgs: profileArgs('server'),
      stopGraceMs: 15_000,
    });
    process.env.PGAPPNAME = 'modbench';
    await waitUntilReady(server);
    const workersLog = path.join(RESULTS_DIR, `moderation-${stamp}-workers.log`);
    console.log(`Starting the workers (log: ${path.relative(ROOT, workersLog)})…`);
    workers = startWorkers({
      databaseUrl: settings.databaseUrl,
      redisUrl: settings.redisUrl,
      sessionSecret,
      logFile: workersLog,
      appName: 'modbench-workers',
      nodeArgs: profileArgs('workers'),
    });
    await waitUntilWorking(workers, moderationQueue);
    process.stdout.write('· waiting for the workers’ start-up work (search lexicon, reconciliation)… ');
    console.log(`done in ${await waitForIdle(otherQueues, moderationQueue, sequelize)} s`);

    process.stdout.write(`· logging in ${plan.authors} authors… `);
    const loginStarted = nowMs();
    const sessions = await loginAll(
      server.base,
      modData.authors.map((a) => a.email),
    );
    console.log(`done in ${round((nowMs() - loginStarted) / 1_000)} s`);

    clients = await ClientProcess.start(ROOT);
    const origin = process.env.PUBLIC_ORIGIN || `http://localhost:${settings.port}`;
    const connectStarted = nowMs();
    const connection = await clients.connect({
      url: server.base,
      origin,
      authors: sessions.map(({ userId, cookie }) => ({ userId, cookie })),
      rooms: modData.questionIds.map((id) => `question:${id}`),
      batch: settings.connectBatch,
    });
    console.log(
      `· ${connection.authors}/${plan.authors} author sockets and ${connection.observers} observers ` +
        `(${connection.rooms} question rooms) connected in ${round((nowMs() - connectStarted) / 1_000)} s` +
        (connection.failed ? ` (${connection.failed} failed: ${connection.errors.join('; ')})` : ''),
    );
    if (connection.rooms !== settings.questions) throw new Error('Not every question room has its observer');
    await sleep(1_000);
    await clients.reset();

    // Job times and decision times are Date.now(); receipts are nowMs(): the offset between the two clocks.
    const epochOffset = Date.now() - nowMs();
    const jobSampler = new CompletedJobSampler(moderationQueue, settings.sampleMs * 2);
    const backlogSampler = new BacklogSampler(moderationQueue, sequelize, settings.sampleMs, nowMs);
    const benchLoop = monitorEventLoopDelay({ resolution: 10 });
    const cpuGroups = {
      server: [server.child.pid!],
      workers: [workers.child.pid!],
      bench: [process.pid],
      clients: [clients.child.pid!],
    };
    const cpuSampler = new CpuSampler(cpuGroups, 1_000, nowMs);
    let cpuStart: CpuSnapshot | undefined;
    let loadAtMeasure: number[] = [];
    const failedBefore = (await moderationQueue.getJobCounts('failed')).failed ?? 0;

    const mainPosts = plan.posts.slice(0, plan.main);
    process.stdout.write(
      `· answers at ${settings.rate}/s for ${settings.warmup} s of warm-up and ${settings.duration} s measured… `,
    );
    jobSampler.start();
    backlogSampler.start();
    cpuSampler.start();
    const loadStart = nowMs();
    const sending = await sendAtRate(server.base, mainPosts, sessions, modData.questionIds, () => {
      benchLoop.enable();
      cpuStart = cpuSnapshot(cpuGroups);
      loadAtMeasure = loadAverage();
      void serverLoopDelay(server!.base);
    });
    const cpuEnd = cpuSnapshot(cpuGroups);
    benchLoop.disable();
    const serverLoop = await serverLoopDelay(server.base);
    console.log(`${mainPosts.length} sent in ${round((sending.sendEnd - loadStart) / 1_000)} s`);

    process.stdout.write('· draining… ');
    const drain = await waitForDrain(moderationQueue, sequelize, sending.lastResponse, settings.drainTimeout * 1_000);
    console.log(drain.ms === null ? `not drained after ${settings.drainTimeout} s` : `${round(drain.ms)} ms`);
    // The last events leave the worker with its last decisions: a moment for them to arrive.
    const drainedAt = nowMs();
    await sleep(1_500);
    await backlogSampler.stop();
    cpuSampler.stop();

    // The burst: posted while the queue is paused, then released at once, so that the worker
    // works flat out from the first job to the last. Its delays mean nothing; its pace is the capacity.
    const burstPosts = plan.posts.slice(plan.main);
    let burst: {
      posted: number;
      queued: number;
      drainMs: number | null;
      releasedAt: number;
      cpuPercentOfOneCore: Record<string, number>;
    } | null = null;
    if (burstPosts.length > 0) {
      process.stdout.write(`· burst: ${burstPosts.length} answers posted with the queue paused… `);
      await moderationQueue.pause();
      const burstStart = nowMs();
      await sendAll(server.base, burstPosts, sessions, modData.questionIds);
      const posted = burstPosts.filter((post) => post.status === 201).length;
      const queued = (await backlog(moderationQueue, sequelize)).waiting;
      process.stdout.write(
        `${posted} posted in ${round((nowMs() - burstStart) / 1_000)} s, ${queued} queued; released… `,
      );
      const burstCpu = cpuSnapshot(cpuGroups);
      const releasedAt = nowMs();
      await moderationQueue.resume();
      const burstDrain = await waitForDrain(moderationQueue, sequelize, releasedAt, settings.drainTimeout * 1_000);
      const burstCpuPercent = cpuPercent(burstCpu, cpuSnapshot(cpuGroups));
      console.log(
        burstDrain.ms === null
          ? `not drained after ${settings.drainTimeout} s`
          : `checked in ${round(burstDrain.ms)} ms`,
      );
      burst = { posted, queued, drainMs: burstDrain.ms, releasedAt, cpuPercentOfOneCore: burstCpuPercent };
      await sleep(1_500);
    }
    await jobSampler.stop();
    const report: ClientReport = await clients.report();
    const failedAfter = (await moderationQueue.getJobCounts('failed')).failed ?? 0;

    // -------------------------------------------------------------------------------------------
    process.stdout.write('· checking every answer’s outcome and the visitors’ pages… ');
    const created = plan.posts.filter((post) => post.answerId !== null);
    const outcome = await outcomes(
      sequelize,
      created.map((post) => post.answerId!),
    );
    const pages = await visitorPages(server.base, modData.questionIds);
    console.log('done');

    const publishedIds = new Set([...outcome].filter(([, o]) => o.status === 'published').map(([id]) => id));
    const heldIds = new Set(
      [...outcome].filter(([, o]) => o.status === 'pending' && !o.checkPending).map(([id]) => id),
    );
    const firstPublic = firstBy(
      report.publicEvents,
      ([, , event, status]) => event === 'answer:created' && status === 'published',
    );
    const firstStatus = firstBy(report.statusEvents, () => true);
    const jobs = jobSampler.jobs;

    // Delays, measured posts only.
    const measured = plan.posts.filter((post) => post.phase === 'measured');
    const measuredOk = measured.filter((post) => post.status === 201);
    const cleanDelays: number[] = [];
    const cleanFromResponse: number[] = [];
    const cleanAuthorDelays: number[] = [];
    const heldDelays: number[] = [];
    const segments = {
      toEnqueued: [] as number[],
      pickup: [] as number[],
      toDecision: [] as number[],
      toEvent: [] as number[],
      jobRun: [] as number[],
    };
    let cleanMissing = 0;
    let heldMissing = 0;
    for (const post of measuredOk) {
      const id = post.answerId!;
      const status = firstStatus.get(id);
      if (post.kind === 'clean' && publishedIds.has(id)) {
        const event = firstPublic.get(id);
        if (status && status[2] === 'published') cleanAuthorDelays.push(status[1] - post.startedAt);
        if (!event) {
          cleanMissing += 1;
          continue;
        }
        cleanDelays.push(event[1] - post.startedAt);
        cleanFromResponse.push(event[1] - post.respondedAt);
        const job: SampledJob | undefined = jobs.get(id);
        const decidedAt = outcome.get(id)!.decidedAt;
        if (job) {
          segments.toEnqueued.push(job.timestamp - (post.startedAt + epochOffset));
          segments.pickup.push(job.processedOn - job.timestamp);
          segments.toDecision.push(decidedAt - job.processedOn);
          segments.jobRun.push(job.finishedOn - job.processedOn);
        }
        segments.toEvent.push(event[1] + epochOffset - decidedAt);
      } else if (post.kind !== 'clean' && heldIds.has(id)) {
        if (status && status[2] === 'pending') heldDelays.push(status[1] - post.startedAt);
        else heldMissing += 1;
      }
    }

    // Verdicts and leaks, every post of the run (warm-up and burst included).
    const byKind = new Map<
      PostKind,
      { posts: number; published: number; held: number; review: number; expected: number; other: number }
    >();
    for (const kind of ['clean', ...DIRTY_KINDS] as PostKind[]) {
      byKind.set(kind, { posts: 0, published: 0, held: 0, review: 0, expected: 0, other: 0 });
    }
    const reasonCounts: Record<string, number> = {};
    for (const post of created) {
      const row = byKind.get(post.kind)!;
      const o = outcome.get(post.answerId!);
      row.posts += 1;
      if (!o) continue;
      if (o.status === 'published') {
        row.published += 1;
        if (o.autoCase) row.review += 1;
      } else if (heldIds.has(post.answerId!)) {
        row.held += 1;
        if (post.kind !== 'clean' && o.reasons.includes(EXPECTED_CHECK[post.kind as DirtyKind])) row.expected += 1;
        for (const reason of o.reasons)
          reasonCounts[`${post.kind}:${reason}`] = (reasonCounts[`${post.kind}:${reason}`] ?? 0) + 1;
      } else row.other += 1;
    }
    const cleanHeld = byKind.get('clean')!.held;
    const dirtyPublished = DIRTY_KINDS.reduce((sum, kind) => sum + byKind.get(kind)!.published, 0);
    const kindOf = new Map(created.map((post) => [post.answerId!, post.kind]));
    const leakedIds = new Set(report.publicEvents.filter(([id]) => !publishedIds.has(id)).map(([id]) => id));
    const heldLeaks = [...leakedIds].filter((id) => heldIds.has(id)).length;
    const nonPublishedEvents = report.publicEvents.filter(
      ([, , event, status]) => event !== 'answer:removed' && status !== 'published',
    ).length;
    const heldOnPages = [...heldIds].filter((id) => pages.ids.has(id)).length;
    const publishedMissingFromPages = [...publishedIds].filter((id) => !pages.ids.has(id)).length;
    const dirtyPublishedInPublic = [...publishedIds].filter(
      (id) => kindOf.get(id) !== 'clean' && firstPublic.has(id),
    ).length;

    // The worker's pace: its decisions per second, from the answers' decision times.
    const measureStartEpoch = sending.measureStart + epochOffset;
    const sendEndEpoch = sending.sendEnd + epochOffset;
    const windowSeconds = (sending.sendEnd - sending.measureStart) / 1_000;
    const mainDecisions = mainPosts.flatMap((post) => {
      const o = post.answerId === null ? undefined : outcome.get(post.answerId);
      return o && !o.checkPending ? [o.decidedAt] : [];
    });
    const duringLoad = perSecond(mainDecisions, measureStartEpoch, sendEndEpoch).slice(0, Math.floor(windowSeconds));
    const underLoad = {
      mean: round(mainDecisions.filter((at) => at >= measureStartEpoch && at < sendEndEpoch).length / windowSeconds),
      min1s: duringLoad.length ? Math.min(...duringLoad) : null,
      max1s: duringLoad.length ? Math.max(...duringLoad) : null,
    };
    let capacity: {
      checked: number;
      seconds: number;
      perSecond: number;
      steady1s: number[];
      jobRunMs: Stats | null;
    } | null = null;
    if (burst && burst.drainMs !== null && burstPosts.some((post) => post.answerId !== null)) {
      const releasedEpoch = burst.releasedAt + epochOffset;
      const decisions = burstPosts.flatMap((post) => {
        const o = post.answerId === null ? undefined : outcome.get(post.answerId);
        return o && !o.checkPending ? [o.decidedAt] : [];
      });
      const last = Math.max(...decisions);
      const buckets = perSecond(decisions, releasedEpoch, last + 1);
      capacity = {
        checked: decisions.length,
        seconds: round((last - releasedEpoch) / 1_000, 2),
        perSecond: round(decisions.length / ((last - releasedEpoch) / 1_000)),
        // Whole seconds only: the last one is partial.
        steady1s: buckets.slice(0, -1),
        // Concurrent jobs share one process: under saturation a job's run time is mostly waiting its turn.
        jobRunMs: stats(
          burstPosts.flatMap((post) => {
            const job = post.answerId === null ? undefined : jobs.get(post.answerId);
            return job ? [job.finishedOn - job.processedOn] : [];
          }),
        ),
      };
    }
    const backlogs = backlogSampler.samples;
    // The measured window only: a long warm-up's start-up backlog is not the steady state.
    const measuredBacklogs = backlogs.filter((s) => s.at >= sending.measureStart);
    const maxBacklog = Math.max(0, ...measuredBacklogs.map((s) => s.checkPending));
    const maxBacklogWithWarmup = Math.max(0, ...backlogs.map((s) => s.checkPending));
    const maxWaiting = Math.max(0, ...measuredBacklogs.map((s) => s.waiting));

    // Second by second, from the first post to the drain: what was sent, what the worker decided,
    // how many posts awaited their check, and who had the CPU.
    const timeline = Array.from({ length: Math.ceil((drainedAt - loadStart) / 1_000) }, (_, second) => {
      const from = loadStart + second * 1_000;
      const within = (at: number) => at >= from && at < from + 1_000;
      const cpuAt = cpuSampler.samples.find((sample) => sample.at > from && sample.at <= from + 1_000)?.percent ?? {};
      return {
        second,
        sent: mainPosts.filter((post) => within(post.startedAt)).length,
        decided: mainDecisions.filter((at) => within(at - epochOffset)).length,
        awaitingCheck: Math.max(0, ...backlogs.filter((b) => within(b.at)).map((b) => b.checkPending)),
        cpu: {
          workers: cpuAt.workers,
          server: cpuAt.server,
          postgres: cpuAt.postgres,
          machine: cpuAt.machineBusyOfAllCores,
        },
      };
    });
    const timelineTable = [
      '| Seconds | Sent/s | Checked/s | Max awaiting check | CPU workers % | server % | postgres % | machine, % of all cores |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...Array.from({ length: Math.ceil(timeline.length / 3) }, (_, k) => {
        const slice = timeline.slice(k * 3, k * 3 + 3);
        const mean = (values: (number | undefined)[]) => {
          const known = values.filter((v): v is number => v !== undefined);
          return known.length ? round(known.reduce((a, b) => a + b, 0) / known.length, 0) : '–';
        };
        return (
          `| ${k * 3}–${k * 3 + slice.length} | ${mean(slice.map((t) => t.sent))} | ${mean(slice.map((t) => t.decided))} | ` +
          `${Math.max(...slice.map((t) => t.awaitingCheck))} | ${mean(slice.map((t) => t.cpu.workers))} | ` +
          `${mean(slice.map((t) => t.cpu.server))} | ${mean(slice.map((t) => t.cpu.postgres))} | ` +
          `${mean(slice.map((t) => t.cpu.machine))} |`
        );
      }),
    ].join('\n');

    const cleanStats = stats(cleanDelays);
    const heldStats = stats(heldDelays);
    const http = stats(measured.map((post) => post.respondedAt - post.startedAt));
    const lateness = stats(measured.map((post) => post.startedAt - post.scheduledAt));
    const statuses: Record<string, number> = {};
    for (const post of measured) statuses[post.status] = (statuses[post.status] ?? 0) + 1;
    const allStatuses: Record<string, number> = {};
    for (const post of plan.posts) allStatuses[post.status] = (allStatuses[post.status] ?? 0) + 1;
    const errors = [...new Set(plan.posts.flatMap((post) => (post.error ? [post.error] : [])))].slice(0, 5);
    const sentRate = round(measured.length / windowSeconds);
    const cpu = cpuStart ? cpuPercent(cpuStart, cpuEnd) : {};
    const segmentStats = {
      postToEnqueued: stats(segments.toEnqueued),
      enqueuedToPickedUp: stats(segments.pickup),
      pickedUpToDecision: stats(segments.toDecision),
      decisionToEvent: stats(segments.toEvent),
      jobRun: stats(segments.jobRun),
      linked: segments.toEnqueued.length,
    };

    const atTarget = settings.rate >= TARGETS.rate && settings.duration >= TARGETS.seconds;
    const targets = {
      cleanP99: cleanStats && atTarget ? cleanStats.p99 <= TARGETS.cleanP99Ms && cleanMissing === 0 : null,
      noLeak: heldLeaks === 0 && nonPublishedEvents === 0 && heldOnPages === 0,
      verdicts: cleanHeld === 0 && dirtyPublished === 0,
    };

    const table = [
      '| Measure | Count | p50 (ms) | p99 (ms) | Max (ms) | Target |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      statRow(
        'Clean answer: POST sent → `answer:created` (published) in `question:{id}`',
        cleanStats,
        `p99 ≤ ${TARGETS.cleanP99Ms} ms: ${met(targets.cleanP99)}`,
      ),
      statRow('Clean answer: POST response → `answer:created`', stats(cleanFromResponse), '–'),
      statRow('Clean answer: POST sent → `post:status` (published) to its author', stats(cleanAuthorDelays), '–'),
      statRow('Held answer: POST sent → `post:status` (pending, reasons) to its author', heldStats, '–'),
      statRow('HTTP POST /api/questions/:id/answers (all measured posts)', http, '–'),
    ].join('\n');
    const summary = [
      '| Posts measured (201) | Sent/s | Non-2xx | Clean held | Dirty published | Held answers in public rooms | ' +
        'Worker checks/s under load (mean, min–max 1 s) | Max posts awaiting check | Drain after load (ms) | ' +
        'Worker capacity (checks/s, queue released) |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${measured.length} (${measuredOk.length}) | ${sentRate} | ${measured.length - measuredOk.length} | ` +
        `${cleanHeld} | ${dirtyPublished} | ${heldLeaks} | ${underLoad.mean} (${fmt(underLoad.min1s)}–${fmt(underLoad.max1s)}) | ` +
        `${maxBacklog} | ${drain.ms === null ? `> ${settings.drainTimeout * 1_000}` : round(drain.ms, 0)} | ` +
        `${capacity ? `${capacity.perSecond} (${capacity.checked} in ${capacity.seconds} s)` : '–'} |`,
    ].join('\n');
    const verdicts = [
      '| Kind | Posts | Published | of which with a review case | Held | Held with the expected check |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...[...byKind].map(
        ([kind, row]) =>
          `| ${kind === 'clean' ? 'clean' : `${kind} (${EXPECTED_CHECK[kind]})`} | ${row.posts} | ${row.published} | ` +
          `${row.review} | ${row.held} | ${kind === 'clean' ? '–' : row.expected} |`,
      ),
    ].join('\n');
    const where = [
      '| POST sent → job enqueued | Enqueued → picked up | Picked up → decision saved | Decision saved → event received | Job run |',
      '| ---: | ---: | ---: | ---: | ---: |',
      `| ${[
        segmentStats.postToEnqueued,
        segmentStats.enqueuedToPickedUp,
        segmentStats.pickedUpToDecision,
        segmentStats.decisionToEvent,
        segmentStats.jobRun,
      ]
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
      command: commandLine('bench:moderation', 'bench/moderation/run.ts'),
      code: codeVersion(),
      machine: { ...machine(), loadAverage: { start: loadAtStart, atMeasureStart: loadAtMeasure, end: loadAverage() } },
      services: versions,
      settings: {
        ...settings,
        databaseUrl: redactUrl(settings.databaseUrl),
        redisUrl: redactUrl(settings.redisUrl),
        plan: { main: plan.main, burst: settings.burst, authors: plan.authors, maxPostsPerAuthor: 2 },
        server: {
          command: `node ${server.args.join(' ')}`,
          env: { PORT: settings.port, NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMITS: 'off' },
        },
        workers: {
          command: `node ${workers.args.join(' ')}`,
          env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMITS: 'off' },
        },
        loadGenerator:
          'answers from the benchmark process (fetch, open loop, evenly spaced); one forked client process holding ' +
          'one logged-in socket.io-client connection per author and anonymous observers of every question room; ' +
          'all on the same machine',
      },
      dataset,
      moderationDataset: {
        seeded: modData.seeded,
        authors: plan.authors,
        questions: settings.questions,
        deletedAnswers: modData.deletedAnswers,
      },
      generatorMismatches: plan.generatorMismatches,
      posts: {
        total: plan.posts.length,
        created: created.length,
        allStatuses,
        measured: measured.length,
        measuredOk: measuredOk.length,
        measuredStatuses: statuses,
        errors,
        sentPerSecond: sentRate,
        httpMs: http,
        sendLatenessMs: lateness,
        maxInFlight: sending.maxInFlight,
        blockedOnInFlightCapMs: round(sending.blockedMs),
      },
      delays: {
        cleanFromRequestMs: cleanStats,
        cleanFromResponseMs: stats(cleanFromResponse),
        cleanAuthorStatusMs: stats(cleanAuthorDelays),
        cleanMissingEvent: cleanMissing,
        heldFromRequestMs: heldStats,
        heldMissingStatus: heldMissing,
        segmentsMs: segmentStats,
      },
      verdicts: {
        byKind: Object.fromEntries(byKind),
        reasons: reasonCounts,
        cleanHeld,
        dirtyPublished,
        dirtyPublishedSeenInPublic: dirtyPublishedInPublic,
        stillPending: [...outcome.values()].filter((o) => o.checkPending).length,
      },
      leaks: {
        heldAnswersInPublicRooms: heldLeaks,
        publicEventsOfUnpublishedAnswers: nonPublishedEvents,
        heldAnswersOnVisitorPages: heldOnPages,
        publishedAnswersMissingFromVisitorPages: publishedMissingFromPages,
        visitorPagesFailed: pages.failed,
      },
      worker: {
        underLoad,
        perSecondDuringLoad: duringLoad,
        capacity,
        burst,
        drainAfterLoadMs: drain.ms === null ? null : round(drain.ms),
        queueEmptyAfterLoadMs: drain.queueMs === null ? null : round(drain.queueMs),
        drainLast: drain.last,
        maxPostsAwaitingCheck: maxBacklog,
        maxPostsAwaitingCheckWithWarmup: maxBacklogWithWarmup,
        maxJobsWaiting: maxWaiting,
        jobsSampled: jobs.size,
        jobsListedButGone: jobSampler.lost,
        failedDuringRun: failedAfter - failedBefore,
      },
      realtime: {
        sockets: {
          authors: connection.authors,
          observers: connection.observers,
          failed: connection.failed,
          errors: connection.errors,
        },
        stillConnected: { authors: report.authorsConnected, observers: report.observersConnected },
        droppedSockets: report.droppedSockets,
        eventsReceived: report.events,
      },
      cpuPercentOfOneCore: cpu,
      serverLoopDelayMs: serverLoop,
      benchLoopDelayMs: loopDelayOf(benchLoop),
      clientLoopDelayMs: report.loopDelayMs,
      timeline,
      backlog: backlogs.map((s) => ({ ...s, at: round(s.at - loadStart) })),
      logs: {
        server: path.relative(ROOT, server.logFile),
        serverErrorLines,
        workers: path.relative(ROOT, workers.logFile),
        workerWarnLines,
      },
      targets,
      table,
      summary,
      verdictTable: verdicts,
      where,
      timelineTable,
    };
    const file = await writeReport('moderation', stamp, result);

    console.log(`\n${table}\n\n${summary}\n\nVerdicts (every post of the run):\n\n${verdicts}\n`);
    console.log(`Clean answers, where the time goes (p50 / p99, ms):\n\n${where}\n`);
    console.log(
      `From the first post to the drain (means over 3 s; the first ${settings.warmup} s are the warm-up):\n\n${timelineTable}\n`,
    );
    console.log(
      `Held answers in public rooms: ${heldLeaks} (events of unpublished answers: ${nonPublishedEvents}); ` +
        `on visitors' pages: ${heldOnPages}; published answers missing from visitors' pages: ${publishedMissingFromPages}; ` +
        `missing events: ${cleanMissing} clean, ${heldMissing} held; posts still awaiting their check: ${result.verdicts.stillPending}`,
    );
    console.log(
      `Targets: clean p99 ≤ ${TARGETS.cleanP99Ms} ms ${met(targets.cleanP99)}; no held answer in public: ` +
        `${targets.noLeak ? 'met' : 'missed'}; verdicts as intended: ${targets.verdicts ? 'met' : 'missed'}`,
    );
    console.log(`CPU over the measured window, % of one core: ${cpuLine}`);
    if (burst && capacity) {
      console.log(
        `Worker capacity: ${capacity.perSecond} checks/s over ${capacity.seconds} s (whole seconds: ` +
          `${capacity.steady1s.join(', ')}), job run p50 / p99 ${fmt(capacity.jobRunMs?.p50)} / ` +
          `${fmt(capacity.jobRunMs?.p99)} ms; CPU, % of one core: ` +
          Object.entries(burst.cpuPercentOfOneCore)
            .map(([group, percent]) => `${group} ${percent} %`)
            .join(', '),
      );
    }
    console.log(
      `Event-loop delay p99 (ms): server ${fmt(serverLoop?.p99Ms)}, benchmark ${result.benchLoopDelayMs.p99}, ` +
        `client process ${report.loopDelayMs.p99}; posts left late by p99 ${fmt(lateness?.p99)} ms, ` +
        `at most ${sending.maxInFlight} in flight`,
    );
    console.log(
      `Check jobs sampled ${jobs.size}, failed during the run ${failedAfter - failedBefore}; ` +
        `log lines: server errors ${serverErrorLines}, worker warnings ${workerWarnLines}`,
    );
    console.log(machineLine({ ...result.machine, loadAverage: result.machine.loadAverage }, versions));
    console.log(`Results: ${file}`);
  } finally {
    clients?.kill();
    if (workers) await stopWorkers(workers);
    if (server) await stopServer(server);
    await moderationQueue.resume().catch(() => undefined);
    await moderationQueue.close();
    for (const queue of otherQueues) await queue.close();
    queueConnection.disconnect();
    await sequelize.close();
  }
}

runBenchmark(main);
