import { expect } from 'chai';
import type { SessionQuestion } from '../../server/contracts/dto';
import type { TestClient, TestResponse } from '../support/client';
import { buildUser, clientFor } from '../support/factories';
import { connectSocket, disconnectAll, subscribe } from '../support/sockets';
import {
  ask,
  askApproved,
  buildOrganisation,
  liveCaseOf,
  member,
  partnerModerator,
  sessionBody,
  setupSession,
} from './helpers';

describe('live sessions: each organisation runs its own', () => {
  afterEach(() => disconnectAll());

  it('answers 403 to another organisation’s moderator on every session action, and changes nothing', async () => {
    const { organisation, moderator, expertUser, session } = await setupSession({ start: true });
    const asker = await member();
    const approved = await askApproved(asker.client, moderator, session.id);
    const other = await askApproved(asker.client, moderator, session.id);
    const waiting = await ask(asker.client, session.id);
    const caseId = (await liveCaseOf(waiting.id))!;
    const outsider = await clientFor(await partnerModerator(await buildOrganisation('Autre CCI')));

    const base = `/api/sessions/${session.id}`;
    const attempts: [string, () => Promise<TestResponse>][] = [
      ['create', () => outsider.post('/api/sessions', sessionBody(organisation.id, [expertUser.id]))],
      ['start', () => outsider.post(`${base}/start`)],
      ['end', () => outsider.post(`${base}/end`)],
      ['approve', () => outsider.post(`${base}/questions/${waiting.id}/state`, { state: 'approved' })],
      [
        'dismiss',
        () => outsider.post(`${base}/questions/${waiting.id}/state`, { state: 'dismissed', reason: 'Hors sujet.' }),
      ],
      ['answering', () => outsider.post(`${base}/questions/${approved.id}/state`, { state: 'answering' })],
      ['merge', () => outsider.post(`${base}/questions/${other.id}/merge`, { intoId: approved.id })],
      ['drafting', () => outsider.post(`${base}/questions/${approved.id}/drafting`)],
      ['stop drafting', () => outsider.delete(`${base}/questions/${approved.id}/drafting`)],
      ['export', () => outsider.get(`${base}/export.csv`)],
      ['read messages', () => outsider.get(`${base}/messages`)],
      ['write messages', () => outsider.post(`${base}/messages`, { body: 'Bonjour à tous.' })],
      ['see case', () => outsider.get(`/api/moderation/cases/${caseId}`)],
      ['claim case', () => outsider.post(`/api/moderation/cases/${caseId}/claim`)],
      ['resolve case', () => outsider.post(`/api/moderation/cases/${caseId}/resolve`, { decision: 'approve' })],
    ];
    // The expert marks drafting; a moderator of another organisation may not take it back.
    await (await clientFor(expertUser)).post(`${base}/questions/${approved.id}/drafting`);
    for (const [action, attempt] of attempts) {
      const response = await attempt();
      expect(response.status, `${action}: ${response.text}`).to.equal(403);
      expect(response.body?.error?.code ?? 'forbidden', action).to.equal('forbidden');
    }
    // Their queue does not list it either.
    expect((await outsider.get('/api/moderation/cases?kind=live_question')).body.items).to.deep.equal([]);
    // They see what the public sees.
    const view = (await outsider.get(base)).body;
    expect(view.session.viewerRole).to.equal(null);
    expect(view.questions.map((q: SessionQuestion) => q.id).sort()).to.deep.equal([approved.id, other.id].sort());
    expect(view.questions[0]).to.not.have.property('caseId');

    const after = (await moderator.get(base)).body;
    expect(after.session.status).to.equal('live');
    expect(after.questions.map((q: SessionQuestion) => [q.id, q.liveState, q.claimedBy])).to.deep.equal([
      [approved.id, 'approved', null],
      [other.id, 'approved', null],
      [waiting.id, 'pending', null],
    ]);
    expect(after.questions[0].liveDrafting).to.include({ id: expertUser.id });

    const socket = await connectSocket(outsider);
    const ack = await subscribe(socket, `session:${session.id}:staff`);
    expect(ack).to.deep.include({ ok: false });
    expect(!ack.ok && ack.error.code).to.equal('forbidden');
    expect((await subscribe(socket, `session:${session.id}`)).ok).to.equal(true);
  });

  it('lets platform moderators watch the queue without acting on it; members and experts act on nothing', async () => {
    const { moderator, expert, session } = await setupSession({ start: true });
    const asker = await member();
    const waiting = await ask(asker.client, session.id);
    const platform = await clientFor(await buildUser({ role: 'moderator' }));
    const observed = (await platform.get(`/api/sessions/${session.id}`)).body;
    expect(observed.session.viewerRole).to.equal('observer');
    expect(observed.questions.map((q: SessionQuestion) => [q.id, q.liveState])).to.deep.equal([
      [waiting.id, 'pending'],
    ]);

    const base = `/api/sessions/${session.id}`;
    const actors: [string, TestClient][] = [
      ['platform moderator', platform],
      ['member', asker.client],
      ['expert', expert],
    ];
    for (const [who, client] of actors) {
      for (const [action, response] of [
        ['approve', await client.post(`${base}/questions/${waiting.id}/state`, { state: 'approved' })],
        ['end', await client.post(`${base}/end`)],
        ['export', await client.get(`${base}/export.csv`)],
      ] as const) {
        expect(response.status, `${who} ${action}: ${response.text}`).to.equal(403);
      }
    }
    for (const client of [platform, asker.client]) {
      expect((await client.get(`${base}/messages`)).status).to.equal(403);
    }
    // Admins act on every organisation's sessions.
    const admin = await clientFor(await buildUser({ role: 'admin' }));
    const approved = await admin.post(`${base}/questions/${waiting.id}/state`, { state: 'approved' });
    expect(approved.status, approved.text).to.equal(200);
    expect((await admin.get(`${base}/messages`)).status).to.equal(200);
    expect((await moderator.post(`${base}/end`)).status).to.equal(200);
  });
});
