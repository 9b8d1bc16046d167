import { expect } from 'chai';
import { buildAnswer, buildQuestion, buildUser, clientFor } from '../support/factories';
import { TestClient } from '../support/client';
import { connectSocket, disconnectAll, EventLog, nextEvent } from '../support/sockets';
import { startReputationWorker, type RunningReputationWorker } from '../support/reputation';

describe('notifications and live reputation', () => {
  let worker: RunningReputationWorker;
  beforeEach(async () => {
    worker = await startReputationWorker();
  });
  afterEach(async () => {
    disconnectAll();
    await worker.close();
  });

  it('tells the asker of a new answer and the answerer of an acceptance, live and in the list', async () => {
    const asker = await buildUser();
    const answerer = await buildUser();
    const askerClient = await clientFor(asker);
    const answererClient = await clientFor(answerer);
    const askerSocket = await connectSocket(askerClient);
    const answererSocket = await connectSocket(answererClient);
    const question = await buildQuestion({ author: asker, title: 'Comment déclarer la TVA intracommunautaire ?' });

    const answered = nextEvent(askerSocket, 'notification');
    const posted = await answererClient.post(`/api/questions/${question.id}/answers`, {
      body: 'Sur la déclaration mensuelle CA3, lignes dédiées aux acquisitions intracommunautaires.',
    });
    const { notification } = await answered;
    expect(notification).to.deep.include({
      kind: 'answer_posted',
      read: false,
      message: 'Nouvelle réponse à votre question « Comment déclarer la TVA intracommunautaire ? ».',
      link: `/questions/${question.id}#reponse-${posted.body.answer.id}`,
    });

    const accepted = nextEvent(answererSocket, 'notification', (p) => p.notification.kind === 'answer_accepted');
    const reputation = nextEvent(answererSocket, 'reputation:updated');
    await askerClient.post(`/api/answers/${posted.body.answer.id}/accept`);
    expect((await accepted).notification.message).to.equal(
      'Votre réponse à la question « Comment déclarer la TVA intracommunautaire ? » a été acceptée.',
    );
    expect(await reputation).to.deep.equal({ reputation: 16 });
    // 16 points crossed the 10-point milestone, which unlocks more than two links.
    await worker.drained();

    const list = await answererClient.get('/api/me/notifications');
    expect(list.status).to.equal(200);
    expect(list.body.unreadCount).to.equal(2);
    expect(list.body.items.map((n: { kind: string }) => n.kind).sort()).to.deep.equal([
      'answer_accepted',
      'reputation_milestone',
    ]);
    const milestone = list.body.items.find((n: { kind: string }) => n.kind === 'reputation_milestone');
    expect(milestone.message).to.equal(
      'Votre réputation atteint 10 points. Vous pouvez désormais : publier plus de 2 liens dans un message.',
    );
    // Un-accepting and accepting again does not notify twice.
    await askerClient.post(`/api/answers/${posted.body.answer.id}/accept`);
    await askerClient.post(`/api/answers/${posted.body.answer.id}/accept`);
    await worker.drained();
    expect((await answererClient.get('/api/me/notifications')).body.items).to.have.length(2);
  });

  it('groups votes on one post in one unread notification, and starts a new one once read', async () => {
    const author = await buildUser();
    const authorClient = await clientFor(author);
    const socket = await connectSocket(authorClient);
    const log = new EventLog(socket);
    const answer = await buildAnswer({ author });
    await worker.drained();
    for (const value of [1, 1, -1] as const) {
      const voter = await clientFor(await buildUser({ reputation: 60 }));
      await voter.post(`/api/answers/${answer.id}/vote`, { value });
    }
    await worker.drained();
    const list = await authorClient.get('/api/me/notifications');
    // The votes, and the 10-point milestone the first one crossed.
    expect(list.body.items.map((n: { kind: string }) => n.kind).sort()).to.deep.equal([
      'post_voted',
      'reputation_milestone',
    ]);
    const voted = list.body.items.find((n: { kind: string }) => n.kind === 'post_voted');
    expect(voted.data).to.include({ upvotes: 2, downvotes: 1, targetType: 'answer', targetId: answer.id });
    expect(voted.message).to.match(/a reçu 2 votes positifs et 1 vote négatif\.$/);
    // Each vote was pushed as it was counted, with the author's reputation after it.
    const votePushes = log.of('notification', (p) => p.notification.kind === 'post_voted');
    expect(votePushes.map((p) => p.notification.data.upvotes)).to.deep.equal([1, 2, 2]);
    expect(log.of('reputation:updated').map((p) => p.reputation)).to.deep.equal([11, 21, 19]);

    const read = await authorClient.post('/api/me/notifications/read', { ids: [voted.id] });
    expect(read.body).to.deep.equal({ unreadCount: 1 });
    await (await clientFor(await buildUser())).post(`/api/answers/${answer.id}/vote`, { value: 1 });
    await worker.drained();
    const after = await authorClient.get('/api/me/notifications?unread=true');
    const fresh = after.body.items.filter((n: { kind: string }) => n.kind === 'post_voted');
    expect(fresh).to.have.length(1);
    expect(fresh[0].id).to.not.equal(voted.id);
    expect(fresh[0].data).to.include({ upvotes: 1, downvotes: 0 });
  });

  it('keeps notifications private: another member can neither list nor mark them, a visitor gets 401', async () => {
    const asker = await buildUser();
    const question = await buildQuestion({ author: asker });
    await buildAnswer({ question });
    await worker.drained();
    const mine = await (await clientFor(asker)).get('/api/me/notifications');
    expect(mine.body.items).to.have.length(1);

    const other = await clientFor(await buildUser());
    expect((await other.get('/api/me/notifications')).body).to.deep.equal({
      items: [],
      nextCursor: null,
      unreadCount: 0,
    });
    await other.post('/api/me/notifications/read', { ids: [mine.body.items[0].id] });
    expect((await (await clientFor(asker)).get('/api/me/notifications')).body.unreadCount).to.equal(1);
    expect((await new TestClient().get('/api/me/notifications')).status).to.equal(401);
    const invalid = await other.post('/api/me/notifications/read', { ids: ['abc'] });
    expect(invalid.status).to.equal(400);
    expect(invalid.body.error.code).to.equal('validation_failed');
  });

  it('pages through notifications with a cursor', async () => {
    const asker = await buildUser();
    const question = await buildQuestion({ author: asker });
    for (let i = 0; i < 3; i += 1) await buildAnswer({ question });
    await worker.drained();
    const client = await clientFor(asker);
    const first = await client.get('/api/me/notifications?limit=2');
    expect(first.body.items).to.have.length(2);
    const second = await client.get(`/api/me/notifications?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).to.have.length(1);
    expect(second.body.nextCursor).to.equal(null);
    const ids = [...first.body.items, ...second.body.items].map((n: { id: number }) => n.id);
    expect(new Set(ids).size).to.equal(3);
    expect((await client.post('/api/me/notifications/read', {})).body).to.deep.equal({ unreadCount: 0 });
  });
});
