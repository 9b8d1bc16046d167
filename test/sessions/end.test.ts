import { expect } from 'chai';
import type { QuestionSummary, SessionQuestion } from '../../server/contracts/dto';
import { TestClient } from '../support/client';
import { clientFor } from '../support/factories';
import { moderated } from '../support/moderation';
import { disconnectAll, watch } from '../support/sockets';
import {
  THEME,
  ask,
  askApproved,
  buildOrganisation,
  expectApiError,
  liveCaseOf,
  member,
  partnerModerator,
  rows,
  setupSession,
} from './helpers';

const ENDED = 'Session terminée avant modération.';

describe('live sessions: the end, and what the organisation keeps', () => {
  afterEach(() => disconnectAll());

  it('ends with nothing lost: answered questions searchable under their themes, unanswered moved with a notice, waiting ones dismissed with the reason', async () => {
    const { moderator, expert, session } = await setupSession({ start: true });
    const askers = { answered: await member(), moved: await member(), waiting: await member(), held: await member() };
    const answered = await askApproved(askers.answered.client, moderator, session.id, {
      body: 'Combien de temps conserver les bulletins de paie de mes salariés ?',
    });
    const reply = await expert.post(`/api/questions/${answered.id}/answers`, {
      body: 'L’employeur conserve un double des bulletins de paie pendant cinq ans.',
    });
    expect(reply.status, reply.text).to.equal(201);
    const moved = await askApproved(askers.moved.client, moderator, session.id, {
      body: 'Puis-je imposer le télétravail à un salarié qui le refuse ?',
    });
    const waiting = await ask(askers.waiting.client, session.id, {
      body: 'Un salarié peut-il cumuler deux contrats à temps partiel chez moi ?',
    });
    const held = await ask(askers.held.client, session.id, {
      body: 'Écrivez-moi à gerant@exemple.fr au sujet de mon contrat de travail.',
    });
    await moderated();
    const waitingCase = (await liveCaseOf(waiting.id))!;
    const feed = await watch(undefined, ['questions', `tag:${THEME}`]);
    const mine = await watch(askers.waiting.client);

    const ended = await moderator.post(`/api/sessions/${session.id}/end`);
    expect(ended.status, ended.text).to.equal(200);

    // Both published questions join the lists, live and on reload, under the session's theme.
    const created = await feed.waitForCount('question:created', 2);
    expect(created.map((p) => p.question.id).sort()).to.deep.equal([answered.id, moved.id].sort());
    const listed = (await new TestClient().get(`/api/questions?tag=${THEME}`)).body.items as QuestionSummary[];
    expect(listed.map((q) => q.id).sort()).to.deep.equal([answered.id, moved.id].sort());
    expect(listed.every((q) => q.liveSessionId === session.id)).to.equal(true);
    const found = (await new TestClient().get('/api/search?q=bulletins%20de%20paie')).body.items as QuestionSummary[];
    expect(found.map((q) => q.id)).to.deep.equal([answered.id]);
    const unanswered = (await new TestClient().get('/api/questions?sort=unanswered')).body.items as QuestionSummary[];
    expect(unanswered.map((q) => q.id)).to.deep.equal([moved.id]);

    const archive = (await new TestClient().get(`/api/sessions/${session.id}`)).body;
    expect(archive.session).to.include({ status: 'ended', questionCount: 2 });
    expect(archive.questions.map((q: SessionQuestion) => [q.id, q.liveState])).to.deep.equal([
      [moved.id, 'approved'],
      [answered.id, 'answered'],
    ]);

    const movedNotice = (await askers.moved.client.get('/api/me/notifications')).body.items[0];
    expect(movedNotice).to.deep.include({ kind: 'session_question_moved', link: `/questions/${moved.id}` });
    expect(movedNotice.message).to.contain('rejoint les questions du site');
    expect(
      (await askers.answered.client.get('/api/me/notifications')).body.items.map((n: { kind: string }) => n.kind),
    ).to.not.include('session_question_moved');

    for (const [who, question] of [
      [askers.waiting, waiting],
      [askers.held, held],
    ] as const) {
      const own = (await who.client.get(`/api/sessions/${session.id}`)).body.questions as SessionQuestion[];
      expect(own.find((q) => q.id === question.id)).to.deep.include({
        liveState: 'dismissed',
        liveDismissReason: ENDED,
        status: 'hidden',
      });
      const notice = (await who.client.get('/api/me/notifications')).body.items[0];
      expect(notice).to.deep.include({ kind: 'session_question_dismissed' });
      expect(notice.message).to.contain(ENDED);
    }
    const status = await mine.waitFor('post:status', (p) => p.targetId === waiting.id);
    expect(status).to.deep.include({ status: 'hidden', reasons: [{ check: 'live_dismissed', detail: ENDED }] });
    const cases = await rows<{ id: number; status: string; note: string }>(
      `SELECT id, status, note FROM moderation_cases WHERE target_id IN (:ids) ORDER BY id`,
      { ids: [waiting.id, held.id] },
    );
    expect(cases.map((c) => [c.status, c.note])).to.deep.equal([
      ['resolved', ENDED],
      ['resolved', ENDED],
    ]);
    expect(cases.map((c) => c.id)).to.include(waitingCase);
    const [active] = await rows<{ count: number }>(`SELECT count(*)::int AS count FROM questions WHERE live_active`);
    expect(active!.count).to.equal(0);

    // Ordinary questions now: anyone answers, votes follow the ordinary rules; the session takes nothing more.
    const anyone = await member();
    expect(
      (
        await anyone.client.post(`/api/questions/${moved.id}/answers`, {
          body: 'Non, le télétravail suppose l’accord du salarié hors circonstances exceptionnelles.',
        })
      ).status,
    ).to.equal(201);
    expectApiError(
      await anyone.client.post(`/api/sessions/${session.id}/questions`, {
        body: 'Encore une question pour la session terminée, assez longue.',
      }),
      409,
      'session_ended',
    );
    expectApiError(
      await moderator.post(`/api/sessions/${session.id}/questions/${moved.id}/state`, { state: 'answered' }),
      409,
      'session_ended',
    );
  });

  it('exports the session as CSV for its organisation: questions, votes, answers, dismissals with reasons', async () => {
    const { moderator, expert, expertUser, session, organisation } = await setupSession({ start: true });
    const named = await member('dirigeant-lyon');
    const anonymous = await member();
    const question = await askApproved(named.client, moderator, session.id, {
      body: 'Contrat « saisonnier » ; quelles mentions obligatoires ?',
    });
    await (await member()).client.post(`/api/questions/${question.id}/vote`, { value: 1 });
    await expert.post(`/api/questions/${question.id}/answers`, {
      body: '=HYPERLINK("x") La durée, le motif et "le poste" doivent y figurer.',
    });
    await moderated();
    const hidden = await ask(anonymous.client, session.id, { anonymous: true });
    await moderator.post(`/api/sessions/${session.id}/questions/${hidden.id}/state`, {
      state: 'dismissed',
      reason: 'Question déjà posée ; voir la question précédente.',
    });

    const response = await moderator.get(`/api/sessions/${session.id}/export.csv`);
    expect(response.status, response.text).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).to.equal(
      `attachment; filename="session-${session.id}-droit-du-travail-vos-questions-a-nos-avocats.csv"`,
    );
    const bytes = new Uint8Array(
      await (
        await fetch(`${moderator.baseUrl}/api/sessions/${session.id}/export.csv`, {
          headers: { cookie: moderator.cookieHeader() },
        })
      ).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = response.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal(
      '"Type";"N° de question";"N° de réponse";"État";"Texte";"Auteur";"Votes";"Réponses";"Motif de mise à l’écart";"Regroupée avec la question";"Date (UTC)"',
    );
    expect(lines[1]).to.match(
      new RegExp(
        `^"Question";${question.id};;"répondue";"Contrat « saisonnier » ; quelles mentions obligatoires \\?";"dirigeant-lyon";1;1;;;"[0-9T:.-]+Z"$`,
      ),
    );
    expect(lines[2]).to.match(
      new RegExp(
        `^"Réponse";${question.id};\\d+;;"'=HYPERLINK\\(""x""\\) La durée, le motif et ""le poste"" doivent y figurer.";"${expertUser.pseudonym}";0;;;;"`,
      ),
    );
    expect(lines[3]).to.match(
      new RegExp(
        `^"Question";${hidden.id};;"écartée";".+";"Anonyme";0;0;"Question déjà posée ; voir la question précédente.";;`,
      ),
    );
    expect(lines[4]).to.equal('');
    expect(lines).to.have.length(5);

    // The organisation's own moderators and admins only.
    const outsider = await clientFor(await partnerModerator(await buildOrganisation()));
    expectApiError(await outsider.get(`/api/sessions/${session.id}/export.csv`), 403);
    expectApiError(await expert.get(`/api/sessions/${session.id}/export.csv`), 403);
    expectApiError(await new TestClient().get(`/api/sessions/${session.id}/export.csv`), 401);
    expect(
      (await (await clientFor(await partnerModerator(organisation))).get(`/api/sessions/${session.id}/export.csv`))
        .status,
    ).to.equal(200);
  });
});
