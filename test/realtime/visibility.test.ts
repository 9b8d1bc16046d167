import { expect } from 'chai';
import { Answer, Question, QuestionTag, type User } from '../../db/models';
import { answerChanged, inTransaction, questionChanged } from '../../server/commands/effects';
import { buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import type { TestClient } from '../support/client';
import { disconnectAll, expectNoEvent, postAnswer, postQuestion, subscribe, watch } from '../support/sockets';

// Pending, hidden and deleted posts are pushed to their author only (every tab of theirs), never
// to the rooms the public watches.

async function member(): Promise<{ user: User; client: TestClient }> {
  const user = await buildUser();
  return { user, client: await clientFor(user) };
}

describe('real-time visibility of posts that are not public', () => {
  afterEach(() => disconnectAll());

  it('a hidden answer edited by its author reaches only the author’s tabs; its room is told to remove it', async () => {
    const question = await buildQuestion();
    const author = await member();
    const reader = await member();
    const answer = await postAnswer(author.client, question.id);
    await Answer.update({ status: 'hidden' }, { where: { id: answer.id } });

    const room = `question:${question.id}`;
    const visitor = await watch(undefined, [room]);
    const otherMember = await watch(reader.client, [room]);
    const authorTab = await watch(author.client);
    const authorWatching = await watch(author.client, [room]);

    const body = 'Le texte corrigé d’une réponse masquée : personne d’autre ne doit le lire.';
    const edit = await author.client.patch(`/api/answers/${answer.id}`, { body });
    expect(edit.status).to.equal(200);
    expect(edit.body.answer.status).to.equal('hidden');

    for (const tab of [authorTab, authorWatching]) {
      const own = await tab.waitFor('answer:updated');
      expect(own).to.deep.include({ questionId: question.id });
      expect(own.answer).to.include({ id: answer.id, body, status: 'hidden' });
    }
    for (const log of [visitor, otherMember, authorWatching]) {
      expect(await log.waitFor('answer:removed')).to.deep.equal({ questionId: question.id, answerId: answer.id });
    }
    // The question's summary follows in the same effect, after the answer's events.
    for (const log of [visitor, otherMember]) {
      await expectNoEvent(log, 'answer:updated', log.waitFor('question:updated'));
      expect(log.of('answer:created')).to.deep.equal([]);
      for (const raw of log.rawPayloads()) expect(raw).not.to.contain('personne d’autre');
    }
    await expectNoEvent(authorTab, 'answer:removed', authorTab.waitFor('answer:updated'));
  });

  it('a pending answer is pushed to its author’s tabs only (the real effect, after commit)', async () => {
    const { ctx } = testEnv();
    const question = await buildQuestion();
    const author = await member();
    const reader = await member();
    const room = `question:${question.id}`;
    const visitor = await watch(undefined, [room]);
    const otherMember = await watch(reader.client, [room]);
    const authorTab = await watch(author.client);
    const authorWatching = await watch(author.client, [room]);

    const text = 'Une réponse en attente de vérification, réservée à son auteur.';
    const pending = await inTransaction(ctx, async (transaction, after) => {
      const answer = await Answer.create(
        {
          questionId: question.id,
          authorId: author.user.id,
          body: text,
          bodyHtml: `<p>${text}</p>`,
          status: 'pending',
        },
        { transaction },
      );
      answerChanged(ctx, after, answer, { created: true });
      return answer;
    });

    for (const tab of [authorTab, authorWatching]) {
      const own = await tab.waitFor('answer:created');
      expect(own.questionId).to.equal(question.id);
      expect(own.answer).to.include({ id: pending.id, body: text, status: 'pending', anonymous: false });
      expect(own.answer.author).to.deep.include({ id: author.user.id });
    }
    // A published answer afterwards is the sentinel: once the others have it, they would have had
    // the pending one before it, and the summary still counts only the published one.
    const published = await postAnswer(reader.client, question.id);
    for (const log of [visitor, otherMember]) {
      const summary = await log.waitFor('question:updated');
      expect(summary.question).to.include({ id: question.id, answerCount: 1 });
      const answerEvents = log.events.filter((e) => e.event.startsWith('answer:')).map((e) => e.payload);
      expect(answerEvents).to.deep.include({ questionId: question.id, answer: published });
      expect(answerEvents.filter((p) => (p as { answer: { id: number } }).answer.id === pending.id)).to.deep.equal([]);
      for (const raw of log.rawPayloads()) expect(raw).not.to.contain('en attente de vérification');
    }
    // Others cannot read the pending answer on the page either: only the published one is there.
    const page = await (await clientFor(await buildUser())).get(`/api/questions/${question.id}`);
    expect(page.body.answers.map((a: { id: number }) => a.id)).to.deep.equal([published.id]);
  });

  it('a pending question is pushed to its author only, never to the feed or its theme', async () => {
    const { ctx } = testEnv();
    const tag = await buildTag('fiscalite', 'Fiscalité');
    const author = await member();
    const feed = await watch(undefined, ['questions', 'tag:fiscalite']);
    const otherMember = await watch((await member()).client, ['questions']);
    const authorTab = await watch(author.client);
    const authorOnFeed = await watch(author.client, ['questions']);

    const pending = await inTransaction(ctx, async (transaction, after) => {
      const question = await Question.create(
        {
          authorId: author.user.id,
          title: 'Une question en attente de vérification automatique',
          body: 'Son texte ne doit être poussé qu’à son auteur tant qu’elle attend.',
          bodyHtml: '<p>Son texte ne doit être poussé qu’à son auteur tant qu’elle attend.</p>',
          excerpt: 'Son texte ne doit être poussé qu’à son auteur tant qu’elle attend.',
          titlePlain: 'une question en attente de verification automatique',
          status: 'pending',
        },
        { transaction },
      );
      await QuestionTag.create({ questionId: question.id, tagId: tag.id, position: 0 }, { transaction });
      questionChanged(ctx, after, question.id, true);
      return question;
    });

    for (const tab of [authorTab, authorOnFeed]) {
      const own = await tab.waitFor('question:created');
      expect(own.question).to.include({ id: pending.id, status: 'pending' });
      expect(own.question.tags).to.deep.equal(['fiscalite']);
    }
    // Only the author and moderators may watch its room.
    expect(await subscribe(feed.socket, `question:${pending.id}`)).to.deep.include({ ok: false });
    expect(await subscribe(authorTab.socket, `question:${pending.id}`)).to.deep.include({ ok: true });

    // Sentinel: a published question in the same theme, posted afterwards.
    const published = await postQuestion(author.client, ['fiscalite']);
    const isPublished = (p: { question: { id: number } }) => p.question.id === published.id;
    for (const log of [feed, otherMember]) {
      await expectNoEvent(
        log,
        'question:created',
        log.waitFor('question:created', isPublished),
        (p) => !isPublished(p),
      );
      expect(log.of('question:updated')).to.deep.equal([]);
      for (const raw of log.rawPayloads()) expect(raw).not.to.contain('en attente de vérification');
    }
  });

  it('a hidden question edited by its author leaves the public rooms and follows its author only', async () => {
    const author = await member();
    const question = await postQuestion(author.client, [(await buildTag()).slug]);
    const rooms = ['questions', `tag:${question.tags[0]}`, `question:${question.id}`];
    const visitor = await watch(undefined, rooms);
    const otherMember = await watch((await member()).client, rooms);
    const authorTab = await watch(author.client);
    await Question.update({ status: 'hidden' }, { where: { id: question.id } });

    const body = 'Le texte revu d’une question masquée, que seul son auteur doit recevoir.';
    expect((await author.client.patch(`/api/questions/${question.id}`, { body })).status).to.equal(200);
    const own = await authorTab.waitFor('question:updated');
    expect(own.question).to.include({ id: question.id, status: 'hidden' });
    for (const log of [visitor, otherMember]) {
      expect(await log.waitFor('question:removed')).to.deep.equal({ questionId: question.id });
    }

    const later = await postQuestion(author.client, question.tags);
    for (const log of [visitor, otherMember]) {
      await expectNoEvent(
        log,
        'question:updated',
        log.waitFor('question:created', (p) => p.question.id === later.id),
      );
      for (const raw of log.rawPayloads()) expect(raw).not.to.contain('seul son auteur');
    }
  });
});
