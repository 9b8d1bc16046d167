import { expect } from 'chai';
import { Question } from '../../db/models';
import { buildQuestion, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import type { TestClient } from '../support/client';
import {
  createSocket,
  disconnectAll,
  expectNoEvent,
  join,
  joinWith,
  postAnswer,
  recordEvents,
  subscribe,
  type EventLog,
  type TestSocket,
} from '../support/sockets';

// Connection state recovery: the client keeps the offset of the last event it received; when its
// transport drops, the server keeps its session (rooms) for two minutes, and on reconnection
// replays what it missed from the adapter's stream.

/** A reconnecting client, with a delay long enough for a test to act while it is away. */
async function reconnectingSocket(client?: TestClient): Promise<EventLog> {
  const socket = createSocket(client, { reconnection: true, reconnectionDelay: 1_500, randomizationFactor: 0 });
  const log = recordEvents(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
    socket.connect();
  });
  return log;
}

interface Outage {
  /** Resolves on reconnection. */
  back: Promise<void>;
  /** Whether the client has reconnected yet. */
  isBack: () => boolean;
}

/** Drops the transport under the client (as a network failure would) and waits until it is down. */
async function dropTransport(socket: TestSocket): Promise<Outage> {
  let back = false;
  const down = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
  socket.io.engine.close();
  await down;
  const reconnected = new Promise<void>((resolve) =>
    socket.once('connect', () => {
      back = true;
      resolve();
    }),
  );
  return { back: reconnected, isBack: () => back };
}

