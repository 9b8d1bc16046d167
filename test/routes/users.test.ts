import { expect } from 'chai';
import { type Answer, Organisation, Question, type User } from '../../db/models';
import { TestClient } from '../support/client';
import { buildAnswer, buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';

async function setScore(table: 'answers' | 'questions', id: number, score: number): Promise<void> {
  await testEnv().ctx.sequelize.query(`UPDATE ${table} SET score = :score WHERE id = :id`, {
    replacements: { id, score },
  });
}

interface Fixture {
  expert: User;
  publicAnswers: Answer[];
  acceptedAnswer: Answer;
  anonymousAnswer: Answer;
  publicQuestion: Question;
  anonymousQuestion: Question;
}

/**
 * A member with public answers (one accepted) in two themes, plus anonymous posts, a deleted
 * answer and an answer to a deleted question: only the public, visible ones may show on the profile.
 */
async function buildFixture(): Promise<Fixture> {
  await buildTag('fiscalite', 'Fiscalité');
  await buildTag('droit-du-travail', 'Droit du travail');
  const organisation = await Organisation.create({ slug: 'cci-lyon', name: 'CCI Lyon Métropole' });
  const expert = await buildUser({ pseudonym: 'expert-compta-69', email: 'expert.prive@exemple.test', reputation: 42 });
  await expert.update({ bio: 'Expert-comptable à Lyon depuis 20 ans.', organisationId: organisation.id });

  const asker = await buildUser();
  const fiscal = await buildQuestion({ author: asker, tags: ['fiscalite'] });
  const travail = await buildQuestion({ author: asker, tags: ['droit-du-travail'] });
  const answerOn = (question: Question, body: string, anonymous = false) =>
    buildAnswer({ question, author: expert, body, anonymous });

  const acceptedAnswer = await answerOn(fiscal, 'Le taux réduit de 10 % s’applique aux travaux de rénovation.');
  const second = await answerOn(travail, 'La rupture conventionnelle demande un délai de rétractation.');
  const third = await answerOn(fiscal, 'Pensez aussi à l’attestation simplifiée pour le taux réduit.');
  await setScore('answers', acceptedAnswer.id, 5);
  await setScore('answers', second.id, 2);
  await setScore('answers', third.id, -1);
  await Question.update({ acceptedAnswerId: acceptedAnswer.id }, { where: { id: fiscal.id } });

  const anonymousAnswer = await answerOn(
    travail,
    'Réponse anonyme : mon propre salarié m’a attaqué aux prud’hommes.',
    true,
  );
  await setScore('answers', anonymousAnswer.id, 50);
  await Question.update({ acceptedAnswerId: anonymousAnswer.id }, { where: { id: travail.id } });

  const deletedAnswer = await answerOn(fiscal, 'Réponse retirée par son auteur, elle ne compte plus.');
  await deletedAnswer.update({ status: 'deleted' });
  const deletedQuestion = await buildQuestion({ author: asker, tags: ['fiscalite'] });
  const orphan = await answerOn(deletedQuestion, 'Réponse à une question supprimée depuis, elle ne compte pas.');
  await setScore('answers', orphan.id, 7);
  await deletedQuestion.update({ status: 'deleted' });

  const publicQuestion = await buildQuestion({ author: expert, title: 'Question publique de l’expert sur la TVA' });
  const anonymousQuestion = await buildQuestion({
    author: expert,
    title: 'Question anonyme de l’expert sur son cabinet',
    anonymous: true,
  });
  // Standing per theme is a cache of the ledger, filled by the reputation worker (tested in
  // test/reputation); a theme where the user is not ahead does not show.
  await testEnv().ctx.sequelize.query(
    `INSERT INTO user_tag_reputation (user_id, tag_id, reputation)
     SELECT :userId, id, CASE slug WHEN 'fiscalite' THEN 25 WHEN 'droit-du-travail' THEN 10 ELSE -2 END FROM tags`,
    { replacements: { userId: expert.id } },
  );
  const deletedOwnQuestion = await buildQuestion({ author: expert, title: 'Question de l’expert supprimée ensuite' });
  await deletedOwnQuestion.update({ status: 'deleted' });

  return {
    expert: await expert.reload(),
    publicAnswers: [acceptedAnswer, second, third],
    acceptedAnswer,
    anonymousAnswer,
    publicQuestion,
    anonymousQuestion,
  };
}

describe('users', () => {
  describe('GET /api/users/:id', () => {
    it('returns the public profile: UserRef, bio, organisation, tagReputation and counts', async () => {
      const { expert } = await buildFixture();
      const response = await new TestClient().get(`/api/users/${expert.id}`);
      expect(response.status).to.equal(200);
      expect(response.body).to.have.all.keys(
        'id',
        'pseudonym',
        'reputation',
        'role',
        'expert',
        'bio',
        'createdAt',
        'organisation',
        'tagReputation',
        'answerCount',
        'acceptedCount',
      );
      expect(response.body).to.include({
        id: expert.id,
        pseudonym: 'expert-compta-69',
        reputation: 42,
        role: 'member',
        expert: null,
        bio: 'Expert-comptable à Lyon depuis 20 ans.',
        createdAt: expert.createdAt.toISOString(),
        answerCount: 3,
        acceptedCount: 1,
      });
      expect(response.body.organisation).to.deep.include({ slug: 'cci-lyon', name: 'CCI Lyon Métropole' });
      expect(response.body.tagReputation).to.deep.equal([
        { tag: 'fiscalite', reputation: 25 },
        { tag: 'droit-du-travail', reputation: 10 },
      ]);
      expect(response.text).to.not.contain('expert.prive@exemple.test');
      expect(response.text).to.not.contain('passwordHash');
    });

    it('shows a verified expert’s badge and a member without an organisation', async () => {
      const user = await buildUser({ role: 'expert' });
      await user.update({ expertProfession: 'avocat', expertVerified: true, expertRegisterName: 'Barreau de Paris' });
      const response = await new TestClient().get(`/api/users/${user.id}`);
      expect(response.body).to.include({ role: 'expert', organisation: null, answerCount: 0, acceptedCount: 0 });
      expect(response.body.expert).to.deep.equal({
        profession: 'avocat',
        verified: true,
        registerName: 'Barreau de Paris',
        registerUrl: 'https://www.cnb.avocat.fr/fr/annuaire-des-avocats-de-france',
      });
      expect(response.body.tagReputation).to.deep.equal([]);
    });

    it('answers 404 for an unknown user, on the profile and on both lists', async () => {
      for (const path of ['/api/users/999999', '/api/users/999999/questions', '/api/users/999999/answers']) {
        const response = await new TestClient().get(path);
        expect(response.status, path).to.equal(404);
        expect(response.body.error.code).to.equal('not_found');
      }
    });

    it('never counts anonymous posts, even when they are voted up', async () => {
      const { expert, anonymousAnswer } = await buildFixture();
      const before = (await new TestClient().get(`/api/users/${expert.id}`)).body;
      const voter = await clientFor(await buildUser());
      expect((await voter.post(`/api/answers/${anonymousAnswer.id}/vote`, { value: 1 })).status).to.equal(200);
      const after = await new TestClient().get(`/api/users/${expert.id}`);
      expect(after.body).to.deep.equal(before);
      expect(after.body.answerCount).to.equal(3);
      expect(after.body.reputation).to.equal(42);
    });
  });

  describe('GET /api/users/:id/questions', () => {
    it('lists only the user’s public, published questions', async () => {
      const { expert, publicQuestion, anonymousQuestion } = await buildFixture();
      for (const viewer of [new TestClient(), await clientFor(expert)]) {
        const response = await viewer.get(`/api/users/${expert.id}/questions`);
        expect(response.status).to.equal(200);
        expect(response.body.items.map((q: { id: number }) => q.id)).to.deep.equal([publicQuestion.id]);
        expect(response.body.items[0].author.id).to.equal(expert.id);
        expect(response.body.nextCursor).to.equal(null);
        expect(response.text).to.not.contain(anonymousQuestion.title);
        expect(response.text).to.not.contain('supprimée ensuite');
      }
    });
  });

  describe('GET /api/users/:id/answers', () => {
    it('lists only the user’s public answers, by score (top) or by date (newest)', async () => {
      const { expert, publicAnswers, acceptedAnswer } = await buildFixture();
      const [accepted, second, third] = publicAnswers.map((a) => a.id);
      const top = await new TestClient().get(`/api/users/${expert.id}/answers`);
      expect(top.status).to.equal(200);
      expect(top.body.items.map((a: { id: number }) => a.id)).to.deep.equal([accepted, second, third]);
      expect(top.body.items[0]).to.include({ accepted: true, anonymous: false, score: 5 });
      expect(top.body.items[0].author.id).to.equal(expert.id);
      expect(top.body.items.filter((a: { accepted: boolean }) => a.accepted)).to.have.length(1);
      expect(top.text).to.not.contain('Réponse anonyme');
      expect(top.text).to.not.contain('question supprimée');
      expect(top.text).to.not.contain('retirée par son auteur');

      await testEnv().ctx.sequelize.query(
        `UPDATE answers SET created_at = now() - make_interval(hours => :hours) WHERE id = :id`,
        { replacements: { id: acceptedAnswer.id, hours: 48 } },
      );
      const newest = await new TestClient().get(`/api/users/${expert.id}/answers?sort=newest`);
      expect(newest.body.items.map((a: { id: number }) => a.id)).to.deep.equal([third, second, accepted]);

      const firstPage = await new TestClient().get(`/api/users/${expert.id}/answers?limit=2`);
      expect(firstPage.body.items.map((a: { id: number }) => a.id)).to.deep.equal([accepted, second]);
      const nextPage = await new TestClient().get(
        `/api/users/${expert.id}/answers?limit=2&cursor=${encodeURIComponent(firstPage.body.nextCursor)}`,
      );
      expect(nextPage.body.items.map((a: { id: number }) => a.id)).to.deep.equal([third]);
      expect(nextPage.body.nextCursor).to.equal(null);
    });

    it('shows nothing of a user who only ever posted anonymously', async () => {
      const shy = await buildUser({ pseudonym: 'discret-artisan' });
      const question = await buildQuestion({ author: shy, anonymous: true, title: 'Ma question anonyme sur mon bail' });
      await buildAnswer({ author: shy, anonymous: true, body: 'Ma réponse anonyme sur un bail commercial.' });
      await setScore('questions', question.id, 3);

      const profile = await new TestClient().get(`/api/users/${shy.id}`);
      expect(profile.body).to.include({ answerCount: 0, acceptedCount: 0 });
      expect(profile.body.tagReputation).to.deep.equal([]);
      const questions = await new TestClient().get(`/api/users/${shy.id}/questions`);
      expect(questions.body.items).to.deep.equal([]);
      const answers = await new TestClient().get(`/api/users/${shy.id}/answers`);
      expect(answers.body.items).to.deep.equal([]);
      for (const text of [questions.text, answers.text]) {
        expect(text).to.not.contain('anonyme');
        expect(text).to.not.contain('discret-artisan');
      }
    });
  });
});
