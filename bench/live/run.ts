// Live-session benchmark: one live session of a partner organisation with its experts, 2 000
// audience sockets watching it from several forked processes, 50 audience questions a minute
// submitted by members, checked by the workers and approved by the organisation's moderator as
// soon as each reaches the queue, and 20 upvotes a second on the approved questions from distinct
// members. It measures how long each approval and each vote take to reach every audience socket,
// and where that time goes. `npm run bench:live`; see bench/README.md.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QueryTypes, type Sequelize } from 'sequelize';
import { QUEUE_NAMES } from '../../server/contracts/jobs';
import { ensureServices } from '../../server/infra/services';
import { bullConnection } from '../../server/queues';
import { voteWindowMs } from '../../server/realtime/scoreBatches';
import { loadReputationRules } from '../../server/reputation/rules';
import { benchEmail } from '../http/dataset';
import { companies, questionAsks, questionClosings, situationSentences } from '../http/phrases';
import { cpuPercent, cpuSnapshot, type CpuSnapshot } from '../lib/cpu';
import { checkServiceTargets, datasetSize, numberEnv } from '../lib/env';
import { LOOP_RESOLUTION_MS, loopDelayOf } from '../lib/loopDelay';
import { loginAll, type BenchUser } from '../lib/login';
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
} from '../lib/report';
import {
  beginRun,
  openDatabase,
  prepareDataset,
  runBenchmark,
  serverLogFile,
  stopOnSignalsAndExit,
  writeReport,
} from '../lib/run';
import { startServer, stopServer, waitUntilReady, type ServerProcess } from '../lib/server';
import { stats, type Stats } from '../lib/stats';
import { sleep } from '../lib/time';
import { startWorkers, stopWorkers, waitUntilWorking, type WorkersProcess } from '../lib/workers';
import { nowMs } from '../realtime/protocol';
import {
  ensureLiveStaff,
  freshDay,
  moderatorEmail,
  questionBody,
  retireEarlierRuns,
  SESSION_TAGS,
  unfinishedSessions,
  userIds,
} from './dataset';
import { Histogram, type HistogramStats } from './histogram';
import { AudiencePool, killAll, ModeratorProcess } from './processes';
import type { ApprovalTiming, AudienceResults, Deliveries, Reach, ScoreMode, VoteTiming } from './protocol';
import { meanActive, pgCounters, redisInfo, Sampler } from './samplers';
import type { ProbeBroadcast, ProbeLoopSample } from './server-probe';

const settings = {
  databaseUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/entraide_live_bench',
  redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379/2',
  port: numberEnv('BENCH_PORT', 3105),
  /**
   * Server instances on ports `port`, `port + 1`…, as behind a load balancer: the audience
   * processes' sockets and the benchmark's requests are spread over them in turn.
   */
  servers: numberEnv('BENCH_LIVE_SERVERS', 1),
  /**
   * With several instances, `1` gives the HTTP API the last one and the sockets the others (a load
   * balancer routing /socket.io and /api to two pools): requests then never wait behind a write
   * to the audience in the same event loop.
   */
  splitApi: process.env.BENCH_LIVE_SPLIT_API === '1',
  /** Anonymous sockets watching the session, shared by `clientProcesses` processes. */
  audience: numberEnv('BENCH_LIVE_AUDIENCE', 2_000),
  clientProcesses: numberEnv('BENCH_LIVE_CLIENT_PROCS', 4),
  /** The audience processes' niceness: 0 shares the cores equally with the processes under test. */
  clientNice: numberEnv('BENCH_LIVE_CLIENT_NICE', 0, { min: 0 }),
  /** Audience questions a minute, each from another member, evenly spaced. */
  questionsPerMinute: numberEnv('BENCH_LIVE_QUESTIONS_PER_MINUTE', 50, { min: 0.1, integer: false }),
  /** Upvotes a second on approved questions, evenly spaced. */
  voteRate: numberEnv('BENCH_LIVE_VOTE_RATE', 20, { min: 0.1, integer: false }),
  /** Members who vote: vote j is cast by voter j mod voters. */
  voters: numberEnv('BENCH_LIVE_VOTERS', 1_000),
  /** Seconds measured, after `warmup` seconds of the same load that are not. */
  duration: numberEnv('BENCH_LIVE_DURATION', 120, { min: 1, integer: false }),
  warmup: numberEnv('BENCH_LIVE_WARMUP', 15, { min: 0, integer: false }),
  /** A share `hotShare` of the votes goes to the `hotQuestions` latest approved questions, the rest to any. */
  hotQuestions: numberEnv('BENCH_LIVE_HOT_QUESTIONS', 5),
  hotShare: numberEnv('BENCH_LIVE_HOT_SHARE', 0.7, { min: 0, integer: false }),
  /** How the audience takes the scores: as the site's client does, or one `vote:updated` per target. */
  scores: (process.env.BENCH_LIVE_SCORES === 'per-target' ? 'per-target' : 'batched') as ScoreMode,
  /** Claim each question's case before approving it (the API does not require it). */
  claim: process.env.BENCH_LIVE_CLAIM === '1',
  /** Seconds after the load for the last deliveries. */
  drain: numberEnv('BENCH_LIVE_DRAIN', 3, { min: 0, integer: false }),
  connectBatch: numberEnv('BENCH_LIVE_CONNECT_BATCH', 200),
  sampleMs: numberEnv('BENCH_LIVE_SAMPLE_MS', 1_000, { min: 100 }),
  /** Votes awaiting their response at once, at most: bounds an overloaded run. */
  maxInFlight: numberEnv('BENCH_LIVE_MAX_IN_FLIGHT', 200),
  /** Seconds to wait, after the load, for the questions still in the checks or the queue. */
  queueTimeout: numberEnv('BENCH_LIVE_QUEUE_TIMEOUT', 60),
  /** The server probe (./server-probe.ts): when the server wrote each event, its loop second by second. */
  probe: process.env.BENCH_LIVE_PROBE !== '0',
  /** V8 CPU profiles of the server and the workers, written to bench/results/ when they stop. */
  profile: process.env.BENCH_LIVE_PROFILE === '1',
  seed: numberEnv('BENCH_LIVE_SEED', 2026),
  size: datasetSize(),
};

/** The issue's scenario and targets. */
const TARGETS = { audience: 2_000, questionsPerMinute: 50, voteRate: 20, p99Ms: 200 };

// ---------------------------------------------------------------------------------------------
// The plan

interface Plan {
  questions: number;
  votes: number;
  askers: number;
  votesPerVoter: number;
}

/** The soft limit of open files of this process (inherited by the server and the audience processes). */
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

function makePlan(): Plan {
  if (settings.hotShare > 1) throw new Error('BENCH_LIVE_HOT_SHARE must be between 0 and 1');
  const limit = openFilesLimit();
  // The server holds every audience socket, plus its database, Redis and HTTP sockets.
  if (limit !== null && limit < settings.audience + 500) {
    throw new Error(
      `ulimit -n is ${limit}: the server needs about ${settings.audience + 500} file descriptors ` +
        '(raise it with `ulimit -n 10000`, or lower BENCH_LIVE_AUDIENCE).',
    );
  }
  const seconds = settings.warmup + settings.duration;
  const questions = Math.ceil((settings.questionsPerMinute / 60) * seconds);
  const votes = Math.round(settings.voteRate * seconds);
  const votesPerVoter = Math.ceil(votes / settings.voters);
  const rules = loadReputationRules();
  if (votesPerVoter > rules.dailyUpvotes) {
    throw new Error(
      `${settings.voters} voters would cast ${votesPerVoter} upvotes each, above the daily limit of ` +
        `${rules.dailyUpvotes}: raise BENCH_LIVE_VOTERS`,
    );
  }
  // Each question from another member: no flooding, no repeated text, no self-vote (askers never vote).
  const askers = questions;
  if (settings.voters + askers > settings.size.users) {
    throw new Error(`BENCH_USERS must be at least ${settings.voters + askers} (voters and askers)`);
  }
  return { questions, votes, askers, votesPerVoter };
}

