import path from 'node:path';
import { expect } from 'chai';
import type { Locator, Page } from 'playwright-core';
import type { User } from '../../db/models';
import type { LiveSession, SessionQuestion } from '../../server/contracts/dto';
import { expectNoAxeViolations } from '../support/axe';
import { artifacts, joined, PHONE_VIEW, scoreShows, suiteBrowser } from '../support/browser';
import { buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import {
  ask,
  askApproved,
  buildOrganisation,
  partnerModerator,
  sessionBody,
  setupSession,
  THEME,
  verifiedExpert,
} from '../sessions/helpers';

const DESKTOP_VIEW = { width: 1280, height: 800 };
const NOTICE = 'Information générale, ne constitue pas une consultation personnalisée.';

const url = (pathname: string) => `${testEnv().baseUrl}${pathname}`;
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function screenshot(page: Page, name: string, width: number): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, `sessions-${name}-${width}.png`), fullPage: true });
}

/** The unread count in the header (in the mobile menu on a phone, present in the page all the same). */
async function headerUnread(page: Page, name: string): Promise<void> {
  await page.locator('.fr-header__tools-links a', { hasText: name }).first().waitFor({ state: 'attached' });
}

/** A published question of the session, by the words of its text. */
const sessionQuestion = (page: Page, text: string): Locator =>
  page.getByTestId('session-question').filter({ hasText: text });

const queueItem = (page: Page, text: string): Locator => page.getByTestId('queue-item').filter({ hasText: text });

