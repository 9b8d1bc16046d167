import { expect } from 'chai';
import { Answer, type User } from '../../db/models';
import { answerChanged, inTransaction } from '../../server/commands/effects';
import { buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import { moderated } from '../support/moderation';
import { TestClient } from '../support/client';
import {
  disconnectAll,
  expectNoEvent,
  join,
  postAnswer,
  postQuestion,
  summaryOf,
  watch,
  type EventLog,
} from '../support/sockets';

// Each test watches rooms that should and should not see an event, causes it through the HTTP
// API, waits for it where it must arrive, then proves it did not arrive elsewhere with a later
// "sentinel" event that reaches the same socket (no blind sleep).

const X = 'tresorerie';
const Y = 'recrutement';
const Z = 'export';

async function themes(): Promise<void> {
  await buildTag(X, 'Trésorerie');
  await buildTag(Y, 'Recrutement');
  await buildTag(Z, 'Export');
}

async function member(): Promise<{ user: User; client: TestClient }> {
  const user = await buildUser({ reputation: 50 });
  return { user, client: await clientFor(user) };
}

const ANSWER_EVENTS = ['answer:created', 'answer:updated', 'answer:removed', 'answer:accepted'] as const;

describe('real-time events reach the right rooms and no other', () => {
  afterEach(() => disconnectAll());

  it('question:created goes to `questions`, its themes and its author, once per socket', async () => {
    await themes();
    const author = await member();
    const bystander = await member();
    const elsewhere = await buildQuestion({ tags: [Y] });

    const feed = await watch(undefined, ['questions']);
    const tagX = await watch(undefined, [`tag:${X}`]);
    const tagZ = await watch(undefined, [`tag:${Z}`]);
    const everywhere = await watch(undefined, ['questions', `tag:${X}`, `tag:${Z}`]);
    const authorTab = await watch(author.client);
    const tagY = await watch(undefined, [`tag:${Y}`]);
    const otherQuestion = await watch(undefined, [`question:${elsewhere.id}`]);
    const bystanderTab = await watch(bystander.client);

    const question = await postQuestion(author.client, [X, Z]);
    const isIt = (p: { question: { id: number } }) => p.question.id === question.id;
    // Its author's tabs had the pending question first; everyone has it once published.
    const published = (p: { question: { id: number; status: string } }) => isIt(p) && p.question.status === 'published';
    for (const log of [feed, tagX, tagZ, everywhere, authorTab]) {
      const payload = await log.waitFor('question:created', published);
      expect(payload.question).to.deep.equal(summaryOf(question));
      expect(payload.question.author).to.deep.include({ id: author.user.id, pseudonym: author.user.pseudonym });
    }

    // Sentinels: a question in Y (to `questions`, tag:Y and the bystander), an answer elsewhere.
    const later = await postQuestion(bystander.client, [Y]);
    const isLater = (p: { question: { id: number } }) => p.question.id === later.id;
    await postAnswer(bystander.client, elsewhere.id);
    await expectNoEvent(tagY, 'question:created', tagY.waitFor('question:created', isLater), isIt);
    await expectNoEvent(bystanderTab, 'question:created', bystanderTab.waitFor('question:created', isLater), isIt);
    await expectNoEvent(otherQuestion, 'question:created', otherQuestion.waitFor('answer:created'), isIt);
    await everywhere.waitFor('question:created', isLater);
    expect(everywhere.of('question:created', isIt)).to.have.length(1);
    expect(authorTab.of('question:created', isIt).map((p) => p.question.status)).to.deep.equal([
      'pending',
      'published',
    ]);
    const ours = feed.of('question:created', (p) => [question.id, later.id].includes(p.question.id));
    expect(ours.map((p) => p.question.id)).to.deep.equal([question.id, later.id]);
  });

  it('question:updated and question:removed go to its public rooms; its author follows it', async () => {
    await themes();
    const author = await member();
    const bystander = await member();
    const question = await postQuestion(author.client, [X]);
    const elsewhere = await buildQuestion({ tags: [Y] });

    const feed = await watch(undefined, ['questions']);
    const tagX = await watch(undefined, [`tag:${X}`]);
    const room = await watch(undefined, [`question:${question.id}`]);
    const authorTab = await watch(author.client);
    const tagY = await watch(undefined, [`tag:${Y}`]);
    const otherQuestion = await watch(undefined, [`question:${elsewhere.id}`]);
    const isIt = (p: { question: { id: number } }) => p.question.id === question.id;

    // An edit is checked again before anyone else sees it: the question leaves the public rooms
    // while it is pending, and comes back once published.
    const title = 'Un titre modifié pour la question en direct';
    expect((await author.client.patch(`/api/questions/${question.id}`, { title })).status).to.equal(200);
    for (const log of [feed, tagX, room]) {
      expect(await log.waitFor('question:removed')).to.deep.equal({ questionId: question.id });
    }
    for (const log of [feed, tagX, room, authorTab]) {
      const payload = await log.waitFor('question:created', isIt);
      expect(payload.question).to.include({ id: question.id, title, status: 'published' });
      expect(payload.question.tags).to.deep.equal([X]);
    }
    const editing = await authorTab.waitFor('question:updated', isIt);
    expect(editing.question).to.include({ title, status: 'pending' });
    expect(feed.of('question:updated', isIt)).to.deep.equal([]);

    expect((await author.client.delete(`/api/questions/${question.id}`)).status).to.equal(204);
    for (const log of [feed, tagX, room]) {
      expect(await log.waitForCount('question:removed', 2)).to.have.length(2);
    }
    // The author's own room is told the new status (it is not in any public room here).
    const own = await authorTab.waitFor('question:updated', (p) => isIt(p) && p.question.status === 'deleted');
    expect(own.question.title).to.equal(title);
    expect(feed.of('question:updated', (p) => p.question.status !== 'published')).to.deep.equal([]);

    // Sentinels: the author's next question (to tag:Y and the author's room), an answer elsewhere.
    const later = await postQuestion(author.client, [Y]);
    await postAnswer(bystander.client, elsewhere.id);
    const isLater = (p: { question: { id: number } }) => p.question.id === later.id;
    const sentinelY = tagY.waitFor('question:created', isLater);
    await expectNoEvent(tagY, 'question:updated', sentinelY, isIt);
    await expectNoEvent(tagY, 'question:removed', sentinelY);
    const sentinelOther = otherQuestion.waitFor('answer:created');
    await expectNoEvent(otherQuestion, 'question:updated', sentinelOther, isIt);
    await expectNoEvent(otherQuestion, 'question:removed', sentinelOther);
    await expectNoEvent(authorTab, 'question:removed', authorTab.waitFor('question:created', isLater));
  });

  it('a question moved to other themes is updated in the rooms of the themes it left too', async () => {
    await themes();
    const author = await member();
    const question = await postQuestion(author.client, [X]);
    const tagX = await watch(undefined, [`tag:${X}`]);
    const tagY = await watch(undefined, [`tag:${Y}`]);

    expect((await author.client.patch(`/api/questions/${question.id}`, { tags: [Y] })).status).to.equal(200);
    // The theme X page still shows it: it must learn that the question is no longer there (it
    // leaves while its edit is checked, and comes back only in Y).
    expect(await tagX.waitFor('question:removed')).to.deep.equal({ questionId: question.id });
    const joined = await tagY.waitFor('question:created');
    expect(joined.question).to.include({ id: question.id, status: 'published' });
    expect(joined.question.tags).to.deep.equal([Y]);
    await moderated();
    expect(tagX.of('question:created')).to.deep.equal([]);
  });

  it('answer:created/updated/accepted/removed go to `question:{id}` only (and the answer author)', async () => {
    await themes();
    const asker = await member();
    const answerer = await member();
    const question = await postQuestion(asker.client, [X]);
    const elsewhere = await buildQuestion({ tags: [X] });

    const room = await watch(undefined, [`question:${question.id}`]);
    const feed = await watch(undefined, ['questions']);
    const tagX = await watch(undefined, [`tag:${X}`]);
    const otherQuestion = await watch(undefined, [`question:${elsewhere.id}`]);
    const askerTab = await watch(asker.client);
    const answererTab = await watch(answerer.client);
    const updatesOf = (log: EventLog, count: number) =>
      log.waitForCount('question:updated', count, (p) => p.question.id === question.id);

    const answer = await postAnswer(answerer.client, question.id);
    const published = (p: { answer: { status: string } }) => p.answer.status === 'published';
    expect(await room.waitFor('answer:created')).to.deep.equal({ questionId: question.id, answer });
    expect(await answererTab.waitFor('answer:created', published)).to.deep.equal({ questionId: question.id, answer });
    for (const log of [feed, tagX, askerTab]) expect((await updatesOf(log, 1))[0]!.question.answerCount).to.equal(1);

    // An edited answer leaves the page while it is checked again, then comes back.
    const body = 'Une réponse corrigée par son auteur, toujours assez longue.';
    expect((await answerer.client.patch(`/api/answers/${answer.id}`, { body })).status).to.equal(200);
    expect(await room.waitFor('answer:removed')).to.deep.equal({ questionId: question.id, answerId: answer.id });
    const back = await room.waitFor('answer:created', (p) => p.answer.body === body);
    expect(back.answer).to.include({ id: answer.id, body, status: 'published' });
    expect((await answererTab.waitFor('answer:updated')).answer).to.include({ body, status: 'pending' });
    for (const log of [feed, tagX, askerTab]) await updatesOf(log, 3);

    const accepted = (log: EventLog) =>
      log.waitFor('question:updated', (p) => p.question.id === question.id && p.question.hasAcceptedAnswer);
    expect((await asker.client.post(`/api/answers/${answer.id}/accept`)).status).to.equal(200);
    expect(await room.waitFor('answer:accepted')).to.deep.equal({ questionId: question.id, answerId: answer.id });
    for (const log of [feed, tagX, askerTab]) await accepted(log);
    expect((await asker.client.post(`/api/answers/${answer.id}/accept`)).status).to.equal(200);
    await room.waitFor('answer:accepted', (p) => p.answerId === null);
    for (const log of [feed, tagX, askerTab]) await updatesOf(log, 5);

    expect((await answerer.client.delete(`/api/answers/${answer.id}`)).status).to.equal(204);
    await room.waitForCount('answer:removed', 2);
    const gone = await answererTab.waitFor('answer:updated', (p) => p.answer.status === 'deleted');
    expect(gone.answer.id).to.equal(answer.id);
    for (const log of [feed, tagX, askerTab]) expect((await updatesOf(log, 6))[5]!.question.answerCount).to.equal(0);

    // In order, each once, in the question's room.
    expect(room.events.map((e) => e.event).filter((e) => e.startsWith('answer:'))).to.deep.equal([
      'answer:created',
      'answer:removed',
      'answer:created',
      'answer:accepted',
      'answer:accepted',
      'answer:removed',
    ]);
    // The list rooms and the asker's tab got question:updated after each answer event: nothing more.
    for (const log of [feed, tagX, askerTab]) {
      for (const event of ANSWER_EVENTS) await expectNoEvent(log, event, Promise.resolve());
    }
    await postAnswer(asker.client, elsewhere.id);
    const sentinel = otherQuestion.waitFor('answer:created');
    for (const event of ANSWER_EVENTS) {
      await expectNoEvent(otherQuestion, event, sentinel, (p) => p.questionId === question.id);
    }
  });

  it('vote:updated reaches the question room, and the lists too for a question vote', async () => {
    await themes();
    const asker = await member();
    const answerer = await member();
    const voter = await member();
    const question = await postQuestion(asker.client, [X]);
    const answer = await postAnswer(answerer.client, question.id);
    const elsewhere = await postQuestion(asker.client, [Y]);

    const room = await watch(undefined, [`question:${question.id}`]);
    const feed = await watch(undefined, ['questions']);
    const tagX = await watch(undefined, [`tag:${X}`]);
    const tagY = await watch(undefined, [`tag:${Y}`]);
    const otherQuestion = await watch(undefined, [`question:${elsewhere.id}`]);

    expect((await voter.client.post(`/api/questions/${question.id}/vote`, { value: 1 })).status).to.equal(200);
    for (const log of [room, feed, tagX]) {
      expect(await log.waitFor('vote:updated')).to.deep.equal({
        targetType: 'question',
        targetId: question.id,
        score: 1,
        version: 1,
      });
    }

    expect((await voter.client.post(`/api/answers/${answer.id}/vote`, { value: -1 })).status).to.equal(200);
    expect(await room.waitFor('vote:updated', (p) => p.targetType === 'answer')).to.deep.equal({
      targetType: 'answer',
      targetId: answer.id,
      score: -1,
      version: 1,
    });

    // Sentinels, caused after the answer's update was emitted: a vote on `elsewhere` (tag Y and
    // its room), then another vote on the question (the lists).
    expect((await voter.client.post(`/api/questions/${elsewhere.id}/vote`, { value: 1 })).status).to.equal(200);
    const isElsewhere = (p: { targetId: number; targetType: string }) =>
      p.targetType === 'question' && p.targetId === elsewhere.id;
    for (const log of [tagY, otherQuestion]) {
      await expectNoEvent(log, 'vote:updated', log.waitFor('vote:updated', isElsewhere), (p) => !isElsewhere(p));
    }
    await feed.waitFor('vote:updated', isElsewhere);
    const second = await member();
    expect((await second.client.post(`/api/questions/${question.id}/vote`, { value: 1 })).status).to.equal(200);
    for (const log of [feed, tagX, room]) {
      const sentinel = log.waitFor('vote:updated', (p) => p.targetType === 'question' && p.score === 2);
      if (log === room) await expectNoEvent(log, 'vote:updated', sentinel, isElsewhere);
      else await expectNoEvent(log, 'vote:updated', sentinel, (p) => p.targetType === 'answer');
    }
  });

  it('an anonymous author never appears in any payload, not even to themselves', async () => {
    await themes();
    const hidden = await buildUser({ pseudonym: 'Secret-Pseudo-Q' });
    const hiddenAnswerer = await buildUser({ pseudonym: 'Secret-Pseudo-A' });
    const asker = await clientFor(hidden);
    const answerer = await clientFor(hiddenAnswerer);
    const voter = await member();

    const logs = [
      await watch(undefined, ['questions', `tag:${X}`]),
      await watch(voter.client, ['questions']),
      await watch(asker),
      await watch(asker, ['questions']),
      await watch(answerer),
    ];
    const question = await postQuestion(asker, [X], { anonymous: true });
    for (const log of logs) {
      if (log !== logs[4]) await log.waitFor('question:created');
      await join(log.socket, `question:${question.id}`);
    }
    const answer = await postAnswer(answerer, question.id, { anonymous: true });
    const body = 'La réponse anonyme, modifiée par son auteur anonyme.';
    expect((await answerer.patch(`/api/answers/${answer.id}`, { body })).status).to.equal(200);
    expect((await asker.patch(`/api/questions/${question.id}`, { body: `${body} (question)` })).status).to.equal(200);
    expect((await voter.client.post(`/api/answers/${answer.id}/vote`, { value: 1 })).status).to.equal(200);
    expect((await voter.client.post(`/api/questions/${question.id}/vote`, { value: 1 })).status).to.equal(200);
    expect((await asker.post(`/api/answers/${answer.id}/accept`)).status).to.equal(200);
    expect((await answerer.delete(`/api/answers/${answer.id}`)).status).to.equal(204);
    expect((await asker.delete(`/api/questions/${question.id}`)).status).to.equal(204);

    for (const log of logs) {
      // The last thing that happens: the question's deletion, in its room and its author's room.
      await log.waitFor('question:removed');
      if (log === logs[2] || log === logs[3]) {
        await log.waitFor('question:updated', (p) => p.question.status === 'deleted');
      }
      await log.waitFor('vote:updated', (p) => p.targetType === 'answer');
      await log.waitFor('vote:updated', (p) => p.targetType === 'question');

      const posts = [
        ...log.of('question:created').map((p) => p.question),
        ...log.of('question:updated').map((p) => p.question),
        ...log.of('answer:created').map((p) => p.answer),
        ...log.of('answer:updated').map((p) => p.answer),
      ];
      expect(posts.length).to.be.greaterThan(0);
      for (const post of posts) expect(post).to.include({ author: null, anonymous: true });
      for (const raw of log.rawPayloads()) {
        for (const user of [hidden, hiddenAnswerer]) {
          expect(raw).not.to.contain(user.pseudonym);
          expect(raw).not.to.match(new RegExp(`"author":\\{[^}]*"id":${user.id}[,}]`));
          expect(raw).not.to.match(new RegExp(`"(authorId|userId)":${user.id}[,}]`));
        }
      }
    }
  });

  it('events leave only after commit: nothing for a rolled-back answer, a committed one is readable', async () => {
    const { ctx } = testEnv();
    const question = await buildQuestion();
    const author = await buildUser();
    const room = await watch(undefined, [`question:${question.id}`]);

    let rolledBackId = 0;
    const rollback = inTransaction(ctx, async (transaction, after) => {
      const answer = await Answer.create(
        {
          questionId: question.id,
          authorId: author.id,
          body: 'Une réponse qui ne sera jamais validée.',
          bodyHtml: '<p>Une réponse qui ne sera jamais validée.</p>',
          status: 'published',
        },
        { transaction },
      );
      rolledBackId = answer.id;
      answerChanged(ctx, after, answer, { created: true });
      throw new Error('rolled back');
    });
    await rollback.then(
      () => expect.fail('the transaction should have failed'),
      (err: Error) => expect(err.message).to.equal('rolled back'),
    );
    expect(rolledBackId).to.be.greaterThan(0);

    // A visitor reading the question the moment the event arrives already sees the answer.
    const visible = new Promise<number[]>((resolve, reject) => {
      room.socket.once('answer:created', ({ answer }) => {
        new TestClient()
          .get(`/api/questions/${question.id}`)
          .then((page) => resolve([answer.id, ...page.body.answers.map((a: { id: number }) => a.id)]), reject);
      });
    });
    const answer = await postAnswer(await clientFor(author), question.id);
    const [eventId, ...onPage] = await visible;
    expect(eventId).to.equal(answer.id);
    expect(onPage).to.deep.equal([answer.id]);
    expect(room.of('answer:created').map((p) => p.answer.id)).to.deep.equal([answer.id]);
    await room.waitFor('question:updated');
    expect(room.of('answer:created', (p) => p.answer.id === rolledBackId)).to.deep.equal([]);
  });
});