/** A small deterministic generator (mulberry32): the same seed picks the same targets. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// HTTP

interface Timed {
  startedAt: number;
  respondedAt: number;
  status: number;
  error?: string;
}

async function timedFetch<T>(
  base: string,
  method: 'POST' | 'GET',
  urlPath: string,
  user: BenchUser,
  payload?: unknown,
): Promise<Timed & { body: T | null }> {
  const startedAt = nowMs();
  try {
    const res = await fetch(`${base}${urlPath}`, {
      method,
      headers: { 'content-type': 'application/json', cookie: user.cookie, 'x-csrf-token': user.csrfToken },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const respondedAt = nowMs();
    const text = await res.text();
    const ok = res.status >= 200 && res.status < 300;
    return {
      startedAt,
      respondedAt,
      status: res.status,
      body: ok && text ? (JSON.parse(text) as T) : null,
      ...(ok ? {} : { error: `${res.status} ${text.slice(0, 200)}` }),
    };
  } catch (error) {
    return { startedAt, respondedAt: nowMs(), status: 0, body: null, error: String(error) };
  }
}

async function apiOk<T>(base: string, method: 'POST' | 'GET', urlPath: string, user: BenchUser, payload?: unknown) {
  const result = await timedFetch<T>(base, method, urlPath, user, payload);
  if (!result.body) throw new Error(`${method} ${urlPath} failed: ${result.error}`);
  return { ...result, body: result.body };
}

// ---------------------------------------------------------------------------------------------
// The load: questions and votes, open loop, evenly spaced

interface LoadWindow {
  t0: number;
  from: number;
  to: number;
}

const inWindow = (at: number, w: LoadWindow) => at >= w.from && at < w.to;

interface QuestionSent extends Timed {
  i: number;
  asker: number;
  questionId: number | null;
}

async function sendQuestions(
  bases: string[],
  sessionId: number,
  askers: BenchUser[],
  plan: Plan,
  window: LoadWindow,
): Promise<QuestionSent[]> {
  const interval = 60_000 / settings.questionsPerMinute;
  const pending: Promise<QuestionSent>[] = [];
  const phrases = { companies, situationSentences, questionAsks, questionClosings };
  for (let i = 0; i < plan.questions; i += 1) {
    const wait = window.t0 + i * interval - nowMs();
    if (wait > 0) await sleep(wait);
    if (nowMs() >= window.to) break;
    pending.push(
      timedFetch<{ question: { id: number } }>(
        bases[i % bases.length]!,
        'POST',
        `/api/sessions/${sessionId}/questions`,
        askers[i]!,
        {
          body: questionBody(sessionId, i, phrases),
          anonymous: i % 4 === 3,
        },
      ).then(({ body, ...timed }) => ({ ...timed, i, asker: i, questionId: body?.question.id ?? null })),
    );
  }
  return Promise.all(pending);
}

interface VoteSent extends Timed {
  j: number;
  voter: number;
  targetId: number;
  scheduledAt: number;
  /** The question's score after the vote, from its response. */
  score: number | null;
}

interface Voting {
  votes: VoteSent[];
  /** Votes due while no approved question was left for their voter (only before the first approvals). */
  skipped: number;
  maxInFlight: number;
  blockedMs: number;
}

/**
 * Vote j is due at j / rate seconds and cast by voter j mod V, on an approved question that voter
 * has not voted on: with probability hotShare one of the latest approved, otherwise any. Open
 * loop: at most `maxInFlight` awaiting their response (a vote then waits for a slot and leaves
 * late); nothing leaves after the measured window.
 */
async function sendVotes(
  bases: string[],
  voters: BenchUser[],
  approved: number[],
  plan: Plan,
  window: LoadWindow,
): Promise<Voting> {
  const interval = 1_000 / settings.voteRate;
  const next = random(settings.seed);
  const votedBy = voters.map(() => new Set<number>());
  const votes: VoteSent[] = [];
  const pending: Promise<void>[] = [];
  let skipped = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let blockedMs = 0;
  let slotFreed: (() => void) | null = null;
  const pick = (voter: number): number | null => {
    if (approved.length === 0) return null;
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const hot = next() < settings.hotShare && approved.length > settings.hotQuestions;
      const pool = hot ? approved.length - settings.hotQuestions : 0;
      const id = approved[pool + Math.floor(next() * (approved.length - pool))]!;
      if (!votedBy[voter]!.has(id)) return id;
    }
    for (let k = approved.length - 1; k >= 0; k -= 1) if (!votedBy[voter]!.has(approved[k]!)) return approved[k]!;
    return null;
  };
  for (let j = 0; j < plan.votes; j += 1) {
    const scheduledAt = window.t0 + j * interval;
    const wait = scheduledAt - nowMs();
    if (wait > 0) await sleep(wait);
    if (nowMs() >= window.to) break;
    if (inFlight >= settings.maxInFlight) {
      const blockedAt = nowMs();
      await new Promise<void>((resolve) => (slotFreed = resolve));
      slotFreed = null;
      blockedMs += nowMs() - blockedAt;
    }
    const voter = j % voters.length;
    const targetId = pick(voter);
    if (targetId === null) {
      skipped += 1;
      continue;
    }
    votedBy[voter]!.add(targetId);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    pending.push(
      timedFetch<{ score: number }>(
        bases[j % bases.length]!,
        'POST',
        `/api/questions/${targetId}/vote`,
        voters[voter]!,
        {
          value: 1,
        },
      )
        .then(({ body, ...timed }) => {
          votes.push({ ...timed, j, voter, targetId, scheduledAt, score: body?.score ?? null });
        })
        .finally(() => {
          inFlight -= 1;
          slotFreed?.();
        }),
    );
  }
  await Promise.all(pending);
  votes.sort((a, b) => a.j - b.j);
  return { votes, skipped, maxInFlight, blockedMs };
}

/** A write and, for one made by several instances, the time they spent writing it, summed. */
type AudienceWrite = ProbeBroadcast | [...ProbeBroadcast, busy: number];
const busyOf = (write: AudienceWrite) => write[6] ?? write[4] - write[3];

/**
 * Every instance writes each event to its own sockets: the probes see one write per instance,
 * joined here into one, from the first instance's start to the last one's end, to all their
 * sockets.
 */
function joinInstanceWrites(broadcasts: ProbeBroadcast[]): AudienceWrite[] {
  if (settings.servers === 1) return broadcasts;
  const joined: AudienceWrite[] = [];
  const open = new Map<string, [...ProbeBroadcast, number]>();
  for (const b of broadcasts) {
    const [event, id, detail, start, end, sockets] = b;
    const key = `${event} ${id} ${detail}`;
    const current = open.get(key);
    // The same event and content shortly after: another instance's part of the same write.
    if (current && start - current[3] < 250) {
      current[4] = Math.max(current[4], end);
      current[5] += sockets;
      current[6] += end - start;
      continue;
    }
    const write: [...ProbeBroadcast, number] = [...b, end - start];
    open.set(key, write);
    joined.push(write);
  }
  return joined;
}

// ---------------------------------------------------------------------------------------------
// Where the time goes: the server's writes (probe) and the events' passage through Redis

/** The worst of the instances' event-loop delays. */
function worstLoop(loops: ({ p99Ms: number; maxMs: number } | null)[]): { p99Ms: number; maxMs: number } | null {
  const known = loops.filter((loop) => loop !== null);
  if (known.length === 0) return null;
  return { p99Ms: Math.max(...known.map((l) => l.p99Ms)), maxMs: Math.max(...known.map((l) => l.maxMs)) };
}

