import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'chai';
import { type Page } from 'playwright-core';
import { testEnv } from '../support/hooks';
import { artifacts, suiteBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';
import { buildQuestion, buildTag, buildUser, clientFor, DEFAULT_PASSWORD } from '../support/factories';
import { moderated } from '../support/moderation';
import { startReputationWorker, type RunningReputationWorker } from '../support/reputation';

const PHONE = '06 12 34 56 78';

/** The id of the element that has the keyboard focus. */
const focusedTestId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.id);

/** Waits until the page's live connection is up (the member's own room comes with it). */
async function liveConnected(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('contenu')?.dataset.liveState === 'connected');
}

/** On a phone the header's account links live in the menu: opens it and returns it. */
async function openHeaderMenu(page: Page) {
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await menu.waitFor();
  return menu;
}

async function closeHeaderMenu(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Menu' }).waitFor({ state: 'detached' });
}

/** The header's notifications link reads `name` (checked in the phone menu). */
async function headerNotificationsRead(page: Page, name: string): Promise<void> {
  const menu = await openHeaderMenu(page);
  await menu.getByRole('link', { name, exact: true }).waitFor();
  await closeHeaderMenu(page);
}

async function fillLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: /^Adresse électronique/ }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

/** Logs in through the login page and lands on `next`. */
async function loginThroughUi(page: Page, email: string, next: string): Promise<void> {
  await page.goto(`${testEnv().baseUrl}/connexion?${new URLSearchParams({ suivant: next })}`);
  await fillLogin(page, email, DEFAULT_PASSWORD);
  await page.waitForURL((url) => url.pathname + url.search === next);
}

