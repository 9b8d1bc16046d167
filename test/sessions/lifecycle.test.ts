import { expect } from 'chai';
import { QueueEvents, Worker } from 'bullmq';
import { QUEUE_NAMES } from '../../server/contracts/jobs';
import { bullConnection } from '../../server/queues';
import { sessionsProcessor } from '../../workers/sessions/processor';
import type { LiveSession, Notification } from '../../server/contracts/dto';
import { openDueSessions } from '../../server/sessions/lifecycle';
import { TestClient } from '../support/client';
import { buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import { disconnectAll, watch } from '../support/sockets';
import {
  THEME,
  buildOrganisation,
  expectApiError,
  member,
  partnerModerator,
  rows,
  sessionBody,
  setupSession,
  verifiedExpert,
} from './helpers';

const inHours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

async function notifications(client: TestClient): Promise<Notification[]> {
  return (await client.get('/api/me/notifications')).body.items;
}

describe('live sessions: scheduling, start, end, subscriptions', () => {
  afterEach(() => disconnectAll());

  it('lets an organisation’s moderator schedule a session with verified experts, and shows it to everyone', async () => {
    await buildTag(THEME, 'Droit du travail');
    const organisation = await buildOrganisation('CCI de Lyon');
    const moderator = await clientFor(await partnerModerator(organisation));
    const expert = await verifiedExpert({ pseudonym: 'avocate-lyon' });
    const body = sessionBody(organisation.id, [expert.id]);

    const created = await moderator.post('/api/sessions', body);
    expect(created.status, created.text).to.equal(201);
    const session = created.body.session as LiveSession;
    expect(session).to.deep.include({
      title: body.title,
      description: body.description,
      organisation: { id: organisation.id, slug: organisation.slug, name: 'CCI de Lyon' },
      tags: [THEME],
      status: 'scheduled',
      startsAt: body.startsAt,
      endsAt: body.endsAt,
      questionsOpenAt: null,
      questionsOpen: true,
      startedAt: null,
      endedAt: null,
      audience: 0,
      questionCount: 0,
      subscribed: false,
      viewerRole: 'moderator',
    });
    expect(session.experts.map((e) => e.pseudonym)).to.deep.equal(['avocate-lyon']);
    expect(session.experts[0]!.expert).to.include({ profession: 'avocat', verified: true });

    const visitor = await new TestClient().get(`/api/sessions/${session.id}`);
    expect(visitor.status).to.equal(200);
    expect(visitor.body.session).to.deep.include({ id: session.id, viewerRole: null, subscribed: false });
    expect(visitor.body.questions).to.deep.equal([]);
    const list = await new TestClient().get('/api/sessions?status=scheduled');
    expect(list.body.items.map((s: LiveSession) => s.id)).to.deep.equal([session.id]);
    expect((await new TestClient().get('/api/sessions?status=live')).body.items).to.deep.equal([]);
    const byOrganisation = await new TestClient().get(`/api/sessions?organisation=${organisation.slug}`);
    expect(byOrganisation.body.items).to.have.length(1);
    expectApiError(await new TestClient().get('/api/sessions?organisation=inconnue'), 404);
    // The organisation's page lists its sessions.
    const page = await new TestClient().get(`/api/organisations/${organisation.slug}`);
    expect(page.status, page.text).to.equal(200);
    expect(page.body.sessions.map((s: LiveSession) => [s.id, s.status, s.viewerRole])).to.deep.equal([
      [session.id, 'scheduled', null],
    ]);
    const asExpert = await (await clientFor(expert)).get(`/api/sessions/${session.id}`);
    expect(asExpert.body.session.viewerRole).to.equal('expert');
  });

  it('validates a session: end after start, verified experts only, themes, dates; admins for any organisation', async () => {
    await buildTag(THEME, 'Droit du travail');
    const organisation = await buildOrganisation();
    const moderator = await clientFor(await partnerModerator(organisation));
    const expert = await verifiedExpert();
    const unverified = await buildUser({ role: 'expert' });

    const backwards = await moderator.post(
      '/api/sessions',
      sessionBody(organisation.id, [expert.id], { startsAt: inHours(3), endsAt: inHours(2) }),
    );
    expectApiError(backwards, 400, 'validation_failed');
    expect(backwards.body.error.message).to.equal('La fin de la session doit suivre son début.');
    const past = await moderator.post(
      '/api/sessions',
      sessionBody(organisation.id, [expert.id], { startsAt: inHours(-3), endsAt: inHours(-2) }),
    );
    expectApiError(past, 400, 'validation_failed');
    const notExpert = await moderator.post('/api/sessions', sessionBody(organisation.id, [expert.id, unverified.id]));
    expectApiError(notExpert, 400, 'validation_failed');
    expect(notExpert.body.error.message).to.contain(String(unverified.id));
    expectApiError(await moderator.post('/api/sessions', sessionBody(organisation.id, [])), 400, 'validation_failed');
    expectApiError(
      await moderator.post('/api/sessions', sessionBody(organisation.id, [expert.id], { title: 'Court' })),
      400,
      'validation_failed',
    );
    expectApiError(
      await moderator.post('/api/sessions', sessionBody(organisation.id, [expert.id], { startsAt: 'demain' })),
      400,
      'validation_failed',
    );
    expectApiError(
      await moderator.post(
        '/api/sessions',
        sessionBody(organisation.id, [expert.id], { questionsOpenAt: inHours(1.5) }),
      ),
      400,
      'validation_failed',
    );
    // Without themes: those the experts declared.
    const defaulted = await moderator.post('/api/sessions', {
      ...sessionBody(organisation.id, [expert.id]),
      tags: undefined,
    });
    expect(defaulted.status, defaulted.text).to.equal(201);
    expect(defaulted.body.session.tags).to.deep.equal([THEME]);

    // A member, an expert: 403. An admin: any organisation, 404 for an unknown one.
    for (const user of [await buildUser(), expert]) {
      expectApiError(
        await (await clientFor(user)).post('/api/sessions', sessionBody(organisation.id, [expert.id])),
        403,
        'forbidden',
      );
    }
    const admin = await clientFor(await buildUser({ role: 'admin' }));
    expect((await admin.post('/api/sessions', sessionBody(organisation.id, [expert.id]))).status).to.equal(201);
    expectApiError(await admin.post('/api/sessions', sessionBody(999_999, [expert.id])), 404);
  });

  it('starts and ends only from the right state (409 otherwise), pushing session:updated to the audience', async () => {
    const { moderator, session } = await setupSession();
    const audience = await watch(undefined, [`session:${session.id}`]);

    expectApiError(await moderator.post(`/api/sessions/${session.id}/end`), 409, 'invalid_session_state');
    const started = await moderator.post(`/api/sessions/${session.id}/start`);
    expect(started.status).to.equal(200);
    expect(started.body.session).to.include({ status: 'live', questionsOpen: true });
    expect(started.body.session.startedAt).to.be.a('string');
    const live = await audience.waitFor('session:updated', (p) => p.session.status === 'live');
    expect(live.session).to.not.have.property('subscribed');
    expect(live.session.audience).to.equal(1);
    expectApiError(await moderator.post(`/api/sessions/${session.id}/start`), 409, 'invalid_session_state');

    const ended = await moderator.post(`/api/sessions/${session.id}/end`);
    expect(ended.status).to.equal(200);
    expect(ended.body.session).to.include({ status: 'ended', questionsOpen: false });
    await audience.waitFor('session:updated', (p) => p.session.status === 'ended');
    expectApiError(await moderator.post(`/api/sessions/${session.id}/end`), 409, 'invalid_session_state');
    expectApiError(await moderator.post(`/api/sessions/${session.id}/start`), 409, 'invalid_session_state');
    expectApiError(await moderator.post('/api/sessions/999999/start'), 404);
  });

  it('notifies subscribers once when questions open, once when it starts; not later subscribers of what happened', async () => {
    const opensAt = inHours(0.5);
    const { moderator, session } = await setupSession({ body: { questionsOpenAt: opensAt } });
    expect(session).to.include({ questionsOpen: false, questionsOpenAt: opensAt });
    const early = await member();
    const earlySocket = await watch(early.client);

    // Questions are not open yet.
    const tooSoon = await early.client.post(`/api/sessions/${session.id}/questions`, {
      body: 'Peut-on imposer des congés payés pendant la fermeture estivale ?',
    });
    expectApiError(tooSoon, 409, 'questions_closed');

    const subscribed = await early.client.post(`/api/sessions/${session.id}/subscribe`);
    expect(subscribed.body).to.deep.equal({ subscribed: true });
    expect((await early.client.post(`/api/sessions/${session.id}/subscribe`)).body).to.deep.equal({ subscribed: true });
    expect((await early.client.get(`/api/sessions/${session.id}`)).body.session.subscribed).to.equal(true);
    expectApiError(await new TestClient().post(`/api/sessions/${session.id}/subscribe`), 401);

    // Nothing is due yet.
    expect(await openDueSessions(testEnv().ctx)).to.equal(0);
    await testEnv().ctx.sequelize.query(`UPDATE live_sessions SET questions_open_at = now() - interval '1 second'`);
    expect(await openDueSessions(testEnv().ctx)).to.equal(1);
    expect(await openDueSessions(testEnv().ctx)).to.equal(0);
    const opened = await earlySocket.waitFor('notification', (p) => p.notification.kind === 'session_opened');
    expect(opened.notification).to.deep.include({
      message: `La session « ${session.title} » reçoit vos questions dès maintenant.`,
      link: `/sessions/${session.id}`,
      data: { sessionId: session.id, sessionTitle: session.title },
    });

    // Subscribed after the opening: told of the start only.
    const late = await member();
    await late.client.post(`/api/sessions/${session.id}/subscribe`);
    const quitter = await member();
    await quitter.client.post(`/api/sessions/${session.id}/subscribe`);
    expect((await quitter.client.delete(`/api/sessions/${session.id}/subscribe`)).body).to.deep.equal({
      subscribed: false,
    });

    expect((await moderator.post(`/api/sessions/${session.id}/start`)).status).to.equal(200);
    const started = await earlySocket.waitFor('notification', (p) => p.notification.kind === 'session_started');
    expect(started.notification.message).to.equal(
      `La session « ${session.title} » commence : les experts répondent en direct.`,
    );
    expect((await notifications(early.client)).map((n) => n.kind)).to.deep.equal(['session_started', 'session_opened']);
    expect((await notifications(late.client)).map((n) => n.kind)).to.deep.equal(['session_started']);
    expect(await notifications(quitter.client)).to.deep.equal([]);
    const [flags] = await rows<{ count: number }>(
      `SELECT count(*)::int AS count FROM live_session_subscriptions WHERE notified_open AND notified_start`,
    );
    expect(flags!.count).to.equal(2);

    // Subscribing to a running session is harmless; to an ended one, refused.
    const during = await member();
    await during.client.post(`/api/sessions/${session.id}/subscribe`);
    await moderator.post(`/api/sessions/${session.id}/end`);
    expect(await notifications(during.client)).to.deep.equal([]);
    expectApiError(await during.client.post(`/api/sessions/${session.id}/subscribe`), 409, 'session_ended');
  });

  it('announces opened sessions through the workers’ sessions queue, as scheduled in production', async () => {
    const { session } = await setupSession({ body: { questionsOpenAt: inHours(0.5) } });
    const subscriber = await member();
    await subscriber.client.post(`/api/sessions/${session.id}/subscribe`);
    await testEnv().ctx.sequelize.query(`UPDATE live_sessions SET questions_open_at = now()`);
    const { ctx } = testEnv();
    const worker = new Worker(QUEUE_NAMES.sessions, sessionsProcessor(ctx), {
      connection: bullConnection(ctx.config.redisUrl),
    });
    const events = new QueueEvents(QUEUE_NAMES.sessions, { connection: bullConnection(ctx.config.redisUrl) });
    try {
      await events.waitUntilReady();
      const job = await ctx.queues.sessions.add('sessions.openQuestions', {});
      expect(await job.waitUntilFinished(events, 10_000)).to.deep.equal({ announced: 1 });
      expect((await notifications(subscriber.client)).map((n) => n.kind)).to.deep.equal(['session_opened']);
      expect((await new TestClient().get(`/api/sessions/${session.id}`)).body.session.questionsOpen).to.equal(true);
    } finally {
      await worker.close();
      await events.close();
    }
  });
});
