import { expect } from 'chai';
import { seedDemo } from '../../db/seeders/demo';
import { TestClient } from '../support/client';
import { testEnv } from '../support/hooks';

describe('live sessions: the demo data', function () {
  this.timeout(60_000);

  it('schedules one session per demo partner, with its expert and themes, once', async () => {
    await seedDemo(testEnv().ctx.sequelize);
    await seedDemo(testEnv().ctx.sequelize);
    const list = await new TestClient().get('/api/sessions?status=scheduled');
    expect(list.status, list.text).to.equal(200);
    const sessions = list.body.items as {
      id: number;
      organisation: { slug: string };
      experts: { expert: { verified: boolean } | null }[];
      tags: string[];
      startsAt: string;
      questionsOpen: boolean;
    }[];
    expect(sessions.map((s) => s.organisation.slug).sort()).to.deep.equal(['cci-demonstration', 'cma-demonstration']);
    for (const session of sessions) {
      expect(session.experts).to.have.length(1);
      expect(session.experts[0]!.expert?.verified).to.equal(true);
      expect(session.tags.length).to.be.greaterThan(0);
      expect(Date.parse(session.startsAt)).to.be.greaterThan(Date.now());
      // Questions are collected before the start.
      expect(session.questionsOpen).to.equal(true);
    }
    const page = await new TestClient().get(`/api/organisations/cci-demonstration`);
    expect(page.body.sessions.map((s: { id: number }) => s.id)).to.have.length(1);
  });
});