/** Waits (briefly polling Redis) until the server has kept the disconnected socket's session. */
async function sessionKeys(): Promise<string[]> {
  const { redis } = testEnv().ctx;
  for (let i = 0; i < 100; i += 1) {
    const keys = await redis.keys('sio:session:*');
    if (keys.length > 0) return keys;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the server never kept the session of the disconnected socket');
}

describe('real-time reconnection', () => {
  afterEach(() => disconnectAll());

  it('recovers the connection and delivers the three answers posted while it was away, in order, once', async () => {
    const question = await buildQuestion();
    const answerer = await clientFor(await buildUser());
    const voter = await clientFor(await buildUser());
    const log = await reconnectingSocket();
    await join(log.socket, `question:${question.id}`);
    const first = await postAnswer(answerer, question.id);
    await log.waitFor('answer:created');

    const outage = await dropTransport(log.socket);
    const missed = [];
    for (let i = 0; i < 3; i += 1) missed.push(await postAnswer(answerer, question.id));
    expect((await voter.post(`/api/questions/${question.id}/vote`, { value: 1 })).status).to.equal(200);
    expect(outage.isBack(), 'reconnected before the answers were posted').to.be.false;
    const mark = log.mark();
    await outage.back;

    expect(log.socket.recovered).to.be.true;
    const replayed = await log.waitForCount('answer:created', 3, () => true, 5_000, mark);
    expect(replayed.map((p) => p.answer)).to.deep.equal(missed);
    // Scores are not replayed: the current ones are sent on recovery.
    expect(await log.waitFor('vote:updated', (p) => p.targetType === 'question', 5_000, mark)).to.deep.equal({
      targetType: 'question',
      targetId: question.id,
      score: 1,
      version: 1,
    });
    expect(log.of('resync')).to.deep.equal([]);

    // Still in the room, with nothing twice: a later answer comes live, after the three.
    const later = await postAnswer(answerer, question.id);
    await log.waitFor('answer:created', (p) => p.answer.id === later.id);
    expect(log.of('answer:created').map((p) => p.answer.id)).to.deep.equal([first, ...missed, later].map((a) => a.id));
  });

  it('recovers a drop that happens before the client received anything', async () => {
    const question = await buildQuestion();
    const answerer = await clientFor(await buildUser());
    const log = await reconnectingSocket();
    await log.waitFor('connection:opened');
    await join(log.socket, `question:${question.id}`);

    const outage = await dropTransport(log.socket);
    const missed = await postAnswer(answerer, question.id);
    const mark = log.mark();
    await outage.back;
    expect(log.socket.recovered).to.be.true;
    expect((await log.waitFor('answer:created', () => true, 5_000, mark)).answer).to.deep.equal(missed);
    expect(log.of('resync')).to.deep.equal([]);
  });

  it('lets a recovered client subscribe at once', async () => {
    const question = await buildQuestion();
    const answerer = await clientFor(await buildUser());
    const log = await reconnectingSocket(await clientFor(await buildUser()));
    await join(log.socket, `question:${question.id}`);
    await postAnswer(answerer, question.id);
    await log.waitFor('answer:created');

    const outage = await dropTransport(log.socket);
    await postAnswer(answerer, question.id);
    // The first thing a client does once back: (re)subscribe to the page it shows.
    const ack = new Promise((resolve) => log.socket.once('connect', () => resolve(subscribe(log.socket, 'questions'))));
    await outage.back;
    expect(log.socket.recovered).to.be.true;
    expect(await ack).to.deep.include({ ok: true });
  });

  it('re-authorises the recovered rooms: a question hidden meanwhile is no longer followed', async () => {
    const hidden = await buildQuestion();
    const kept = await buildQuestion();
    const answerer = await clientFor(await buildUser());
    const log = await reconnectingSocket(await clientFor(await buildUser()));
    await join(log.socket, 'questions', `question:${hidden.id}`, `question:${kept.id}`);
    await postAnswer(answerer, kept.id);
    await log.waitFor('answer:created');

    const outage = await dropTransport(log.socket);
    await Question.update({ status: 'hidden' }, { where: { id: hidden.id } });
    const mark = log.mark();
    await outage.back;
    expect(log.socket.recovered).to.be.true;
    // The current scores of the rooms it still follows are sent once they are re-authorised.
    await log.waitFor('vote:updated', (p) => p.targetType === 'question' && p.targetId === kept.id, 5_000, mark);

    await Question.update({ status: 'published' }, { where: { id: hidden.id } });
    await postAnswer(answerer, hidden.id);
    await expectNoEvent(
      log,
      'answer:created',
      log.waitFor('question:updated', (p) => p.question.id === hidden.id, 5_000, mark),
      (p) => p.questionId === hidden.id,
    );
  });

  it('keeps a recovered room’s batched scores, and drops them with a room no longer followed', async () => {
    const hidden = await buildQuestion();
    const kept = await buildQuestion();
    const voter = await clientFor(await buildUser({ reputation: 50 }));
    const log = await reconnectingSocket();
    await joinWith(log.socket, [`question:${hidden.id}`, `question:${kept.id}`], 'batched');

    const outage = await dropTransport(log.socket);
    await Question.update({ status: 'hidden' }, { where: { id: hidden.id } });
    const back = log.mark();
    await outage.back;
    expect(log.socket.recovered).to.be.true;
    // Sent once the rooms are re-authorised (directly, whatever the room's delivery).
    await log.waitFor('vote:updated', (p) => p.targetId === kept.id, 5_000, back);
    const rooms = [...(testEnv().running.realtime.io.of('/').sockets.get(log.socket.id!)?.rooms ?? [])];
    expect(rooms).to.include.members([`question:${kept.id}`, `scores:question:${kept.id}`]);
    expect(rooms).not.to.include.members([`question:${hidden.id}`]);
    expect(rooms).not.to.include.members([`scores:question:${hidden.id}`]);

    const mark = log.mark();
    await voter.post(`/api/questions/${kept.id}/vote`, { value: 1 });
    await log.waitFor(
      'scores:updated',
      (p) => p.updates.some((u) => u.targetId === kept.id && u.version === 1),
      10_000,
      mark,
    );
  });

  it('sends `resync` to a client whose session the server no longer has', async () => {
    const question = await buildQuestion();
    const answerer = await clientFor(await buildUser());
    const log = await reconnectingSocket();
    await join(log.socket, `question:${question.id}`);
    await postAnswer(answerer, question.id);
    await log.waitFor('answer:created');

    const outage = await dropTransport(log.socket);
    const keys = await sessionKeys();
    await testEnv().ctx.redis.del(...keys);
    await postAnswer(answerer, question.id);
    const mark = log.mark();
    await outage.back;

    expect(log.socket.recovered).to.be.false;
    const resync = await log.waitFor('resync', () => true, 5_000, mark);
    expect(resync.reason).to.be.a('string').that.is.not.empty;
    // A new session: its rooms are gone until the client subscribes again (which it then does).
    expect(await subscribe(log.socket, `question:${question.id}`)).to.deep.include({ ok: true });
    const later = await postAnswer(answerer, question.id);
    await log.waitFor('answer:created', (p) => p.answer.id === later.id);
    expect(log.of('answer:created')).to.have.length(2);
  });
});
