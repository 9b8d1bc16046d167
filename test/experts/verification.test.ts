import { expect } from 'chai';
import { User } from '../../db/models';
import type { Answer as AnswerDto } from '../../server/contracts/dto';
import { TestClient } from '../support/client';
import { DEFAULT_PASSWORD, buildAnswer, buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';
import { moderated } from '../support/moderation';
import { disconnectAll, watch } from '../support/sockets';
import {
  CNB_URL,
  NOTICE,
  countRows,
  OEC_URL,
  buildOrganisation,
  expectApiError,
  partnerModerator,
  requestBadge,
  validRequest,
  verifiedExpert,
} from './helpers';

const ANSWER = 'Le licenciement pour motif économique suppose une procédure précise, à respecter pas à pas.';

describe('experts: the badge request, its verification and its revocation', () => {
  afterEach(() => disconnectAll());

  it('opens a case for the platform’s moderators, who see the request and the register to check', async () => {
    await buildTag('droit-du-travail', 'Droit du travail');
    const member = await buildUser({ pseudonym: 'maitre-lyon', reputation: 40 });
    const client = await clientFor(member);
    const moderator = await clientFor(await buildUser({ role: 'moderator' }));
    const queue = await watch(moderator, ['moderation']);

    const response = await client.post('/api/me/expert', validRequest());
    expect(response.status, response.text).to.equal(202);
    expect(response.body.request).to.deep.include({
      profession: 'avocat',
      register: 'barreau',
      registerName: 'Barreau de Lyon',
      registerUrl: CNB_URL,
      registrationNumber: 'LY-2011-4521',
      areas: ['Droit social', 'Contentieux prud’homal'],
      tags: ['droit-du-travail'],
      status: 'requested',
      decisionNote: null,
      decidedAt: null,
    });

    const pushed = await queue.waitFor('moderation:case', (p) => p.case.kind === 'expert_verification');
    expect(pushed.case).to.deep.include({
      kind: 'expert_verification',
      targetType: null,
      targetId: null,
      target: null,
      status: 'open',
      organisationId: null,
    });
    expect(pushed.case.reasons).to.deep.equal([
      { check: 'expert_request', detail: 'Avocat — Barreau de Lyon, n° LY-2011-4521' },
    ]);
    expect(pushed.case.expertRequest).to.deep.include({
      registerName: 'Barreau de Lyon',
      registrationNumber: 'LY-2011-4521',
      registerUrl: CNB_URL,
      status: 'requested',
    });
    expect(pushed.case.expertRequest!.member).to.deep.include({
      id: member.id,
      pseudonym: 'maitre-lyon',
      expert: null,
    });
    expect(pushed.case.expertRequest!.memberStanding).to.include({ reputation: 40, sanctions: 0 });

    const listed = await moderator.get('/api/moderation/cases?kind=expert_verification');
    expect(listed.body.items.map((c: { id: number }) => c.id)).to.deep.equal([pushed.case.id]);
    expect((await client.get('/api/me/expert')).body.request).to.deep.equal(response.body.request);
  });

  it('approves: the badge with its register, the expert role, and a notification pushed to the member', async () => {
    const member = await buildUser();
    const client = await clientFor(member);
    const own = await watch(client);
    const caseId = await requestBadge(client);
    const moderatorUser = await buildUser({ role: 'moderator' });
    const moderator = await clientFor(moderatorUser);

    const decided = await moderator.post(`/api/moderation/cases/${caseId}/resolve`, {
      decision: 'approve',
      note: 'Inscription vérifiée sur l’annuaire du CNB.',
    });
    expect(decided.status, decided.text).to.equal(200);
    expect(decided.body.case).to.deep.include({ status: 'resolved', decision: 'approve' });
    expect(decided.body.case.expertRequest.status).to.equal('verified');

    const notification = await own.waitFor('notification', (p) => p.notification.kind === 'expert_verified');
    expect(notification.notification).to.deep.include({
      kind: 'expert_verified',
      message:
        'Votre statut d’expert est vérifié : le badge « Avocat » s’affiche désormais sur vos réponses et votre profil.',
      link: '/mon-compte/expert',
      read: false,
    });
    const profile = await new TestClient().get(`/api/users/${member.id}`);
    expect(profile.body).to.include({ role: 'expert' });
    expect(profile.body.expert).to.deep.equal({
      profession: 'avocat',
      verified: true,
      registerName: 'Barreau de Lyon',
      registerUrl: CNB_URL,
    });
    const mine = (await client.get('/api/me/expert')).body.request;
    expect(mine).to.deep.include({ status: 'verified', decisionNote: 'Inscription vérifiée sur l’annuaire du CNB.' });
    expect(mine.decidedAt).to.be.a('string');

    // The log names who was verified (an expert signs their answers: nothing to hide).
    const log = await moderator.get('/api/moderation/log');
    expect(log.body.items[0]).to.deep.include({ action: 'approve', caseId });
    expect(log.body.items[0].user).to.include({ id: member.id });

    // Verified: asking again is a conflict.
    expectApiError(await client.post('/api/me/expert', validRequest()), 409, 'already_expert');
  });

  it('shows the badge and the notice on every payload of an expert’s signed answers, HTTP and live', async () => {
    await buildTag('droit-du-travail', 'Droit du travail');
    const question = await buildQuestion({ tags: ['droit-du-travail'] });
    const expertUser = await buildUser({ pseudonym: 'avocate-sociale' });
    await buildAnswer({ question, author: expertUser, body: `${ANSWER} (avant le badge)` });
    const visitor = new TestClient();
    // A visitor's page is cached before the verification: it must not keep showing no badge.
    const before = await visitor.get(`/api/questions/${question.id}`);
    expect(before.body.answers[0]).to.deep.include({ expertNotice: null, recommendedBy: [] });
    expect(before.body.answers[0].author.expert).to.equal(null);

    const { client } = await verifiedExpert({ user: expertUser });
    const badge = { profession: 'avocat', verified: true, registerName: 'Barreau de Lyon', registerUrl: CNB_URL };
    const expectExpert = (answer: AnswerDto, where: string) => {
      expect(answer.author?.expert, where).to.deep.equal(badge);
      expect(answer.expertNotice, where).to.equal(NOTICE);
    };

    // The answer signed before the badge carries it now, for the visitor as for members.
    const page = await visitor.get(`/api/questions/${question.id}`);
    expectExpert(page.body.answers[0], 'visitor page, older answer');
    expectExpert(
      (await (await clientFor(await buildUser())).get(`/api/questions/${question.id}`)).body.answers[0],
      'member page',
    );

    // A new answer: in the creation response, live to the question's room and the author, on the page.
    const room = await watch(new TestClient(), [`question:${question.id}`]);
    const ownTab = await watch(client);
    const created = await client.post(`/api/questions/${question.id}/answers`, { body: ANSWER });
    expect(created.status, created.text).to.equal(201);
    expectExpert(created.body.answer, 'POST answer response (pending)');
    const pendingLive = await ownTab.waitFor('answer:created', (p) => p.answer.id === created.body.answer.id);
    expectExpert(pendingLive.answer, 'answer:created to its author');
    await moderated();
    const live = await room.waitFor('answer:created', (p) => p.answer.id === created.body.answer.id);
    expectExpert(live.answer, 'answer:created to the room');

    const edited = await client.patch(`/api/answers/${created.body.answer.id}`, {
      body: `${ANSWER} Précision ajoutée.`,
    });
    expect(edited.status, edited.text).to.equal(200);
    expectExpert(edited.body.answer, 'PATCH answer response');
    await moderated();
    const republished = await room.waitFor(
      'answer:created',
      (p) => p.answer.id === created.body.answer.id && p.answer.body.endsWith('Précision ajoutée.'),
    );
    expectExpert(republished.answer, 'answer:created after the edit');

    const answers = await visitor.get(`/api/users/${expertUser.id}/answers`);
    expect(answers.body.items).to.have.length(2);
    for (const answer of answers.body.items) expectExpert(answer, 'users/:id/answers');

    // A question the expert signs shows the badge too (no notice: it is not an answer).
    const asked = await buildQuestion({ author: expertUser, tags: ['droit-du-travail'] });
    expect((await visitor.get(`/api/questions/${asked.id}`)).body.question.author.expert).to.deep.equal(badge);

    // Directory.
    const directory = await visitor.get('/api/experts?tag=droit-du-travail');
    expect(directory.body.items.map((e: { id: number }) => e.id)).to.deep.equal([expertUser.id]);
    expect(directory.body.items[0].expert).to.deep.equal(badge);
  });

  it('keeps an expert’s anonymous answer anonymous: no author, no badge, no notice', async () => {
    const { user, client } = await verifiedExpert();
    const question = await buildQuestion();
    const room = await watch(new TestClient(), [`question:${question.id}`]);
    const created = await client.post(`/api/questions/${question.id}/answers`, { body: ANSWER, anonymous: true });
    expect(created.body.answer).to.deep.include({ author: null, anonymous: true, expertNotice: null });
    await moderated();
    expect((await room.waitFor('answer:created')).answer).to.deep.include({ author: null, expertNotice: null });
    const page = await new TestClient().get(`/api/questions/${question.id}`);
    expect(page.body.answers[0]).to.deep.include({ author: null, expertNotice: null });
    expect(page.text).to.not.contain(user.pseudonym);
    expect((await new TestClient().get(`/api/users/${user.id}/answers`)).body.items).to.deep.equal([]);
  });

  it('refuses with the reason the member reads, and lets them ask again', async () => {
    const member = await buildUser();
    const client = await clientFor(member);
    const own = await watch(client);
    const caseId = await requestBadge(client, {
      profession: 'expert-comptable',
      register: 'ordre-experts-comptables',
      registerName: 'Ordre des experts-comptables Auvergne-Rhône-Alpes',
    });
    const moderator = await clientFor(await buildUser({ role: 'moderator' }));

    // A refusal says why.
    const bare = await moderator.post(`/api/moderation/cases/${caseId}/resolve`, { decision: 'reject' });
    expectApiError(bare, 400, 'validation_failed');
    expect(bare.body.error.details).to.deep.equal([
      { path: 'body.note', message: 'Une note est obligatoire pour refuser une demande de statut d’expert.' },
    ]);
    expect((await client.get('/api/me/expert')).body.request.status).to.equal('requested');

    const note = 'Numéro introuvable au Tableau de l’Ordre : vérifiez-le et renvoyez votre demande.';
    const rejected = await moderator.post(`/api/moderation/cases/${caseId}/resolve`, { decision: 'reject', note });
    expect(rejected.status, rejected.text).to.equal(200);
    const mine = (await client.get('/api/me/expert')).body.request;
    expect(mine).to.deep.include({ status: 'rejected', decisionNote: note, registerUrl: OEC_URL });
    const notification = await own.waitFor('notification', (p) => p.notification.kind === 'expert_rejected');
    expect(notification.notification.message).to.equal(
      `Votre demande de statut d’expert n’a pas été acceptée : ${note}`,
    );
    const profile = await new TestClient().get(`/api/users/${member.id}`);
    expect(profile.body).to.include({ role: 'member', expert: null });

    // Asking again starts a new request, with its own case; the old case keeps its summary.
    const again = await client.post(
      '/api/me/expert',
      validRequest({
        profession: 'expert-comptable',
        register: 'ordre-experts-comptables',
        registerName: 'Ordre des experts-comptables Auvergne-Rhône-Alpes',
        registrationNumber: '14-52-3658',
      }),
    );
    expect(again.status, again.text).to.equal(202);
    expect(again.body.request).to.deep.include({
      status: 'requested',
      decisionNote: null,
      registrationNumber: '14-52-3658',
    });
    const open = await moderator.get('/api/moderation/cases?kind=expert_verification');
    expect(open.body.items).to.have.length(1);
    expect(open.body.items[0].id).to.not.equal(caseId);
    const old = (await moderator.get(`/api/moderation/cases/${caseId}`)).body.case;
    expect(old).to.deep.include({ status: 'resolved', decision: 'reject', note, expertRequest: null });
  });

  it('allows one open request at a time, checked even when two arrive together', async () => {
    const member = await buildUser();
    const client = await clientFor(member);
    await buildTag('droit-du-travail', 'Droit du travail');
    const [first, second] = await Promise.all([
      client.post('/api/me/expert', validRequest()),
      client.post('/api/me/expert', validRequest()),
    ]);
    expect([first.status, second.status].sort()).to.deep.equal([202, 409]);
    const refused = first.status === 409 ? first : second;
    expectApiError(refused, 409, 'expert_request_pending');
    expect(refused.body.error.message).to.contain('en cours d’examen');
    const count = await countRows(
      `SELECT count(*)::int AS count FROM moderation_cases WHERE kind = 'expert_verification'`,
    );
    expect(count).to.equal(1);
  });

  it('validates the request in French: register matching the profession, areas, themes, number', async () => {
    await buildTag('droit-du-travail', 'Droit du travail');
    const client = await clientFor(await buildUser());
    expectApiError(await new TestClient().post('/api/me/expert', validRequest()), 401, 'unauthenticated');

    const mismatch = await client.post('/api/me/expert', validRequest({ register: 'ordre-experts-comptables' }));
    expectApiError(mismatch, 400, 'validation_failed');
    expect(mismatch.body.error.details).to.deep.equal([
      { path: 'body.register', message: 'Pour la profession « avocat », le registre est « barreau ».' },
    ]);
    const consultant = await client.post('/api/me/expert', validRequest({ profession: 'consultant' }));
    expect(consultant.body.error.details[0].message).to.equal(
      'Pour la profession « consultant », le registre est « autre ».',
    );

    const cases: [Record<string, unknown>, string, string][] = [
      [{ areas: [] }, 'body.areas', 'Indiquez au moins un domaine d’intervention.'],
      [{ areas: ['Un', 'Deux', 'Trois', 'Quatre'] }, 'body.areas', 'Indiquez au plus 3 domaines d’intervention.'],
      [{ tags: [] }, 'body.tags', 'Choisissez au moins un thème.'],
      [{ tags: ['theme-inconnu'] }, 'body.tags', 'Thème inconnu : theme-inconnu'],
      [
        { profession: 'notaire' },
        'body.profession',
        'La profession doit être avocat, expert-comptable, consultant ou autre.',
      ],
      [{ registrationNumber: '<script>' }, 'body.registrationNumber', 'Le numéro d’inscription ne peut contenir'],
      [{ bio: 'Trop court' }, 'body.bio', 'La présentation doit compter entre 20 et'],
    ];
    for (const [overrides, path, message] of cases) {
      const response = await client.post('/api/me/expert', validRequest(overrides));
      expectApiError(response, 400, 'validation_failed');
      const detail = response.body.error.details.find((d: { path: string }) => d.path.startsWith(path));
      expect(detail, JSON.stringify(response.body)).to.not.equal(undefined);
      expect(detail.message).to.contain(message);
    }
    expect((await client.get('/api/me/expert')).body).to.deep.equal({ request: null });
  });

  it('keeps expert cases to the platform: a partner’s moderator gets 403, nobody decides their own', async () => {
    const partner = await clientFor(await partnerModerator(await buildOrganisation()));
    const caseId = await requestBadge(await clientFor(await buildUser()));

    expectApiError(await partner.post(`/api/moderation/cases/${caseId}/resolve`, { decision: 'approve' }), 403);
    expectApiError(await partner.post(`/api/moderation/cases/${caseId}/claim`), 403);
    expect((await partner.get('/api/moderation/cases?kind=expert_verification')).body.items).to.deep.equal([]);
    const member = await clientFor(await buildUser());
    expectApiError(await member.post(`/api/moderation/cases/${caseId}/resolve`, { decision: 'approve' }), 403);

    // A moderator who asks for the badge waits for another one.
    const moderatorUser = await buildUser({ role: 'moderator' });
    const moderator = await clientFor(moderatorUser);
    const ownCase = await requestBadge(moderator);
    expectApiError(
      await moderator.post(`/api/moderation/cases/${ownCase}/resolve`, { decision: 'approve' }),
      403,
      'own_request',
    );
    expectApiError(await moderator.post(`/api/moderation/cases/${ownCase}/claim`), 403, 'own_request');
    const other = await clientFor(await buildUser({ role: 'admin' }));
    expect((await other.post(`/api/moderation/cases/${ownCase}/resolve`, { decision: 'approve' })).status).to.equal(
      200,
    );
    // A moderator keeps their role, with the badge.
    const reloaded = (await User.findByPk(moderatorUser.id))!;
    expect({ role: reloaded.role, verified: reloaded.expertVerified }).to.deep.equal({
      role: 'moderator',
      verified: true,
    });
  });

  it('revokes with a reason: the badge and the notice leave every payload, the expert is told, the log keeps it', async () => {
    const { user, client } = await verifiedExpert();
    const question = await buildQuestion();
    const answer = await buildAnswer({ question, author: user, body: ANSWER });
    const visitor = new TestClient();
    expect((await visitor.get(`/api/questions/${question.id}`)).body.answers[0].expertNotice).to.equal(NOTICE);
    const own = await watch(client);

    const partner = await clientFor(await partnerModerator(await buildOrganisation()));
    const reason = 'Radiation du barreau constatée sur l’annuaire du CNB.';
    expectApiError(await partner.post(`/api/moderation/experts/${user.id}/revoke`, { reason }), 403);
    expectApiError(await client.post(`/api/moderation/experts/${user.id}/revoke`, { reason }), 403);
    expectApiError(await new TestClient().post(`/api/moderation/experts/${user.id}/revoke`, { reason }), 401);
    const moderatorUser = await buildUser({ role: 'moderator' });
    const moderator = await clientFor(moderatorUser);
    expectApiError(await moderator.post(`/api/moderation/experts/${user.id}/revoke`, { reason: 'x' }), 400);
    const member = await buildUser();
    expectApiError(await moderator.post(`/api/moderation/experts/${member.id}/revoke`, { reason }), 409, 'not_expert');
    expectApiError(await moderator.post(`/api/moderation/experts/999999/revoke`, { reason }), 404);

    const revoked = await moderator.post(`/api/moderation/experts/${user.id}/revoke`, { reason });
    expect(revoked.status, revoked.text).to.equal(200);
    expect(revoked.body.user).to.deep.include({ id: user.id, role: 'member', expert: null });

    const page = await visitor.get(`/api/questions/${question.id}`);
    expect(page.body.answers[0]).to.deep.include({ id: answer.id, expertNotice: null });
    expect(page.body.answers[0].author).to.deep.include({ id: user.id, expert: null, role: 'member' });
    expect((await visitor.get(`/api/users/${user.id}`)).body).to.include({ expert: null, role: 'member' });
    expect((await visitor.get('/api/experts')).body.items).to.deep.equal([]);
    const notification = await own.waitFor('notification', (p) => p.notification.kind === 'expert_revoked');
    expect(notification.notification.message).to.equal(`Votre badge d’expert vérifié a été retiré : ${reason}`);
    expect((await client.get('/api/me/expert')).body.request).to.deep.include({
      status: 'revoked',
      decisionNote: reason,
    });

    const log = await moderator.get('/api/moderation/log');
    expect(log.body.items[0]).to.deep.include({ action: 'revoke_expert', reason, caseId: null });
    expect(log.body.items[0].user).to.include({ id: user.id });
    expect(log.body.items[0].moderator).to.include({ id: moderatorUser.id });

    expectApiError(await moderator.post(`/api/moderation/experts/${user.id}/revoke`, { reason }), 409, 'not_expert');
    // Revoked, they may ask again.
    expect((await client.post('/api/me/expert', validRequest())).status).to.equal(202);
  });

  it('erases the request with the account, closes its case, and exports it beforehand', async () => {
    const member = await buildUser();
    const client = await clientFor(member);
    const caseId = await requestBadge(client);
    const exported = await client.get('/api/me/export');
    expect(exported.body.expertRequest).to.deep.include({ status: 'requested', registrationNumber: 'LY-2011-4521' });
    expect(exported.body.contactRequests).to.deep.equal([]);

    const moderator = await clientFor(await buildUser({ role: 'moderator' }));
    const queue = await watch(moderator, ['moderation']);
    expect((await client.delete('/api/me', { password: DEFAULT_PASSWORD })).status).to.equal(204);
    const closed = await queue.waitFor('moderation:case', (p) => p.case.id === caseId);
    expect(closed.case).to.deep.include({ status: 'resolved', decision: 'reject', expertRequest: null });
    const count = await countRows(`SELECT count(*)::int AS count FROM expert_profiles WHERE user_id = :id`, {
      id: member.id,
    });
    expect(count).to.equal(0);
  });
});
