import { expect } from 'chai';
import { Organisation } from '../../db/models';
import { TestClient } from '../support/client';
import { buildAnswer, buildQuestion, buildUser, clientFor } from '../support/factories';
import { connectSocket, disconnectAll, join, nextEvent, subscribe, watch } from '../support/sockets';

const flag = (client: TestClient, targetType: 'question' | 'answer', targetId: number, note = '') =>
  client.post('/api/flags', { targetType, targetId, reason: 'offensive', note });

describe('moderation: flags and cases', () => {
  afterEach(() => disconnectAll());

  it('hides a post once flags weigh 3: three members, or fewer trusted ones; then only its author sees it', async () => {
    const author = await buildUser();
    const authorClient = await clientFor(author);
    const authorLog = await watch(authorClient);
    const question = await buildQuestion();
    const answer = await buildAnswer({ question, author });
    const moderator = await clientFor(await buildUser({ role: 'moderator' }));
    const queue = await watch(moderator, ['moderation']);
    const reader = await watch(new TestClient(), [`question:${question.id}`]);

    const first = await flag(await clientFor(await buildUser()), 'answer', answer.id, 'Insulte envers un autre membre');
    expect(first.status).to.equal(201);
    const opened = await queue.waitFor('moderation:case');
    expect(opened.case).to.deep.include({ kind: 'flag', targetType: 'answer', targetId: answer.id, flagWeight: 1 });
    expect(opened.case.reasons[0]).to.deep.include({
      check: 'flag_offensive',
      detail: 'Propos injurieux ou menaçants : Insulte envers un autre membre',
    });
    expect(opened.case.target).to.deep.include({ status: 'published', questionId: question.id });
    expect(opened.case.target!.author).to.include({ id: author.id });

    // A member with 100 points weighs 1.5: 2.5, still visible.
    expect((await flag(await clientFor(await buildUser({ reputation: 100 })), 'answer', answer.id)).status).to.equal(
      201,
    );
    expect((await new TestClient().get(`/api/questions/${question.id}`)).body.answers).to.have.length(1);
    // Another one: 4.
    expect((await flag(await clientFor(await buildUser({ reputation: 100 })), 'answer', answer.id)).status).to.equal(
      201,
    );

    const status = await authorLog.waitFor('post:status', (p) => p.status === 'hidden');
    expect(status).to.deep.include({ targetType: 'answer', targetId: answer.id, status: 'hidden' });
    expect(status.reasons[0]!.detail).to.contain('masqué après plusieurs signalements');
    expect(await reader.waitFor('answer:removed')).to.deep.equal({ questionId: question.id, answerId: answer.id });
    const page = await new TestClient().get(`/api/questions/${question.id}`);
    expect(page.body.answers).to.deep.equal([]);
    expect(page.body.question.answerCount).to.equal(0);
    const own = await authorClient.get(`/api/questions/${question.id}`);
    expect(own.body.answers.map((a: { status: string }) => a.status)).to.deep.equal(['hidden']);

    // One flag per member and post.
    const flagger = await clientFor(await buildUser());
    const duplicate = await flagger.post('/api/flags', {
      targetType: 'question',
      targetId: question.id,
      reason: 'spam',
    });
    expect(duplicate.status).to.equal(201);
    const twice = await flagger.post('/api/flags', { targetType: 'question', targetId: question.id, reason: 'spam' });
    expect(twice.status).to.equal(409);
    expect(twice.body.error.code).to.equal('already_flagged');
  });

  it('lets one moderator’s flag hide at once, and logs it', async () => {
    const question = await buildQuestion();
    const moderatorUser = await buildUser({ role: 'moderator' });
    const moderator = await clientFor(moderatorUser);
    expect((await flag(moderator, 'question', question.id)).status).to.equal(201);
    expect((await new TestClient().get(`/api/questions/${question.id}`)).status).to.equal(404);
    const log = await moderator.get('/api/moderation/log');
    expect(log.body.items[0]).to.deep.include({
      action: 'hide_by_flags',
      targetType: 'question',
      targetId: question.id,
    });
    expect(log.body.items[0].moderator).to.include({ id: moderatorUser.id });
  });

  it('lets only one moderator hold a case, shows the claim live, and publishes again on approval', async () => {
    const author = await buildUser();
    const question = await buildQuestion();
    const answer = await buildAnswer({ question, author });
    const [alice, bob] = [await buildUser({ role: 'moderator' }), await buildUser({ role: 'moderator' })];
    const aliceClient = await clientFor(alice);
    const bobClient = await clientFor(bob);
    await flag(aliceClient, 'answer', answer.id, 'À vérifier');
    const bobSocket = await connectSocket(bobClient);
    await join(bobSocket, 'moderation');
    const reader = await connectSocket(new TestClient());
    await join(reader, `question:${question.id}`);

    const queue = await bobClient.get('/api/moderation/cases');
    expect(queue.body.items).to.have.length(1);
    const caseId = queue.body.items[0].id as number;

    const claimedLive = nextEvent(bobSocket, 'moderation:case', (p) => p.case.status === 'claimed');
    const claim = await aliceClient.post(`/api/moderation/cases/${caseId}/claim`);
    expect(claim.status).to.equal(200);
    expect(claim.body.case.claimedBy).to.include({ id: alice.id });
    expect((await claimedLive).case.claimedBy).to.include({ id: alice.id, pseudonym: alice.pseudonym });
    expect((await aliceClient.post(`/api/moderation/cases/${caseId}/claim`)).status).to.equal(200);

    const conflict = await bobClient.post(`/api/moderation/cases/${caseId}/claim`);
    expect(conflict.status).to.equal(409);
    expect(conflict.body.error).to.deep.equal({
      code: 'already_claimed',
      message: `Ce dossier est déjà pris en charge par ${alice.pseudonym}.`,
    });
    expect((await bobClient.post(`/api/moderation/cases/${caseId}/resolve`, { decision: 'reject' })).status).to.equal(
      409,
    );

    const published = nextEvent(reader, 'answer:created');
    const resolved = await aliceClient.post(`/api/moderation/cases/${caseId}/resolve`, {
      decision: 'approve',
      note: 'Signalement non fondé',
    });
    expect(resolved.status).to.equal(200);
    expect(resolved.body.case).to.deep.include({
      status: 'resolved',
      decision: 'approve',
      note: 'Signalement non fondé',
    });
    expect((await published).answer).to.include({ id: answer.id, status: 'published' });
    expect((await new TestClient().get(`/api/questions/${question.id}`)).body.answers).to.have.length(1);
    expect((await aliceClient.post(`/api/moderation/cases/${caseId}/resolve`, { decision: 'reject' })).status).to.equal(
      409,
    );
    const resolvedList = await bobClient.get('/api/moderation/cases?status=resolved');
    expect(resolvedList.body.items.map((c: { id: number }) => c.id)).to.deep.equal([caseId]);
    const log = await bobClient.get('/api/moderation/log');
    expect(log.body.items.map((e: { action: string }) => e.action)).to.deep.equal([
      'approve',
      'claim',
      'hide_by_flags',
    ]);
    expect(log.body.items[0]).to.deep.include({ reason: 'Signalement non fondé', caseId });
  });

  it('rejecting hides the post and tells its author why', async () => {
    const author = await buildUser();
    const authorClient = await clientFor(author);
    const socket = await connectSocket(authorClient);
    const question = await buildQuestion({ author });
    const moderator = await clientFor(await buildUser({ role: 'moderator' }));
    await flag(await clientFor(await buildUser()), 'question', question.id);
    const [open] = (await moderator.get('/api/moderation/cases')).body.items;
    const told = nextEvent(socket, 'post:status');
    const rejected = await moderator.post(`/api/moderation/cases/${open.id}/resolve`, {
      decision: 'reject',
      note: 'Les attaques personnelles ne sont pas admises.',
    });
    expect(rejected.status).to.equal(200);
    expect(await told).to.deep.equal({
      targetType: 'question',
      targetId: question.id,
      status: 'hidden',
      reasons: [{ check: 'moderation', detail: 'Les attaques personnelles ne sont pas admises.' }],
    });
    expect((await new TestClient().get(`/api/questions/${question.id}`)).status).to.equal(404);
    const mine = await authorClient.get('/api/me/posts?status=hidden');
    expect(mine.body.items).to.have.length(1);
    expect(mine.body.items[0]).to.deep.include({ targetType: 'question', id: question.id, status: 'hidden' });
    expect(mine.body.items[0].reasons).to.deep.equal([
      { check: 'moderation', detail: 'Les attaques personnelles ne sont pas admises.' },
    ]);
  });

  it('keeps moderation to moderators, and a partner’s moderator to its own organisation', async () => {
    const question = await buildQuestion();
    await flag(await clientFor(await buildUser()), 'question', question.id);
    const member = await clientFor(await buildUser());
    expect((await member.get('/api/moderation/cases')).status).to.equal(403);
    expect((await new TestClient().get('/api/moderation/log')).status).to.equal(401);
    const memberSocket = await connectSocket(member);
    expect((await subscribe(memberSocket, 'moderation')).ok).to.equal(false);

    const organisation = await Organisation.create({ slug: 'cci-paris', name: 'CCI Paris Île-de-France' });
    const partnerUser = await buildUser({ role: 'moderator' });
    await partnerUser.update({ organisationId: organisation.id });
    const partner = await clientFor(partnerUser);
    expect((await partner.get('/api/moderation/cases')).body.items).to.deep.equal([]);
    const platformCase = (await (await clientFor(await buildUser({ role: 'admin' }))).get('/api/moderation/cases')).body
      .items[0];
    const refused = await partner.post(`/api/moderation/cases/${platformCase.id}/claim`);
    expect(refused.status).to.equal(403);
    expect((await partner.get(`/api/moderation/cases/${platformCase.id}`)).status).to.equal(403);
    expect((await subscribe(await connectSocket(partner), 'moderation')).ok).to.equal(false);
  });
});
