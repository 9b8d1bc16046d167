import { expect } from 'chai';
import type { SessionQuestion } from '../../server/contracts/dto';
import { TestClient } from '../support/client';
import { clientFor } from '../support/factories';
import { moderated } from '../support/moderation';
import { testEnv } from '../support/hooks';
import { disconnectAll, expectNoEvent, watch } from '../support/sockets';
import {
  THEME,
  ask,
  askApproved,
  expectApiError,
  liveCaseOf,
  member,
  partnerModerator,
  rows,
  setupSession,
  verifiedExpert,
} from './helpers';

const ids = (questions: SessionQuestion[]) => questions.map((q) => q.id);

/** Until a backend of this database waits on a lock (a statement blocked on a row another holds). */
async function waitForLockWait(): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    const [row] = await rows<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (row!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no statement ever waited on the lock');
}

describe('live sessions: the queue of audience questions', () => {
  afterEach(() => disconnectAll());

  it('keeps an audience question for its asker and the staff until a moderator approves it', async () => {
    const { moderator, expert, session, organisation } = await setupSession();
    const asker = await member('gerante-tpe');
    const body = 'Mon salarié refuse une mutation prévue au contrat.\nQue puis-je faire sans risque ?';
    const sent = await asker.client.post(`/api/sessions/${session.id}/questions`, { body });
    expect(sent.status, sent.text).to.equal(201);
    const question = sent.body.question as SessionQuestion;
    expect(question).to.deep.include({
      title: 'Mon salarié refuse une mutation prévue au contrat.',
      body,
      tags: [THEME],
      liveSessionId: session.id,
      liveState: 'pending',
      status: 'pending',
      liveDismissReason: null,
      liveAssignedExpert: null,
      liveDrafting: null,
      mergedIntoId: null,
      answers: [],
      viewerIsAuthor: true,
    });
    expect(question).to.not.have.property('caseId');
    await moderated();

    expect((await new TestClient().get(`/api/sessions/${session.id}`)).body.questions).to.deep.equal([]);
    expect((await (await member()).client.get(`/api/sessions/${session.id}`)).body.questions).to.deep.equal([]);
    expectApiError(await new TestClient().get(`/api/questions/${question.id}`), 404);
    const own = (await asker.client.get(`/api/sessions/${session.id}`)).body.questions as SessionQuestion[];
    expect(own.map((q) => [q.id, q.liveState, q.status])).to.deep.equal([[question.id, 'pending', 'pending']]);
    expect(own[0]!.moderationReasons).to.deep.equal([]);

    const caseId = await liveCaseOf(question.id);
    expect(caseId).to.be.a('number');
    for (const staff of [moderator, expert]) {
      const view = (await staff.get(`/api/sessions/${session.id}`)).body.questions as SessionQuestion[];
      expect(view).to.have.length(1);
      expect(view[0]).to.deep.include({ id: question.id, liveState: 'pending', caseId, claimedBy: null });
    }
    const queue = await moderator.get('/api/moderation/cases?kind=live_question');
    expect(queue.body.items.map((c: { id: number; organisationId: number }) => [c.id, c.organisationId])).to.deep.equal(
      [[caseId, organisation.id]],
    );
  });

  it('never lets a question held by the automated checks reach the queue or the public; its asker sees why', async () => {
    const { moderator, session } = await setupSession();
    const asker = await member();
    const audience = await watch(undefined, [`session:${session.id}`]);
    const staff = await watch(moderator, [`session:${session.id}:staff`]);
    const mine = await watch(asker.client);

    const held = await ask(asker.client, session.id, {
      body: 'Appelez-moi au 06 12 34 56 78 pour parler de mon licenciement économique.',
    });
    const ownEvent = await mine.waitFor('session:question', (p) => p.question.id === held.id);
    expect(ownEvent.question.moderationReasons!.map((r) => r.check)).to.include('phone');
    const own = (await asker.client.get(`/api/sessions/${session.id}`)).body.questions as SessionQuestion[];
    expect(own.map((q) => q.id)).to.deep.equal([held.id]);
    expect(own[0]!.liveState).to.equal('pending');
    expect(own[0]!.moderationReasons!.map((r) => r.check)).to.include('phone');
    expect(own[0]!.moderationReasons![0]!.detail).to.not.contain('12 34 56');

    expect((await moderator.get(`/api/sessions/${session.id}`)).body.questions).to.deep.equal([]);
    expect(await liveCaseOf(held.id)).to.equal(null);
    expectApiError(
      await moderator.post(`/api/sessions/${session.id}/questions/${held.id}/state`, { state: 'approved' }),
      404,
    );

    // What the audience and the staff did receive: only the clean question approved afterwards.
    const clean = await askApproved(asker.client, moderator, session.id);
    const sentinel = audience.waitFor('session:question', (p) => p.question.id === clean.id);
    await expectNoEvent(audience, 'session:question', sentinel, (p) => p.question.id === held.id);
    await expectNoEvent(
      staff,
      'session:question',
      staff.waitFor('session:question', (p) => p.question.id === clean.id),
      (p) => p.question.id === held.id,
    );
    for (const text of audience.rawPayloads()) expect(text).to.not.contain('06 12 34 56 78');
    expect(
      (await new TestClient().get(`/api/sessions/${session.id}`)).body.questions.map((q: SessionQuestion) => q.id),
    ).to.deep.equal([clean.id]);
  });

  it('approves (after an edit, kept as a revision) or dismisses with a reason its asker reads: never silently', async () => {
    const { moderator, moderatorUser, session } = await setupSession();
    const asker = await member();
    const edited = await ask(asker.client, session.id, {
      body: 'Comment licencier pour faute grave un salarié absent depuis trois semaines ?',
    });
    const approved = await moderator.post(`/api/sessions/${session.id}/questions/${edited.id}/state`, {
      state: 'approved',
      body: 'Comment réagir à l’absence injustifiée d’un salarié depuis trois semaines ?',
    });
    expect(approved.status, approved.text).to.equal(200);
    expect(approved.body.question).to.deep.include({
      liveState: 'approved',
      status: 'published',
      title: 'Comment réagir à l’absence injustifiée d’un salarié depuis trois semaines ?',
      body: 'Comment réagir à l’absence injustifiée d’un salarié depuis trois semaines ?',
    });
    const revisions = (await new TestClient().get(`/api/questions/${edited.id}/revisions`)).body;
    expect(revisions.map((r: { revision: number }) => r.revision)).to.deep.equal([2, 1]);
    expect(revisions[0].editor).to.include({ id: moderatorUser.id });
    expect(revisions[1].body).to.equal(edited.body);
    // A correction is made at approval only.
    expectApiError(
      await moderator.post(`/api/sessions/${session.id}/questions/${edited.id}/state`, {
        state: 'answering',
        body: 'Un autre texte assez long pour la validation du corps.',
      }),
      400,
      'validation_failed',
    );
    expect((await new TestClient().get(`/api/sessions/${session.id}`)).body.session.questionCount).to.equal(1);

    const dismissed = await ask(asker.client, session.id, {
      body: 'Quel est le meilleur logiciel de paie du marché ?',
    });
    const noReason = await moderator.post(`/api/sessions/${session.id}/questions/${dismissed.id}/state`, {
      state: 'dismissed',
    });
    expectApiError(noReason, 400, 'validation_failed');
    expect(noReason.body.error.message).to.contain('motif');
    const reason = 'Hors sujet : la session porte sur le droit du travail, pas sur les logiciels.';
    const done = await moderator.post(`/api/sessions/${session.id}/questions/${dismissed.id}/state`, {
      state: 'dismissed',
      reason,
    });
    expect(done.status, done.text).to.equal(200);
    expect(done.body.question).to.deep.include({ liveState: 'dismissed', liveDismissReason: reason, status: 'hidden' });

    const own = (await asker.client.get(`/api/sessions/${session.id}`)).body.questions as SessionQuestion[];
    expect(own.map((q) => [q.id, q.liveState, q.liveDismissReason])).to.deep.equal([
      [edited.id, 'approved', null],
      [dismissed.id, 'dismissed', reason],
    ]);
    const visitor = (await new TestClient().get(`/api/sessions/${session.id}`)).body.questions as SessionQuestion[];
    expect(ids(visitor)).to.deep.equal([edited.id]);
    const notified = (await asker.client.get('/api/me/notifications')).body.items;
    expect(notified[0]).to.deep.include({ kind: 'session_question_dismissed', link: `/sessions/${session.id}` });
    expect(notified[0].message).to.contain(reason);
    const posts = (await asker.client.get('/api/me/posts?status=hidden')).body.items;
    expect(posts[0]).to.deep.include({ id: dismissed.id, status: 'hidden' });
    expect(posts[0].reasons).to.deep.equal([{ check: 'live_dismissed', detail: reason }]);
    const log = (await moderator.get('/api/moderation/log')).body.items;
    expect(log.map((e: { action: string; reason: string }) => [e.action, e.reason])).to.deep.include([
      'reject',
      reason,
    ]);

    expectApiError(
      await moderator.post(`/api/sessions/${session.id}/questions/${dismissed.id}/state`, { state: 'approved' }),
      409,
      'invalid_live_state',
    );
    expectApiError(
      await moderator.post(`/api/sessions/${session.id}/questions/${edited.id}/state`, { state: 'pending' }),
      400,
      'validation_failed',
    );
  });

  it('lets one moderator hold a queued question: the other gets 409 on the claim and on deciding', async () => {
    const { moderator: alice, moderatorUser: aliceUser, organisation, session } = await setupSession();
    const bobUser = await partnerModerator(organisation, 'bob-cci');
    const bob = await clientFor(bobUser);
    const asker = await member();
    const first = await ask(asker.client, session.id);
    const caseId = (await liveCaseOf(first.id))!;

    const claim = await alice.post(`/api/moderation/cases/${caseId}/claim`);
    expect(claim.status, claim.text).to.equal(200);
    const view = (await bob.get(`/api/sessions/${session.id}`)).body.questions as SessionQuestion[];
    expect(view[0]!.claimedBy).to.include({ id: aliceUser.id });
    expectApiError(await bob.post(`/api/moderation/cases/${caseId}/claim`), 409, 'already_claimed');
    expectApiError(
      await bob.post(`/api/sessions/${session.id}/questions/${first.id}/state`, { state: 'approved' }),
      409,
      'already_claimed',
    );
    expectApiError(await bob.post(`/api/moderation/cases/${caseId}/resolve`, { decision: 'approve' }), 409);
    const approved = await alice.post(`/api/sessions/${session.id}/questions/${first.id}/state`, { state: 'approved' });
    expect(approved.status, approved.text).to.equal(200);
    const [closed] = await rows<{ status: string; decision: string; resolved_by: number }>(
      `SELECT status, decision, resolved_by FROM moderation_cases WHERE id = :caseId`,
      { caseId },
    );
    expect(closed).to.deep.equal({ status: 'resolved', decision: 'approve', resolved_by: aliceUser.id });

    // Deciding from the moderation queue is deciding in the session: a rejection needs its reason.
    const second = await ask(asker.client, session.id);
    const secondCase = (await liveCaseOf(second.id))!;
    expectApiError(
      await bob.post(`/api/moderation/cases/${secondCase}/resolve`, { decision: 'reject' }),
      400,
      'validation_failed',
    );
    const rejected = await bob.post(`/api/moderation/cases/${secondCase}/resolve`, {
      decision: 'reject',
      note: 'Question déjà traitée en début de session.',
    });
    expect(rejected.status, rejected.text).to.equal(200);
    expect(rejected.body.case).to.deep.include({ status: 'resolved', decision: 'reject' });
    const own = (await asker.client.get(`/api/sessions/${session.id}`)).body.questions as SessionQuestion[];
    expect(own.find((q) => q.id === second.id)).to.deep.include({
      liveState: 'dismissed',
      liveDismissReason: 'Question déjà traitée en début de session.',
    });
  });

  it('orders the public list: being answered, then approved by votes then oldest, then answered; the staff’s by arrival', async () => {
    const { moderator, session } = await setupSession({ start: true });
    const asker = await member();
    const a = await askApproved(asker.client, moderator, session.id);
    const b = await askApproved(asker.client, moderator, session.id);
    const c = await askApproved(asker.client, moderator, session.id);
    const d = await askApproved(asker.client, moderator, session.id);
    const e = await askApproved(asker.client, moderator, session.id);
    const pending = await ask(asker.client, session.id);
    for (const voter of [await member(), await member()]) {
      expect((await voter.client.post(`/api/questions/${c.id}/vote`, { value: 1 })).status).to.equal(200);
    }
    await (await member()).client.post(`/api/questions/${b.id}/vote`, { value: 1 });
    const state = (id: number, value: string) =>
      moderator.post(`/api/sessions/${session.id}/questions/${id}/state`, { state: value });
    expect((await state(d.id, 'answering')).status).to.equal(200);
    expect((await state(a.id, 'answered')).status).to.equal(200);

    const visitor = (await new TestClient().get(`/api/sessions/${session.id}`)).body;
    expect(ids(visitor.questions)).to.deep.equal([d.id, c.id, b.id, e.id, a.id]);
    expect(visitor.questions.map((q: SessionQuestion) => q.liveState)).to.deep.equal([
      'answering',
      'approved',
      'approved',
      'approved',
      'answered',
    ]);
    expect(visitor.session.questionCount).to.equal(5);
    const staff = (await moderator.get(`/api/sessions/${session.id}`)).body.questions as SessionQuestion[];
    expect(ids(staff)).to.deep.equal([a.id, b.id, c.id, d.id, e.id, pending.id]);
    // The asker sees the public list, then their own waiting question.
    expect(ids((await asker.client.get(`/api/sessions/${session.id}`)).body.questions)).to.deep.equal([
      d.id,
      c.id,
      b.id,
      e.id,
      a.id,
      pending.id,
    ]);
  });

  it('lets the audience vote on approved and answering questions only, through the ordinary vote route', async () => {
    const { moderator, session } = await setupSession({ start: true });
    const asker = await member();
    const voter = await member();
    const waiting = await ask(asker.client, session.id);
    expectApiError(await voter.client.post(`/api/questions/${waiting.id}/vote`, { value: 1 }), 404);
    const approved = await askApproved(asker.client, moderator, session.id);
    const vote = await voter.client.post(`/api/questions/${approved.id}/vote`, { value: 1 });
    expect(vote.body).to.deep.equal({ score: 1, viewerVote: 1 });
    await moderator.post(`/api/sessions/${session.id}/questions/${approved.id}/state`, { state: 'answering' });
    expect(
      (await (await member()).client.post(`/api/questions/${approved.id}/vote`, { value: 1 })).body.score,
    ).to.equal(2);
    await moderator.post(`/api/sessions/${session.id}/questions/${approved.id}/state`, { state: 'answered' });
    expectApiError(
      await (await member()).client.post(`/api/questions/${approved.id}/vote`, { value: 1 }),
      409,
      'live_vote_closed',
    );
    // Withdrawing always works.
    expect((await voter.client.post(`/api/questions/${approved.id}/vote`, { value: 0 })).body).to.deep.equal({
      score: 1,
      viewerVote: 0,
    });
    expectApiError(await asker.client.post(`/api/questions/${approved.id}/vote`, { value: 1 }), 403, 'own_post');
  });

  it('undoes a vote in flight when its question leaves the vote meanwhile: nothing counts, the voter reads why', async () => {
    const { moderator, session } = await setupSession({ start: true });
    const asker = await member();
    const voter = await member();
    const question = await askApproved(asker.client, moderator, session.id);
    const { sequelize } = testEnv().ctx;
    // What a merge (or an end of votes) commits, held open while the vote reaches the question's
    // row: no timing decides the order, the row lock does.
    const merge = await sequelize.transaction();
    try {
      await sequelize.query(`UPDATE questions SET live_state = 'merged' WHERE id = :id`, {
        replacements: { id: question.id },
        transaction: merge,
      });
      const vote = voter.client.post(`/api/questions/${question.id}/vote`, { value: 1 });
      await waitForLockWait();
      await merge.commit();
      expectApiError(await vote, 409, 'live_vote_closed');
    } catch (error) {
      if (!(merge as unknown as { finished?: string }).finished) await merge.rollback();
      throw error;
    }
    const [stored] = await rows<{ score: number; votes: number }>(
      `SELECT score, (SELECT count(*)::int FROM votes WHERE target_type = 'question' AND target_id = :id) AS votes
       FROM questions WHERE id = :id`,
      { id: question.id },
    );
    expect(stored).to.deep.equal({ score: 0, votes: 0 });
  });

  it('closes the case of a waiting question its asker deletes: nothing is left for the moderators', async () => {
    const { session } = await setupSession({ start: true });
    const asker = await member();
    const waiting = await ask(asker.client, session.id);
    expect(await liveCaseOf(waiting.id)).to.be.a('number');
    expect((await asker.client.delete(`/api/questions/${waiting.id}`)).status).to.equal(204);
    expect(await liveCaseOf(waiting.id)).to.equal(null);
    const [closed] = await rows<{ decision: string; note: string }>(
      `SELECT decision, note FROM moderation_cases WHERE kind = 'live_question' AND target_id = :id`,
      { id: waiting.id },
    );
    expect(closed).to.deep.equal({ decision: 'reject', note: 'Question supprimée par son auteur.' });
  });

  it('merges a duplicate: its votes follow, no voter counts twice, its asker is told where it went', async () => {
    const { moderator, session } = await setupSession({ start: true });
    const targetAsker = await member();
    const duplicateAsker = await member();
    const target = await askApproved(targetAsker.client, moderator, session.id);
    const duplicate = await askApproved(duplicateAsker.client, moderator, session.id);
    const [both, onlyTarget, onlyDuplicate, downer] = [await member(), await member(), await member(), await member()];
    await both.client.post(`/api/questions/${target.id}/vote`, { value: 1 });
    await both.client.post(`/api/questions/${duplicate.id}/vote`, { value: 1 });
    await onlyTarget.client.post(`/api/questions/${target.id}/vote`, { value: 1 });
    await onlyDuplicate.client.post(`/api/questions/${duplicate.id}/vote`, { value: 1 });
    await downer.client.post(`/api/questions/${duplicate.id}/vote`, { value: -1 });
    // The target's asker voted for the duplicate: nobody votes on their own question.
    await targetAsker.client.post(`/api/questions/${duplicate.id}/vote`, { value: 1 });
    const [before] = await rows<{ id: number }>(`SELECT coalesce(max(id), 0) AS id FROM reputation_outbox`);

    const merged = await moderator.post(`/api/sessions/${session.id}/questions/${duplicate.id}/merge`, {
      intoId: target.id,
    });
    expect(merged.status, merged.text).to.equal(200);
    // 2 (both, onlyTarget) + 1 (onlyDuplicate) - 1 (downer).
    expect(merged.body.question).to.deep.include({ id: target.id, score: 2, liveState: 'approved' });
    expect(merged.body.merged).to.deep.include({
      id: duplicate.id,
      liveState: 'merged',
      mergedIntoId: target.id,
      score: 0,
      status: 'hidden',
    });
    const votes = await rows<{ voter_id: number; target_id: number; value: number }>(
      `SELECT voter_id, target_id, value FROM votes WHERE target_type = 'question' ORDER BY voter_id`,
    );
    expect(votes).to.deep.equal(
      [
        { voter_id: both.user.id, target_id: target.id, value: 1 },
        { voter_id: onlyTarget.user.id, target_id: target.id, value: 1 },
        { voter_id: onlyDuplicate.user.id, target_id: target.id, value: 1 },
        { voter_id: downer.user.id, target_id: target.id, value: -1 },
      ].sort((x, y) => x.voter_id - y.voter_id),
    );
    expect((await onlyDuplicate.client.get(`/api/sessions/${session.id}`)).body.questions[0].viewerVote).to.equal(1);
    // Reputation follows the votes: the moved and the dropped ones are recorded for the worker.
    const outbox = await rows<{ subject: string }>(`SELECT subject FROM reputation_outbox WHERE id > :id`, {
      id: before!.id,
    });
    // Four votes left the duplicate; two of them (onlyDuplicate's, downer's) are new votes on the target.
    expect(outbox.filter((row) => row.subject.startsWith('vote:'))).to.have.length(4 + 2);

    const notified = (await duplicateAsker.client.get('/api/me/notifications')).body.items;
    expect(notified[0]).to.deep.include({ kind: 'session_question_merged' });
    expect(notified[0].data).to.deep.include({ questionId: duplicate.id, mergedIntoId: target.id });
    const own = (await duplicateAsker.client.get(`/api/sessions/${session.id}`)).body.questions as SessionQuestion[];
    expect(own.find((q) => q.id === duplicate.id)).to.deep.include({ liveState: 'merged', mergedIntoId: target.id });
    expect(ids((await new TestClient().get(`/api/sessions/${session.id}`)).body.questions)).to.deep.equal([target.id]);

    expectApiError(
      await moderator.post(`/api/sessions/${session.id}/questions/${duplicate.id}/merge`, { intoId: target.id }),
      409,
      'invalid_live_state',
    );
    const waiting = await ask(duplicateAsker.client, session.id);
    expectApiError(
      await moderator.post(`/api/sessions/${session.id}/questions/${target.id}/merge`, { intoId: waiting.id }),
      409,
      'invalid_live_state',
    );
    expectApiError(
      await moderator.post(`/api/sessions/${session.id}/questions/${target.id}/merge`, { intoId: target.id }),
      400,
    );
    // A waiting duplicate merges too, its case closed.
    const merge = await moderator.post(`/api/sessions/${session.id}/questions/${waiting.id}/merge`, {
      intoId: target.id,
    });
    expect(merge.status, merge.text).to.equal(200);
    expect(await liveCaseOf(waiting.id)).to.equal(null);
  });

  it('shows « je rédige une réponse » to everyone; the expert’s published answer marks the question answered', async () => {
    const { moderator, expert, expertUser, session, organisation } = await setupSession({ start: true });
    const other = await verifiedExpert({ pseudonym: 'autre-expert' });
    const asker = await member();
    const question = await askApproved(asker.client, moderator, session.id);
    const audience = await watch(undefined, [`session:${session.id}`]);

    expectApiError(
      await (await member()).client.post(`/api/sessions/${session.id}/questions/${question.id}/drafting`),
      403,
    );
    // An expert of no part in this session either.
    expectApiError(
      await (await clientFor(other)).post(`/api/sessions/${session.id}/questions/${question.id}/drafting`),
      403,
    );
    const drafting = await expert.post(`/api/sessions/${session.id}/questions/${question.id}/drafting`);
    expect(drafting.status, drafting.text).to.equal(200);
    expect(drafting.body.question.liveDrafting).to.include({ id: expertUser.id });
    const live = await audience.waitFor('session:question', (p) => p.question.liveDrafting?.id === expertUser.id);
    expect(live.question).to.deep.include({ id: question.id, viewerVote: 0, viewerIsAuthor: false });
    expect(live.question).to.not.have.property('caseId');
    expect((await new TestClient().get(`/api/sessions/${session.id}`)).body.questions[0].liveDrafting).to.include({
      id: expertUser.id,
    });

    // Moderators assign a question to a named expert of the session only.
    expectApiError(
      await moderator.post(`/api/sessions/${session.id}/questions/${question.id}/state`, {
        state: 'answering',
        expertId: other.id,
      }),
      400,
      'validation_failed',
    );
    const assigned = await moderator.post(`/api/sessions/${session.id}/questions/${question.id}/state`, {
      state: 'answering',
      expertId: expertUser.id,
    });
    expect(assigned.body.question.liveAssignedExpert).to.include({ id: expertUser.id });

    // During the session, only its experts answer its questions.
    const outsider = await (
      await member()
    ).client.post(`/api/questions/${question.id}/answers`, {
      body: 'Je pense que vous pouvez le licencier sans autre formalité.',
    });
    expectApiError(outsider, 403, 'live_session_experts_only');
    const answered = await expert.post(`/api/questions/${question.id}/answers`, {
      body: 'Commencez par une mise en demeure écrite de justifier son absence, puis convoquez-le à un entretien.',
    });
    expect(answered.status, answered.text).to.equal(201);
    await moderated();
    const arrived = await audience.waitFor('answer:created', (p) => p.questionId === question.id);
    expect(arrived.answer.expertNotice).to.equal(
      'Information générale, ne constitue pas une consultation personnalisée.',
    );
    const done = await audience.waitFor('session:question', (p) => p.question.liveState === 'answered');
    expect(done.question).to.deep.include({ id: question.id, liveDrafting: null });
    expect(done.question.answers.map((a) => a.id)).to.deep.equal([answered.body.answer.id]);
    const page = (await new TestClient().get(`/api/sessions/${session.id}`)).body.questions[0] as SessionQuestion;
    expect(page).to.deep.include({ liveState: 'answered', liveDrafting: null, answerCount: 1 });

    // Taking the mark back: the drafting expert or a moderator; nothing for an answered question.
    const second = await askApproved(asker.client, moderator, session.id);
    await expert.post(`/api/sessions/${session.id}/questions/${second.id}/drafting`);
    const otherExpertUser = await verifiedExpert();
    await addExpert(session.id, otherExpertUser.id);
    expectApiError(
      await (await clientFor(otherExpertUser)).post(`/api/sessions/${session.id}/questions/${second.id}/drafting`),
      409,
      'already_drafting',
    );
    const otherModerator = await clientFor(await partnerModerator(organisation));
    const cleared = await otherModerator.delete(`/api/sessions/${session.id}/questions/${second.id}/drafting`);
    expect(cleared.status, cleared.text).to.equal(200);
    expect(cleared.body.question.liveDrafting).to.equal(null);
    expectApiError(await expert.post(`/api/sessions/${session.id}/questions/${question.id}/drafting`), 409);
  });

  it('keeps the session’s questions out of the feeds, the search and the themes while it runs', async () => {
    const { moderator, session } = await setupSession({ start: true });
    const asker = await member();
    const feed = await watch(undefined, ['questions', `tag:${THEME}`]);
    const audience = await watch(undefined, [`session:${session.id}`]);
    const question = await askApproved(asker.client, moderator, session.id, {
      body: 'Quelles indemnités verser lors d’une rupture conventionnelle homologuée ?',
    });
    await audience.waitFor('session:question', (p) => p.question.id === question.id);
    expect((await new TestClient().get('/api/questions')).body.items).to.deep.equal([]);
    expect((await new TestClient().get(`/api/questions?tag=${THEME}`)).body.items).to.deep.equal([]);
    expect((await new TestClient().get('/api/search?q=rupture%20conventionnelle')).body.items).to.deep.equal([]);
    expect(
      (await new TestClient().get('/api/questions/similar?title=rupture%20conventionnelle%20homologuée')).body,
    ).to.deep.equal([]);
    const tags = (await new TestClient().get('/api/tags')).body as { slug: string; questionCount: number }[];
    expect(tags.find((t) => t.slug === THEME)!.questionCount).to.equal(0);
    // Its own page is public, as in the session.
    expect((await new TestClient().get(`/api/questions/${question.id}`)).status).to.equal(200);
    expect(feed.of('question:created')).to.deep.equal([]);
    // Its asker may not change what the moderators approved.
    expectApiError(
      await asker.client.patch(`/api/questions/${question.id}`, {
        body: 'Un tout autre texte, assez long pour passer.',
      }),
      409,
      'live_session',
    );
  });
});

async function addExpert(sessionId: number, userId: number): Promise<void> {
  await rows(
    `INSERT INTO live_session_experts (session_id, user_id, position) VALUES (:sessionId, :userId, 1) RETURNING 1`,
    {
      sessionId,
      userId,
    },
  );
}
