import { expect } from 'chai';
import type { User } from '../../db/models';
import { TestClient } from '../support/client';
import { buildAnswer, buildQuestion, buildTag, buildUser } from '../support/factories';
import { testEnv } from '../support/hooks';
import { CNB_URL, OEC_URL, SIREN_URL, expectApiError, grantBadge } from './helpers';

async function tagReputation(user: User, slug: string, reputation: number): Promise<void> {
  await testEnv().ctx.sequelize.query(
    `INSERT INTO user_tag_reputation (user_id, tag_id, reputation) SELECT :userId, id, :reputation FROM tags WHERE slug = :slug`,
    { replacements: { userId: user.id, slug, reputation } },
  );
}

const ids = (response: { body: { items: { id: number }[] } }) => response.body.items.map((item) => item.id);

describe('experts: the directory', () => {
  async function fixture() {
    await buildTag('fiscalite', 'Fiscalité');
    await buildTag('droit-du-travail', 'Droit du travail');
    const avocat = await grantBadge(await buildUser({ reputation: 500 }), {
      profession: 'avocat',
      registerName: 'Barreau de Paris',
      tags: ['droit-du-travail'],
    });
    const comptable = await grantBadge(await buildUser({ reputation: 100 }), {
      profession: 'expert-comptable',
      registerName: 'Ordre des experts-comptables Île-de-France',
      tags: ['fiscalite'],
      areas: ['TVA', 'Clôture des comptes'],
      bio: 'Expert-comptable, trente clients TPE dans le commerce de détail.',
    });
    // Earned in a theme they did not declare: listed in it too, by what they earned.
    const consultant = await grantBadge(await buildUser({ reputation: 50 }), {
      profession: 'consultant',
      registerName: 'SIREN 123 456 789',
      tags: ['droit-du-travail'],
    });
    const newcomer = await grantBadge(await buildUser({ reputation: 10 }), {
      profession: 'expert-comptable',
      registerName: 'Ordre des experts-comptables Bretagne',
      tags: ['fiscalite'],
    });
    await tagReputation(comptable, 'fiscalite', 80);
    await tagReputation(consultant, 'fiscalite', 120);
    await tagReputation(avocat, 'droit-du-travail', 300);

    // Not listed: a request waiting, a revoked badge, a removed account.
    const waiting = await buildUser({ reputation: 900 });
    await testEnv().ctx.sequelize.query(
      `INSERT INTO expert_profiles (user_id, profession, register, register_name, registration_number, areas, bio)
       VALUES (:id, 'avocat', 'barreau', 'Barreau de Lille', 'L-1', ARRAY['Droit'], 'En attente de vérification.')`,
      { replacements: { id: waiting.id } },
    );
    const revoked = await grantBadge(await buildUser({ reputation: 800 }), { tags: ['fiscalite'] });
    await testEnv().ctx.sequelize.query(`UPDATE expert_profiles SET status = 'revoked' WHERE user_id = :id`, {
      replacements: { id: revoked.id },
    });
    await revoked.update({ expertVerified: false, expertProfession: null, role: 'member' });
    const removed = await grantBadge(await buildUser({ reputation: 700 }), { tags: ['fiscalite'] });
    await removed.update({ removedAt: new Date(), removalReason: 'Abus' });

    // One accepted public answer for the comptable.
    const question = await buildQuestion({ tags: ['fiscalite'] });
    const answer = await buildAnswer({ question, author: comptable });
    await question.update({ acceptedAnswerId: answer.id });
    return { avocat, comptable, consultant, newcomer };
  }

  it('orders by reputation in the theme asked for, listing who declared it or earned in it', async () => {
    const { comptable, consultant, newcomer } = await fixture();
    const response = await new TestClient().get('/api/experts?tag=fiscalite');
    expect(response.status, response.text).to.equal(200);
    expect(ids(response)).to.deep.equal([consultant.id, comptable.id, newcomer.id]);
    expect(response.body.items.map((e: { tagReputation: number }) => e.tagReputation)).to.deep.equal([120, 80, 0]);
    expect(response.body.nextCursor).to.equal(null);

    const entry = response.body.items[1];
    // Nothing to compare experts by, nothing bought: who they are and what the community gave them.
    expect(entry).to.have.all.keys(
      'id',
      'pseudonym',
      'reputation',
      'role',
      'expert',
      'areas',
      'bio',
      'tags',
      'tagReputation',
      'acceptedCount',
    );
    expect(entry).to.deep.include({
      id: comptable.id,
      role: 'expert',
      areas: ['TVA', 'Clôture des comptes'],
      bio: 'Expert-comptable, trente clients TPE dans le commerce de détail.',
      tags: ['fiscalite'],
      acceptedCount: 1,
    });
    expect(entry.expert).to.deep.equal({
      profession: 'expert-comptable',
      verified: true,
      registerName: 'Ordre des experts-comptables Île-de-France',
      registerUrl: OEC_URL,
    });
    expect(response.body.items[0].expert.registerUrl).to.equal(SIREN_URL);
  });

  it('orders by overall reputation without a theme, and filters by profession', async () => {
    const { avocat, comptable, consultant, newcomer } = await fixture();
    const visitor = new TestClient();
    const all = await visitor.get('/api/experts');
    expect(ids(all)).to.deep.equal([avocat.id, comptable.id, consultant.id, newcomer.id]);
    expect(all.body.items.map((e: { tagReputation: null }) => e.tagReputation)).to.deep.equal([null, null, null, null]);
    expect(all.body.items[0].expert.registerUrl).to.equal(CNB_URL);
    expect(ids(await visitor.get('/api/experts?profession=expert-comptable'))).to.deep.equal([
      comptable.id,
      newcomer.id,
    ]);
    expect(ids(await visitor.get('/api/experts?profession=avocat&tag=droit-du-travail'))).to.deep.equal([avocat.id]);
    expect(ids(await visitor.get('/api/experts?profession=avocat&tag=fiscalite'))).to.deep.equal([]);
  });

  it('pages through with a cursor, ties broken by seniority', async () => {
    const { comptable, consultant, newcomer } = await fixture();
    const tied = await grantBadge(await buildUser({ reputation: 1 }), { tags: ['fiscalite'] });
    const visitor = new TestClient();
    const first = await visitor.get('/api/experts?tag=fiscalite&limit=2');
    expect(ids(first)).to.deep.equal([consultant.id, comptable.id]);
    expect(first.body.nextCursor).to.be.a('string');
    const second = await visitor.get(`/api/experts?tag=fiscalite&limit=2&cursor=${first.body.nextCursor}`);
    // Both at 0 in the theme: the older account first.
    expect(ids(second)).to.deep.equal([newcomer.id, tied.id]);
    expect(second.body.nextCursor).to.equal(null);
  });

  it('refuses an unknown theme (404), a bad profession or cursor (400)', async () => {
    const visitor = new TestClient();
    expectApiError(await visitor.get('/api/experts?tag=inconnu'), 404, 'not_found');
    const bad = await visitor.get('/api/experts?profession=notaire');
    expectApiError(bad, 400, 'validation_failed');
    expect(bad.body.error.details[0]).to.deep.equal({
      path: 'query.profession',
      message: 'La profession doit être avocat, expert-comptable, consultant ou autre.',
    });
    expectApiError(await visitor.get('/api/experts?cursor=abc'), 400, 'validation_failed');
    expectApiError(await visitor.get('/api/experts?limit=500'), 400, 'validation_failed');
  });
});
