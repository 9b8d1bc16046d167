import { expect } from 'chai';
import { Answer, Question, User } from '../../db/models';
import { TestClient } from '../support/client';
import { buildAnswer, buildQuestion, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import { moderated } from '../support/moderation';

const ANSWER_BODY = 'Il faut d’abord regarder le plan de trésorerie sur les trois prochains mois.';

async function setAnswerAge(answer: Answer, minutesAgo: number): Promise<void> {
  await testEnv().ctx.sequelize.query(
    `UPDATE answers SET created_at = now() - make_interval(mins => :minutesAgo) WHERE id = :id`,
    { replacements: { id: answer.id, minutesAgo } },
  );
}

async function setAnswerScore(answer: Answer, score: number): Promise<void> {
  await testEnv().ctx.sequelize.query(`UPDATE answers SET score = :score WHERE id = :id`, {
    replacements: { id: answer.id, score },
  });
}

interface HtmlTag {
  raw: string;
  name: string;
  attributes: Record<string, string>;
}

/**
 * Every real tag of a sanitised HTML fragment with its attributes (text `<` is always escaped as
 * `&lt;`, and the sanitiser writes every attribute value in double quotes).
 */
function tagsOf(html: string): HtmlTag[] {
  return (html.match(/<[^>]*>/g) ?? []).map((raw) => {
    const [, name = '', rest = ''] = /^<\/?([A-Za-z0-9]+)([^>]*)>$/.exec(raw) ?? [];
    const attributes: Record<string, string> = {};
    for (const match of rest.matchAll(/([^\s=/>"]+)(?:\s*=\s*"([^"]*)")?/g)) {
      attributes[match[1]!.toLowerCase()] = match[2] ?? '';
    }
    return { raw, name: name.toLowerCase(), attributes };
  });
}

describe('answers', () => {
  describe('POST /api/questions/:id/answers', () => {
    it('creates the answer (201) and moves the question’s answerCount and lastActivityAt', async () => {
      const question = await buildQuestion();
      await testEnv().ctx.sequelize.query(
        `UPDATE questions SET last_activity_at = now() - interval '2 days' WHERE id = :id`,
        { replacements: { id: question.id } },
      );
      const visitor = new TestClient();
      const before = (await visitor.get(`/api/questions/${question.id}`)).body.question;
      expect(before.answerCount).to.equal(0);

      const author = await buildUser({ pseudonym: 'conseil-tresorerie' });
      const member = await clientFor(author);
      const created = await member.post(`/api/questions/${question.id}/answers`, { body: ANSWER_BODY });
      expect(created.status).to.equal(201);
      expect(created.body.answer).to.include({
        questionId: question.id,
        body: ANSWER_BODY,
        anonymous: false,
        score: 0,
        accepted: false,
        // Its author sees it at once; everyone else once the moderation worker has checked it.
        status: 'pending',
        viewerVote: 0,
      });
      expect(created.body.answer.author).to.include({ id: author.id, pseudonym: 'conseil-tresorerie' });
      expect(created.body.answer.bodyHtml).to.contain('plan de trésorerie');
      await moderated();

      const after = await visitor.get(`/api/questions/${question.id}`);
      expect(after.body.question.answerCount).to.equal(1);
      expect(Date.parse(after.body.question.lastActivityAt)).to.be.greaterThan(Date.parse(before.lastActivityAt));
      expect(after.body.answers.map((a: { id: number }) => a.id)).to.deep.equal([created.body.answer.id]);
    });

    it('answers 404 for a deleted question and for an unknown one', async () => {
      const asker = await buildUser();
      const question = await buildQuestion({ author: asker });
      const askerClient = await clientFor(asker);
      expect((await askerClient.delete(`/api/questions/${question.id}`)).status).to.equal(204);

      const member = await clientFor(await buildUser());
      const onDeleted = await member.post(`/api/questions/${question.id}/answers`, { body: ANSWER_BODY });
      expect(onDeleted.status).to.equal(404);
      expect(onDeleted.body.error.code).to.equal('not_found');

      const onUnknown = await member.post('/api/questions/999999/answers', { body: ANSWER_BODY });
      expect(onUnknown.status).to.equal(404);
      expect(onUnknown.body.error.code).to.equal('not_found');
      expect(await Answer.count()).to.equal(0);
    });
  });

  describe('PATCH /api/answers/:id and revisions', () => {
    it('lets the author edit, keeps every version, and refuses another member', async () => {
      const author = await buildUser();
      const answer = await buildAnswer({ author, body: ANSWER_BODY });
      const authorClient = await clientFor(author);

      const newBody = 'Réponse corrigée : commencez par un plan de trésorerie sur six mois glissants.';
      const edited = await authorClient.patch(`/api/answers/${answer.id}`, { body: newBody });
      expect(edited.status).to.equal(200);
      expect(edited.body.answer.body).to.equal(newBody);
      expect(edited.body.answer.bodyHtml).to.contain('six mois glissants');

      const other = await clientFor(await buildUser());
      const refused = await other.patch(`/api/answers/${answer.id}`, {
        body: 'Je réécris la réponse d’un autre membre.',
      });
      expect(refused.status).to.equal(403);
      // Editing others' posts is a privilege of reputation (500 points).
      expect(refused.body.error.code).to.equal('insufficient_reputation');
      expect(refused.body.error.message).to.contain('500');

      await moderated();
      const revisions = await new TestClient().get(`/api/answers/${answer.id}/revisions`);
      expect(revisions.status).to.equal(200);
      expect(revisions.body.map((r: { revision: number }) => r.revision)).to.deep.equal([2, 1]);
      expect(revisions.body[0]).to.include({ body: newBody, title: null });
      expect(revisions.body[1].body).to.equal(ANSWER_BODY);
      expect(revisions.body[0].editor.id).to.equal(author.id);

      const stored = await Answer.findByPk(answer.id);
      expect(stored!.body).to.equal(newBody);
    });

    it('lets a moderator edit someone else’s answer, and names the moderator in the revisions', async () => {
      const answer = await buildAnswer({ body: ANSWER_BODY });
      const moderator = await buildUser({ role: 'moderator' });
      const moderatorClient = await clientFor(moderator);
      const newBody = 'Réponse modérée : les coordonnées personnelles ont été retirées du texte.';
      const edited = await moderatorClient.patch(`/api/answers/${answer.id}`, { body: newBody });
      expect(edited.status).to.equal(200);
      expect(edited.body.answer.body).to.equal(newBody);

      await moderated();
      const revisions = await new TestClient().get(`/api/answers/${answer.id}/revisions`);
      expect(revisions.body).to.have.length(2);
      expect(revisions.body[0].editor.id).to.equal(moderator.id);
    });

    it('answers 404 for the revisions of an unknown answer', async () => {
      const response = await new TestClient().get('/api/answers/424242/revisions');
      expect(response.status).to.equal(404);
      expect(response.body.error.code).to.equal('not_found');
    });
  });

  describe('DELETE /api/answers/:id', () => {
    it('deletes (204), decrements answerCount and hides the answer', async () => {
      const question = await buildQuestion();
      const author = await buildUser();
      const answer = await buildAnswer({ question, author });
      await buildAnswer({ question });
      const authorClient = await clientFor(author);
      expect((await authorClient.get(`/api/questions/${question.id}`)).body.question.answerCount).to.equal(2);

      const deleted = await authorClient.delete(`/api/answers/${answer.id}`);
      expect(deleted.status).to.equal(204);

      const page = await new TestClient().get(`/api/questions/${question.id}`);
      expect(page.body.question.answerCount).to.equal(1);
      expect(page.body.answers.map((a: { id: number }) => a.id)).to.not.include(answer.id);
      expect((await new TestClient().get(`/api/answers/${answer.id}/revisions`)).status).to.equal(404);
    });

    it('clears the accepted answer when the accepted answer is deleted', async () => {
      const asker = await buildUser();
      const question = await buildQuestion({ author: asker });
      const author = await buildUser();
      const answer = await buildAnswer({ question, author });
      const askerClient = await clientFor(asker);
      expect((await askerClient.post(`/api/answers/${answer.id}/accept`)).body.acceptedAnswerId).to.equal(answer.id);

      const authorClient = await clientFor(author);
      expect((await authorClient.delete(`/api/answers/${answer.id}`)).status).to.equal(204);

      const page = await new TestClient().get(`/api/questions/${question.id}`);
      expect(page.body.question.acceptedAnswerId).to.equal(null);
      expect(page.body.question.hasAcceptedAnswer).to.equal(false);
      expect(page.body.question.answerCount).to.equal(0);
    });

    it('refuses another member (403) and lets a moderator delete', async () => {
      const question = await buildQuestion();
      const answer = await buildAnswer({ question });
      const other = await clientFor(await buildUser());
      const refused = await other.delete(`/api/answers/${answer.id}`);
      expect(refused.status).to.equal(403);
      expect((await Answer.findByPk(answer.id))!.status).to.equal('published');

      const moderator = await clientFor(await buildUser({ role: 'moderator' }));
      expect((await moderator.delete(`/api/answers/${answer.id}`)).status).to.equal(204);
      expect((await Question.findByPk(question.id))!.answerCount).to.equal(0);
    });
  });

  describe('POST /api/answers/:id/accept', () => {
    it('lets the question’s author accept, then un-accept by accepting again', async () => {
      const asker = await buildUser();
      const question = await buildQuestion({ author: asker });
      const first = await buildAnswer({ question });
      const second = await buildAnswer({ question });
      const askerClient = await clientFor(asker);

      const accepted = await askerClient.post(`/api/answers/${second.id}/accept`);
      expect(accepted.status).to.equal(200);
      expect(accepted.body).to.deep.equal({ acceptedAnswerId: second.id });
      let page = await new TestClient().get(`/api/questions/${question.id}`);
      expect(page.body.question.acceptedAnswerId).to.equal(second.id);
      expect(page.body.question.hasAcceptedAnswer).to.equal(true);
      expect(page.body.answers[0]).to.include({ id: second.id, accepted: true });
      expect(page.body.answers[1]).to.include({ id: first.id, accepted: false });

      const switched = await askerClient.post(`/api/answers/${first.id}/accept`);
      expect(switched.body).to.deep.equal({ acceptedAnswerId: first.id });

      const undone = await askerClient.post(`/api/answers/${first.id}/accept`);
      expect(undone.status).to.equal(200);
      expect(undone.body).to.deep.equal({ acceptedAnswerId: null });
      page = await new TestClient().get(`/api/questions/${question.id}`);
      expect(page.body.question.acceptedAnswerId).to.equal(null);
      expect(page.body.answers.every((a: { accepted: boolean }) => !a.accepted)).to.equal(true);
    });

    it('refuses anyone but the question’s author (403), the answer’s author included', async () => {
      const question = await buildQuestion();
      const answerAuthor = await buildUser();
      const answer = await buildAnswer({ question, author: answerAuthor });
      for (const user of [answerAuthor, await buildUser(), await buildUser({ role: 'moderator' })]) {
        const client = await clientFor(user);
        const refused = await client.post(`/api/answers/${answer.id}/accept`);
        expect(refused.status).to.equal(403);
      }
      expect((await Question.findByPk(question.id))!.acceptedAnswerId).to.equal(null);
    });
  });

  describe('answer order on GET /api/questions/:id', () => {
    it('puts the accepted answer first, then by score, then the oldest first', async () => {
      const asker = await buildUser();
      const question = await buildQuestion({ author: asker });
      const lowOld = await buildAnswer({ question, body: 'Réponse au score faible mais ancienne, de test.' });
      const highNew = await buildAnswer({ question, body: 'Réponse au meilleur score, la plus récente de toutes.' });
      const midOld = await buildAnswer({ question, body: 'Réponse au score moyen, publiée il y a longtemps.' });
      const midNew = await buildAnswer({ question, body: 'Réponse au score moyen, publiée il y a peu de temps.' });
      const accepted = await buildAnswer({ question, body: 'Réponse acceptée malgré un score négatif, de test.' });
      await setAnswerScore(lowOld, 1);
      await setAnswerAge(lowOld, 500);
      await setAnswerScore(highNew, 9);
      await setAnswerAge(highNew, 10);
      await setAnswerScore(midOld, 4);
      await setAnswerAge(midOld, 300);
      await setAnswerScore(midNew, 4);
      await setAnswerAge(midNew, 20);
      await setAnswerScore(accepted, -2);
      await setAnswerAge(accepted, 5);

      const askerClient = await clientFor(asker);
      expect((await askerClient.post(`/api/answers/${accepted.id}/accept`)).status).to.equal(200);

      const page = await new TestClient().get(`/api/questions/${question.id}`);
      expect(page.body.answers.map((a: { id: number }) => a.id)).to.deep.equal([
        accepted.id,
        highNew.id,
        midOld.id,
        midNew.id,
        lowOld.id,
      ]);
      expect(page.body.answers.map((a: { score: number }) => a.score)).to.deep.equal([-2, 9, 4, 4, 1]);

      // Without an accepted answer, the order is by score, then the oldest first.
      await askerClient.post(`/api/answers/${accepted.id}/accept`);
      const unaccepted = await new TestClient().get(`/api/questions/${question.id}`);
      expect(unaccepted.body.answers.map((a: { id: number }) => a.id)).to.deep.equal([
        highNew.id,
        midOld.id,
        midNew.id,
        lowOld.id,
        accepted.id,
      ]);
    });
  });

  describe('anonymous answers', () => {
    async function anonymousAuthor(): Promise<User> {
      const user = await buildUser({ pseudonym: 'Mystere-Auteur' });
      // A distinctive id, so that its absence from a raw response text means something.
      await testEnv().ctx.sequelize.query(`UPDATE users SET id = 987654 WHERE id = :id`, {
        replacements: { id: user.id },
      });
      return (await User.findByPk(987654))!;
    }

    it('shows `author: null` and leaks neither the id nor the pseudonym, whoever reads', async () => {
      const author = await anonymousAuthor();
      const question = await buildQuestion();
      const authorClient = await clientFor(author);
      const created = await authorClient.post(`/api/questions/${question.id}/answers`, {
        body: 'Réponse discrète : négociez un échéancier avec l’URSSAF avant la date limite.',
        anonymous: true,
      });
      expect(created.status).to.equal(201);
      expect(created.body.answer.author).to.equal(null);
      expect(created.body.answer.anonymous).to.equal(true);
      expect(created.text).to.not.contain('987654');
      expect(created.text).to.not.contain('Mystere-Auteur');
      const answerId = created.body.answer.id;
      await moderated();

      const readers = [new TestClient(), await clientFor(await buildUser()), authorClient];
      for (const reader of readers) {
        const page = await reader.get(`/api/questions/${question.id}`);
        expect(page.status).to.equal(200);
        const answer = page.body.answers.find((a: { id: number }) => a.id === answerId);
        expect(answer).to.include({ author: null, anonymous: true });
        expect(page.text).to.not.contain('987654');
        expect(page.text).to.not.contain('Mystere-Auteur');
      }

      const profile = await new TestClient().get('/api/users/987654');
      expect(profile.status).to.equal(200);
      expect(profile.body.answerCount).to.equal(0);
      const answers = await new TestClient().get('/api/users/987654/answers');
      expect(answers.body.items).to.deep.equal([]);
      expect(answers.text).to.not.contain('URSSAF');
      for (const sort of ['top', 'newest']) {
        const list = await authorClient.get(`/api/users/987654/answers?sort=${sort}`);
        expect(list.body.items).to.deep.equal([]);
      }

      const edited = await authorClient.patch(`/api/answers/${answerId}`, {
        body: 'Réponse discrète, complétée : demandez aussi un report au service des impôts.',
      });
      expect(edited.status).to.equal(200);
      expect(edited.body.answer.author).to.equal(null);
      expect(edited.text).to.not.contain('987654');
      expect(edited.text).to.not.contain('Mystere-Auteur');
      await moderated();
      const revisions = await new TestClient().get(`/api/answers/${answerId}/revisions`);
      expect(revisions.body.every((r: { editor: unknown }) => r.editor === null)).to.equal(true);
      expect(revisions.text).to.not.contain('987654');
      expect(revisions.text).to.not.contain('Mystere-Auteur');
    });
  });

  describe('sanitised answer bodies', () => {
    it('never lets a script, an event handler or a javascript: URL through', async () => {
      const question = await buildQuestion();
      const member = await clientFor(await buildUser());
      const body = [
        'Voici ma réponse, avec des pièges :',
        '',
        '<script>alert(1)</script>',
        '',
        '<img src=x onerror=alert(1)>',
        '',
        '[x](javascript:alert(1)) et [y](JaVaScRiPt:alert(2)) et [z](javascript&#58;alert(3))',
        '',
        '<a href="javascript:alert(4)">cliquez</a>',
        '',
        '![image](javascript:alert(5))',
      ].join('\n');
      const created = await member.post(`/api/questions/${question.id}/answers`, { body });
      expect(created.status).to.equal(201);
      const { bodyHtml } = created.body.answer;
      expect(created.body.answer.body).to.equal(body);

      // Read by its author: what is stored and shown, whatever the moderation decides.
      const page = await member.get(`/api/questions/${question.id}`);
      expect(page.body.answers[0].bodyHtml).to.equal(bodyHtml);

      expect(bodyHtml).to.not.match(/<script/i);
      for (const tag of tagsOf(bodyHtml)) {
        expect(['script', 'img', 'iframe', 'object', 'embed', 'svg', 'style'], tag.raw).to.not.include(tag.name);
        for (const [name, value] of Object.entries(tag.attributes)) {
          expect(name, tag.raw).to.not.match(/^on/);
          expect(value, tag.raw).to.not.match(/^\s*(javascript|vbscript|data):/i);
        }
      }
      // No javascript: anywhere in the markup; what the author typed stays visible as escaped text.
      expect(
        tagsOf(bodyHtml)
          .map((tag) => tag.raw)
          .join(''),
      ).to.not.match(/javascript|&#0*58;|&colon;/i);
      // What the author typed stays visible as text, escaped.
      expect(bodyHtml).to.contain('&lt;script&gt;');
    });

    it('gives links rel="nofollow ugc noopener" and keeps ordinary markdown', async () => {
      const question = await buildQuestion();
      const member = await clientFor(await buildUser());
      const body =
        'Consultez **le guide** sur [le site des impôts](https://www.impots.gouv.fr/professionnel) ' +
        'ou https://www.urssaf.fr directement.';
      const created = await member.post(`/api/questions/${question.id}/answers`, { body });
      const { bodyHtml } = created.body.answer;
      expect(bodyHtml).to.contain('<strong>le guide</strong>');
      const links = tagsOf(bodyHtml).filter((tag) => tag.name === 'a' && !tag.raw.startsWith('</'));
      expect(links.map((link) => link.attributes.href)).to.deep.equal([
        'https://www.impots.gouv.fr/professionnel',
        'https://www.urssaf.fr',
      ]);
      for (const link of links) expect(link.attributes.rel).to.equal('nofollow ugc noopener');
    });

    it('does not let an author set their own rel or event attributes on a link', async () => {
      const question = await buildQuestion();
      const member = await clientFor(await buildUser());
      const body = 'Lien piégé : [guide](https://exemple.fr "titre\\" onclick=\\"alert(1)") à lire absolument.';
      const created = await member.post(`/api/questions/${question.id}/answers`, { body });
      expect(created.status).to.equal(201);
      const tags = tagsOf(created.body.answer.bodyHtml);
      expect(tags.some((tag) => tag.name === 'a')).to.equal(true);
      for (const tag of tags) {
        expect(
          Object.keys(tag.attributes).filter((name) => name.startsWith('on')),
          tag.raw,
        ).to.deep.equal([]);
        if (tag.name === 'a' && !tag.raw.startsWith('</')) expect(tag.attributes.rel).to.equal('nofollow ugc noopener');
      }
    });
  });
});
