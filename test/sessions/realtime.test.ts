import { expect } from 'chai';
import type { SessionMessage } from '../../server/contracts/dto';
import { TestClient } from '../support/client';
import { buildUser, clientFor } from '../support/factories';
import { connectSocket, disconnectAll, expectNoEvent, subscribe, watch } from '../support/sockets';
import { ask, askApproved, buildOrganisation, expectApiError, member, partnerModerator, setupSession } from './helpers';

describe('live sessions in real time', () => {
  afterEach(() => disconnectAll());

  it('opens the session room to anyone and its staff room only to the organisation’s moderators and the experts', async () => {
    const { moderator, expert, session } = await setupSession();
    const staffRoom = `session:${session.id}:staff`;
    const refused = [
      new TestClient(),
      (await member()).client,
      await clientFor(await partnerModerator(await buildOrganisation())),
      await clientFor(await buildUser({ role: 'moderator' })),
    ];
    for (const client of refused) {
      const socket = await connectSocket(client);
      const ack = await subscribe(socket, staffRoom);
      expect(!ack.ok && ack.error.code).to.equal('forbidden');
      expect((await subscribe(socket, `session:${session.id}`)).ok).to.equal(true);
    }
    for (const client of [moderator, expert]) {
      expect((await subscribe(await connectSocket(client), staffRoom)).ok).to.equal(true);
    }
    const visitor = await connectSocket();
    for (const room of [
      'session:999999',
      'session:abc',
      `session:${session.id}:autre`,
      `session:${session.id}:staff:x`,
    ]) {
      expect((await subscribe(visitor, room)).ok, room).to.equal(false);
    }
  });

  it('shows platform moderators the queue live in `session:{id}:queue`, without the private channel', async () => {
    const { moderator, session } = await setupSession({ start: true });
    const queueRoom = `session:${session.id}:queue`;
    const platform = await clientFor(await buildUser({ role: 'moderator' }));
    const observer = await watch(platform, [`session:${session.id}`, queueRoom]);
    for (const client of [
      new TestClient(),
      (await member()).client,
      await clientFor(await partnerModerator(await buildOrganisation())),
    ]) {
      const ack = await subscribe(await connectSocket(client), queueRoom);
      expect(!ack.ok && ack.error.code).to.equal('forbidden');
    }
    expect((await subscribe(await connectSocket(moderator), queueRoom)).ok).to.equal(true);

    const asker = await member();
    const queued = await ask(asker.client, session.id);
    const seen = await observer.waitFor('session:question', (p) => p.question.id === queued.id, 10_000);
    expect(seen.question.liveState).to.equal('pending');
    expect(seen.question.caseId).to.be.a('number');
    const sent = await moderator.post(`/api/sessions/${session.id}/messages`, { body: 'Entre nous : on commence.' });
    expect(sent.status).to.equal(201);
    await expectNoEvent(
      observer,
      'session:message',
      moderator
        .post(`/api/sessions/${session.id}/questions/${queued.id}/state`, { state: 'approved' })
        .then(() =>
          observer.waitFor(
            'session:question',
            (p) => p.question.id === queued.id && p.question.liveState === 'approved',
          ),
        ),
    );
  });

  it('pushes a waiting question to its asker and the staff only, then to everyone once approved, with the audience count', async () => {
    const { moderator, expert, session } = await setupSession({ start: true });
    const asker = await member();
    const audience = await watch(undefined, [`session:${session.id}`]);
    const bystander = await watch((await member()).client, [`session:${session.id}`]);
    const staff = await watch(expert, [`session:${session.id}`, `session:${session.id}:staff`]);
    const own = await watch(asker.client, [`session:${session.id}`]);

    const question = await ask(asker.client, session.id);
    const queued = await staff.waitFor('session:question', (p) => p.question.id === question.id);
    expect(queued.question).to.deep.include({ liveState: 'pending', claimedBy: null, viewerIsAuthor: false });
    expect(queued.question.caseId).to.be.a('number');
    const mine = await own.waitFor('session:question', (p) => p.question.id === question.id);
    expect(mine.question).to.deep.include({ liveState: 'pending', viewerIsAuthor: true });
    expect(mine.question).to.not.have.property('caseId');

    const page = await new TestClient().get(`/api/sessions/${session.id}`);
    expect(page.body.session.audience).to.equal(4);

    await moderator.post(`/api/sessions/${session.id}/questions/${question.id}/state`, { state: 'approved' });
    const published = await audience.waitFor('session:question', (p) => p.question.id === question.id);
    expect(published.question).to.deep.include({ liveState: 'approved', status: 'published', viewerVote: 0 });
    expect(published.question).to.not.have.property('caseId');
    const counted = await audience.waitFor('session:updated', (p) => p.session.questionCount === 1);
    expect(counted.session.audience).to.equal(4);
    for (const log of [audience, bystander]) {
      await expectNoEvent(
        log,
        'session:question',
        log.waitFor('session:question', (p) => p.question.liveState === 'approved'),
        (p) => p.question.liveState === 'pending',
      );
    }

    // Votes arrive coalesced as vote:updated on the session room.
    await (await member()).client.post(`/api/questions/${question.id}/vote`, { value: 1 });
    const vote = await audience.waitFor('vote:updated', (p) => p.targetId === question.id);
    expect(vote).to.deep.include({ targetType: 'question', score: 1 });

    // Dismissing an approved question takes it off every screen; only its asker learns why.
    const reason = 'Question trop personnelle pour une réponse en public.';
    await moderator.post(`/api/sessions/${session.id}/questions/${question.id}/state`, { state: 'dismissed', reason });
    expect(await audience.waitFor('question:removed', (p) => p.questionId === question.id)).to.deep.equal({
      questionId: question.id,
    });
    const told = await own.waitFor('session:question', (p) => p.question.liveState === 'dismissed');
    expect(told.question.liveDismissReason).to.equal(reason);
    await audience.waitFor('session:updated', (p) => p.session.questionCount === 0);
    for (const text of [...audience.rawPayloads(), ...bystander.rawPayloads()]) expect(text).to.not.contain(reason);
  });

  it('carries the private channel to the staff room only, over HTTP and sockets', async () => {
    const { moderator, moderatorUser, expert, expertUser, session } = await setupSession({ start: true });
    const expertLog = await watch(expert, [`session:${session.id}:staff`]);
    const audience = await watch(undefined, [`session:${session.id}`]);

    const sent = await moderator.post(`/api/sessions/${session.id}/messages`, {
      body: 'La question sur la rupture conventionnelle est pour vous.',
    });
    expect(sent.status, sent.text).to.equal(201);
    const message = sent.body.message as SessionMessage;
    expect(message).to.deep.include({
      sessionId: session.id,
      body: 'La question sur la rupture conventionnelle est pour vous.',
    });
    expect(message.author).to.include({ id: moderatorUser.id });
    expect((await expertLog.waitFor('session:message')).message).to.deep.equal(message);
    const reply = await expert.post(`/api/sessions/${session.id}/messages`, { body: 'Je la prends.' });
    expect(reply.body.message.author).to.include({ id: expertUser.id });

    const history = await expert.get(`/api/sessions/${session.id}/messages?limit=1`);
    expect(history.body.items.map((m: SessionMessage) => m.body)).to.deep.equal(['Je la prends.']);
    const older = await expert.get(`/api/sessions/${session.id}/messages?limit=1&cursor=${history.body.nextCursor}`);
    expect(older.body.items.map((m: SessionMessage) => m.id)).to.deep.equal([message.id]);
    expect(older.body.nextCursor).to.equal(null);
    expectApiError(await expert.post(`/api/sessions/${session.id}/messages`, { body: '' }), 400, 'validation_failed');
    expectApiError(await (await member()).client.post(`/api/sessions/${session.id}/messages`, { body: 'Coucou' }), 403);
    expect(audience.of('session:message')).to.deep.equal([]);
  });

  it('shows the expert’s drafting mark live to the audience, and its withdrawal', async () => {
    const { moderator, expert, expertUser, session } = await setupSession({ start: true });
    const question = await askApproved((await member()).client, moderator, session.id);
    const audience = await watch(undefined, [`session:${session.id}`]);
    await expert.post(`/api/sessions/${session.id}/questions/${question.id}/drafting`);
    const marked = await audience.waitFor('session:question', (p) => p.question.liveDrafting !== null);
    expect(marked.question.liveDrafting).to.include({ id: expertUser.id, pseudonym: expertUser.pseudonym });
    await expert.delete(`/api/sessions/${session.id}/questions/${question.id}/drafting`);
    const cleared = await audience.waitFor(
      'session:question',
      (p) => p.question.id === question.id && p.question.liveDrafting === null,
    );
    expect(cleared.question.liveState).to.equal('approved');
  });
});