/** A server instance under test and where its probe writes. */
interface RunningInstance {
  server: ServerProcess;
  probeFile: string;
  probeWaiters: (() => void)[];
}

interface Probe {
  broadcasts: ProbeBroadcast[];
  loopSamples: ProbeLoopSample[];
}

/** Each instance's probe, asked for at once, their records together. */
async function readProbes(servers: RunningInstance[]): Promise<Probe | null> {
  if (!settings.probe) return null;
  const probes = await Promise.all(servers.map((instance) => readProbe(instance)));
  if (probes.some((probe) => probe === null)) return null;
  return {
    broadcasts: probes.flatMap((probe) => probe!.broadcasts).sort((a, b) => a[3] - b[3]),
    loopSamples: probes.flatMap((probe) => probe!.loopSamples),
  };
}

async function readProbe({ server, probeFile, probeWaiters }: RunningInstance): Promise<Probe | null> {
  const written = new Promise<void>((resolve) => probeWaiters.push(resolve));
  server.child.kill('SIGUSR2');
  await Promise.race([written, sleep(10_000)]);
  try {
    return JSON.parse(await readFile(probeFile, 'utf8')) as Probe;
  } catch {
    return null;
  } finally {
    await rm(probeFile, { force: true });
  }
}

type StreamEntry = [id: string, fields: string[]];

function fieldsOf([, list]: StreamEntry): Record<string, string> {
  const fields: Record<string, string> = {};
  for (let i = 0; i + 1 < list.length; i += 2) fields[list[i]!] = list[i + 1]!;
  return fields;
}

/** Entries of a stream since `fromEpochMs` (the entry id's time is Redis's clock, in ms). */
async function streamSince(redis: Redis, stream: string, fromEpochMs: number): Promise<StreamEntry[]> {
  const entries: StreamEntry[] = [];
  let start = `${Math.floor(fromEpochMs)}-0`;
  for (;;) {
    const page = (await redis.xrange(stream, start, '+', 'COUNT', 5_000)) as StreamEntry[];
    entries.push(...page);
    if (page.length < 5_000) return entries;
    const [ms, seq] = page[page.length - 1]![0].split('-').map(Number);
    start = `${ms}-${seq! + 1}`;
  }
}

const entryEpochMs = ([id]: StreamEntry) => Number(id.split('-')[0]);

// ---------------------------------------------------------------------------------------------
// Report helpers

const met = (ok: boolean | null) => (ok === null ? 'n/a (not at the issue’s scale)' : ok ? 'met' : 'missed');
const pair = (s: Stats | HistogramStats | null | undefined) => (s ? `${s.p50} / ${s.p99}` : '–');

function mergeDeliveries(parts: Deliveries[]) {
  const fromRequest = new Histogram();
  const fromResponse = new Histogram();
  const fromFanoutStart = new Histogram();
  const fromFanoutEnd = new Histogram();
  const reach: Reach[] = parts[0]?.reach.map(() => ({ count: 0, first: null, last: null })) ?? [];
  for (const part of parts) {
    fromRequest.merge(part.fromRequest);
    fromResponse.merge(part.fromResponse);
    fromFanoutStart.merge(part.fromFanoutStart);
    fromFanoutEnd.merge(part.fromFanoutEnd);
    part.reach.forEach((r, i) => {
      const merged = reach[i]!;
      merged.count += r.count;
      if (r.first !== null && (merged.first === null || r.first < merged.first)) merged.first = r.first;
      if (r.last !== null && (merged.last === null || r.last > merged.last)) merged.last = r.last;
    });
  }
  return { fromRequest, fromResponse, fromFanoutStart, fromFanoutEnd, reach };
}

function deliveryRow(name: string, h: Histogram, missed: number | string, target: string): string {
  const s = h.stats();
  return `| ${name} | ${fmt(s?.count)} | ${fmt(s?.p50)} | ${fmt(s?.p95)} | ${fmt(s?.p99)} | ${fmt(s?.max)} | ${missed} | ${target} |`;
}

function statsRow(name: string, s: Stats | null): string {
  return `| ${name} | ${fmt(s?.count)} | ${fmt(s?.p50)} | ${fmt(s?.p90)} | ${fmt(s?.p99)} | ${fmt(s?.max)} |`;
}

// ---------------------------------------------------------------------------------------------

