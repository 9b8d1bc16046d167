import { expect } from 'chai';
import { User } from '../../db/models';
import { TestClient } from '../support/client';
import { buildAnswer, buildQuestion, buildUser, clientFor } from '../support/factories';
import { withModerationStopped } from '../support/moderation';
import { disconnectAll, watch } from '../support/sockets';
import { buildOrganisation, expectApiError, grantBadge, partnerModerator } from './helpers';

const ORGANISATION = {
  name: 'CCI de démonstration',
  slug: 'cci-demonstration',
  description: 'Chambre de commerce fictive qui anime des sessions de questions-réponses.',
};

describe('organisations: their pages, their management, their recommendations', () => {
  afterEach(() => disconnectAll());

  describe('management by the State’s team', () => {
    it('lets only admins create an organisation; refuses a taken slug and invalid fields in French', async () => {
      const organisation = await buildOrganisation('ordre-demo', 'Ordre de démonstration');
      const partner = await clientFor(await partnerModerator(organisation));
      const refused = [
        [new TestClient(), 401],
        [await clientFor(await buildUser()), 403],
        [await clientFor(await buildUser({ role: 'moderator' })), 403],
        [partner, 403],
        [await clientFor(await grantBadge(await buildUser())), 403],
      ] as const;
      for (const [client, status] of refused)
        expectApiError(await client.post('/api/organisations', ORGANISATION), status);

      const admin = await clientFor(await buildUser({ role: 'admin' }));
      const created = await admin.post('/api/organisations', ORGANISATION);
      expect(created.status, created.text).to.equal(201);
      expect(created.body.organisation).to.deep.include({
        ...ORGANISATION,
        moderatorCount: 0,
        expertCount: 0,
        recommendationCount: 0,
      });
      expectApiError(await admin.post('/api/organisations', ORGANISATION), 409, 'slug_taken');
      const invalid = await admin.post('/api/organisations', { ...ORGANISATION, slug: 'CCI Démo' });
      expectApiError(invalid, 400, 'validation_failed');
      expect(invalid.body.error.details[0].path).to.equal('body.slug');
      expect(invalid.body.error.details[0].message).to.contain('minuscules sans accent');
      expectApiError(await admin.post('/api/organisations', { slug: 'sans-nom' }), 400, 'validation_failed');
    });

    it('names and removes moderators and experts; each page lists them, with an empty list of sessions', async () => {
      const admin = await clientFor(await buildUser({ role: 'admin' }));
      await admin.post('/api/organisations', ORGANISATION);
      const member = await buildUser({ pseudonym: 'conseillere-cci' });
      const expert = await grantBadge(await buildUser({ pseudonym: 'avocat-partenaire' }));

      const named = await admin.post(`/api/organisations/${ORGANISATION.slug}/moderators`, { userId: member.id });
      expect(named.status, named.text).to.equal(200);
      expect(named.body.moderator).to.include({ id: member.id, role: 'moderator' });
      expect((await User.findByPk(member.id))!.organisationId).to.be.a('number');
      // Again: nothing changes.
      expect(
        (await admin.post(`/api/organisations/${ORGANISATION.slug}/moderators`, { userId: member.id })).status,
      ).to.equal(200);
      const linked = await admin.post(`/api/organisations/${ORGANISATION.slug}/experts`, { userId: expert.id });
      expect(linked.status, linked.text).to.equal(200);

      const page = await new TestClient().get(`/api/organisations/${ORGANISATION.slug}`);
      expect(page.status, page.text).to.equal(200);
      expect(page.body).to.have.all.keys('organisation', 'moderators', 'experts', 'sessions');
      expect(page.body.organisation).to.deep.include({ ...ORGANISATION, moderatorCount: 1, expertCount: 1 });
      expect(page.body.moderators.map((u: { id: number }) => u.id)).to.deep.equal([member.id]);
      expect(page.body.experts.map((u: { id: number }) => u.id)).to.deep.equal([expert.id]);
      expect(page.body.experts[0].expert).to.include({ verified: true });
      expect(page.body.sessions).to.deep.equal([]);
      const profile = await new TestClient().get(`/api/users/${expert.id}`);
      expect(profile.body.organisation).to.deep.include({ slug: ORGANISATION.slug, name: ORGANISATION.name });

      const list = await new TestClient().get('/api/organisations');
      expect(list.body.items.map((o: { slug: string }) => o.slug)).to.deep.equal([ORGANISATION.slug]);
      expect(list.body.nextCursor).to.equal(null);

      // Removing: the moderator is a member again, the expert keeps their badge.
      expect((await admin.delete(`/api/organisations/${ORGANISATION.slug}/moderators/${member.id}`)).status).to.equal(
        204,
      );
      expect((await User.findByPk(member.id))!).to.include({ role: 'member', organisationId: null });
      expectApiError(await admin.delete(`/api/organisations/${ORGANISATION.slug}/moderators/${member.id}`), 404);
      expect((await admin.delete(`/api/organisations/${ORGANISATION.slug}/experts/${expert.id}`)).status).to.equal(204);
      const after = await new TestClient().get(`/api/organisations/${ORGANISATION.slug}`);
      expect(after.body).to.deep.include({ moderators: [], experts: [], sessions: [] });
      expect((await new TestClient().get(`/api/users/${expert.id}`)).body.expert).to.include({ verified: true });
    });

    it('refuses to move accounts silently: admins, platform moderators, another organisation’s users', async () => {
      const admin = await clientFor(await buildUser({ role: 'admin' }));
      const mine = await buildOrganisation('cci-a', 'CCI A de démonstration');
      const other = await buildOrganisation('cci-b', 'CCI B de démonstration');
      const elsewhere = await partnerModerator(other);
      const cases: [number, number, string][] = [
        [(await buildUser({ role: 'admin' })).id, 409, 'is_admin'],
        [(await buildUser({ role: 'moderator' })).id, 409, 'platform_moderator'],
        [elsewhere.id, 409, 'other_organisation'],
        [999_999, 404, 'not_found'],
      ];
      for (const [userId, status, code] of cases) {
        expectApiError(await admin.post(`/api/organisations/${mine.slug}/moderators`, { userId }), status, code);
      }
      expectApiError(await admin.post('/api/organisations/inconnue/moderators', { userId: elsewhere.id }), 404);
      const plain = await buildUser();
      expectApiError(
        await admin.post(`/api/organisations/${mine.slug}/experts`, { userId: plain.id }),
        409,
        'not_expert',
      );
      expectApiError(await admin.post(`/api/organisations/${mine.slug}/moderators`, { userId: 'x' }), 400);
      // Only admins.
      const partner = await clientFor(elsewhere);
      expectApiError(await partner.post(`/api/organisations/${other.slug}/moderators`, { userId: plain.id }), 403);
      expectApiError(await partner.delete(`/api/organisations/${other.slug}/moderators/${elsewhere.id}`), 403);
      expectApiError(await new TestClient().get('/api/organisations/inconnue'), 404, 'not_found');
    });
  });

  describe('« recommandée par » an organisation', () => {
    it('lets a partner’s moderator recommend in their organisation’s name, shown in every payload', async () => {
      const cci = await buildOrganisation('cci-a', 'CCI A de démonstration');
      const ordre = await buildOrganisation('ordre-b', 'Ordre B de démonstration');
      const cciModerator = await clientFor(await partnerModerator(cci));
      const ordreModerator = await clientFor(await partnerModerator(ordre));
      const author = await buildUser();
      const question = await buildQuestion();
      const answer = await buildAnswer({ question, author });
      const room = await watch(new TestClient(), [`question:${question.id}`]);
      const visitor = new TestClient();
      expect((await visitor.get(`/api/questions/${question.id}`)).body.answers[0].recommendedBy).to.deep.equal([]);

      const recommended = await cciModerator.post(`/api/answers/${answer.id}/recommend`);
      expect(recommended.status, recommended.text).to.equal(200);
      const cciRef = { slug: 'cci-a', name: 'CCI A de démonstration' };
      const ordreRef = { slug: 'ordre-b', name: 'Ordre B de démonstration' };
      expect(recommended.body.answer).to.deep.include({ id: answer.id, recommendedBy: [cciRef] });
      expect((await room.waitFor('answer:updated')).answer.recommendedBy).to.deep.equal([cciRef]);
      // The visitor's cached page shows it at once.
      expect((await visitor.get(`/api/questions/${question.id}`)).body.answers[0].recommendedBy).to.deep.equal([
        cciRef,
      ]);

      // Again: idempotent, nothing pushed.
      expect((await cciModerator.post(`/api/answers/${answer.id}/recommend`)).body.answer.recommendedBy).to.deep.equal([
        cciRef,
      ]);
      const both = await ordreModerator.post(`/api/answers/${answer.id}/recommend`);
      expect(both.body.answer.recommendedBy).to.deep.equal([cciRef, ordreRef]);
      expect(
        (await room.waitFor('answer:updated', (p) => p.answer.recommendedBy.length === 2)).answer.recommendedBy,
      ).to.deep.equal([cciRef, ordreRef]);
      expect(room.of('answer:updated')).to.have.length(2);
      expect((await visitor.get(`/api/users/${author.id}/answers`)).body.items[0].recommendedBy).to.deep.equal([
        cciRef,
        ordreRef,
      ]);
      expect((await visitor.get('/api/organisations/cci-a')).body.organisation.recommendationCount).to.equal(1);

      // Withdrawing removes only one's own organisation's recommendation.
      const withdrawn = await cciModerator.delete(`/api/answers/${answer.id}/recommend`);
      expect(withdrawn.status, withdrawn.text).to.equal(200);
      expect(withdrawn.body.answer.recommendedBy).to.deep.equal([ordreRef]);
      expect(
        (await cciModerator.delete(`/api/answers/${answer.id}/recommend`)).body.answer.recommendedBy,
      ).to.deep.equal([ordreRef]);
      expect((await visitor.get(`/api/questions/${question.id}`)).body.answers[0].recommendedBy).to.deep.equal([
        ordreRef,
      ]);
    });

    it('refuses everyone else (403), one’s own answer (403), an answer not published (409), an unknown one (404)', async () => {
      const cci = await buildOrganisation();
      const partnerUser = await partnerModerator(cci);
      const partner = await clientFor(partnerUser);
      const answer = await buildAnswer();
      for (const client of [
        await clientFor(await buildUser()),
        await clientFor(await grantBadge(await buildUser())),
        await clientFor(await buildUser({ role: 'moderator' })),
        await clientFor(await buildUser({ role: 'admin' })),
      ]) {
        expectApiError(await client.post(`/api/answers/${answer.id}/recommend`), 403, 'forbidden');
        expectApiError(await client.delete(`/api/answers/${answer.id}/recommend`), 403, 'forbidden');
      }
      expectApiError(await new TestClient().post(`/api/answers/${answer.id}/recommend`), 401);

      const own = await buildAnswer({ author: partnerUser });
      expectApiError(await partner.post(`/api/answers/${own.id}/recommend`), 403, 'own_post');
      expectApiError(await partner.post('/api/answers/999999/recommend'), 404, 'not_found');

      const question = await buildQuestion();
      const author = await clientFor(await buildUser());
      await withModerationStopped(async () => {
        const pending = await author.post(`/api/questions/${question.id}/answers`, {
          body: 'Une réponse qui attend encore les vérifications automatiques.',
        });
        expectApiError(await partner.post(`/api/answers/${pending.body.answer.id}/recommend`), 409, 'not_published');
      });
    });

    it('keeps a partner’s moderator to its own organisation’s cases (403 on the platform’s)', async () => {
      const cci = await buildOrganisation();
      const partner = await clientFor(await partnerModerator(cci));
      const answer = await buildAnswer();
      const flagger = await clientFor(await buildUser());
      await flagger.post('/api/flags', { targetType: 'answer', targetId: answer.id, reason: 'spam' });
      const platform = await clientFor(await buildUser({ role: 'moderator' }));
      const [flagCase] = (await platform.get('/api/moderation/cases')).body.items;
      expectApiError(
        await partner.post(`/api/moderation/cases/${flagCase.id}/resolve`, { decision: 'reject', note: 'Spam' }),
        403,
      );
      expectApiError(await partner.get(`/api/moderation/cases/${flagCase.id}`), 403);
    });
  });
});