describe('live Q&A sessions in Chromium', function () {
  this.timeout(180_000);
  const browser = suiteBrowser();

  async function openAs(user: User | null, pathname: string, viewport = PHONE_VIEW): Promise<Page> {
    const page = await (await browser.newContext(user, { viewport })).newPage();
    await page.goto(url(pathname));
    return page;
  }

  it('runs a session with a partner moderator, an expert and two members, live, to the archive found by the search', async () => {
    await buildTag(THEME, 'Droit du travail');
    const organisation = await buildOrganisation('CCI de Lyon');
    const moderatorUser = await partnerModerator(organisation, 'moderatrice.cci');
    const expertUser = await verifiedExpert({ pseudonym: 'avocate.lyon' });
    const memberA = await buildUser({ pseudonym: 'boulangerie.lyon', reputation: 60 });
    const memberB = await buildUser({ pseudonym: 'garage.villeurbanne', reputation: 60 });
    const moderatorClient = await clientFor(moderatorUser);
    const created = await moderatorClient.post('/api/sessions', sessionBody(organisation.id, [expertUser.id]));
    expect(created.status, created.text).to.equal(201);
    const session = created.body.session as LiveSession;
    const room = `session:${session.id}`;

    // Both members find it in the list and ask to be told when it starts.
    const pageA = await openAs(memberA, '/sessions');
    const pageB = await openAs(memberB, '/sessions');
    for (const page of [pageA, pageB]) {
      await page.getByRole('heading', { level: 1, name: 'Sessions de questions en direct' }).waitFor();
      const card = page.getByTestId('session-card').filter({ hasText: session.title });
      await card.getByRole('link', { name: 'CCI de Lyon' }).waitFor();
      expect(squash(await card.getByTestId('session-status').textContent())).to.equal('À venir');
      // Date and time in French, Paris time; both days in full when the hour it lasts crosses
      // midnight in Paris (the session starts an hour from now).
      expect(squash(await card.locator('time').textContent())).to.match(
        /^(?:\p{L}+ \d{1,2} \p{L}+ \d{4}, de \d{2} h \d{2} à \d{2} h \d{2}|du \p{L}+ \d{1,2} \p{L}+ \d{4} à \d{2} h \d{2} au \p{L}+ \d{1,2} \p{L}+ \d{4} à \d{2} h \d{2}) \(heure de Paris\)$/u,
      );
      expect(squash(await card.textContent())).to.contain('avocate.lyon (Avocat vérifié)');
      const toggle = card.getByRole('button', { name: 'Prévenez-moi' });
      expect(await toggle.getAttribute('aria-pressed')).to.equal('false');
      await toggle.click();
      await card
        .getByRole('status')
        .getByText(
          `C’est noté : vous serez prévenu à l’ouverture des questions et au début de la session « ${session.title} ».`,
        )
        .waitFor();
      expect(await toggle.getAttribute('aria-pressed')).to.equal('true');
    }
    await expectNoAxeViolations(pageA, 'liste des sessions (membre)');
    await screenshot(pageA, 'list', 375);
    // The header leads to the list (in the menu, closed on a phone).
    expect(
      await pageA.locator('#navigation-principale a', { hasText: 'Sessions en direct' }).getAttribute('aria-current'),
    ).to.equal('page');

    // Everyone joins the session: the staff on a desktop, the members on their phones.
    for (const page of [pageA, pageB]) {
      await page.getByRole('link', { name: session.title }).click();
      await page.getByRole('heading', { level: 1, name: session.title }).waitFor();
    }
    const moderator = await openAs(moderatorUser, `/sessions/${session.id}`, DESKTOP_VIEW);
    const expert = await openAs(expertUser, `/sessions/${session.id}`, DESKTOP_VIEW);
    await moderator.getByRole('heading', { name: 'Conduite de la session' }).waitFor();
    await expert.getByRole('heading', { name: 'Canal privé modérateurs et experts' }).waitFor();
    for (const page of [moderator, expert]) await joined(page, `${room}:staff`);
    for (const page of [pageA, pageB, moderator, expert]) await joined(page, room);
    // The audience count: the four of them.
    await pageA.getByTestId('session-audience').getByText('4 personnes suivent la session').waitFor();
    // The members see no staff tools.
    expect(await pageA.getByTestId('staff-view').count()).to.equal(0);
    expect(await pageA.getByRole('button', { name: 'Démarrer la session' }).count()).to.equal(0);

    // The moderator starts it, after confirming: the subscribers are notified in their header.
    await moderator.getByRole('button', { name: 'Démarrer la session' }).click();
    await moderator
      .getByRole('group')
      .getByText(/^Démarrer la session maintenant \?/)
      .waitFor();
    await moderator.getByRole('button', { name: 'Confirmer' }).click();
    for (const page of [pageA, pageB, moderator]) {
      await page.getByTestId('session-status').getByText('En direct').waitFor();
    }
    for (const page of [pageA, pageB]) await headerUnread(page, 'Notifications (1 non lue)');

    // Member A asks: the question waits for the moderators, and A sees it so.
    const bodyA =
      'Intéressement dans une TPE : puis-je le mettre en place par décision unilatérale quand je n’ai que trois salariés ?';
    await pageA.getByLabel('Votre question').fill(bodyA);
    await pageA.getByRole('button', { name: 'Envoyer ma question' }).click();
    await pageA
      .getByTestId('ask-sent')
      .getByText(/Votre question est envoyée/)
      .waitFor();
    const mineA = pageA.getByTestId('my-question').filter({ hasText: 'Intéressement dans une TPE' });
    await mineA.getByText('En attente de modération').waitFor();
    await expectNoAxeViolations(pageA, 'session : vue du public (membre, question en attente)');

    // It reaches the moderator's queue once checked; they claim it (the expert sees who holds it).
    const queued = queueItem(moderator, 'Intéressement dans une TPE');
    await queued.waitFor();
    expect(await sessionQuestion(pageB, 'Intéressement').count()).to.equal(0);
    await queued.getByRole('button', { name: 'Prendre en charge' }).click();
    await queued.getByTestId('claimed-by').getByText('Prise en charge par vous').waitFor();
    await queueItem(expert, 'Intéressement dans une TPE')
      .getByTestId('claimed-by')
      .getByText('Prise en charge par moderatrice.cci')
      .waitFor();
    await expectNoAxeViolations(moderator, 'session : vue des modérateurs');
    await screenshot(moderator, 'staff', 1280);

    // Approved: A sees it in place, as theirs; B gets a notice rather than a list moving under them.
    await queued.getByRole('button', { name: 'Approuver', exact: true }).click();
    await queued.waitFor({ state: 'detached' });
    const questionA = sessionQuestion(pageA, 'Intéressement dans une TPE');
    await questionA.getByText('Votre question').waitFor();
    await pageB.getByRole('button', { name: '1 nouvelle question — Afficher' }).click();
    const questionB = sessionQuestion(pageB, 'Intéressement dans une TPE');
    await questionB.waitFor();
    expect(await pageB.evaluate(() => document.activeElement?.getAttribute('data-testid'))).to.equal(
      'session-question',
    );

    // B upvotes it: the count moves in A's view too.
    const vote = questionB.getByRole('button', { name: 'Voter pour cette question' });
    await vote.click();
    expect(await vote.getAttribute('aria-pressed')).to.equal('true');
    await scoreShows(pageB, '[data-testid="session-question"]', '1 vote');
    await scoreShows(pageA, '[data-testid="session-question"]', '1 vote');
    // One does not vote for one's own question.
    expect(await questionA.getByRole('button', { name: 'Voter pour cette question' }).count()).to.equal(0);

    // The expert says they are writing: everyone sees it.
    const expertQuestion = sessionQuestion(expert, 'Intéressement dans une TPE');
    const drafting = expertQuestion.getByRole('button', { name: 'Je rédige une réponse' });
    await drafting.click();
    await expertQuestion.getByTestId('drafting').waitFor();
    expect(await drafting.getAttribute('aria-pressed')).to.equal('true');
    for (const page of [pageA, pageB, moderator]) {
      await sessionQuestion(page, 'Intéressement').getByText('avocate.lyon rédige une réponse…').waitFor();
    }

    // The expert answers: the answer arrives live under the question, with the expert notice.
    const answerText =
      'Oui : dans une entreprise de moins de onze salariés, l’intéressement peut être mis en place par décision unilatérale de l’employeur, sous conditions.';
    await expertQuestion.getByRole('button', { name: 'Répondre' }).click();
    await expertQuestion.getByLabel('Votre réponse').fill(answerText);
    await expertQuestion.getByRole('button', { name: 'Publier ma réponse' }).click();
    for (const page of [pageA, pageB]) {
      const question = sessionQuestion(page, 'Intéressement dans une TPE');
      await question.getByText(answerText).waitFor();
      await question.getByText(NOTICE).waitFor();
      await question.getByText('Répondue', { exact: true }).waitFor();
      expect(await question.getByTestId('drafting').count()).to.equal(0);
    }
    await expectNoAxeViolations(pageB, 'session : vue du public (réponse arrivée)');
    await screenshot(pageB, 'audience', 375);
    // The dark display too.
    await pageB.locator('footer label', { hasText: /^Sombre$/ }).click();
    expect(await pageB.evaluate(() => document.documentElement.dataset.frTheme)).to.equal('dark');
    await expectNoAxeViolations(pageB, 'session : vue du public (affichage sombre)');

    // Member B asks something the moderator sets aside, with a reason that B reads.
    const bodyB = 'Quel logiciel de caisse me conseillez-vous pour mon garage automobile à Villeurbanne ?';
    await pageB.getByLabel('Votre question').fill(bodyB);
    await pageB.getByRole('button', { name: 'Envoyer ma question' }).click();
    await pageB
      .getByTestId('my-question')
      .filter({ hasText: 'logiciel de caisse' })
      .getByText('En attente de modération')
      .waitFor();
    const queuedB = queueItem(moderator, 'logiciel de caisse');
    await queuedB.getByRole('button', { name: 'Écarter', exact: true }).click();
    // A dismissal needs its reason.
    await queuedB.getByRole('button', { name: 'Écarter avec ce motif' }).click();
    await queuedB.getByText('Indiquez le motif : la personne qui a posé la question le lira.').waitFor();
    const reason = 'Hors du thème de la session : posez-la dans les questions du site, la communauté vous répondra.';
    await queuedB.getByLabel(/^Motif/).fill(reason);
    await queuedB.getByRole('button', { name: 'Écarter avec ce motif' }).click();
    const dismissed = pageB.getByTestId('my-question').filter({ hasText: 'logiciel de caisse' });
    await dismissed.getByText('Écartée par les modérateurs').waitFor();
    expect(squash(await dismissed.getByTestId('dismiss-reason').textContent())).to.equal(`Motif : ${reason}`);
    // Nobody else sees it.
    expect(await pageA.getByText('logiciel de caisse').count()).to.equal(0);

    // The moderator ends the session: everyone is told, with the links to the questions now on the site.
    await moderator.getByRole('button', { name: 'Terminer la session' }).click();
    await moderator.getByRole('button', { name: 'Confirmer' }).click();
    for (const page of [pageA, pageB]) {
      const ended = page.getByTestId('session-ended');
      await ended.getByRole('heading', { name: 'Cette session est terminée' }).waitFor();
      await ended.getByRole('link', { name: /^Intéressement dans une TPE/ }).waitFor();
    }

    // The answered question is an ordinary one now: the search finds it.
    await pageA.goto(url('/recherche?q=intéressement décision unilatérale'));
    const result = pageA.getByRole('link', { name: /^Intéressement dans une TPE/ });
    await result.waitFor();
    await result.click();
    await pageA.getByText(answerText).waitFor();
  });

  it('gives the staff their tools: edit then approve, merge, assign, mark being answered, the private channel, the export', async () => {
    const { session, moderator: moderatorClient, moderatorUser, expertUser } = await setupSession({ start: true });
    const askerUser = await buildUser({ pseudonym: 'menuisier.rennes', reputation: 60 });
    const duplicateUser = await buildUser({ pseudonym: 'plombier.rennes', reputation: 60 });
    const asker = await clientFor(askerUser);
    const original = await askApproved(asker, moderatorClient, session.id, {
      body: 'Combien de temps dois-je conserver les bulletins de paie de mes anciens salariés ?',
    });
    await ask(await clientFor(duplicateUser), session.id, {
      body: 'Durée de conservation des bulletins de paie : cinq ans ou toute la vie du salarié ?',
    });
    await ask(asker, session.id, { body: 'Est ce que je peux licencier pendant le periode d essai sans motif ?' });

    const moderator = await openAs(moderatorUser, `/sessions/${session.id}`, DESKTOP_VIEW);
    const expert = await openAs(expertUser, `/sessions/${session.id}`, DESKTOP_VIEW);
    const duplicateAsker = await openAs(duplicateUser, `/sessions/${session.id}`);
    for (const page of [moderator, expert]) await joined(page, `session:${session.id}:staff`);
    await joined(duplicateAsker, `session:${session.id}`);

    // Edit then approve: the corrected text is what everyone reads.
    const toEdit = queueItem(moderator, 'periode d essai');
    await toEdit.getByRole('button', { name: 'Modifier puis approuver' }).click();
    const field = toEdit.getByLabel(/^Texte de la question, corrigé/);
    expect(await field.evaluate((node) => node === document.activeElement)).to.equal(true);
    const corrected = 'Est-ce que je peux rompre la période d’essai d’un salarié sans donner de motif ?';
    await field.fill(corrected);
    await toEdit.getByRole('button', { name: 'Approuver ce texte' }).click();
    await toEdit.waitFor({ state: 'detached' });
    await sessionQuestion(expert, 'rompre la période d’essai').waitFor();
    expect(await expert.getByText('periode d essai').count()).to.equal(0);

    // Merge a duplicate into the published question: its asker is told where it went.
    const toMerge = queueItem(moderator, 'Durée de conservation');
    await toMerge.getByRole('button', { name: 'Fusionner', exact: true }).click();
    await toMerge.getByLabel(/^Fusionner avec la question publiée/).selectOption(String(original.id));
    await toMerge.getByRole('button', { name: 'Fusionner avec cette question' }).click();
    await toMerge.waitFor({ state: 'detached' });
    await moderator.getByText(`Fusionnée avec la question n° ${original.id}`).waitFor();
    const merged = duplicateAsker.getByTestId('my-question').filter({ hasText: 'Durée de conservation' });
    await merged.getByText('Fusionnée avec une question semblable').waitFor();
    await merged.getByText(/^Fusionnée avec « Combien de temps dois-je conserver/).waitFor();
    expect(await moderator.getByTestId('queue-item').count()).to.equal(0);

    // Assign to the expert, then mark it being answered: the expert's screen follows.
    const inPlay = sessionQuestion(moderator, 'bulletins de paie de mes anciens');
    await inPlay.getByLabel('Confier à l’expert').selectOption(String(expertUser.id));
    await inPlay.getByRole('button', { name: 'Confier', exact: true }).click();
    const expertView = sessionQuestion(expert, 'bulletins de paie de mes anciens');
    await expertView.getByText('Confiée à vous').waitFor();
    await inPlay.getByRole('button', { name: 'Marquer « en cours de réponse »' }).click();
    await expert.getByRole('heading', { name: 'En cours de réponse (1)' }).waitFor();
    await expertView.getByText('En cours de réponse', { exact: true }).waitFor();
    await sessionQuestion(duplicateAsker, 'bulletins de paie de mes anciens')
      .getByText('En cours de réponse', { exact: true })
      .waitFor();

    // The private channel, live between the moderator and the expert.
    const message = 'Maître, la question sur les bulletins de paie est pour vous : trois votes déjà.';
    await moderator.getByRole('textbox', { name: /^Votre message/ }).fill(message);
    await moderator.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await expert.getByTestId('channel-message').filter({ hasText: message }).waitFor();
    await moderator.getByTestId('channel-message').filter({ hasText: message }).waitFor();
    expect(await duplicateAsker.getByTestId('private-channel').count()).to.equal(0);
    expect(await expert.getByRole('heading', { name: 'Conduite de la session' }).count()).to.equal(0);
    await expectNoAxeViolations(expert, 'session : vue des experts');
    await inPlay.getByRole('button', { name: 'Écarter', exact: true }).click();
    await inPlay.getByLabel(/^Motif/).waitFor();
    await expectNoAxeViolations(moderator, 'session : vue des modérateurs (questions publiées, canal)');
    await screenshot(expert, 'expert', 1280);

    // The export: a plain download link to the CSV.
    const exportLink = moderator.getByRole('link', { name: 'Exporter la session (CSV)' });
    expect(await exportLink.getAttribute('download')).to.not.equal(null);
    const csv = await moderator.context().request.get(url((await exportLink.getAttribute('href'))!));
    expect(csv.status()).to.equal(200);
    expect(csv.headers()['content-type']).to.contain('text/csv');
    expect(await csv.text()).to.contain('bulletins de paie');
  });

  it('shows the current question and its answer, large and live, in present mode', async () => {
    const { moderator, expert, session } = await setupSession({ start: true });
    const asker = await clientFor(await buildUser({ pseudonym: 'fleuriste.nantes', reputation: 60 }));
    const first = await askApproved(asker, moderator, session.id, {
      body: 'Mon apprenti peut-il travailler le dimanche matin à la boutique pendant les fêtes de fin d’année ?',
    });
    const second = await askApproved(asker, moderator, session.id, {
      body: 'Faut-il un accord collectif pour passer mes salariés au forfait jours dans une entreprise de cinq personnes ?',
    });

    const page = await openAs(null, `/sessions/${session.id}/presenter`, DESKTOP_VIEW);
    await page.getByRole('heading', { level: 1, name: session.title }).waitFor();
    await joined(page, `session:${session.id}`);
    const current = page.getByTestId('presenter-current');
    // Nothing being answered yet: the most voted, then the oldest, approved question.
    await current.getByRole('heading', { name: 'Question la plus votée' }).waitFor();
    await current.getByText(/apprenti peut-il travailler le dimanche/).waitFor();
    await page.getByText('1 personne suit la session').waitFor();

    // The moderators mark the second one being answered: the screen follows.
    const answering = await moderator.post(`/api/sessions/${session.id}/questions/${second.id}/state`, {
      state: 'answering',
    });
    expect(answering.status, answering.text).to.equal(200);
    await current.getByRole('heading', { name: 'Question en cours' }).waitFor();
    await current.getByText(/forfait jours/).waitFor();
    await current.getByText('En attente de la réponse des experts…').waitFor();
    expect(await current.getByText(/apprenti/).count()).to.equal(0);

    // The expert's answer arrives live, large, with the notice.
    const answerText =
      'Oui : le forfait jours suppose un accord collectif, à défaut le dispositif de l’article L3121-65.';
    const posted = await expert.post(`/api/questions/${second.id}/answers`, { body: answerText });
    expect(posted.status, posted.text).to.equal(201);
    await current.getByText(answerText).waitFor();
    await current.getByText(NOTICE).waitFor();
    await current.getByRole('heading', { name: /^Réponse de / }).waitFor();
    const size = await current
      .locator('.post-body')
      .first()
      .evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(size).to.be.at.least(40);
    await expectNoAxeViolations(page, 'session : mode présentation');
    await screenshot(page, 'presenter', 1280);

    // The answer marked it answered: it stays on screen with its answer, the next one announced below.
    await current.getByRole('heading', { name: 'Question répondue' }).waitFor();
    await page
      .getByTestId('presenter-next')
      .getByText(/apprenti peut-il travailler le dimanche/)
      .waitFor();
    expect(squash(await current.textContent())).to.contain(answerText);

    // The moderators move on: the next question takes the screen.
    const next = await moderator.post(`/api/sessions/${session.id}/questions/${first.id}/state`, {
      state: 'answering',
    });
    expect(next.status, next.text).to.equal(200);
    await current.getByRole('heading', { name: 'Question en cours' }).waitFor();
    await current.getByText(/apprenti peut-il travailler le dimanche/).waitFor();
    expect(await current.getByText(answerText).count()).to.equal(0);
    expect(await page.getByTestId('presenter-next').count()).to.equal(0);
  });

  it('shows a platform moderator the queue live, read-only, without the private channel', async () => {
    const { session } = await setupSession({ start: true });
    const platform = await buildUser({ role: 'moderator', pseudonym: 'moderateur.dge' });
    const page = await openAs(platform, `/sessions/${session.id}`, DESKTOP_VIEW);
    await page.getByTestId('staff-view').waitFor();
    await page.getByText('Vous suivez la file d’attente en tant que modérateur de la plateforme').waitFor();
    await joined(page, `session:${session.id}:queue`);

    const asker = await clientFor(await buildUser({ reputation: 60 }));
    await ask(asker, session.id, { body: 'Mon bail commercial peut-il être résilié pendant les travaux de voirie ?' });
    const item = queueItem(page, 'bail commercial');
    await item.waitFor();
    expect(await item.getByRole('button').count()).to.equal(0);
    expect(await page.getByRole('heading', { name: 'Canal privé modérateurs et experts' }).count()).to.equal(0);
    await expectNoAxeViolations(page, 'session : file d’attente vue par un modérateur de la plateforme');
  });

  it('gives a moderator of another organisation the audience view only, and the server refuses them', async () => {
    const { session, moderator, organisation } = await setupSession();
    const asker = await clientFor(await buildUser({ reputation: 60 }));
    const waiting: SessionQuestion = await ask(asker, session.id, {
      body: 'Comment calculer l’indemnité de rupture conventionnelle d’un salarié à temps partiel ?',
    });
    const approved = await askApproved(asker, moderator, session.id, {
      body: 'Puis-je imposer les dates de congés payés à mes salariés cet été ?',
    });
    const otherOrganisation = await buildOrganisation('Bpifrance Auvergne');
    const outsider = await partnerModerator(otherOrganisation, 'moderateur.bpi');

    const page = await openAs(outsider, `/sessions/${session.id}`, DESKTOP_VIEW);
    await page.getByRole('heading', { level: 1, name: session.title }).waitFor();
    await sessionQuestion(page, 'dates de congés payés').waitFor();
    expect(await page.getByTestId('staff-view').count()).to.equal(0);
    expect(await page.getByRole('heading', { name: 'Conduite de la session' }).count()).to.equal(0);
    expect(await page.getByRole('heading', { name: 'Canal privé modérateurs et experts' }).count()).to.equal(0);
    expect(await page.getByRole('button', { name: 'Approuver', exact: true }).count()).to.equal(0);
    expect(await page.getByText('rupture conventionnelle').count()).to.equal(0);
    await page.getByRole('heading', { name: 'Poser une question aux experts' }).waitFor();

    // Forced through the API: 403 on the staff actions, the channel and the export.
    const client = await clientFor(outsider);
    for (const [method, pathname, body] of [
      ['POST', `/api/sessions/${session.id}/start`, undefined],
      ['POST', `/api/sessions/${session.id}/questions/${waiting.id}/state`, { state: 'approved' }],
      ['POST', `/api/sessions/${session.id}/questions/${approved.id}/state`, { state: 'answering' }],
      ['GET', `/api/sessions/${session.id}/messages`, undefined],
      ['GET', `/api/sessions/${session.id}/export.csv`, undefined],
    ] as const) {
      const response = await client.request(method, pathname, body);
      expect(response.status, `${method} ${pathname}: ${response.text}`).to.equal(403);
      expect(response.body.error.code).to.equal('forbidden');
    }

    // A visitor: the same audience view, asked to log in to ask or vote.
    const visitor = await openAs(null, `/sessions/${session.id}`);
    await visitor.getByRole('heading', { level: 1, name: session.title }).waitFor();
    await visitor.getByText(/^Pour poser une question,/).waitFor();
    const question = sessionQuestion(visitor, 'dates de congés payés');
    await question.getByRole('button', { name: 'Voter pour cette question' }).click();
    await question.getByRole('status').getByRole('link', { name: 'Se connecter' }).waitFor();
    await expectNoAxeViolations(visitor, 'session : vue du public (visiteur)');
    await screenshot(visitor, 'visitor', 375);

    const list = await openAs(null, '/sessions');
    await list.getByTestId('session-card').filter({ hasText: session.title }).waitFor();
    expect(await list.getByRole('button', { name: 'Prévenez-moi' }).count()).to.equal(0);
    await expectNoAxeViolations(list, 'liste des sessions (visiteur)');

    // The organisation's page leads to its sessions too.
    await list.goto(url(`/organisations/${organisation.slug}`));
    await list
      .getByRole('region', { name: 'Ses sessions de questions en direct' })
      .getByRole('link', { name: session.title })
      .click();
    await list.getByRole('heading', { level: 1, name: session.title }).waitFor();
  });
});