async function waitForIdleWorkers(sequelize: Sequelize, queue: Queue): Promise<number> {
  const started = nowMs();
  for (;;) {
    const [row] = await sequelize.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM questions WHERE check_pending)::int + (SELECT count(*) FROM answers WHERE check_pending)::int AS n`,
      { type: QueryTypes.SELECT },
    );
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
    if (Number(row!.n) === 0 && (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0) === 0) break;
    if (nowMs() - started > 180_000) throw new Error('The workers had not finished earlier work after 180 s');
    await sleep(250);
  }
  return round((nowMs() - started) / 1_000);
}

/** After the load: until no question of the session awaits its checks or the moderator. */
async function waitForQueue(sequelize: Sequelize, sessionId: number) {
  const started = nowMs();
  for (;;) {
    const [row] = await sequelize.query<{ checking: number; queued: number }>(
      `SELECT count(*) FILTER (WHERE check_pending)::int AS checking,
              count(*) FILTER (WHERE live_state = 'pending' AND live_queued_at IS NOT NULL)::int AS queued
       FROM questions WHERE live_session_id = :sessionId`,
      { replacements: { sessionId }, type: QueryTypes.SELECT },
    );
    if (row!.checking === 0 && row!.queued === 0) return { ms: round(nowMs() - started), left: row };
    if (nowMs() - started > settings.queueTimeout * 1_000) return { ms: null, left: row };
    await sleep(100);
  }
}

async function main(): Promise<void> {
  checkServiceTargets(settings.databaseUrl, settings.redisUrl, 'may empty and reseed');
  const plan = makePlan();
  const { startedAt, stamp, loadAtStart } = await beginRun(settings.port);
  try {
    await ensureServices(settings.databaseUrl, settings.redisUrl);
  } catch (error) {
    throw new Error(
      `PostgreSQL et Redis sont nécessaires au banc d’essai des sessions en direct.\n${(error as Error).message}`,
      { cause: error },
    );
  }
  const sequelize = await openDatabase(settings.databaseUrl, settings.redisUrl);
  const redis = new Redis(settings.redisUrl, { maxRetriesPerRequest: 2 });
  const moderationQueue = new Queue(QUEUE_NAMES.moderation, { connection: bullConnection(settings.redisUrl) });
  const instances: RunningInstance[] = [];
  let workers: WorkersProcess | undefined;
  stopOnSignalsAndExit(() => instances.map((instance) => instance.server), {
    stopping: 'the server, the workers and the client processes',
    cleanup: () => {
      killAll();
      if (workers && workers.child.exitCode === null) workers.child.kill('SIGTERM');
    },
  });

  try {
    const dataset = await prepareDataset(sequelize, settings.size);
    const versions = await serviceVersions(sequelize, settings.redisUrl);
    const staff = await ensureLiveStaff(sequelize);
    const voterIds = await userIds(sequelize, 1, settings.voters);
    const askerIds = await userIds(sequelize, settings.voters + 1, plan.askers);
    await freshDay(sequelize, voterIds, askerIds);

    const sessionSecret = randomBytes(30).toString('base64url');
    // Not a BENCH_* name: the report prints those. The server and the workers share it (user rooms).
    process.env.LOAD_BENCH_SESSION_SECRET = sessionSecret;
    const profileArgs = (name: string) =>
      settings.profile
        ? ['--cpu-prof', `--cpu-prof-dir=${path.join(RESULTS_DIR, `live-${stamp}-${name}-profiles`)}`]
        : [];
    process.env.PGAPPNAME = 'bench-live-server';
    for (let i = 0; i < settings.servers; i += 1) {
      const port = settings.port + i;
      const suffix = settings.servers > 1 ? `-${i + 1}` : '';
      const probeFile = path.join(RESULTS_DIR, `live-${stamp}-probe${suffix}.json`);
      const probeWaiters: (() => void)[] = [];
      const server = startServer({
        port,
        databaseUrl: settings.databaseUrl,
        redisUrl: settings.redisUrl,
        logFile: serverLogFile('live', stamp, port, suffix),
        preload: ['./bench/lib/session-secret.ts', ...(settings.probe ? ['./bench/live/server-probe.ts'] : [])],
        nodeArgs: profileArgs(`server${suffix}`),
        onLine: (line) => {
          if (!line.includes('"liveProbe"')) return false;
          probeWaiters.shift()?.();
          return true;
        },
        stopGraceMs: 15_000,
        env: { LIVE_BENCH_PROBE_FILE: probeFile },
      });
      instances.push({ server, probeFile, probeWaiters });
      // One at a time: each migrates the database at start.
      await waitUntilReady(server);
    }
    process.env.PGAPPNAME = 'bench-live';
    const servers = instances.map((instance) => instance.server);
    const server = servers[0]!;
    const bases = servers.map((instance) => instance.base);
    const split = settings.splitApi && bases.length > 1;
    /** Where the audience's and the moderator's sockets connect, and where requests go. */
    const socketBases = split ? bases.slice(0, -1) : bases;
    const apiBases = split ? bases.slice(-1) : bases;
    const workersLog = path.join(RESULTS_DIR, `live-${stamp}-workers.log`);
    console.log(`Starting the workers (log: ${path.relative(ROOT, workersLog)})…`);
    workers = startWorkers({
      databaseUrl: settings.databaseUrl,
      redisUrl: settings.redisUrl,
      sessionSecret,
      logFile: workersLog,
      appName: 'bench-live-workers',
      nodeArgs: profileArgs('workers'),
    });
    await waitUntilWorking(workers, moderationQueue);
    process.stdout.write('· work left by earlier runs (checks)… ');
    console.log(`done in ${await waitForIdleWorkers(sequelize, moderationQueue)} s`);

    process.stdout.write(`· logging in the moderator, ${plan.askers} askers and ${settings.voters} voters… `);
    const loginStarted = nowMs();
    const [moderatorUser, ...members] = await loginAll(server.base, [
      moderatorEmail,
      ...Array.from({ length: settings.voters + plan.askers }, (_, i) => benchEmail(i + 1)),
    ]);
    const voters = members.slice(0, settings.voters);
    const askers = members.slice(settings.voters);
    console.log(`done in ${round((nowMs() - loginStarted) / 1_000)} s`);

    // A session an interrupted run left open is ended first, through the API.
    for (const leftover of await unfinishedSessions(sequelize, staff.organisationId)) {
      if (leftover.status === 'scheduled') {
        await apiOk(server.base, 'POST', `/api/sessions/${leftover.id}/start`, moderatorUser!);
      }
      await apiOk(server.base, 'POST', `/api/sessions/${leftover.id}/end`, moderatorUser!);
      console.log(`· ended session ${leftover.id}, left open by an earlier run`);
    }
    const created = await apiOk<{ session: { id: number } }>(server.base, 'POST', '/api/sessions', moderatorUser!, {
      title: `Banc d’essai : vos questions en direct (${stamp.slice(0, 16)})`,
      description: 'Session du banc d’essai : droit du travail, fiscalité et trésorerie des petites entreprises.',
      organisationId: staff.organisationId,
      startsAt: new Date(Date.now() + 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      expertIds: staff.expertIds,
      tags: SESSION_TAGS,
    });
    const sessionId = created.body.session.id;
    const retired = await retireEarlierRuns(sequelize, staff.organisationId);
    if (retired) console.log(`· ${retired} questions of earlier runs deleted (they would read as duplicates)`);
    // PostgreSQL may run without autovacuum (this workplace's machines do): the rows earlier runs
    // updated or deleted would then stay as dead rows, and each run would be slower than the last.
    process.stdout.write('· VACUUM (ANALYZE)… ');
    const vacuumStarted = nowMs();
    await sequelize.query('VACUUM (ANALYZE)');
    console.log(`done in ${round((nowMs() - vacuumStarted) / 1_000)} s`);
    await apiOk(server.base, 'POST', `/api/sessions/${sessionId}/start`, moderatorUser!);
    console.log(`· session ${sessionId} live, ${staff.expertIds.length} experts`);

    const audience = await AudiencePool.start(ROOT, settings.clientProcesses, settings.clientNice);
    const connection = await audience.connect(
      socketBases,
      `session:${sessionId}`,
      settings.scores,
      settings.audience,
      settings.connectBatch,
      (n) => process.stdout.write(`\r· audience: ${n}/${settings.audience} connected…   `),
    );
    console.log(
      `\r· audience: ${connection.connected}/${settings.audience} sockets in ${settings.clientProcesses} processes ` +
        `in ${round(connection.seconds)} s` +
        (connection.failed ? ` (${connection.failed} failed: ${connection.errors.join('; ')})` : ''),
    );
    if (connection.connected === 0) throw new Error('No audience socket could connect');
    const moderator = await ModeratorProcess.start(ROOT);
    await moderator.connect({
      type: 'connect',
      url: socketBases[0]!,
      apiUrl: apiBases[0]!,
      origin: process.env.PUBLIC_ORIGIN || `http://localhost:${settings.port}`,
      cookie: moderatorUser!.cookie,
      csrfToken: moderatorUser!.csrfToken,
      sessionId,
      timeoutMs: 20_000,
    });
    // Presence counts go out once a second: let them settle.
    await sleep(2_000);

    const approvedIds: number[] = [];
    moderator.onApproval((record) => {
      if (record.status === 200) approvedIds.push(record.questionId);
    });
    const cpuGroups = {
      server: servers.map((instance) => instance.child.pid!),
      workers: [workers.child.pid!],
      bench: [process.pid],
      moderator: [moderator.child.pid!],
      audience: audience.pids,
    };
    const sampler = new Sampler(cpuGroups, sequelize, redis, settings.sampleMs, nowMs);
    const benchLoop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    await audience.track();
    await moderator.begin(settings.claim);

    const epochOffset = Date.now() - nowMs();
    const t0 = nowMs() + 20;
    const window: LoadWindow = {
      t0,
      from: t0 + settings.warmup * 1_000,
      to: t0 + (settings.warmup + settings.duration) * 1_000,
    };
    // Read at the start and at the end of the measured window (assigned in the timers below).
    const at: {
      loadAtMeasure: number[];
      cpuStart?: CpuSnapshot;
      cpuEnd?: CpuSnapshot;
      pgStart?: Awaited<ReturnType<typeof pgCounters>>;
      pgEnd?: Awaited<ReturnType<typeof pgCounters>>;
      redisStart?: Awaited<ReturnType<typeof redisInfo>>;
      redisEnd?: Awaited<ReturnType<typeof redisInfo>>;
      serverLoop?: Awaited<ReturnType<typeof serverLoopDelay>>;
    } = { loadAtMeasure: [] };
    const windowStart = sleep(window.from - nowMs()).then(async () => {
      at.cpuStart = cpuSnapshot(cpuGroups);
      benchLoop.enable();
      at.loadAtMeasure = loadAverage();
      await Promise.all(bases.map((base) => serverLoopDelay(base))); // resets prom-client's histograms
      [at.pgStart, at.redisStart] = await Promise.all([pgCounters(sequelize), redisInfo(redis)]);
    });
    const windowEnd = sleep(window.to - nowMs()).then(async () => {
      at.cpuEnd = cpuSnapshot(cpuGroups);
      benchLoop.disable();
      at.serverLoop = worstLoop(await Promise.all(bases.map((base) => serverLoopDelay(base))));
      [at.pgEnd, at.redisEnd] = await Promise.all([pgCounters(sequelize), redisInfo(redis)]);
    });

    console.log(
      `· load: ${settings.questionsPerMinute} questions/min and ${settings.voteRate} votes/s, ` +
        `${settings.warmup} s of warm-up then ${settings.duration} s measured…`,
    );
    sampler.start();
    const [questions, voting] = await Promise.all([
      sendQuestions(apiBases, sessionId, askers, plan, window),
      sendVotes(apiBases, voters, approvedIds, plan, window),
      windowStart,
      windowEnd,
    ]);
    const queue = await waitForQueue(sequelize, sessionId);
    await sleep(settings.drain * 1_000);
    await moderator.stop();
    await sampler.stop();
    console.log(
      `· ${questions.length} questions and ${voting.votes.length} votes sent; queue empty ` +
        `${queue.ms === null ? `not within ${settings.queueTimeout} s` : `${queue.ms} ms after the load`}`,
    );

    // -------------------------------------------------------------------------------------------
    const probe = await readProbes(instances);
    const fromEpoch = window.t0 + epochOffset - 1_000;
    const [eventEntries, voteEntries] = await Promise.all([
      streamSince(redis, 'rt:events', fromEpoch),
      streamSince(redis, 'rt:votes', fromEpoch),
    ]);
    const moderatorResults = await moderator.results();
    const approvals = moderatorResults.approvals;

    // When the server began and finished writing each event to the audience (probe).
    const audienceWrites = joinInstanceWrites(probe?.broadcasts ?? []).filter(
      ([, , , , , sockets]) => sockets >= connection.connected / 2,
    );
    const approvalWrite = new Map<number, AudienceWrite>();
    const voteWrites = new Map<number, AudienceWrite[]>();
    for (const b of audienceWrites) {
      const [event, id, detail] = b;
      if (event === 'session:question' && detail === 'approved' && !approvalWrite.has(id)) approvalWrite.set(id, b);
      if (event === 'vote:updated' && id > 0) (voteWrites.get(id) ?? voteWrites.set(id, []).get(id)!).push(b);
      if (event === 'scores:updated') {
        for (const pair of String(detail).split(',').filter(Boolean)) {
          const [qid, score] = pair.split('=').map(Number) as [number, number];
          const write: ProbeBroadcast = [event, qid, score, b[3], b[4], b[5]];
          (voteWrites.get(qid) ?? voteWrites.set(qid, []).get(qid)!).push(write);
        }
      }
    }
    const voteWriteOf = (targetId: number, score: number) =>
      voteWrites.get(targetId)?.find(([, , detail]) => Number(detail) >= score) ?? null;

    // When each event entered Redis: the approval's `session:question`, each vote's score change.
    const approvalPublished = new Map<number, number>();
    const queuedPublished = new Map<number, number>();
    for (const entry of eventEntries) {
      const { e, r, p } = fieldsOf(entry);
      if (e !== 'session:question' || !p) continue;
      const question = (JSON.parse(p) as { question: { id: number; liveState: string } }).question;
      const at = entryEpochMs(entry) - epochOffset;
      if (
        question.liveState === 'approved' &&
        r?.includes(`"session:${sessionId}"`) &&
        !approvalPublished.has(question.id)
      )
        approvalPublished.set(question.id, at);
      if (question.liveState === 'pending' && r?.includes(':staff') && !queuedPublished.has(question.id))
        queuedPublished.set(question.id, at);
    }
    const votePublished = new Map<number, number[]>();
    for (const entry of voteEntries) {
      const { t, i } = fieldsOf(entry);
      if (t !== 'question' || !i) continue;
      const id = Number(i);
      (votePublished.get(id) ?? votePublished.set(id, []).get(id)!).push(entryEpochMs(entry) - epochOffset);
    }

    const measuredApprovals = approvals.filter((a) => a.status === 200 && inWindow(a.startedAt, window));
    const okVotes = voting.votes.filter((v) => v.status === 200 && v.score !== null);
    const measuredVotes = okVotes.filter((v) => inWindow(v.startedAt, window));
    const approvalTimings: ApprovalTiming[] = measuredApprovals.map((a) => {
      const write = approvalWrite.get(a.questionId);
      return {
        questionId: a.questionId,
        startedAt: a.startedAt,
        respondedAt: a.respondedAt,
        fanoutStart: write?.[3] ?? null,
        fanoutEnd: write?.[4] ?? null,
      };
    });
    const voteTimings: VoteTiming[] = measuredVotes.map((v) => {
      const write = voteWriteOf(v.targetId, v.score!);
      return {
        targetId: v.targetId,
        score: v.score!,
        startedAt: v.startedAt,
        respondedAt: v.respondedAt,
        fanoutStart: write?.[3] ?? null,
        fanoutEnd: write?.[4] ?? null,
      };
    });
    process.stdout.write('· counting the deliveries in the audience processes… ');
    const audienceResults: AudienceResults[] = await audience.results(approvalTimings, voteTimings);
    console.log('done');
    const sockets = audienceResults.reduce((sum, r) => sum + r.sockets, 0);
    const approvalDeliveries = mergeDeliveries(audienceResults.map((r) => r.approvals));
    const voteDeliveries = mergeDeliveries(audienceResults.map((r) => r.votes));
    const approvalMissed = approvalTimings.length * sockets - approvalDeliveries.fromRequest.count;
    const voteMissed = voteTimings.length * sockets - voteDeliveries.fromRequest.count;

    // Where the time goes, per event.
    const approvalCuts = measuredApprovals.map((a, k) => {
      const published = approvalPublished.get(a.questionId);
      const write = approvalWrite.get(a.questionId);
      const reach = approvalDeliveries.reach[k]!;
      return {
        toPublished: published === undefined ? undefined : published - a.startedAt,
        publishedToWrite: published === undefined || !write ? undefined : write[3] - published,
        write: write ? write[4] - write[3] : undefined,
        writeToLast: write && reach.last !== null ? reach.last - write[4] : undefined,
        lastFromRequest: reach.last === null ? undefined : reach.last - a.startedAt,
        firstFromRequest: reach.first === null ? undefined : reach.first - a.startedAt,
      };
    });
    // The k-th score change of a question published in Redis is its k-th vote (scores only grow).
    const votesByTarget = new Map<number, VoteSent[]>();
    for (const v of okVotes)
      (votesByTarget.get(v.targetId) ?? votesByTarget.set(v.targetId, []).get(v.targetId)!).push(v);
    const publishedOfVote = new Map<VoteSent, number>();
    let votesLinked = 0;
    for (const [targetId, list] of votesByTarget) {
      const published = votePublished.get(targetId) ?? [];
      if (published.length !== list.length) continue;
      list.sort((a, b) => a.score! - b.score!);
      list.forEach((v, k) => publishedOfVote.set(v, published[k]!));
      votesLinked += list.length;
    }
    const voteCuts = measuredVotes.map((v, k) => {
      const published = publishedOfVote.get(v);
      const write = voteWriteOf(v.targetId, v.score!);
      const reach = voteDeliveries.reach[k]!;
      return {
        toPublished: published === undefined ? undefined : published - v.startedAt,
        publishedToWrite: published === undefined || !write ? undefined : write[3] - published,
        write: write ? write[4] - write[3] : undefined,
        writeToLast: write && reach.last !== null ? reach.last - write[4] : undefined,
        lastFromRequest: reach.last === null ? undefined : reach.last - v.startedAt,
        firstFromRequest: reach.first === null ? undefined : reach.first - v.startedAt,
      };
    });
    type Cut = (typeof approvalCuts)[number];
    const cutStats = (cuts: Cut[], key: keyof Cut) =>
      stats(cuts.map((c) => c[key]).filter((v): v is number => v !== undefined));

    // The server's writes to the audience over the measured window.
    const windowWrites = audienceWrites.filter(([, , , start]) => inWindow(start, window));
    const writeStats = (event: string) => {
      const list = windowWrites.filter(([name]) => name === event);
      return {
        count: list.length,
        perSecond: round(list.length / settings.duration, 2),
        socketsPerWrite: list.length ? round(list.reduce((sum, b) => sum + b[5], 0) / list.length) : 0,
        durationMs: stats(list.map(busyOf)),
      };
    };
    const fanout = {
      voteUpdated: writeStats('vote:updated'),
      scoresUpdated: writeStats('scores:updated'),
      sessionQuestion: writeStats('session:question'),
      sessionUpdated: writeStats('session:updated'),
      presence: writeStats('presence'),
      /** Share of the window the servers' loops spent writing these events to the audience (mean). */
      busyPercent: round(
        (100 * windowWrites.reduce((sum, write) => sum + busyOf(write), 0)) /
          (settings.duration * 1_000 * settings.servers),
      ),
    };
    const scoreEvent = settings.scores === 'batched' ? 'scores:updated' : 'vote:updated';
    const scoreWrites = settings.scores === 'batched' ? fanout.scoresUpdated : fanout.voteUpdated;
    const probeLoop = (probe?.loopSamples ?? []).filter(([at]) => inWindow(at - 500, window));
    const serverLoopSeconds = {
      p99OfSecondsP99: stats(probeLoop.map(([, , p99]) => p99)),
      maxOfSeconds: probeLoop.length ? Math.max(...probeLoop.map(([, , , max]) => max)) : null,
    };

    // CPU, PostgreSQL, Redis over the measured window.
    const backendPids = await sequelize.query<{ pid: number; app: string }>(
      `SELECT pid, application_name AS app FROM pg_stat_activity WHERE datname = current_database()`,
      { type: QueryTypes.SELECT },
    );
    const { cpuStart, cpuEnd, pgStart, pgEnd, redisStart, redisEnd, loadAtMeasure } = at;
    const serverLoop = at.serverLoop ?? null;
    const cpu: Record<string, number> = {};
    if (cpuStart && cpuEnd) {
      for (const app of ['bench-live-server', 'bench-live-workers']) {
        cpuEnd.groups[`postgres for ${app.slice(11)}`] = backendPids.filter((b) => b.app === app).map((b) => b.pid);
      }
      Object.assign(cpu, cpuPercent(cpuStart, cpuEnd));
      const ours = ['server', 'workers', 'bench', 'moderator', 'audience', 'postgres', 'redis'];
      const used = ours.reduce((sum, group) => sum + (cpu[group] ?? 0), 0);
      if (cpu.machineBusyOfAllCores !== undefined) {
        cpu.elsewhere = round(Math.max(0, cpu.machineBusyOfAllCores * machine().cpuCount - used));
      }
    }
    const windowSamples = sampler.samples.filter((s) => inWindow(s.at - settings.sampleMs / 2, window));
    const postgres = {
      commitsPerSecond: pgStart && pgEnd ? round((pgEnd.commits - pgStart.commits) / settings.duration) : null,
      rollbacks: pgStart && pgEnd ? pgEnd.rollbacks - pgStart.rollbacks : null,
      deadlocks: pgStart && pgEnd ? pgEnd.deadlocks - pgStart.deadlocks : null,
      activeBackendsMean: meanActive(windowSamples),
      maxActiveBackends: Math.max(
        0,
        ...windowSamples.map((s) => Object.values(s.pgActive).reduce((sum, n) => sum + n, 0)),
      ),
    };
    const [stateRows, caseRows, streamLengths] = await Promise.all([
      sequelize.query<{ state: string; status: string; where: string; n: number }>(
        `SELECT coalesce(live_state, '–') AS state, status::text AS status,
                CASE WHEN check_pending THEN 'checks' WHEN live_queued_at IS NULL THEN 'held or never queued'
                     ELSE 'queue' END AS "where",
                count(*)::int AS n
         FROM questions WHERE live_session_id = :sessionId GROUP BY 1, 2, 3 ORDER BY 4 DESC`,
        { replacements: { sessionId }, type: QueryTypes.SELECT },
      ),
      sequelize.query<{ kind: string; status: string; n: number }>(
        `SELECT c.kind, c.status, count(*)::int AS n FROM moderation_cases c
         JOIN questions q ON q.id = c.target_id AND c.target_type = 'question' AND q.live_session_id = :sessionId
         GROUP BY 1, 2 ORDER BY 1, 2`,
        { replacements: { sessionId }, type: QueryTypes.SELECT },
      ),
      Promise.all(['rt:events', 'rt:votes', 'sio:stream'].map((s) => redis.xlen(s))),
    ]);
    const redisState = {
      usedMemoryMB: { start: redisStart?.usedMemoryMB ?? null, end: redisEnd?.usedMemoryMB ?? null },
      connectedClients: redisEnd?.connectedClients ?? null,
      commandsPerSecond:
        redisStart && redisEnd
          ? round((redisEnd.commandsProcessed - redisStart.commandsProcessed) / settings.duration)
          : null,
      streamLengths: { 'rt:events': streamLengths[0], 'rt:votes': streamLengths[1], 'sio:stream': streamLengths[2] },
    };

    // The session ends through the API, as its moderators end it: timed, not part of the targets.
    const ended = await timedFetch(server.base, 'POST', `/api/sessions/${sessionId}/end`, moderatorUser!);
    const serverErrorLines = servers.flatMap((instance) => instance.errorLines);
    const workerWarnLines = workers.warnLines;
    await moderator.close();
    await audience.close();
    await stopWorkers(workers);
    await Promise.all(servers.map((instance) => stopServer(instance)));

    // -------------------------------------------------------------------------------------------
    const askedOk = questions.filter((q) => q.status === 201);
    const measuredQuestions = askedOk.filter((q) => inWindow(q.startedAt, window));
    const seenInQueue = new Map(approvals.map((a) => [a.questionId, a.queuedSeenAt]));
    const toQueue = stats(
      measuredQuestions.flatMap((q) => {
        const seen = q.questionId === null ? undefined : seenInQueue.get(q.questionId);
        return seen === undefined ? [] : [seen - q.startedAt];
      }),
    );
    const toQueuePublished = stats(
      measuredQuestions.flatMap((q) => {
        const at = q.questionId === null ? undefined : queuedPublished.get(q.questionId);
        return at === undefined ? [] : [at - q.startedAt];
      }),
    );
    const heldByChecks = stateRows
      .filter((r) => r.state === 'pending' && r.where === 'held or never queued')
      .reduce((sum, r) => sum + r.n, 0);
    const approvalHttp = stats(measuredApprovals.map((a) => a.respondedAt - a.startedAt));
    const claimHttp = stats(
      measuredApprovals.flatMap((a) => (a.claim ? [a.claim.respondedAt - a.claim.startedAt] : [])),
    );
    const voteHttp = stats(measuredVotes.map((v) => v.respondedAt - v.startedAt));
    const questionHttp = stats(measuredQuestions.map((q) => q.respondedAt - q.startedAt));
    const voteLateness = stats(
      voting.votes.filter((v) => inWindow(v.startedAt, window)).map((v) => v.startedAt - v.scheduledAt),
    );
    const statuses = (list: Timed[]) => {
      const counts: Record<string, number> = {};
      for (const t of list) counts[t.status] = (counts[t.status] ?? 0) + 1;
      return counts;
    };
    const errors = [
      ...new Set([...questions, ...voting.votes, ...approvals].flatMap((t) => (t.error ? [t.error] : []))),
    ].slice(0, 8);

    const atScale =
      connection.connected >= TARGETS.audience &&
      settings.questionsPerMinute >= TARGETS.questionsPerMinute &&
      settings.voteRate >= TARGETS.voteRate;
    const approvalStats = approvalDeliveries.fromRequest.stats();
    const voteStats = voteDeliveries.fromRequest.stats();
    const targets = {
      approval: atScale && approvalStats ? approvalStats.p99 <= TARGETS.p99Ms && approvalMissed === 0 : null,
      vote: atScale && voteStats ? voteStats.p99 <= TARGETS.p99Ms && voteMissed === 0 : null,
    };
    const within = (h: Histogram) => h.shareAtMost(TARGETS.p99Ms);

    const table = [
      '| Measure | Deliveries | p50 (ms) | p95 (ms) | p99 (ms) | Max (ms) | Missed | Target |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      deliveryRow(
        'Approval → `session:question` at each audience socket, from the approval’s request',
        approvalDeliveries.fromRequest,
        approvalMissed,
        `p99 ≤ ${TARGETS.p99Ms} ms: ${met(targets.approval)}`,
      ),
      deliveryRow('– from the approval’s response (negative: before it)', approvalDeliveries.fromResponse, '–', '–'),
      deliveryRow(
        `Vote → \`${scoreEvent}\` (score ≥ the vote’s) at each audience socket, from the vote’s request`,
        voteDeliveries.fromRequest,
        voteMissed,
        `p99 ≤ ${TARGETS.p99Ms} ms: ${met(targets.vote)}`,
      ),
      deliveryRow('– from the vote’s response', voteDeliveries.fromResponse, '–', '–'),
    ].join('\n');
    const httpTable = [
      '| Request / step | Count | p50 (ms) | p90 (ms) | p99 (ms) | Max (ms) |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      statsRow('Approval: POST /api/sessions/:id/questions/:qid/state', approvalHttp),
      ...(settings.claim ? [statsRow('Claim: POST /api/moderation/cases/:id/claim', claimHttp)] : []),
      statsRow('Vote: POST /api/questions/:id/vote', voteHttp),
      statsRow('Question: POST /api/sessions/:id/questions', questionHttp),
      statsRow(
        'Question sent → in the queue (the worker’s `session:question` to the staff room, Redis)',
        toQueuePublished,
      ),
      statsRow('Question sent → received by the moderator’s socket', toQueue),
    ].join('\n');
    const cutRow = (name: string, cuts: Cut[], write: ReturnType<typeof writeStats>, h: Histogram) =>
      `| ${name} | ${pair(cutStats(cuts, 'toPublished'))} | ${pair(cutStats(cuts, 'publishedToWrite'))} | ` +
      `${pair(cutStats(cuts, 'write'))} | ${pair(h.stats())} | ${pair(cutStats(cuts, 'writeToLast'))} | ` +
      `${pair(cutStats(cuts, 'firstFromRequest'))} | ${pair(cutStats(cuts, 'lastFromRequest'))} | ${write.socketsPerWrite} |`;
    const whereTable = [
      '| Event | Request → published in Redis | Published → server starts writing | Writing to all sockets (server loop) | ' +
        'Write start → each socket | Write end → last socket | Request → first socket | Request → last socket | Sockets per write |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      cutRow('Approval', approvalCuts, fanout.sessionQuestion, approvalDeliveries.fromFanoutStart),
      cutRow('Vote', voteCuts, scoreWrites, voteDeliveries.fromFanoutStart),
    ].join('\n');
    const clientLoops = audienceResults.map((r) => r.loopDelayMs.p99);
    const cpuLine = Object.entries(cpu)
      .map(([group, percent]) => `${group} ${percent} %`)
      .join(', ');
    const summary = [
      '| Questions sent (201) | Approved (measured) | Held by the checks | Votes sent (200) | Votes skipped | Non-2xx | ' +
        `Sockets (failed, dropped) | \`${scoreEvent}\` per socket | Server loop p99 / max (ms) | Audience loops p99 (ms) | Within 200 ms (approvals / votes) |`,
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${questions.length} (${askedOk.length}) | ${approvals.filter((a) => a.status === 200).length} (${measuredApprovals.length}) | ` +
        `${heldByChecks} | ${voting.votes.length} (${okVotes.length}) | ${voting.skipped} | ` +
        `${[...questions, ...voting.votes, ...approvals].filter((t) => t.status < 200 || t.status >= 300).length} | ` +
        `${connection.connected} (${connection.failed}, ${audienceResults.reduce((s, r) => s + r.droppedSockets, 0)}) | ` +
        `${round(audienceResults.reduce((s, r) => s + r.voteMessages, 0) / Math.max(1, sockets))} | ` +
        `${fmt(serverLoop?.p99Ms)} / ${fmt(serverLoop?.maxMs)} | ${clientLoops.join(', ')} | ` +
        `${fmt(within(approvalDeliveries.fromRequest))} % / ${fmt(within(voteDeliveries.fromRequest))} % |`,
    ].join('\n');

    // Every 10 s of the measured window: the load, the CPU, the server's loop, the worst socket's wait.
    const timeline = [
      '| Seconds | Votes/s | Approvals | Worst socket, votes p50 / p99 (ms) | Worst socket, approvals max (ms) | Server CPU % | Audience CPU % | PostgreSQL CPU % | Machine busy % | Server loop p99 max (ms) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (let s = 0; s < settings.duration; s += 10) {
      const from = window.from + s * 1_000;
      const to = Math.min(window.to, from + 10_000);
      const slice = { t0, from, to };
      const votesIn = measuredVotes
        .map((v, k) => ({ v, c: voteCuts[k]! }))
        .filter(({ v }) => inWindow(v.startedAt, slice));
      const apprIn = measuredApprovals
        .map((a, k) => ({ a, c: approvalCuts[k]! }))
        .filter(({ a }) => inWindow(a.startedAt, slice));
      const samples = sampler.samples.filter((x) => inWindow(x.at - settings.sampleMs / 2, slice));
      const mean = (key: string) =>
        samples.length ? round(samples.reduce((sum, x) => sum + (x.cpu[key] ?? 0), 0) / samples.length) : null;
      const loops = probeLoop.filter(([at]) => inWindow(at - 500, slice));
      const worstVotes = stats(
        votesIn.flatMap(({ c }) => (c.lastFromRequest === undefined ? [] : [c.lastFromRequest])),
      );
      const worstApprovals = apprIn.flatMap(({ c }) => (c.lastFromRequest === undefined ? [] : [c.lastFromRequest]));
      timeline.push(
        `| ${s}–${round(s + (to - from) / 1_000)} | ${round(votesIn.length / ((to - from) / 1_000))} | ${apprIn.length} | ` +
          `${pair(worstVotes)} | ${worstApprovals.length ? round(Math.max(...worstApprovals)) : '–'} | ` +
          `${fmt(mean('server'))} | ${fmt(mean('audience'))} | ${fmt(mean('postgres'))} | ` +
          `${fmt(mean('machineBusyOfAllCores'))} | ${loops.length ? Math.max(...loops.map(([, , p99]) => p99)) : '–'} |`,
      );
    }
    const timelineTable = timeline.join('\n');

    const report = {
      date: startedAt.toISOString(),
      command: commandLine('bench:live', 'bench/live/run.ts'),
      code: codeVersion(),
      machine: {
        ...machine(),
        openFilesLimit: openFilesLimit(),
        loadAverage: { start: loadAtStart, atMeasureStart: loadAtMeasure, end: loadAverage() },
      },
      services: versions,
      settings: {
        ...settings,
        databaseUrl: redactUrl(settings.databaseUrl),
        redisUrl: redactUrl(settings.redisUrl),
        plan,
        voteWindowMs: voteWindowMs(settings.audience),
        rulesInForce: loadReputationRules(),
        server: {
          command: `node ${server.args.join(' ')}`,
          env: { PORT: settings.port, NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMITS: 'off' },
          processes: settings.servers,
        },
        workers: {
          command: `node ${workers.args.join(' ')}`,
          env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMITS: 'off' },
        },
        loadGenerator:
          `${settings.clientProcesses} forked audience processes (socket.io-client, websocket only, anonymous, ` +
          '`session:{id}`), one moderator process (logged in, `session:{id}:staff`, approvals over HTTP), questions ' +
          'and votes from the benchmark process (fetch, open loop, evenly spaced); all on the same machine',
      },
      dataset,
      session: { id: sessionId, organisationId: staff.organisationId, experts: staff.expertIds.length },
      sockets: {
        audience: { ...connection, connectMs: stats(connection.connectMs) },
        dropped: audienceResults.reduce((s, r) => s + r.droppedSockets, 0),
        connectedAtEnd: audienceResults.reduce((s, r) => s + r.connected, 0),
        moderatorDropped: moderatorResults.droppedSocket,
      },
      questions: {
        sent: questions.length,
        ok: askedOk.length,
        statuses: statuses(questions),
        httpMs: questionHttp,
        toQueuePublishedMs: toQueuePublished,
        toModeratorSocketMs: toQueue,
        heldByChecks,
        byState: stateRows,
        cases: caseRows,
      },
      approvals: {
        total: approvals.length,
        ok: approvals.filter((a) => a.status === 200).length,
        measured: measuredApprovals.length,
        statuses: statuses(approvals),
        notApproved: moderatorResults.notApproved,
        httpMs: approvalHttp,
        claimHttpMs: claimHttp,
        deliveries: {
          fromRequestMs: approvalStats,
          fromResponseMs: approvalDeliveries.fromResponse.stats(),
          fromWriteStartMs: approvalDeliveries.fromFanoutStart.stats(),
          fromWriteEndMs: approvalDeliveries.fromFanoutEnd.stats(),
          expected: approvalTimings.length * sockets,
          missed: approvalMissed,
          withinTargetPercent: within(approvalDeliveries.fromRequest),
        },
        cuts: {
          requestToPublished: cutStats(approvalCuts, 'toPublished'),
          publishedToWrite: cutStats(approvalCuts, 'publishedToWrite'),
          write: cutStats(approvalCuts, 'write'),
          writeEndToLastSocket: cutStats(approvalCuts, 'writeToLast'),
          requestToFirstSocket: cutStats(approvalCuts, 'firstFromRequest'),
          requestToLastSocket: cutStats(approvalCuts, 'lastFromRequest'),
          linkedToProbe: approvalTimings.filter((t) => t.fanoutStart !== null).length,
          linkedToRedis: approvalCuts.filter((c) => c.toPublished !== undefined).length,
        },
      },
      votes: {
        sent: voting.votes.length,
        ok: okVotes.length,
        measured: measuredVotes.length,
        skipped: voting.skipped,
        statuses: statuses(voting.votes),
        httpMs: voteHttp,
        sendLatenessMs: voteLateness,
        maxInFlight: voting.maxInFlight,
        blockedOnInFlightCapMs: round(voting.blockedMs),
        targets: votesByTarget.size,
        deliveries: {
          fromRequestMs: voteStats,
          fromResponseMs: voteDeliveries.fromResponse.stats(),
          fromWriteStartMs: voteDeliveries.fromFanoutStart.stats(),
          fromWriteEndMs: voteDeliveries.fromFanoutEnd.stats(),
          expected: voteTimings.length * sockets,
          missed: voteMissed,
          withinTargetPercent: within(voteDeliveries.fromRequest),
        },
        updatesPerSocket: round(audienceResults.reduce((s, r) => s + r.voteMessages, 0) / Math.max(1, sockets)),
        cuts: {
          requestToPublished: cutStats(voteCuts, 'toPublished'),
          publishedToWrite: cutStats(voteCuts, 'publishedToWrite'),
          write: cutStats(voteCuts, 'write'),
          writeEndToLastSocket: cutStats(voteCuts, 'writeToLast'),
          requestToFirstSocket: cutStats(voteCuts, 'firstFromRequest'),
          requestToLastSocket: cutStats(voteCuts, 'lastFromRequest'),
          linkedToProbe: voteTimings.filter((t) => t.fanoutStart !== null).length,
          linkedToRedis: votesLinked,
        },
      },
      perAudienceProcess: audienceResults.map((r) => ({
        sockets: r.sockets,
        approvalsFromRequestMs: histogramFromPairs(r.approvals.fromRequest),
        votesFromRequestMs: histogramFromPairs(r.votes.fromRequest),
        loopDelayMs: r.loopDelayMs,
        rssMB: r.rssMB,
        events: r.events,
      })),
      serverWrites: fanout,
      serverLoopDelayMs: { window: serverLoop, seconds: serverLoopSeconds },
      cpuPercentOfOneCore: cpu,
      postgres,
      redis: redisState,
      moderator: { loopDelayMs: moderatorResults.loopDelayMs, events: moderatorResults.events },
      benchLoopDelayMs: loopDelayOf(benchLoop),
      sessionEnd: { status: ended.status, ms: round(ended.respondedAt - ended.startedAt), error: ended.error },
      queueAfterLoad: queue,
      errors,
      samples: sampler.samples,
      probeLoopSamples: probe?.loopSamples ?? [],
      logs: {
        server: servers.map((instance) => path.relative(ROOT, instance.logFile)),
        serverErrorLines,
        workers: path.relative(ROOT, workers.logFile),
        workerWarnLines,
      },
      table,
      httpTable,
      whereTable,
      summary,
      timelineTable,
    };
    const file = await writeReport('live', stamp, report);

    console.log(`\n${table}\n\n${summary}\n\n${httpTable}\n`);
    console.log(`Where the time goes, p50 / p99 (ms):\n\n${whereTable}\n`);
    console.log(`Measured window, every 10 s:\n\n${timelineTable}\n`);
    console.log(
      `Server writes to the audience over the measured window: ${scoreEvent} ${scoreWrites.perSecond}/s ` +
        `(${pair(scoreWrites.durationMs)} ms each), session:question ${fanout.sessionQuestion.count}, ` +
        `session:updated ${fanout.sessionUpdated.count}, presence ${fanout.presence.count}: ${fanout.busyPercent} % of the server’s time`,
    );
    console.log(`CPU over the measured window, % of one core: ${cpuLine}`);
    console.log(
      `PostgreSQL: ${fmt(postgres.commitsPerSecond)} commits/s, active backends (mean by wait) ` +
        `${JSON.stringify(postgres.activeBackendsMean)}, at most ${postgres.maxActiveBackends}; ` +
        `Redis: ${fmt(redisState.commandsPerSecond)} commands/s, ${fmt(redisState.usedMemoryMB.end)} MB, ` +
        `${fmt(redisState.connectedClients)} clients, streams ${JSON.stringify(redisState.streamLengths)}`,
    );
    console.log(
      `Session ended in ${report.sessionEnd.ms} ms (${ended.status}); log lines: server errors ${serverErrorLines}, ` +
        `worker warnings ${workerWarnLines}${errors.length ? `; errors: ${errors.join(' | ')}` : ''}`,
    );
    console.log(machineLine({ ...report.machine, loadAverage: report.machine.loadAverage }, versions));
    console.log(`Results: ${file}`);
  } finally {
    killAll();
    if (workers) await stopWorkers(workers);
    await Promise.all(instances.map(({ server }) => stopServer(server)));
    await moderationQueue.close();
    redis.disconnect();
    await sequelize.close();
  }
}

function histogramFromPairs(pairs: Deliveries['fromRequest']): HistogramStats | null {
  const h = new Histogram();
  h.merge(pairs);
  return h.stats();
}

runBenchmark(main);
