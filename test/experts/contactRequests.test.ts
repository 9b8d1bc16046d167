import { expect } from 'chai';
import { normaliseFrenchPhone } from '../../server/experts/contactRequests';
import { TestClient } from '../support/client';
import { DEFAULT_PASSWORD, buildQuestion, buildUser, clientFor } from '../support/factories';
import { disconnectAll, watch } from '../support/sockets';
import { countRows, expectApiError, grantBadge } from './helpers';

const MESSAGE = 'Bonjour, je cherche un accompagnement pour une rupture conventionnelle dans ma TPE de six salariés.';

describe('experts: contact requests, from a business owner to an expert only', () => {
  afterEach(() => disconnectAll());

  it('delivers the message, what was chosen to be shared and the date: never who asked', async () => {
    const expertUser = await grantBadge(await buildUser({ pseudonym: 'avocat-paris' }));
    const expert = await clientFor(expertUser);
    const inbox = await watch(expert);
    const requesterUser = await buildUser({ pseudonym: 'gerant-discret', email: 'gerant.discret@exemple.test' });
    // They asked an anonymous question: asking an expert must not tie it to them.
    await buildQuestion({
      author: requesterUser,
      anonymous: true,
      title: 'Question anonyme du gérant sur son salarié',
    });
    const requester = await clientFor(requesterUser);

    const sent = await requester.post(`/api/experts/${expertUser.id}/contact-requests`, {
      message: MESSAGE,
      share: { email: true, phone: '+33 (0)6 12.34.56.78' },
    });
    expect(sent.status, sent.text).to.equal(201);
    expect(sent.body.contactRequest).to.deep.include({
      message: MESSAGE,
      shared: { email: 'gerant.discret@exemple.test', phone: '06 12 34 56 78' },
    });
    expect(sent.body.contactRequest.expert).to.include({ id: expertUser.id, pseudonym: 'avocat-paris' });

    const notified = await inbox.waitFor('notification', (p) => p.notification.kind === 'contact_request');
    expect(notified.notification).to.deep.include({
      message: 'Un chef d’entreprise vous demande de le recontacter.',
      link: '/mon-compte/demandes-de-contact',
      data: { contactRequestId: sent.body.contactRequest.id },
    });

    const list = await expert.get('/api/me/contact-requests');
    expect(list.status, list.text).to.equal(200);
    expect(list.body).to.deep.include({ unreadCount: 1, nextCursor: null });
    expect(list.body.items).to.have.length(1);
    expect(list.body.items[0]).to.have.all.keys('id', 'message', 'shared', 'createdAt', 'read');
    expect(list.body.items[0]).to.deep.include({
      id: sent.body.contactRequest.id,
      message: MESSAGE,
      shared: { email: 'gerant.discret@exemple.test', phone: '06 12 34 56 78' },
      read: false,
    });
    // Nothing in what the expert receives names the member on the platform.
    for (const text of [list.text, JSON.stringify(notified)]) {
      expect(text).to.not.contain('gerant-discret');
      expect(text).to.not.match(/requester|author|pseudonym|userId/i);
    }

    const read = await expert.post(`/api/me/contact-requests/${sent.body.contactRequest.id}/read`);
    expect(read.status, read.text).to.equal(200);
    expect(read.body.contactRequest.read).to.equal(true);
    expect((await expert.get('/api/me/contact-requests?unread=true')).body).to.deep.include({
      items: [],
      unreadCount: 0,
    });

    // Exported by the one who sent it, not by the expert who received it.
    const exported = (await requester.get('/api/me/export')).body;
    expect(exported.contactRequests).to.deep.equal([
      {
        expertId: expertUser.id,
        message: MESSAGE,
        shared: { email: 'gerant.discret@exemple.test', phone: '06 12 34 56 78' },
        createdAt: sent.body.contactRequest.createdAt,
      },
    ]);
    expect((await expert.get('/api/me/export')).body.contactRequests).to.deep.equal([]);
  });

  it('shares only what the member chose: a phone alone, never the address', async () => {
    const expertUser = await grantBadge(await buildUser());
    const requesterUser = await buildUser({ email: 'reste.prive@exemple.test' });
    const requester = await clientFor(requesterUser);
    const sent = await requester.post(`/api/experts/${expertUser.id}/contact-requests`, {
      message: MESSAGE,
      share: { phone: '0033 5 56 00 11 22' },
    });
    expect(sent.status, sent.text).to.equal(201);
    expect(sent.body.contactRequest.shared).to.deep.equal({ email: null, phone: '05 56 00 11 22' });
    const list = await (await clientFor(expertUser)).get('/api/me/contact-requests');
    expect(list.text).to.not.contain('reste.prive@exemple.test');
  });

  it('refuses a visitor (401), oneself (403), a member or a revoked expert (404), a suspended member (403)', async () => {
    const expertUser = await grantBadge(await buildUser());
    const body = { message: MESSAGE, share: { email: true } };
    expectApiError(await new TestClient().post(`/api/experts/${expertUser.id}/contact-requests`, body), 401);
    const expert = await clientFor(expertUser);
    expectApiError(await expert.post(`/api/experts/${expertUser.id}/contact-requests`, body), 403, 'own_profile');

    const member = await clientFor(await buildUser());
    const plain = await buildUser();
    expectApiError(await member.post(`/api/experts/${plain.id}/contact-requests`, body), 404, 'not_found');
    expectApiError(await member.post(`/api/experts/999999/contact-requests`, body), 404, 'not_found');
    // A request still waiting for verification is not a verified expert either.
    const waiting = await buildUser();
    await waiting.update({ expertProfession: 'avocat', expertVerified: false });
    expectApiError(await member.post(`/api/experts/${waiting.id}/contact-requests`, body), 404);

    const suspended = await clientFor(await buildUser({ suspendedUntil: new Date(Date.now() + 86_400_000) }));
    expectApiError(await suspended.post(`/api/experts/${expertUser.id}/contact-requests`, body), 403, 'suspended');

    const count = await countRows(`SELECT count(*)::int AS count FROM contact_requests`);
    expect(count).to.equal(0);
  });

  it('validates in French: a way to be reached, a French phone number, a message, nothing else shared', async () => {
    const expertUser = await grantBadge(await buildUser());
    const member = await clientFor(await buildUser());
    const path = `/api/experts/${expertUser.id}/contact-requests`;
    const cases: [unknown, string, string][] = [
      [{ message: MESSAGE, share: {} }, 'body.share', 'Indiquez au moins un moyen de vous recontacter'],
      [{ message: MESSAGE, share: { email: false, phone: '' } }, 'body.share', 'Indiquez au moins un moyen'],
      [{ message: MESSAGE, share: { phone: '12345' } }, 'body.share.phone', 'numéro français'],
      [{ message: MESSAGE, share: { phone: '+44 20 7946 0958' } }, 'body.share.phone', 'numéro français'],
      [{ message: 'Trop court', share: { email: true } }, 'body.message', 'Le message doit compter entre 20 et'],
      [{ message: MESSAGE }, 'body.share', 'Indiquez ce que vous partagez'],
      [
        { message: MESSAGE, share: { email: true, pseudonym: true } },
        'body.share',
        'Seuls « email » et « phone » peuvent être partagés avec l’expert.',
      ],
      [{ message: MESSAGE, share: { email: 'oui' } }, 'body.share.email', 'vrai ou faux'],
    ];
    for (const [body, detailPath, message] of cases) {
      const response = await member.post(path, body);
      expectApiError(response, 400, 'validation_failed');
      const detail = response.body.error.details.find((d: { path: string }) => d.path === detailPath);
      expect(detail, `${JSON.stringify(body)} → ${response.text}`).to.not.equal(undefined);
      expect(detail.message).to.contain(message);
    }
  });

  it('limits a member to 5 requests a day (429 with Retry-After)', async () => {
    const experts = await Promise.all([1, 2, 3].map(async () => grantBadge(await buildUser())));
    const member = await clientFor(await buildUser());
    for (let i = 0; i < 5; i += 1) {
      const response = await member.post(`/api/experts/${experts[i % 3]!.id}/contact-requests`, {
        message: `${MESSAGE} (${i})`,
        share: { email: true },
      });
      expect(response.status, response.text).to.equal(201);
    }
    const limited = await member.post(`/api/experts/${experts[0]!.id}/contact-requests`, {
      message: MESSAGE,
      share: { email: true },
    });
    expectApiError(limited, 429, 'rate_limited');
    expect(Number(limited.headers.get('retry-after'))).to.be.greaterThan(3600);
    // Another member is not limited by the first.
    const other = await clientFor(await buildUser());
    expect(
      (
        await other.post(`/api/experts/${experts[0]!.id}/contact-requests`, {
          message: MESSAGE,
          share: { email: true },
        })
      ).status,
    ).to.equal(201);
  });

  it('keeps the inbox to verified experts, each to their own', async () => {
    const [first, second] = [await grantBadge(await buildUser()), await grantBadge(await buildUser())];
    const member = await clientFor(await buildUser());
    const sent = await member.post(`/api/experts/${first.id}/contact-requests`, {
      message: MESSAGE,
      share: { email: true },
    });
    expectApiError(await member.get('/api/me/contact-requests'), 403, 'not_expert');
    expectApiError(await new TestClient().get('/api/me/contact-requests'), 401);
    const secondClient = await clientFor(second);
    expect((await secondClient.get('/api/me/contact-requests')).body.items).to.deep.equal([]);
    expectApiError(await secondClient.post(`/api/me/contact-requests/${sent.body.contactRequest.id}/read`), 404);
    expectApiError(
      await member.post(`/api/me/contact-requests/${sent.body.contactRequest.id}/read`),
      403,
      'not_expert',
    );
  });

  it('pages the inbox, newest first', async () => {
    const expertUser = await grantBadge(await buildUser());
    const sentIds: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const member = await clientFor(await buildUser());
      const sent = await member.post(`/api/experts/${expertUser.id}/contact-requests`, {
        message: `${MESSAGE} (${i})`,
        share: { email: true },
      });
      sentIds.push(sent.body.contactRequest.id);
    }
    const expert = await clientFor(expertUser);
    const first = await expert.get('/api/me/contact-requests?limit=2');
    expect(first.body.items.map((r: { id: number }) => r.id)).to.deep.equal([sentIds[2], sentIds[1]]);
    expect(first.body.unreadCount).to.equal(3);
    const second = await expert.get(`/api/me/contact-requests?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((r: { id: number }) => r.id)).to.deep.equal([sentIds[0]]);
    expect(second.body.nextCursor).to.equal(null);
  });

  it('erases the requests a member sent, with their shared details, when they erase their account', async () => {
    const expertUser = await grantBadge(await buildUser());
    const requesterUser = await buildUser();
    const requester = await clientFor(requesterUser);
    await requester.post(`/api/experts/${expertUser.id}/contact-requests`, {
      message: MESSAGE,
      share: { email: true },
    });
    expect((await requester.delete('/api/me', { password: DEFAULT_PASSWORD })).status).to.equal(204);
    expect((await (await clientFor(expertUser)).get('/api/me/contact-requests')).body.items).to.deep.equal([]);
  });

  it('has no route by which an expert could contact a member first', async () => {
    const openapi = (await new TestClient().get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(openapi.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    // Every route that writes anything about contact: only a member's request to an expert, and
    // the expert's own inbox.
    const contactRoutes = routes.filter((route) => /contact|message|solicit|sollicit|prospect/i.test(route));
    // The sessions' private channel joins the session's moderators and experts only, never a
    // business owner: it is listed so that any other « message » route shows up here.
    expect(contactRoutes.sort()).to.deep.equal([
      'GET /api/me/contact-requests',
      'GET /api/sessions/{id}/messages',
      'POST /api/experts/{id}/contact-requests',
      'POST /api/me/contact-requests/{id}/read',
      'POST /api/sessions/{id}/messages',
    ]);
    // Nothing addressed to a user under /api/users: no « contact this member » route of any kind.
    const writesToUsers = routes.filter((route) => /^(POST|PUT|PATCH) \/api\/users\//.test(route));
    expect(writesToUsers).to.deep.equal([]);

    // And the one route, aimed at a member by an expert, finds no expert there.
    const expert = await clientFor(await grantBadge(await buildUser()));
    const member = await buildUser();
    expectApiError(
      await expert.post(`/api/experts/${member.id}/contact-requests`, { message: MESSAGE, share: { email: true } }),
      404,
    );
  });

  it('normalises French numbers, metropolitan and overseas, and refuses others', () => {
    expect(normaliseFrenchPhone('0612345678')).to.equal('06 12 34 56 78');
    expect(normaliseFrenchPhone('+33 6 12 34 56 78')).to.equal('06 12 34 56 78');
    expect(normaliseFrenchPhone('06-12-34-56-78')).to.equal('06 12 34 56 78');
    expect(normaliseFrenchPhone('+262 692 12 34 56')).to.equal('06 92 12 34 56');
    expect(normaliseFrenchPhone('0590 12 34 56')).to.equal('05 90 12 34 56');
    for (const wrong of ['061234567', '+33 0 6 12 34 56 78', '+1 202 555 0100', 'zéro six', '00 12 34 56 78']) {
      expect(normaliseFrenchPhone(wrong), wrong).to.equal(null);
    }
  });
});
