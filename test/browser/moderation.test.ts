import path from 'node:path';
import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { type Locator, type Page } from 'playwright-core';
import { Organisation, type Question, type User } from '../../db/models';
import { testEnv } from '../support/hooks';
import { artifacts, joined, PHONE_VIEW, suiteBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';
import { TestClient } from '../support/client';
import { buildQuestion, buildUser, clientFor } from '../support/factories';
import { moderated } from '../support/moderation';

const PHONE = '06 12 34 56 78';
const DESKTOP_VIEW = { width: 1280, height: 800 };

/** An answer holding a French phone number: the moderation worker keeps it pending, with an `auto` case. */
async function heldAnswer(
  question: Question,
  author: User,
  body: string,
  anonymous = false,
): Promise<{ answerId: number; caseId: number }> {
  const posted = await (await clientFor(author)).post(`/api/questions/${question.id}/answers`, { body, anonymous });
  expect(posted.status).to.equal(201);
  const answerId = posted.body.answer.id as number;
  await moderated();
  const [row] = await testEnv().ctx.sequelize.query<{ id: number }>(
    `SELECT id FROM moderation_cases WHERE target_type = 'answer' AND target_id = :answerId AND kind = 'auto'`,
    { replacements: { answerId }, type: QueryTypes.SELECT },
  );
  expect(row, 'the held answer has a case').to.not.equal(undefined);
  return { answerId, caseId: row!.id };
}

describe('moderation queue in Chromium', function () {
  this.timeout(90_000);
  const browser = suiteBrowser();

  async function openAs(user: User | null, url: string, viewport = PHONE_VIEW): Promise<Page> {
    const page = await (await browser.newContext(user, { viewport })).newPage();
    await page.goto(`${testEnv().baseUrl}${url}`);
    return page;
  }

  /** Opens the queue and waits until it is loaded and live. */
  async function openQueue(user: User, viewport = PHONE_VIEW, url = '/moderation'): Promise<Page> {
    const page = await openAs(user, url, viewport);
    await page.getByRole('heading', { level: 2, name: 'Dossiers de modération' }).waitFor();
    await page.locator('.case-list, .status-message, p.fr-text--lg').first().waitFor();
    await joined(page, 'moderation');
    return page;
  }

  const caseCard = (page: Page, caseId: number): Locator => page.locator(`#dossier-${caseId}`);

  it('shows a held answer live to two moderators, the claim of one to the other, and publishes it on approval', async () => {
    const alice = await buildUser({ role: 'moderator', pseudonym: 'moderatrice.alice' });
    const bruno = await buildUser({ role: 'moderator', pseudonym: 'moderateur.bruno' });
    const author = await buildUser({ pseudonym: 'plomberie.rennes', reputation: 42 });
    const question = await buildQuestion({ title: 'Comment relancer un client qui ne paie pas sa facture ?' });

    const first = await openQueue(alice, DESKTOP_VIEW);
    const second = await openQueue(bruno, PHONE_VIEW);
    for (const page of [first, second]) await page.getByText('Aucun dossier en cours : la file est vide.').waitFor();

    const body = `Appelez-moi au ${PHONE}, je vous explique comment j’ai récupéré mes impayés.`;
    const { answerId, caseId } = await heldAnswer(question, author, body);

    // New cases wait behind a notice (announced politely), so that the list does not move.
    for (const page of [first, second]) {
      const notice = page.getByRole('button', { name: '1 nouveau dossier — Afficher' });
      await notice.waitFor();
      expect(await caseCard(page, caseId).count()).to.equal(0);
      expect(await page.getByRole('status').filter({ hasText: 'Nouveau dossier' }).count()).to.equal(1);
      await notice.click();
      await caseCard(page, caseId).waitFor();
      // The keyboard focus lands on the case that appeared.
      expect(await page.evaluate(() => document.activeElement?.id)).to.equal(`dossier-${caseId}-titre`);
    }

    const card = caseCard(first, caseId);
    await card.getByRole('heading', { name: `Dossier n° ${caseId} — Vérification automatique` }).waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).to.contain('Numéro de téléphone');
    expect(text).to.contain('score 1');
    expect(text).to.contain('j’ai récupéré mes impayés');
    expect(text).to.contain('plomberie.rennes');
    expect(text).to.contain('Réputation : 42');
    expect(text).to.contain('Compte créé aujourd’hui');
    expect(text).to.contain('Aucune sanction passée');
    expect(text).to.contain('Message en attente');
    expect(await card.getByRole('link', { name: /Voir la réponse/ }).getAttribute('href')).to.equal(
      `/questions/${question.id}#reponse-${answerId}`,
    );
    // Moderators are not admins: no way to reveal an author.
    expect(await card.getByRole('button', { name: 'Révéler l’auteur' }).count()).to.equal(0);

    await expectNoAxeViolations(first, 'file de modération avec un dossier (1280 px)');
    await expectNoAxeViolations(second, 'file de modération avec un dossier (375 px)');
    await first.screenshot({ path: path.join(artifacts, 'moderation-queue-1280.png'), fullPage: true });
    await second.screenshot({ path: path.join(artifacts, 'moderation-queue-375.png'), fullPage: true });

    // Alice claims it: Bruno sees who holds it without reloading, and can no longer claim it.
    await card.getByRole('button', { name: 'Prendre en charge' }).click();
    await card.getByText('Pris en charge par vous').waitFor();
    await card.getByLabel('Note (facultative)').waitFor();
    const secondCard = caseCard(second, caseId);
    await secondCard.getByText('Pris en charge par moderatrice.alice').waitFor();
    // Someone else's case: nothing to do on it (no claim, no decision, no sanction).
    expect(await secondCard.getByRole('button').count()).to.equal(0);
    await second
      .getByRole('status')
      .filter({ hasText: `Dossier n° ${caseId} pris en charge par moderatrice.alice.` })
      .waitFor();
    await second.screenshot({ path: path.join(artifacts, 'moderation-claimed-by-other-375.png'), fullPage: true });

    // Alice approves: Bruno sees the case settled at once, and the answer is public.
    await card.getByRole('button', { name: 'Approuver' }).click();
    await card.getByText('Approuvé par vous').waitFor();
    await secondCard.getByText('Approuvé par moderatrice.alice').waitFor();
    expect(await secondCard.locator('.fr-badge').textContent()).to.equal('Traité');
    // Only sanctions remain possible on a settled case.
    expect(await secondCard.getByRole('button').allTextContents()).to.deep.equal(['Suspendre l’auteur']);
    expect(await card.getByRole('button', { name: 'Approuver' }).count()).to.equal(0);

    const publicPage = await new TestClient().get(`/api/questions/${question.id}`);
    expect(publicPage.body.answers.map((a: { id: number }) => a.id)).to.deep.equal([answerId]);
    const visitor = await openAs(null, `/questions/${question.id}`);
    await visitor.getByText('j’ai récupéré mes impayés', { exact: false }).waitFor();

    // A reload of the default queue (cases in progress) no longer lists it.
    await second.reload();
    await second.getByText('Aucun dossier en cours : la file est vide.').waitFor();

    // The log tells who did what.
    const log = await openAs(alice, '/moderation?vue=journal', DESKTOP_VIEW);
    await log.getByRole('heading', { level: 2, name: 'Journal de modération' }).waitFor();
    const rows = log.locator('tbody tr');
    await rows.first().waitFor();
    const lines = (await rows.allTextContents()).map((line) => line.replace(/\s+/g, ' ').trim());
    expect(lines).to.have.length(3);
    expect(lines[0]).to.contain('Approbation').and.contain('moderatrice.alice').and.contain(`Dossier n° ${caseId}`);
    expect(lines[1]).to.contain('Prise en charge').and.contain('moderatrice.alice');
    expect(lines[2])
      .to.contain('Mise en attente')
      .and.contain('Vérification automatique')
      .and.contain('Numéro de téléphone')
      .and.contain(`Réponse n° ${answerId}`);
    expect(await log.getByRole('link', { name: 'Journal', exact: true }).getAttribute('aria-current')).to.equal('page');
    await expectNoAxeViolations(log, 'journal de modération (1280 px)');
    await log.screenshot({ path: path.join(artifacts, 'moderation-log-1280.png'), fullPage: true });
    // On a phone, one block per action instead of a five-column table.
    await log.setViewportSize(PHONE_VIEW);
    await log.locator('.log-entry').first().waitFor();
    expect(await log.locator('table').isVisible()).to.equal(false);
    const blocks = (await log.locator('.log-entry').allTextContents()).map((line) => line.replace(/\s+/g, ' '));
    expect(blocks).to.have.length(3);
    expect(blocks[2]).to.contain('Mise en attente').and.contain('Vérification automatique');
    await expectNoAxeViolations(log, 'journal de modération (375 px)');
    await log.screenshot({ path: path.join(artifacts, 'moderation-log-375.png'), fullPage: true });
  });

  it('rejects a case with a note for its author, and filters the queue through the URL', async () => {
    const alice = await buildUser({ role: 'moderator', pseudonym: 'moderatrice.alice' });
    const author = await buildUser({ pseudonym: 'traiteur.lille' });
    const question = await buildQuestion();
    const { answerId, caseId } = await heldAnswer(
      question,
      author,
      `Mon portable : ${PHONE}. Je vous donne le nom de mon avocat spécialisé en recouvrement.`,
    );

    const page = await openQueue(alice, DESKTOP_VIEW);
    const card = caseCard(page, caseId);
    await card.getByRole('button', { name: 'Prendre en charge' }).click();
    const note = card.getByLabel('Note (facultative)');
    await note.waitFor();
    // The keyboard focus moves to the note once the server confirms the case is ours (the live
    // event may show the note a moment before).
    await page.waitForFunction((id) => document.activeElement?.id === id, `dossier-${caseId}-note`);

    // The server's validation error is shown on the field and linked to it.
    await note.fill('ok');
    await card.getByRole('button', { name: 'Rejeter' }).click();
    const fieldError = card.locator(`#dossier-${caseId}-note-erreur`);
    await fieldError.waitFor();
    expect(await fieldError.textContent()).to.match(/La note doit compter entre 3 et 1\s000 caractères\./);
    expect(await note.getAttribute('aria-describedby')).to.contain(`dossier-${caseId}-note-erreur`);
    expect(await note.getAttribute('aria-invalid')).to.equal('true');

    const reason = 'Merci de retirer votre numéro de téléphone : les échanges restent sur la plateforme.';
    await note.fill(reason);
    await card.getByRole('button', { name: 'Rejeter' }).click();
    await card.getByText('Rejeté par vous').waitFor();
    await card.getByText(reason).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `Dossier n° ${caseId} rejeté : le message est masqué.` })
      .waitFor();

    // The author is told why; nobody else sees the answer.
    const mine = await (await clientFor(author)).get('/api/me/posts');
    const post = mine.body.items.find((item: { id: number }) => item.id === answerId);
    expect(post).to.deep.include({ status: 'hidden' });
    expect(post.reasons[0].detail).to.equal(reason);
    expect((await new TestClient().get(`/api/questions/${question.id}`)).body.answers).to.deep.equal([]);

    // Filters: the selects write the URL, and the URL fills the selects.
    await page.getByLabel('Statut').selectOption({ label: 'Traités' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL('**/moderation?statut=traites');
    await caseCard(page, caseId).getByText('Rejeté par vous').waitFor();
    await page.getByLabel('Type de dossier').selectOption({ label: 'Signalements' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL('**/moderation?statut=traites&type=signalements');
    await page.getByText('Aucun dossier ne correspond à ces filtres.').waitFor();
    await page.goBack();
    await caseCard(page, caseId).waitFor();
    expect(await page.getByLabel('Type de dossier').inputValue()).to.equal('');
    expect(await page.getByLabel('Statut').inputValue()).to.equal('resolved');
    await page.goto(`${testEnv().baseUrl}/moderation?statut=ouverts&type=automatique`);
    await page.getByText('Aucun dossier ne correspond à ces filtres.').waitFor();
    expect(await page.getByLabel('Statut').inputValue()).to.equal('open');
    expect(await page.getByLabel('Type de dossier').inputValue()).to.equal('auto');
  });

  it('shows the 409 when another moderator took the case behind a stale queue, and the case as it now is', async () => {
    const alice = await buildUser({ role: 'moderator', pseudonym: 'moderatrice.alice' });
    const bruno = await buildUser({ role: 'moderator', pseudonym: 'moderateur.bruno' });
    const question = await buildQuestion();
    const { caseId } = await heldAnswer(
      question,
      await buildUser(),
      `Joignez-moi au ${PHONE} pour le modèle de lettre de mise en demeure que j’utilise.`,
    );

    const page = await openQueue(bruno, PHONE_VIEW);
    const card = caseCard(page, caseId);
    await card.getByRole('button', { name: 'Prendre en charge' }).waitFor();
    // Alice's claim reaches the database but not Bruno's screen (a lost event): his queue is stale.
    await testEnv().ctx.sequelize.query(
      `UPDATE moderation_cases SET status = 'claimed', claimed_by = :alice, claimed_at = now(), updated_at = now()
       WHERE id = :caseId`,
      { replacements: { alice: alice.id, caseId } },
    );
    await card.getByRole('button', { name: 'Prendre en charge' }).click();
    await card
      .getByRole('alert')
      .filter({ hasText: 'Ce dossier est déjà pris en charge par moderatrice.alice.' })
      .waitFor();
    // The case is refreshed: who holds it, and no claim button any more.
    await card.getByText('Pris en charge par moderatrice.alice', { exact: true }).waitFor();
    expect(await card.getByRole('button', { name: 'Prendre en charge' }).count()).to.equal(0);
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal(`dossier-${caseId}-titre`);
    await page.screenshot({ path: path.join(artifacts, 'moderation-conflict-375.png'), fullPage: true });
  });

  it('lets a moderator suspend an anonymous author and an admin reveal them; partners get the 403', async () => {
    const moderator = await buildUser({ role: 'moderator', pseudonym: 'moderateur.bruno' });
    const admin = await buildUser({ role: 'admin', pseudonym: 'equipe.dge' });
    const author = await buildUser({ pseudonym: 'garage.anonyme', reputation: 7 });
    const question = await buildQuestion();
    const { caseId } = await heldAnswer(
      question,
      author,
      `Écrivez-moi plutôt par SMS au ${PHONE}, c’est plus discret pour parler de ma procédure.`,
      true,
    );

    const page = await openQueue(moderator, DESKTOP_VIEW);
    const card = caseCard(page, caseId);
    await card.getByText('Auteur anonyme').waitFor();
    expect(await card.textContent()).to.not.contain('garage.anonyme');
    expect(await card.textContent()).to.contain('Réputation : 7');

    // Suspending: an empty form gets a focused error summary, then the suspension goes through.
    await card.getByRole('button', { name: 'Suspendre l’auteur' }).click();
    expect(await card.getByRole('button', { name: 'Suspendre l’auteur' }).getAttribute('aria-expanded')).to.equal(
      'true',
    );
    await card.getByRole('button', { name: 'Suspendre', exact: true }).click();
    const summary = card.locator('.fr-alert', { hasText: 'Le formulaire contient des erreurs' });
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).to.equal(true);
    expect(await summary.getByRole('link').allTextContents()).to.deep.equal([
      'Durée (en jours) : ce champ est obligatoire.',
      'Motif : ce champ est obligatoire.',
    ]);
    await card.getByLabel('Durée (en jours)').fill('7');
    await card.getByLabel('Motif').fill('Coordonnées publiées à plusieurs reprises malgré les rappels.');
    await card.getByRole('button', { name: 'Suspendre', exact: true }).click();
    await card.getByText(/^Auteur suspendu jusqu’au /).waitFor();
    await author.reload();
    expect(author.suspendedUntil).to.be.instanceOf(Date);
    expect(author.suspendedUntil!.getTime()).to.be.greaterThan(Date.now() + 6 * 86_400_000);

    // The admin reveals who wrote it, with a mandatory reason kept in the log.
    const adminPage = await openQueue(admin, PHONE_VIEW);
    const adminCard = caseCard(adminPage, caseId);
    await adminCard.getByText('1 sanction passée').waitFor();
    await adminCard.getByRole('button', { name: 'Révéler l’auteur' }).click();
    await adminCard.getByRole('button', { name: 'Révéler', exact: true }).click();
    const reasonField = adminCard.getByLabel('Motif (obligatoire)');
    await adminCard.getByText('Motif (obligatoire) : ce champ est obligatoire.').waitFor();
    expect(await reasonField.evaluate((element) => element === document.activeElement)).to.equal(true);
    await reasonField.fill('Réquisition judiciaire reçue le 3 mars, dossier 2025-117.');
    await adminCard.getByRole('button', { name: 'Révéler', exact: true }).click();
    await adminCard.getByRole('link', { name: 'garage.anonyme' }).waitFor();
    await expectNoAxeViolations(adminPage, 'file de modération, auteur révélé (375 px)');
    await adminPage.screenshot({ path: path.join(artifacts, 'moderation-admin-reveal-375.png'), fullPage: true });

    // A partner organisation's moderator acts on its own cases but cannot suspend: the 403 is shown.
    const organisation = await Organisation.create({ slug: 'cci-bretagne', name: 'CCI Bretagne' });
    const partner = await buildUser({ role: 'moderator', pseudonym: 'moderateur.cci' });
    await partner.update({ organisationId: organisation.id });
    await testEnv().ctx.sequelize.query('UPDATE moderation_cases SET organisation_id = :org WHERE id = :caseId', {
      replacements: { org: organisation.id, caseId },
    });
    const partnerPage = await openAs(partner, '/moderation', DESKTOP_VIEW);
    const partnerCard = caseCard(partnerPage, caseId);
    await partnerCard.getByRole('button', { name: 'Suspendre l’auteur' }).click();
    await partnerCard.getByLabel('Durée (en jours)').fill('3');
    await partnerCard.getByLabel('Motif').fill('Coordonnées publiées malgré les rappels.');
    await partnerCard.getByRole('button', { name: 'Suspendre', exact: true }).click();
    await partnerCard
      .getByRole('alert')
      .filter({ hasText: 'Seule la modération de la plateforme peut suspendre un compte.' })
      .waitFor();
    // Partners are not in the live room: the page says so instead of pretending.
    await partnerPage.getByText('La file de votre organisation n’est pas mise à jour en direct').waitFor();
  });

  it('keeps the queue from members and visitors: a French message and no case data', async () => {
    const question = await buildQuestion();
    const excerpt = 'Contactez-moi directement, je partage mes modèles de devis';
    await heldAnswer(question, await buildUser(), `${excerpt} : ${PHONE}.`);

    const member = await buildUser({ pseudonym: 'fleuriste.nancy' });
    const page = await (await browser.newContext(member)).newPage();
    const moderationCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/moderation')) moderationCalls.push(request.url());
    });
    await page.goto(`${testEnv().baseUrl}/moderation`);
    await page.getByRole('alert').filter({ hasText: 'Cette page est réservée à l’équipe de modération.' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).to.equal('Modération');
    expect(await page.locator('main').textContent()).to.not.contain(excerpt);
    expect(await page.getByRole('button', { name: 'Prendre en charge' }).count()).to.equal(0);
    expect(moderationCalls).to.deep.equal([]);
    await expectNoAxeViolations(page, 'modération, membre ordinaire (375 px)');

    const visitor = await openAs(null, '/moderation');
    await visitor.getByRole('link', { name: 'Se connecter' }).first().waitFor();
    expect(await visitor.locator('main').textContent()).to.not.contain(excerpt);
  });
});
