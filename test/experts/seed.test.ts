import { expect } from 'chai';
import { seedDemo } from '../../db/seeders/demo';
import { TestClient } from '../support/client';
import { testEnv } from '../support/hooks';
import { NOTICE, countRows } from './helpers';

async function counts(): Promise<Record<string, number>> {
  return {
    organisations: await countRows(`SELECT count(*)::int AS count FROM organisations`),
    profiles: await countRows(`SELECT count(*)::int AS count FROM expert_profiles WHERE status = 'verified'`),
    expertTags: await countRows(`SELECT count(*)::int AS count FROM expert_tags`),
    recommendations: await countRows(`SELECT count(*)::int AS count FROM answer_recommendations`),
    partnerModerators: await countRows(
      `SELECT count(*)::int AS count FROM users WHERE role = 'moderator' AND organisation_id IS NOT NULL`,
    ),
    badgesWithoutProfile: await countRows(
      `SELECT count(*)::int AS count FROM users u WHERE u.expert_verified
       AND NOT EXISTS (SELECT 1 FROM expert_profiles p WHERE p.user_id = u.id AND p.status = 'verified')`,
    ),
  };
}

describe('experts: the demo data', function () {
  this.timeout(60_000);

  it('adds two demo partners with a moderator each, and a verified request behind every expert badge, once', async () => {
    const report = await seedDemo(testEnv().ctx.sequelize);
    expect(report).to.include({ organisations: 2 });
    const first = await counts();
    expect(first).to.deep.include({
      organisations: 2,
      partnerModerators: 2,
      recommendations: 4,
      badgesWithoutProfile: 0,
    });
    expect(first.profiles).to.be.at.least(2);
    expect(report.experts).to.equal(first.profiles);

    const again = await seedDemo(testEnv().ctx.sequelize);
    expect(again).to.include({ organisations: 0, experts: 0, users: 0 });
    expect(await counts()).to.deep.equal(first);

    const visitor = new TestClient();
    const organisations = await visitor.get('/api/organisations');
    expect(organisations.body.items.map((o: { name: string }) => o.name)).to.deep.equal([
      'CCI de démonstration',
      'Chambre de métiers de démonstration',
    ]);
    const cci = await visitor.get('/api/organisations/cci-demonstration');
    expect(cci.body.moderators.map((u: { pseudonym: string }) => u.pseudonym)).to.deep.equal(['moderation.cci-demo']);
    expect(cci.body.experts.map((u: { pseudonym: string }) => u.pseudonym)).to.deep.equal(['ExpertCompta75']);
    expect(cci.body.organisation.recommendationCount).to.equal(2);

    const avocats = await visitor.get('/api/experts?profession=avocat&tag=droit-du-travail');
    const durand = avocats.body.items.find((e: { pseudonym: string }) => e.pseudonym === 'Maitre_Durand');
    expect(durand.expert).to.deep.include({ profession: 'avocat', registerName: 'Barreau de Lyon' });
    expect(durand.tags).to.deep.equal(['droit-du-travail', 'ressources-humaines']);

    const answers = await visitor.get(`/api/users/${durand.id}/answers`);
    expect(answers.body.items.length).to.be.greaterThan(0);
    for (const answer of answers.body.items) expect(answer.expertNotice).to.equal(NOTICE);
    expect(
      answers.body.items.some((a: { recommendedBy: { slug: string }[] }) =>
        a.recommendedBy.some((r) => r.slug === 'cma-demonstration'),
      ),
    ).to.equal(true);
  });
});