describe('account pages in Chromium', function () {
  this.timeout(90_000);
  const browser = suiteBrowser();

  async function newPage(): Promise<Page> {
    return (await browser.newContext()).newPage();
  }

  it('registers through the form, with field errors first, then logs out and in again back to « suivant »', async () => {
    await buildUser({ pseudonym: 'fleuriste.tours' });
    const page = await newPage();
    const next = '/mon-compte/publications';
    await page.goto(`${testEnv().baseUrl}/inscription?${new URLSearchParams({ suivant: next })}`);
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    await page.getByText('Votre adresse électronique n’est jamais affichée').waitFor();
    await expectNoAxeViolations(page, 'inscription');
    await page.screenshot({ path: path.join(artifacts, 'account-register-375.png'), fullPage: true });

    const pseudonym = page.getByRole('textbox', { name: /^Pseudonyme/ });
    const email = page.getByRole('textbox', { name: /^Adresse électronique/ });
    const password = page.getByLabel('Mot de passe', { exact: true });
    await pseudonym.fill('mon pseudo !');
    await email.fill('menuiserie@exemple.test');
    await password.fill('court');

    // The password can be shown in clear and hidden again.
    // (DSFR draws the checkbox on its label, which is what a user clicks.)
    const show = page.getByRole('checkbox', { name: 'Afficher le mot de passe' });
    await page.locator('label[for="inscription-mot-de-passe-afficher"]').click();
    expect(await show.isChecked()).to.equal(true);
    expect(await password.getAttribute('type')).to.equal('text');
    await page.locator('label[for="inscription-mot-de-passe-afficher"]').click();
    expect(await password.getAttribute('type')).to.equal('password');

    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByText('Le formulaire contient 2 erreurs').waitFor();
    expect(await focusedTestId(page)).to.equal('error-summary');
    const pseudonymError = 'Le pseudonyme doit compter de 3 à 30 lettres, chiffres, tirets, points ou soulignés';
    const passwordError = 'Le mot de passe doit compter au moins 10 caractères.';
    expect(await summary.textContent())
      .to.contain(pseudonymError)
      .and.contain(passwordError);
    expect(await pseudonym.getAttribute('aria-invalid')).to.equal('true');
    expect(await password.getAttribute('aria-invalid')).to.equal('true');
    expect(await email.getAttribute('aria-invalid')).to.equal(null);
    // Each error is tied to its field for screen readers.
    const described = await page.evaluate(() => {
      const input = document.getElementById('inscription-pseudonyme');
      const ids = input?.getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(described).to.contain(pseudonymError);
    await expectNoAxeViolations(page, 'inscription avec erreurs');
    await page.screenshot({ path: path.join(artifacts, 'account-register-errors-375.png'), fullPage: true });
    // The summary's links lead to the fields.
    await summary.getByRole('link', { name: passwordError }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('inscription-mot-de-passe');

    // A pseudonym already taken is said on its field.
    await pseudonym.fill('fleuriste.tours');
    await password.fill('un-mot-de-passe-solide');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await summary.getByText('Le formulaire contient une erreur').waitFor();
    await page.locator('#inscription-pseudonyme-messages', { hasText: 'Ce pseudonyme est déjà pris.' }).waitFor();
    expect(await password.getAttribute('aria-invalid')).to.equal(null);

    await pseudonym.fill('menuiserie.nantes');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL((url) => url.pathname === next);
    await page.getByRole('heading', { level: 1, name: 'Mes publications' }).waitFor();
    let menu = await openHeaderMenu(page);
    await menu.getByRole('link', { name: 'Mon compte (menuiserie.nantes)' }).waitFor();

    // Logged out from the header, then back through the login page, reached from the
    // registration page's link, which keeps « suivant ».
    await menu.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const back = '/mon-compte/notifications';
    await page.goto(`${testEnv().baseUrl}/inscription?${new URLSearchParams({ suivant: back })}`);
    await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname === '/connexion' && url.searchParams.get('suivant') === back);
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    await expectNoAxeViolations(page, 'connexion');
    await page.screenshot({ path: path.join(artifacts, 'account-login-375.png'), fullPage: true });

    await fillLogin(page, 'menuiserie@exemple.test', 'pas-le-bon-mot-de-passe');
    await summary.getByText('Adresse électronique ou mot de passe incorrect.').waitFor();
    expect(await focusedTestId(page)).to.equal('error-summary');
    await page.screenshot({ path: path.join(artifacts, 'account-login-error-375.png'), fullPage: true });

    await fillLogin(page, 'menuiserie@exemple.test', 'un-mot-de-passe-solide');
    await page.waitForURL((url) => url.pathname === back);
    await page.getByRole('heading', { level: 1, name: 'Mes notifications' }).waitFor();

    // Already logged in: the login page says who, with a way onward, instead of the form.
    await page.goto(`${testEnv().baseUrl}/connexion`);
    await page.getByText('Vous êtes connecté en tant que menuiserie.nantes.').waitFor();
    expect(await page.getByRole('button', { name: 'Se connecter', exact: true }).count()).to.equal(0);
    await expectNoAxeViolations(page, 'connexion, déjà connecté');

    // « suivant » pointing to another site leads home instead.
    menu = await openHeaderMenu(page);
    await menu.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${testEnv().baseUrl}/connexion?suivant=${encodeURIComponent('//exemple.org/piege')}`);
    await fillLogin(page, 'menuiserie@exemple.test', 'un-mot-de-passe-solide');
    await page.waitForURL(`${testEnv().baseUrl}/`);
  });

  describe('with the reputation worker', () => {
    let worker: RunningReputationWorker;
    beforeEach(async () => {
      worker = await startReputationWorker();
    });
    afterEach(async () => worker.close());

    it('lists notifications, adds one arriving live, marks one read when followed and all read at once', async () => {
      const member = await buildUser({ pseudonym: 'fleuriste.tours' });
      const question = await buildQuestion({
        author: member,
        title: 'Comment gérer les invendus de fleurs coupées ?',
        body: 'Chaque semaine je jette une partie du stock : comment mieux prévoir mes commandes ?',
      });
      const firstAnswerer = await clientFor(await buildUser());
      const first = await firstAnswerer.post(`/api/questions/${question.id}/answers`, {
        body: 'Tenez un relevé des ventes par jour de la semaine, puis commandez en conséquence.',
      });
      expect(first.status).to.equal(201);
      await moderated();
      await worker.drained();

      const page = await newPage();
      await loginThroughUi(page, member.email, '/mon-compte/notifications');
      await page.reload();
      await liveConnected(page);
      const message = `Nouvelle réponse à votre question « ${question.title} ».`;
      const items = page.locator('li[data-notification-id]');
      await items.first().getByRole('link', { name: message }).waitFor();
      expect(await items.count()).to.equal(1);
      expect(await items.first().textContent()).to.contain('Non lue');
      await headerNotificationsRead(page, 'Notifications (1 non lue)');

      // Another member answers: the notification arrives at the top while the page is open.
      const secondAnswerer = await clientFor(await buildUser());
      const second = await secondAnswerer.post(`/api/questions/${question.id}/answers`, {
        body: 'Proposez des bouquets du jour à prix réduit en fin de semaine pour écouler le stock.',
      });
      expect(second.status).to.equal(201);
      const secondLink = `/questions/${question.id}#reponse-${second.body.answer.id}`;
      await items.first().locator(`a[href="${secondLink}"]`).waitFor();
      expect(await items.count()).to.equal(2);
      expect(await items.first().textContent()).to.contain('Non lue');
      await page
        .getByRole('status')
        .filter({ hasText: `Nouvelle notification : ${message}` })
        .waitFor();
      await page.getByText('2 notifications non lues.').waitFor();
      await headerNotificationsRead(page, 'Notifications (2 non lues)');
      await expectNoAxeViolations(page, 'mes notifications');
      await page.screenshot({ path: path.join(artifacts, 'account-notifications-375.png'), fullPage: true });

      // Following one marks it read.
      await items.first().getByRole('link').click();
      await page.waitForURL((url) => url.pathname === `/questions/${question.id}`);
      await headerNotificationsRead(page, 'Notifications (1 non lue)');
      await page.goBack();
      await page.getByText('1 notification non lue.').waitFor();
      expect(await items.first().textContent()).to.not.contain('Non lue');
      expect(await items.nth(1).textContent()).to.contain('Non lue');

      await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
      await page.getByText('Aucune notification non lue.').waitFor();
      expect(await page.getByText('Non lue', { exact: true }).count()).to.equal(0);
      await headerNotificationsRead(page, 'Notifications');
      const list = await (await clientFor(member)).get('/api/me/notifications');
      expect(list.body.unreadCount).to.equal(0);
    });
  });

  it('lists my posts, anonymous and held ones included, and shows a held post’s masked reason as it arrives', async () => {
    const tag = await buildTag();
    const member = await buildUser({ pseudonym: 'fleuriste.tours' });
    const client = await clientFor(member);
    const anonymousTitle = 'Comment négocier un bail commercial pour une boutique ?';
    const anonymous = await client.post('/api/questions', {
      title: anonymousTitle,
      body: 'Le propriétaire veut augmenter le loyer de 20 % au renouvellement : que puis-je négocier ?',
      tags: [tag.slug],
      anonymous: true,
    });
    expect(anonymous.status).to.equal(201);
    await moderated();

    // The held question's checks wait until the page shows it, then run while it is open.
    const { moderation } = testEnv();
    await moderation.pause();
    let heldId: number;
    const heldTitle = 'Qui peut m’aider pour ma déclaration de TVA ?';
    try {
      const held = await client.post('/api/questions', {
        title: heldTitle,
        body: `Je suis perdu avec la TVA sur les acomptes, appelez-moi au ${PHONE} pour en parler.`,
        tags: [tag.slug],
      });
      expect(held.status).to.equal(201);
      heldId = held.body.question.id;

      const page = await newPage();
      await loginThroughUi(page, member.email, '/mon-compte/publications');
      await page.reload();
      await liveConnected(page);
      const heldItem = page.locator(`li[data-post="question:${heldId}"]`);
      const anonymousItem = page.locator(`li[data-post="question:${anonymous.body.question.id}"]`);
      await heldItem.getByRole('link', { name: heldTitle }).waitFor();
      expect(await heldItem.textContent())
        .to.contain('En attente')
        .and.not.contain('À retirer');
      expect(await anonymousItem.textContent())
        .to.contain('Anonyme')
        .and.contain('Publiée')
        .and.contain('Question');
      expect(await anonymousItem.getByRole('link', { name: anonymousTitle }).getAttribute('href')).to.equal(
        `/questions/${anonymous.body.question.id}`,
      );

      moderation.resume();
      await heldItem.getByText('À retirer avant publication').waitFor();
      // The reason names the number masked (the excerpt, the author's own text, still has it).
      const reasons = (await heldItem.locator('.fr-alert').textContent()) ?? '';
      expect(reasons).to.contain('téléphone').and.contain('06 •• •• •• 78').and.not.contain('12 34 56');
      await page
        .getByRole('status')
        .filter({ hasText: `Votre question « ${heldTitle} » : en attente` })
        .waitFor();
      await expectNoAxeViolations(page, 'mes publications');
      await page.screenshot({ path: path.join(artifacts, 'account-posts-375.png'), fullPage: true });

      // The status filter.
      await page
        .getByRole('navigation', { name: 'Filtrer par statut' })
        .getByRole('link', { name: 'En attente' })
        .click();
      await page.waitForURL((url) => url.searchParams.get('statut') === 'en-attente');
      await anonymousItem.waitFor({ state: 'detached' });
      await heldItem.getByText('À retirer avant publication').waitFor();
      expect(await page.getByRole('link', { name: 'En attente' }).getAttribute('aria-current')).to.equal('page');
      expect(await page.locator('li[data-post]').count()).to.equal(1);
    } finally {
      moderation.resume();
    }
  });

  it('edits the public profile: bio kept, a taken pseudonym refused on its field, a new one shown in the header', async () => {
    await buildUser({ pseudonym: 'boulangerie.lyon' });
    const member = await buildUser({ pseudonym: 'fleuriste.tours', reputation: 42 });
    const page = await newPage();
    await loginThroughUi(page, member.email, '/mon-compte');
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    await page.getByText('42 points').waitFor();
    expect(await page.getByRole('link', { name: 'Voir mon profil public' }).getAttribute('href')).to.equal(
      `/utilisateurs/${member.id}`,
    );
    expect(
      await page
        .getByRole('navigation', { name: 'Mon compte' })
        .getByRole('link', { name: 'Profil' })
        .getAttribute('aria-current'),
    ).to.equal('page');
    await expectNoAxeViolations(page, 'mon profil');
    await page.screenshot({ path: path.join(artifacts, 'account-profile-375.png'), fullPage: true });

    const bio = 'Fleuriste à Tours depuis 2012 : je réponds volontiers sur la gestion des stocks.';
    await page.getByRole('textbox', { name: /^Présentation/ }).fill(bio);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Votre profil a été enregistré.' }).waitFor();
    await page.reload();
    expect(await page.getByRole('textbox', { name: /^Présentation/ }).inputValue()).to.equal(bio);

    const pseudonym = page.getByRole('textbox', { name: /^Pseudonyme/ });
    await pseudonym.fill('boulangerie.lyon');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.locator('#profil-pseudonyme-messages', { hasText: 'Ce pseudonyme est déjà pris.' }).waitFor();
    expect(await focusedTestId(page)).to.equal('error-summary');

    await pseudonym.fill('fleurs.de.loire');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Votre profil a été enregistré.' }).waitFor();
    const menu = await openHeaderMenu(page);
    await menu.getByRole('link', { name: 'Mon compte (fleurs.de.loire)' }).waitFor();
  });

  it('downloads my data as JSON, then deletes the account with the password, after which login fails', async () => {
    const member = await buildUser({ pseudonym: 'fleuriste.tours', email: 'fleuriste@exemple.test' });
    const page = await newPage();
    await loginThroughUi(page, member.email, '/mon-compte/donnees');
    await page.getByRole('heading', { level: 1, name: 'Mes données' }).waitFor();
    await expectNoAxeViolations(page, 'mes données');
    await page.screenshot({ path: path.join(artifacts, 'account-data-375.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger mes données' }).click(),
    ]);
    expect(download.suggestedFilename()).to.equal('entraide-mes-donnees.json');
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.account).to.include({ email: 'fleuriste@exemple.test', pseudonym: 'fleuriste.tours' });
    await page.getByRole('status').filter({ hasText: 'Vos données sont prêtes' }).waitFor();

    // Nothing happens without the confirmation, nor with a wrong password.
    const deleteButton = page.getByRole('button', { name: 'Supprimer définitivement mon compte' });
    await deleteButton.click();
    const summary = page.getByTestId('error-summary');
    await summary.getByText('Le formulaire contient 2 erreurs').waitFor();
    expect(await focusedTestId(page)).to.equal('error-summary');
    await expectNoAxeViolations(page, 'mes données avec erreurs');
    await page.getByLabel('Mot de passe actuel', { exact: true }).fill('pas-le-bon-mot-de-passe');
    await page.getByText('Je comprends que la suppression de mon compte est définitive.').click();
    expect(
      await page
        .getByRole('checkbox', { name: 'Je comprends que la suppression de mon compte est définitive.' })
        .isChecked(),
    ).to.equal(true);
    await deleteButton.click();
    await page.locator('#suppression-mot-de-passe-messages', { hasText: 'Mot de passe incorrect' }).waitFor();
    // The account still opens: the refusal erased nothing.
    await clientFor(member);

    await page.getByLabel('Mot de passe actuel', { exact: true }).fill(DEFAULT_PASSWORD);
    await deleteButton.click();
    await page.getByRole('heading', { level: 1, name: 'Compte supprimé' }).waitFor();
    await page.getByText('Votre compte a été supprimé.').waitFor();
    await page.screenshot({ path: path.join(artifacts, 'account-deleted-375.png'), fullPage: true });
    const menu = await openHeaderMenu(page);
    await menu.getByRole('link', { name: 'Se connecter' }).waitFor();
    await closeHeaderMenu(page);

    await page.goto(`${testEnv().baseUrl}/connexion`);
    await fillLogin(page, 'fleuriste@exemple.test', DEFAULT_PASSWORD);
    await page.getByTestId('error-summary').getByText('Adresse électronique ou mot de passe incorrect.').waitFor();
  });

  it('asks visitors to log in on every account tab', async () => {
    const page = await newPage();
    for (const [tab, title] of [
      ['', 'Mon profil'],
      ['/notifications', 'Mes notifications'],
      ['/publications', 'Mes publications'],
      ['/donnees', 'Mes données'],
    ] as const) {
      await page.goto(`${testEnv().baseUrl}/mon-compte${tab}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const login = page.getByRole('main').getByRole('link', { name: 'Se connecter' });
      expect(await login.getAttribute('href')).to.equal(
        `/connexion?${new URLSearchParams({ suivant: `/mon-compte${tab}` })}`,
      );
    }
    await expectNoAxeViolations(page, 'mon compte, déconnecté');
  });
});
