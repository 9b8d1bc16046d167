import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { TestClient } from '../support/client';
import { buildQuestion, buildTag, buildUser, DEFAULT_PASSWORD } from '../support/factories';
import { testEnv } from '../support/hooks';
import {
  connectSocket,
  disconnectAll,
  expectNoEvent,
  postAnswer,
  postQuestion,
  subscribe,
  watch,
  type EventLog,
} from '../support/sockets';

// A second, real server process (B) next to the in-test app (A), sharing PostgreSQL and Redis:
// events caused on either reach the clients of both, once each.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function untilReady(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server B exited with ${child.exitCode}: ${output()}`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server B not ready after 30 s: ${output()}`);
}

async function memberOn(baseUrl: string): Promise<TestClient> {
  const user = await buildUser({ reputation: 50 });
  const client = new TestClient(baseUrl);
  await client.login(user.email, DEFAULT_PASSWORD);
  return client;
}

describe('real-time across two server processes', function () {
  this.timeout(60_000);
  let child: ChildProcess | undefined;
  let output = '';
  let baseB = '';

  before(async () => {
    const port = await freePort();
    baseB = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: process.env.DATABASE_URL,
        REDIS_URL: process.env.REDIS_URL,
        PORT: String(port),
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    await untilReady(baseB, child, () => output);
  });

  after(async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    const guard = setTimeout(() => child!.kill('SIGKILL'), 12_000);
    await exited;
    clearTimeout(guard);
  });

  afterEach(() => disconnectAll());

  it('an answer posted on A reaches a client on B, and one posted on B a client on A, once each', async () => {
    const question = await buildQuestion();
    const room = `question:${question.id}`;
    const onA = await watch(undefined, [room]);
    const onB = await watch(undefined, [room], { baseUrl: baseB });

    const throughA = await postAnswer(await memberOn(testEnv().baseUrl), question.id);
    const throughB = await postAnswer(await memberOn(baseB), question.id);
    for (const log of [onA, onB]) {
      expect(await log.waitFor('answer:created', (p) => p.answer.id === throughA.id)).to.deep.equal({
        questionId: question.id,
        answer: throughA,
      });
      expect(await log.waitFor('answer:created', (p) => p.answer.id === throughB.id)).to.deep.equal({
        questionId: question.id,
        answer: throughB,
      });
    }
    const last = await postAnswer(await memberOn(baseB), question.id);
    for (const log of [onA, onB]) {
      await log.waitFor('answer:created', (p) => p.answer.id === last.id);
      expect(log.of('answer:created').map((p) => p.answer.id)).to.have.members([throughA.id, throughB.id, last.id]);
      expect(log.of('answer:created')).to.have.length(3);
    }
  });

  it('relays each event exactly once whichever instance takes it from the stream', async () => {
    await buildTag('tresorerie');
    await buildTag('recrutement');
    const feeds = [
      await watch(undefined, ['questions']),
      await watch(undefined, ['questions'], { baseUrl: baseB }),
      await watch(undefined, ['questions'], { baseUrl: baseB }),
    ];
    const otherThemeOnB = await watch(undefined, ['tag:recrutement'], { baseUrl: baseB });
    const posters = [await memberOn(testEnv().baseUrl), await memberOn(baseB)];
    const posted = [];
    for (let i = 0; i < 8; i += 1) posted.push(await postQuestion(posters[i % 2]!, ['tresorerie']));
    const ids = posted.map((q) => q.id);

    for (const log of feeds) {
      const received = await log.waitForCount('question:created', ids.length, (p) => ids.includes(p.question.id));
      expect(received.map((p) => p.question.id)).to.have.members(ids);
    }
    // Sentinel: one more, in another theme; nothing came twice meanwhile, and not to that theme.
    const last = await postQuestion(posters[1]!, ['recrutement']);
    const isLast = (p: { question: { id: number } }) => p.question.id === last.id;
    for (const log of feeds) {
      await log.waitFor('question:created', isLast);
      expect(log.of('question:created', (p) => ids.includes(p.question.id))).to.have.length(ids.length);
    }
    await expectNoEvent(otherThemeOnB, 'question:created', otherThemeOnB.waitFor('question:created', isLast), (p) =>
      ids.includes(p.question.id),
    );
  });

  it('follows a user across tabs on both instances', async () => {
    const question = await buildQuestion();
    const user = await buildUser();
    const onA = new TestClient();
    await onA.login(user.email, DEFAULT_PASSWORD);
    // The same session, shared through Redis, opens a tab on each instance.
    const tabs: EventLog[] = [await watch(onA), await watch(onA, [], { baseUrl: baseB })];
    const answer = await postAnswer(onA, question.id);
    for (const tab of tabs) {
      const own = await tab.waitFor('answer:created', (p) => p.answer.status === 'published');
      expect(own.answer).to.deep.equal(answer);
    }
  });

  it('counts presence over both instances', async () => {
    await buildTag('presence-multi', 'Présence multi');
    const room = 'tag:presence-multi';
    const watcher = await watch(undefined, []);
    expect(await subscribe(watcher.socket, room)).to.deep.equal({ ok: true, presence: 1 });
    const mark = watcher.mark();
    const onB = await connectSocket(undefined, { baseUrl: baseB });
    expect(await subscribe(onB, room)).to.deep.equal({ ok: true, presence: 2 });
    await watcher.waitFor('presence', (p) => p.room === room && p.count === 2, 5_000, mark);
    const left = watcher.mark();
    onB.disconnect();
    await watcher.waitFor('presence', (p) => p.room === room && p.count === 1, 5_000, left);
  });

  it('gives subscribers on both instances, batched or not, the exact final score of votes cast through both', async () => {
    const question = await buildQuestion();
    const room = `question:${question.id}`;
    const subscribers = [await watch(undefined, [room]), await watch(undefined, [room], { baseUrl: baseB })];
    const batched = [
      await watch(undefined, [room], { scores: 'batched' }),
      await watch(undefined, [room], { baseUrl: baseB, scores: 'batched' }),
    ];
    const voters: TestClient[] = [];
    for (let i = 0; i < 10; i += 1) voters.push(await memberOn(i % 2 ? baseB : testEnv().baseUrl));
    const responses = await Promise.all(
      voters.map((voter, i) => voter.post(`/api/questions/${question.id}/vote`, { value: i < 7 ? 1 : -1 })),
    );
    expect(responses.map((r) => r.status)).to.deep.equal(Array(10).fill(200));
    for (const log of batched) {
      const last = await log.waitFor('scores:updated', (p) => p.updates.some((u) => u.version === 10), 10_000);
      expect(last.updates).to.deep.equal([{ targetType: 'question', targetId: question.id, score: 4, version: 10 }]);
    }
    for (const log of subscribers) {
      await log.waitFor('vote:updated', (p) => p.version === 10, 10_000);
      const updates = log.of('vote:updated');
      const highest = updates.reduce((best, update) => (update.version > best.version ? update : best));
      expect(highest).to.deep.equal({ targetType: 'question', targetId: question.id, score: 4, version: 10 });
    }
  });
});
