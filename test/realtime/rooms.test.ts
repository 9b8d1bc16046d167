import { expect } from 'chai';
import { Question, User } from '../../db/models';
import type { Ack } from '../../server/contracts/events';
import { buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import {
  connectSocket,
  disconnectAll,
  expectNoEvent,
  postAnswer,
  subscribe,
  unsubscribe,
  watch,
  type TestSocket,
} from '../support/sockets';

function refused(ack: Ack): string {
  if (ack.ok) throw new Error(`expected a refusal, got ${JSON.stringify(ack)}`);
  expect(ack.error.message).to.be.a('string').that.is.not.empty;
  return ack.error.code;
}

/** Sends what a typed client cannot: any payload. */
function rawSubscribe(socket: TestSocket, event: 'subscribe' | 'unsubscribe', payload: unknown): Promise<Ack> {
  return (socket.timeout(5_000) as any).emitWithAck(event, payload);
}

describe('real-time rooms', () => {
  afterEach(() => disconnectAll());

  describe('who may join what', () => {
    it('lets a visitor without a session read the feed, a theme and a published question', async () => {
      const question = await buildQuestion({ tags: ['tresorerie'] });
      const visitor = await connectSocket();
      expect(await subscribe(visitor, 'questions')).to.deep.equal({ ok: true, presence: 1 });
      expect(await subscribe(visitor, 'tag:tresorerie')).to.deep.equal({ ok: true, presence: 1 });
      expect(await subscribe(visitor, `question:${question.id}`)).to.deep.equal({ ok: true, presence: 1 });
    });

    it('refuses unknown, malformed and private rooms with a clear code', async () => {
      await buildTag('tresorerie');
      const visitor = await connectSocket();
      const cases: [unknown, string][] = [
        ['nope', 'invalid_room'],
        ['', 'invalid_room'],
        ['question', 'invalid_room'],
        ['question:1:2', 'invalid_room'],
        ['Questions', 'invalid_room'],
        [`tag:${'a'.repeat(90)}`, 'invalid_room'],
        [42, 'invalid_room'],
        [null, 'invalid_room'],
        ['tag:inconnu', 'not_found'],
        ['tag:Tresorerie', 'not_found'],
        ['tag:', 'not_found'],
        ['question:999999', 'not_found'],
        ['question:abc', 'not_found'],
        ['question:0', 'not_found'],
        ['question:-1', 'not_found'],
        ['question:99999999999', 'not_found'],
        ['session:1', 'not_found'],
        ['user:1', 'forbidden'],
        ['moderation', 'forbidden'],
      ];
      for (const [room, code] of cases) {
        expect([room, refused(await rawSubscribe(visitor, 'subscribe', { room }))]).to.deep.equal([room, code]);
      }
      expect(refused(await rawSubscribe(visitor, 'subscribe', 'questions'))).to.equal('invalid_room');
      expect(refused(await rawSubscribe(visitor, 'subscribe', null))).to.equal('invalid_room');
      // The socket is still usable afterwards.
      expect(await subscribe(visitor, 'questions')).to.deep.include({ ok: true });
    });

    it('keeps `moderation` for moderators and admins: not visitors, members or experts', async () => {
      const visitor = await connectSocket();
      expect(refused(await subscribe(visitor, 'moderation'))).to.equal('forbidden');
      for (const role of ['member', 'expert'] as const) {
        const socket = await connectSocket(await clientFor(await buildUser({ role })));
        expect(refused(await subscribe(socket, 'moderation'))).to.equal('forbidden');
      }
      const counts = [];
      for (const role of ['moderator', 'admin'] as const) {
        const socket = await connectSocket(await clientFor(await buildUser({ role })));
        counts.push(await subscribe(socket, 'moderation'));
      }
      expect(counts).to.deep.equal([
        { ok: true, presence: 1 },
        { ok: true, presence: 2 },
      ]);
    });

    it('checks the role at each subscribe: a demoted moderator is refused on the same connection', async () => {
      const moderator = await buildUser({ role: 'moderator' });
      const socket = await connectSocket(await clientFor(moderator));
      expect(await subscribe(socket, 'moderation')).to.deep.include({ ok: true });
      await User.update({ role: 'member' }, { where: { id: moderator.id } });
      expect(refused(await subscribe(socket, 'moderation'))).to.equal('forbidden');
    });

    it('opens the room of a pending or hidden question to its author and moderators only', async () => {
      const author = await buildUser();
      const pending = await buildQuestion({ author });
      const hidden = await buildQuestion({ author });
      await Question.update({ status: 'pending' }, { where: { id: pending.id } });
      await Question.update({ status: 'hidden' }, { where: { id: hidden.id } });
      const visitor = await connectSocket();
      const member = await connectSocket(await clientFor(await buildUser()));
      const own = await connectSocket(await clientFor(author));
      const moderator = await connectSocket(await clientFor(await buildUser({ role: 'moderator' })));
      for (const id of [pending.id, hidden.id]) {
        expect(refused(await subscribe(visitor, `question:${id}`))).to.equal('not_found');
        expect(refused(await subscribe(member, `question:${id}`))).to.equal('not_found');
        expect(await subscribe(own, `question:${id}`)).to.deep.include({ ok: true });
        expect(await subscribe(moderator, `question:${id}`)).to.deep.include({ ok: true });
      }
    });

    it('authenticates with the session cookie only: a forged or logged-out cookie is a visitor', async () => {
      const moderator = await buildUser({ role: 'moderator' });
      const client = await clientFor(moderator);
      const cookie = client.cookieHeader();
      const [name, value] = cookie.split('=') as [string, string];
      expect(name).to.equal('ee.sid');
      const forged = await connectSocket(undefined, { cookie: `ee.sid=s%3Aforged-session-id.${value.split('.')[1]}` });
      expect(refused(await subscribe(forged, 'moderation'))).to.equal('forbidden');
      const tampered = await connectSocket(undefined, { cookie: `${cookie}x` });
      expect(refused(await subscribe(tampered, 'moderation'))).to.equal('forbidden');
      // The genuine cookie works, until logout; replayed afterwards, it is a visitor's.
      const genuine = await connectSocket(client);
      expect(await subscribe(genuine, 'moderation')).to.deep.include({ ok: true });
      expect((await client.post('/api/auth/logout')).status).to.equal(204);
      const replay = await connectSocket(undefined, { cookie });
      expect(refused(await subscribe(replay, 'moderation'))).to.equal('forbidden');
    });
  });

  describe('unsubscribe', () => {
    it('acknowledges, and the room sends nothing more', async () => {
      const question = await buildQuestion();
      const other = await buildQuestion();
      const answerer = await clientFor(await buildUser());
      const log = await watch(undefined, [`question:${question.id}`, `question:${other.id}`]);
      expect(await unsubscribe(log.socket, `question:${question.id}`)).to.deep.equal({ ok: true });
      await postAnswer(answerer, question.id);
      await postAnswer(answerer, other.id);
      await expectNoEvent(
        log,
        'answer:created',
        log.waitFor('answer:created', (p) => p.questionId === other.id),
        (p) => p.questionId === question.id,
      );
    });

    it('refuses to leave what cannot be left, or nonsense', async () => {
      const socket = await connectSocket(await clientFor(await buildUser()));
      expect(refused(await unsubscribe(socket, socket.id!))).to.equal('invalid_room');
      expect(refused(await rawSubscribe(socket, 'unsubscribe', { room: 7 }))).to.equal('invalid_room');
      expect(refused(await rawSubscribe(socket, 'unsubscribe', null))).to.equal('invalid_room');
      // Leaving a room one is not in is harmless.
      expect(await unsubscribe(socket, 'questions')).to.deep.equal({ ok: true });
    });
  });

  describe('cross-site origin', () => {
    const evil = 'https://evil.example';

    it('refuses a handshake from another site, with or without a session cookie', async () => {
      const client = await clientFor(await buildUser());
      for (const transports of [['websocket'], ['polling']] as const) {
        for (const who of [undefined, client]) {
          const attempt = connectSocket(who, { origin: evil, transports: [...transports] });
          await attempt.then(
            () => expect.fail(`connected from ${evil} over ${transports[0]}`),
            (err: Error) => expect(err).to.be.an('error'),
          );
        }
      }
      const handshake = await fetch(`${testEnv().baseUrl}/socket.io/?EIO=4&transport=polling`, {
        headers: { origin: evil, cookie: client.cookieHeader() },
      });
      expect(handshake.status).to.equal(403);
    });

    it('accepts this site’s own origin, the configured public origin, and clients that send none', async () => {
      const { baseUrl, ctx } = testEnv();
      for (const origin of [baseUrl, ctx.config.publicOrigin, undefined]) {
        const socket = await connectSocket(undefined, { origin });
        expect(socket.connected).to.be.true;
        const polling = await fetch(`${baseUrl}/socket.io/?EIO=4&transport=polling`, {
          headers: origin ? { origin } : {},
        });
        expect(polling.status).to.equal(200);
      }
    });
  });

  describe('subscription rate', () => {
    it('accepts an ordinary page’s subscriptions, refuses a flood with rate_limited, per connection', async () => {
      const question = await buildQuestion({ tags: ['tresorerie'] });
      const socket = await connectSocket();
      // A page subscribes to a few rooms, and again after navigating: all accepted.
      for (let round = 0; round < 10; round += 1) {
        for (const room of ['questions', 'tag:tresorerie', `question:${question.id}`]) {
          expect(await subscribe(socket, room)).to.deep.include({ ok: true });
        }
      }
      const flood = await Promise.all(Array.from({ length: 20 }, () => subscribe(socket, 'questions')));
      const codes = flood.map((ack) => (ack.ok ? 'ok' : ack.error.code));
      expect(codes.filter((code) => code === 'ok')).to.have.length(10);
      expect(codes.slice(10)).to.deep.equal(Array(10).fill('rate_limited'));
      // Another connection is not affected.
      expect(await subscribe(await connectSocket(), 'questions')).to.deep.include({ ok: true });
    });
  });
});
