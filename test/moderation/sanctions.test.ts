import { expect } from 'chai';
import { TestClient } from '../support/client';
import { buildAnswer, buildQuestion, buildUser, clientFor } from '../support/factories';

describe('moderation: suspensions, revealing an author, the log', () => {
  it('a suspended member can read but not post, vote or flag (403 suspended) until the end date', async () => {
    const member = await buildUser();
    const memberClient = await clientFor(member);
    const moderator = await clientFor(await buildUser({ role: 'moderator' }));
    const suspended = await moderator.post(`/api/moderation/users/${member.id}/suspend`, {
      days: 7,
      reason: 'Messages insultants répétés',
    });
    expect(suspended.status).to.equal(200);
    const until = new Date(suspended.body.suspendedUntil).getTime();
    expect(until - Date.now()).to.be.within(6.9 * 86_400_000, 7.1 * 86_400_000);

    const question = await buildQuestion();
    for (const [path, body] of [
      [
        '/api/questions',
        { title: 'Puis-je encore poser une question ?', body: 'Une question pendant ma suspension.', tags: ['x'] },
      ],
      [`/api/questions/${question.id}/answers`, { body: 'Une réponse pendant ma suspension.' }],
      [`/api/questions/${question.id}/vote`, { value: 1 }],
      ['/api/flags', { targetType: 'question', targetId: question.id, reason: 'spam' }],
    ] as const) {
      const refused = await memberClient.post(path, body);
      expect(refused.status, path).to.equal(403);
      expect(refused.body.error.code, path).to.equal('suspended');
    }
    expect((await memberClient.get(`/api/questions/${question.id}`)).status).to.equal(200);
    expect((await memberClient.get('/api/me/notifications')).status).to.equal(200);

    const invalid = await moderator.post(`/api/moderation/users/${member.id}/suspend`, { days: 0, reason: 'x' });
    expect(invalid.status).to.equal(400);
    expect(invalid.body.error.code).to.equal('validation_failed');
    const byMember = await (
      await clientFor(await buildUser())
    ).post(`/api/moderation/users/${member.id}/suspend`, {
      days: 3,
      reason: 'Je n’aime pas ce membre',
    });
    expect(byMember.status).to.equal(403);
  });

  it('suspends the author of an anonymous post without telling moderators who it is; only an admin reveals it, logged', async () => {
    const author = await buildUser();
    const answer = await buildAnswer({ author, anonymous: true, question: await buildQuestion() });
    const moderatorUser = await buildUser({ role: 'moderator' });
    const moderator = await clientFor(moderatorUser);
    await moderator.post('/api/flags', { targetType: 'answer', targetId: answer.id, reason: 'offensive' });
    const [flagCase] = (await moderator.get('/api/moderation/cases')).body.items;
    expect(flagCase.target.author).to.equal(null);
    expect(flagCase.target.authorStanding).to.deep.include({ reputation: 1, sanctions: 0 });
    expect(JSON.stringify(flagCase)).to.not.contain(author.pseudonym);

    const suspended = await moderator.post(`/api/moderation/cases/${flagCase.id}/suspend-author`, {
      days: 3,
      reason: 'Menaces envers un membre',
    });
    expect(suspended.status).to.equal(200);
    expect(JSON.stringify(suspended.body)).to.not.contain(author.pseudonym);
    const refused = await (await clientFor(author)).post(`/api/answers/${answer.id}/vote`, { value: 1 });
    expect(refused.body.error.code).to.equal('suspended');
    const standing = (await moderator.get(`/api/moderation/cases/${flagCase.id}`)).body.case.target.authorStanding;
    expect(standing.sanctions).to.equal(1);

    const moderatorLog = await moderator.get('/api/moderation/log');
    const suspension = moderatorLog.body.items.find((e: { action: string }) => e.action === 'suspend');
    expect(suspension).to.deep.include({
      caseId: flagCase.id,
      user: null,
      reason: 'Menaces envers un membre (3 jours)',
    });
    expect(moderatorLog.text).to.not.contain(author.pseudonym);

    const notAdmin = await moderator.post(`/api/moderation/cases/${flagCase.id}/reveal-author`, {
      reason: 'Réquisition judiciaire n° 2026-1142',
    });
    expect(notAdmin.status).to.equal(403);
    const adminUser = await buildUser({ role: 'admin' });
    const admin = await clientFor(adminUser);
    const missingReason = await admin.post(`/api/moderation/cases/${flagCase.id}/reveal-author`, {});
    expect(missingReason.status).to.equal(400);
    const revealed = await admin.post(`/api/moderation/cases/${flagCase.id}/reveal-author`, {
      reason: 'Réquisition judiciaire n° 2026-1142',
    });
    expect(revealed.status).to.equal(200);
    expect(revealed.body.author).to.include({ id: author.id, pseudonym: author.pseudonym });

    const adminLog = await admin.get('/api/moderation/log');
    expect(adminLog.body.items[0]).to.deep.include({
      action: 'reveal_author',
      reason: 'Réquisition judiciaire n° 2026-1142',
    });
    expect(adminLog.body.items[0].moderator).to.include({ id: adminUser.id });
    expect(adminLog.body.items[0].user).to.include({ id: author.id });
    // Moderators still do not see it in the log.
    expect((await moderator.get('/api/moderation/log')).text).to.not.contain(author.pseudonym);
  });

  it('lists my posts, anonymous ones included, with their status, page by page', async () => {
    const me = await buildUser();
    const question = await buildQuestion({ author: me, anonymous: true });
    await buildAnswer({ author: me, question: await buildQuestion() });
    await buildAnswer({ author: me, question });
    const client = await clientFor(me);
    const first = await client.get('/api/me/posts?limit=2');
    expect(first.status).to.equal(200);
    expect(first.body.items).to.have.length(2);
    const second = await client.get(`/api/me/posts?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).to.have.length(1);
    expect(second.body.nextCursor).to.equal(null);
    const all = [...first.body.items, ...second.body.items];
    expect(all.map((p: { targetType: string }) => p.targetType).sort()).to.deep.equal(['answer', 'answer', 'question']);
    expect(all.find((p: { targetType: string }) => p.targetType === 'question')).to.deep.include({
      id: question.id,
      anonymous: true,
      status: 'published',
      reasons: [],
    });
    expect((await new TestClient().get('/api/me/posts')).status).to.equal(401);
    expect((await client.get('/api/me/posts?status=lost')).status).to.equal(400);
  });
});
