import { expect } from 'chai';
import type { VoteUpdate } from '../../server/contracts/events';
import { batchedScoresRoom, ScoreBatches } from '../../server/realtime/scoreBatches';
import { buildAnswer, buildQuestion, buildTag } from '../support/factories';
import { testEnv } from '../support/hooks';
import { connectSocket, disconnectAll, expectNoEvent, subscribe, unsubscribe, watch } from '../support/sockets';
import { buildVoters, storedScore } from '../support/votes';

// `subscribe {room, scores: 'batched'}`: the room's scores come as one `scores:updated` per window
// with every target that changed, instead of one `vote:updated` per target (a live session's
// audience votes on a hundred questions at once).

const io = () => testEnv().running.realtime.io;
const roomsOf = (socketId: string) => io().of('/').sockets.get(socketId)?.rooms ?? new Set<string>();

describe('real-time scores in batches', () => {
  afterEach(() => disconnectAll());

  it('20 concurrent votes: a batched subscriber gets only `scores:updated`, ending exact; the others still get `vote:updated`', async function () {
    this.timeout(60_000);
    await buildTag('tresorerie');
    const question = await buildQuestion({ tags: ['tresorerie'] });
    const rooms = [`question:${question.id}`, 'tag:tresorerie'];
    const clients = await buildVoters(20);
    const batched = await watch(undefined, rooms, { scores: 'batched' });
    const perTarget = await watch(undefined, [`question:${question.id}`]);

    const values = clients.map((_, i) => (i % 10 < 7 ? 1 : -1));
    const responses = await Promise.all(
      clients.map((client, i) => client.post(`/api/questions/${question.id}/vote`, { value: values[i] })),
    );
    expect(responses.map((r) => r.status)).to.deep.equal(Array(20).fill(200));
    const final = await storedScore('questions', question.id);
    expect(final).to.deep.equal({ score: 8, version: 20 });
    const finalUpdate: VoteUpdate = { targetType: 'question', targetId: question.id, ...final };

    for (const room of rooms) {
      const holdsFinal = (p: { room: string; updates: VoteUpdate[] }) =>
        p.room === room && p.updates.some((u) => u.version === final.version);
      await batched.waitFor('scores:updated', holdsFinal, 10_000);
      const messages = batched.of('scores:updated', (p) => p.room === room);
      // The last message of the room carries the final score; far fewer messages than votes.
      expect(messages.at(-1)!.updates).to.deep.equal([finalUpdate]);
      expect(messages.length).to.be.at.least(1).and.at.most(10);
    }
    await perTarget.waitFor('vote:updated', (p) => p.version === final.version, 10_000);
    expect(perTarget.of('scores:updated')).to.deep.equal([]);
    expect(batched.of('vote:updated')).to.deep.equal([]);
  });

  it('sends the first change at once, and the changes of one window together in one message', async () => {
    const question = await buildQuestion();
    const [first, second] = [await buildAnswer({ question }), await buildAnswer({ question })];
    const room = `question:${question.id}`;
    const log = await watch(undefined, [room], { scores: 'batched' });
    const { sequelize, logger } = testEnv().ctx;
    // Its own batcher on the server's sockets, driven directly: which changes share a window
    // depends on nothing but the calls below.
    const batches = new ScoreBatches(io(), sequelize, logger);
    try {
      batches.changed({ targetType: 'question', targetId: question.id }, [room]);
      batches.changed({ targetType: 'answer', targetId: first.id }, [room]);
      batches.changed({ targetType: 'answer', targetId: second.id }, [room]);
      batches.changed({ targetType: 'answer', targetId: first.id }, [room, 'questions']);
      const [alone, together] = await log.waitForCount('scores:updated', 2);
      expect(alone).to.deep.equal({
        room,
        updates: [{ targetType: 'question', targetId: question.id, score: 0, version: 0 }],
      });
      expect(together!.room).to.equal(room);
      expect(together!.updates.map((u) => `${u.targetType}:${u.targetId}`)).to.have.members([
        `answer:${first.id}`,
        `answer:${second.id}`,
      ]);
    } finally {
      batches.stop();
    }
  });

  it('follows the latest subscription: unbatched again, or unsubscribed, the room batches nothing more', async function () {
    this.timeout(20_000);
    const question = await buildQuestion();
    const room = `question:${question.id}`;
    const [voter, again] = await buildVoters(2);
    const log = await watch(undefined, [room], { scores: 'batched' });
    expect(roomsOf(log.socket.id!)).to.include(batchedScoresRoom(room));

    expect(await subscribe(log.socket, room)).to.deep.include({ ok: true });
    expect(roomsOf(log.socket.id!)).not.to.include(batchedScoresRoom(room));
    await voter!.post(`/api/questions/${question.id}/vote`, { value: 1 });
    await log.waitFor('vote:updated', (p) => p.version === 1, 10_000);
    expect(log.of('scores:updated')).to.deep.equal([]);

    expect(await subscribe(log.socket, room, 'batched')).to.deep.include({ ok: true });
    expect(await unsubscribe(log.socket, room)).to.deep.equal({ ok: true });
    expect(roomsOf(log.socket.id!)).not.to.include(batchedScoresRoom(room));
    const sentinel = await watch(undefined, [room], { scores: 'batched' });
    await again!.post(`/api/questions/${question.id}/vote`, { value: 1 });
    await sentinel.waitFor('scores:updated', (p) => p.updates.some((u) => u.version === 2), 10_000);
    expect(log.of('scores:updated')).to.deep.equal([]);
    expect(log.of('vote:updated', (p) => p.version === 2)).to.deep.equal([]);
  });

  it('refuses an unknown delivery and the batches’ own rooms, joining nothing', async () => {
    const question = await buildQuestion();
    const socket = await connectSocket();
    const unknown = await socket
      .timeout(5_000)
      .emitWithAck('subscribe', { room: `question:${question.id}`, scores: 'all' as never });
    expect(unknown).to.deep.equal({
      ok: false,
      error: { code: 'validation_failed', message: 'Mode de réception des scores inconnu.' },
    });
    const direct = await subscribe(socket, batchedScoresRoom(`question:${question.id}`));
    expect(direct).to.deep.include({ ok: false });
    expect(direct.ok === false && direct.error.code).to.equal('invalid_room');
    expect([...roomsOf(socket.id!)].filter((room) => room !== socket.id)).to.deep.equal([]);
  });

  it('keeps a batched subscriber out of the presence count twice: one viewer is one', async () => {
    const question = await buildQuestion();
    const room = `question:${question.id}`;
    const log = await watch(undefined, [], { scores: 'batched' });
    const ack = await subscribe(log.socket, room, 'batched');
    expect(ack).to.deep.equal({ ok: true, presence: 1 });
    const other = await watch(undefined, [room]);
    await expectNoEvent(
      log,
      'presence',
      log.waitFor('presence', (p) => p.room === room && p.count === 2, 5_000),
      (p) => p.room === batchedScoresRoom(room),
    );
    other.stop();
  });
});
