import path from 'node:path';
import { expect } from 'chai';
import { type Locator, type Page } from 'playwright-core';
import type { User } from '../../db/models';
import { testEnv } from '../support/hooks';
import { artifacts, PHONE_VIEW, suiteBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';
import { TestClient } from '../support/client';
import { buildAnswer, buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';
import {
  buildOrganisation,
  CNB_URL,
  grantBadge,
  NOTICE,
  OEC_URL,
  partnerModerator,
  requestBadge,
} from '../experts/helpers';

const DESKTOP_VIEW = { width: 1280, height: 800 };

const url = (pathname: string) => `${testEnv().baseUrl}${pathname}`;

/** The id (or test id) of the element that has the keyboard focus. */
const focused = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.id);

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Ticks a box as a user does, on its label: the design system draws the box on the label. */
async function tick(page: Page, box: Locator): Promise<void> {
  await page.locator(`label[for="${await box.getAttribute('id')}"]`).click();
  expect(await box.isChecked()).to.equal(true);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, `experts-${name}-375.png`), fullPage: true });
}

/** Both themes of these tests, with their French names (the factories would name them by slug). */
async function themes(): Promise<void> {
  await buildTag('droit-du-travail', 'Droit du travail');
  await buildTag('fiscalite', 'Fiscalité');
}

describe('experts and partner organisations in Chromium', function () {
  this.timeout(120_000);
  const browser = suiteBrowser();

  async function openAs(user: User | null, pathname: string, viewport = PHONE_VIEW): Promise<Page> {
    const page = await (await browser.newContext(user, { viewport })).newPage();
    await page.goto(url(pathname));
    return page;
  }

  /** The register link of an expert badge: the official directory, in a new window that says so. */
  async function expectRegisterLink(link: Locator, name: string, href: string): Promise<void> {
    await link.waitFor();
    expect(squash(await link.textContent())).to.equal(name);
    expect(await link.getAttribute('href')).to.equal(href);
    expect(await link.getAttribute('target')).to.equal('_blank');
    expect(await link.getAttribute('rel'))
      .to.contain('external')
      .and.contain('noopener');
    expect(await link.getAttribute('title')).to.match(new RegExp(`^${name}.*— nouvelle fenêtre$`));
  }

  it('takes a request for the badge, which a platform moderator approves after checking the register, and shows it with the notice and in the directory', async () => {
    await themes();
    const member = await buildUser({ pseudonym: 'avocate.lyon', reputation: 30 });
    const moderator = await buildUser({ role: 'moderator', pseudonym: 'moderatrice.etat' });
    const question = await buildQuestion({
      title: 'Puis-je rompre la période d’essai d’un salarié en arrêt maladie ?',
      tags: ['droit-du-travail'],
    });
    // Signed before the badge: the badge and the notice come to it once granted.
    const answer = await buildAnswer({
      question,
      author: member,
      body: 'Oui, mais la rupture ne doit pas être motivée par l’état de santé du salarié.',
    });
    const other = await grantBadge(await buildUser({ pseudonym: 'compta.nantes' }), {
      profession: 'expert-comptable',
      registerName: 'Ordre des experts-comptables Pays de la Loire',
      tags: ['fiscalite'],
    });

    // The member asks, through the account tab.
    const page = await openAs(member, '/mon-compte/expert');
    await page.getByRole('heading', { level: 1, name: 'Mon statut d’expert' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Demander le statut d’expert' }).waitFor();
    await page.getByRole('checkbox', { name: 'Droit du travail' }).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Mon compte' })
        .getByRole('link', { name: 'Statut d’expert' })
        .getAttribute('aria-current'),
    ).to.equal('page');
    await expectNoAxeViolations(page, 'statut d’expert : formulaire');
    await screenshot(page, 'request-form');

    // Sent empty: the server's messages, on their fields, summed up above the form.
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await focused(page)).to.equal('error-summary');
    expect(await summary.getByRole('link').count()).to.be.greaterThan(3);
    expect(await page.getByLabel('Présentation').getAttribute('aria-invalid')).to.equal('true');
    expect(await page.getByLabel('Présentation').getAttribute('aria-describedby')).to.contain(
      'expert-presentation-erreur',
    );
    await expectNoAxeViolations(page, 'statut d’expert : erreurs');

    await page.getByLabel('Profession').selectOption('avocat');
    // The register follows from the profession.
    expect(squash(await page.getByTestId('expert-register').textContent())).to.equal(
      'Barreau (annuaire du Conseil national des barreaux)',
    );
    expect(await page.getByRole('link', { name: 'Consulter l’annuaire officiel' }).getAttribute('href')).to.equal(
      CNB_URL,
    );
    await page.getByLabel('Nom de votre registre').fill('Barreau de Lyon');
    await page.getByLabel('Numéro d’inscription').fill('LY-2011-4521');
    await page.getByLabel('Domaine 1').fill('Droit social');
    await page.getByLabel('Domaine 2 (facultatif)').fill('Contentieux prud’homal');
    await page
      .getByLabel('Présentation')
      .fill('Avocate en droit social depuis douze ans, j’accompagne les employeurs de TPE.');
    await tick(page, page.getByRole('checkbox', { name: 'Droit du travail' }));
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    const status = page.getByTestId('expert-status');
    await status.getByRole('heading', { name: 'Demande en cours d’examen' }).waitFor();
    expect(await focused(page)).to.equal('expert-status');
    expect(await status.textContent()).to.contain('un modérateur va vérifier votre inscription');
    expect(await page.getByRole('button', { name: 'Envoyer ma demande' }).count()).to.equal(0);
    await page.getByText('LY-2011-4521').waitFor();
    await expectNoAxeViolations(page, 'statut d’expert : demande en cours');
    await screenshot(page, 'request-sent');

    // Not an expert yet: the contact requests tab says what it is for.
    const menu = page.getByRole('navigation', { name: 'Mon compte' });
    await menu.getByRole('link', { name: 'Demandes de contact' }).click();
    await page.getByRole('heading', { name: 'Réservé aux experts vérifiés' }).waitFor();

    // A platform moderator checks the register from the queue, then grants the badge.
    const queue = await openAs(moderator, '/moderation');
    const card = queue.locator('.case', { hasText: 'Vérification d’expert' });
    await card.waitFor();
    const cardText = squash(await card.textContent());
    for (const expected of [
      'avocate.lyon',
      'Avocat',
      'Barreau de Lyon',
      'LY-2011-4521',
      'Droit social',
      'Contentieux prud’homal',
      'Droit du travail',
      'Réputation : 30',
      'j’accompagne les employeurs de TPE',
    ]) {
      expect(cardText).to.contain(expected);
    }
    const check = card.getByRole('link', { name: 'Vérifier dans le registre officiel' });
    expect(await check.getAttribute('href')).to.equal(CNB_URL);
    expect(await check.getAttribute('target')).to.equal('_blank');
    expect(await check.getAttribute('title')).to.match(/^Vérifier dans le registre officiel.*— nouvelle fenêtre$/);
    expect(await card.getByRole('link', { name: 'avocate.lyon' }).getAttribute('href')).to.equal(
      `/utilisateurs/${member.id}`,
    );
    await expectNoAxeViolations(queue, 'file de modération : demande de statut d’expert');
    await screenshot(queue, 'moderation-case');
    await card.getByRole('button', { name: 'Prendre en charge' }).click();
    await card.getByLabel('Note (obligatoire pour refuser)').waitFor();
    await card.getByRole('button', { name: 'Accorder le badge' }).click();
    await card.getByText('Approuvé par vous').waitFor();
    await queue
      .getByRole('status')
      .filter({ hasText: /approuvé : le badge d’expert est accordé/ })
      .waitFor();

    // The member's tab says so, without a reload, and opens the contact requests tab to them.
    await menu.getByRole('link', { name: 'Statut d’expert' }).click();
    await status.getByRole('heading', { name: 'Expert vérifié' }).waitFor();
    await expectRegisterLink(page.locator('.expert-register'), 'Barreau de Lyon', CNB_URL);
    await expectNoAxeViolations(page, 'statut d’expert : vérifié');
    await page.getByRole('link', { name: 'Voir les demandes de contact reçues' }).click();
    await page.getByText('Vous n’avez reçu aucune demande de contact pour le moment.').waitFor();
    await expectNoAxeViolations(page, 'demandes de contact (aucune)');

    // A visitor reads the answer with the badge, its register and the notice.
    const visitor = await openAs(null, `/questions/${question.id}`);
    const answerItem = visitor.locator(`#reponse-${answer.id}`);
    await answerItem.getByText('Avocat vérifié').waitFor();
    await expectRegisterLink(answerItem.locator('.expert-register'), 'Barreau de Lyon', CNB_URL);
    expect(squash(await answerItem.locator('.expert-notice').textContent())).to.equal(NOTICE);
    await expectNoAxeViolations(visitor, 'question avec une réponse d’expert');
    await screenshot(visitor, 'question-expert-answer');

    // The themes page leads to the theme's experts: this one, not the other theme's.
    await visitor.goto(url('/themes'));
    await visitor
      .getByRole('listitem')
      .filter({ has: visitor.getByRole('heading', { name: 'Droit du travail' }) })
      .getByRole('link', { name: 'Experts de ce thème' })
      .click();
    await visitor.waitForURL(url('/experts?theme=droit-du-travail'));
    await visitor.getByRole('heading', { level: 1, name: 'Experts : Droit du travail' }).waitFor();
    const list = visitor.getByRole('list', { name: 'Experts vérifiés' });
    await list.getByRole('heading', { name: 'avocate.lyon' }).waitFor();
    expect(await list.getByRole('heading', { name: other.pseudonym }).count()).to.equal(0);
    await visitor
      .getByRole('status')
      .filter({ hasText: '1 expert affiché dans le thème « Droit du travail ».' })
      .waitFor();
    const entry = list.getByRole('listitem').filter({ hasText: 'avocate.lyon' });
    const entryText = squash(await entry.textContent());
    expect(entryText).to.contain('Avocat vérifié').and.contain('Droit social · Contentieux prud’homal');
    expect(entryText).to.contain('Réputation dans « Droit du travail »').and.contain('Réponses acceptées');
    expect(entryText).to.not.match(/n°\s*1|#1|meilleur/i);
    await expectRegisterLink(entry.locator('.expert-register'), 'Barreau de Lyon', CNB_URL);
    expect(await entry.getByRole('link', { name: 'avocate.lyon' }).getAttribute('href')).to.equal(
      `/utilisateurs/${member.id}`,
    );
    await expectNoAxeViolations(visitor, 'annuaire des experts (thème)');
    await screenshot(visitor, 'directory-theme');

    // Without a theme, and by profession, through the form.
    await visitor.getByLabel('Thème').selectOption('');
    await visitor.getByLabel('Profession').selectOption('expert-comptable');
    await visitor.getByRole('button', { name: 'Afficher' }).click();
    await visitor.waitForURL(url('/experts?profession=expert-comptable'));
    await list.getByRole('heading', { name: 'compta.nantes' }).waitFor();
    expect(await list.getByRole('heading', { name: 'avocate.lyon' }).count()).to.equal(0);
    await expectRegisterLink(
      list.locator('.expert-register'),
      'Ordre des experts-comptables Pays de la Loire',
      OEC_URL,
    );

    // The header leads to the directory.
    const desktop = await openAs(null, '/', DESKTOP_VIEW);
    await desktop
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Experts', exact: true })
      .click();
    await desktop.getByRole('heading', { level: 1, name: 'Annuaire des experts' }).waitFor();
    await desktop
      .getByRole('list', { name: 'Experts vérifiés' })
      .getByRole('heading', { name: 'avocate.lyon' })
      .waitFor();
  });

  it('refuses a request only with a note, which the member reads with their request to correct', async () => {
    await themes();
    const member = await buildUser({ pseudonym: 'conseil.rh' });
    const moderator = await buildUser({ role: 'moderator', pseudonym: 'moderateur.etat' });
    await requestBadge(await clientFor(member), {
      profession: 'consultant',
      register: 'autre',
      registerName: 'Registre du commerce de Lille',
      registrationNumber: '123 456 789',
    });

    const queue = await openAs(moderator, '/moderation', DESKTOP_VIEW);
    const card = queue.locator('.case', { hasText: 'Vérification d’expert' });
    expect(await card.getByRole('link', { name: 'Vérifier dans le registre officiel' }).getAttribute('href')).to.equal(
      'https://annuaire-entreprises.data.gouv.fr/',
    );
    await card.getByRole('button', { name: 'Prendre en charge' }).click();
    const note = card.getByLabel('Note (obligatoire pour refuser)');
    await note.waitFor();
    await card.getByRole('button', { name: 'Refuser' }).click();
    const noteError = card.locator('.fr-error-text');
    await noteError.waitFor();
    expect(await noteError.textContent()).to.contain('Une note est obligatoire pour refuser');
    expect(await note.getAttribute('aria-invalid')).to.equal('true');
    const reason = 'Ce numéro SIREN ne correspond à aucune entreprise de conseil : vérifiez-le.';
    await note.fill(reason);
    await card.getByRole('button', { name: 'Refuser' }).click();
    await card.getByText('Rejeté par vous').waitFor();

    const page = await openAs(member, '/mon-compte/expert');
    const status = page.getByTestId('expert-status');
    await status.getByRole('heading', { name: 'Demande refusée' }).waitFor();
    expect(squash(await status.textContent())).to.contain(reason);
    // The form comes back with the request, to correct it.
    await page.getByRole('heading', { level: 2, name: 'Nouvelle demande' }).waitFor();
    expect(await page.getByLabel('Numéro d’inscription').inputValue()).to.equal('123 456 789');
    expect(await page.getByLabel('Profession').inputValue()).to.equal('consultant');
    await expectNoAxeViolations(page, 'statut d’expert : refusé');
    await screenshot(page, 'request-rejected');
  });

  it('sends a contact request sharing the e-mail only; the expert reads it without the pseudonym', async () => {
    await themes();
    const expert = await grantBadge(await buildUser({ pseudonym: 'maitre.durand' }), {
      profession: 'avocat',
      registerName: 'Barreau de Lyon',
      tags: ['droit-du-travail'],
    });
    const requester = await buildUser({ pseudonym: 'boulangerie.nantes', email: 'boulangerie@exemple.test' });

    // A visitor sees the badge and the rules, and is asked to log in.
    const visitor = await openAs(null, `/utilisateurs/${expert.id}`);
    await visitor.getByRole('heading', { level: 1, name: 'maitre.durand' }).waitFor();
    await expectRegisterLink(visitor.locator('.expert-credential .expert-register'), 'Barreau de Lyon', CNB_URL);
    const visitorSection = visitor.getByRole('region', { name: 'Demander à être contacté' });
    await visitorSection.getByText('jamais votre pseudonyme').waitFor();
    await visitorSection.getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(await visitorSection.getByRole('textbox').count()).to.equal(0);
    await expectNoAxeViolations(visitor, 'profil d’expert (visiteur)');

    const page = await openAs(requester, `/utilisateurs/${expert.id}`);
    const section = page.getByRole('region', { name: 'Demander à être contacté' });
    const message = section.getByRole('textbox', { name: /^Votre message/ });
    await message.waitFor();
    await section.getByText('Un expert ne contacte jamais un membre de lui-même').waitFor();
    await expectNoAxeViolations(page, 'profil d’expert (membre)');
    await screenshot(page, 'profile-contact-form');

    // Too short, and nothing shared: both said, on their fields.
    await message.fill('Bonjour maître');
    await section.getByRole('button', { name: 'Envoyer ma demande' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await focused(page)).to.equal('error-summary');
    expect(await message.getAttribute('aria-invalid')).to.equal('true');
    await page.locator('#contact-message-erreur').waitFor();
    await page.locator('#contact-email-erreur').waitFor();
    await expectNoAxeViolations(page, 'demande de contact : erreurs');

    const text =
      'Bonjour, je dois rompre une période d’essai et je voudrais être accompagné par un avocat en droit social.';
    await message.fill(text);
    await tick(page, section.getByRole('checkbox', { name: /^Partager mon adresse e-mail/ }));
    await section.getByRole('button', { name: 'Envoyer ma demande' }).click();
    const sent = section.getByRole('region', { name: 'Demande envoyée' });
    await sent.waitFor();
    expect(await focused(page)).to.equal('contact-sent');
    const sentText = squash(await sent.textContent());
    expect(sentText).to.contain('Votre demande a été transmise à maitre.durand.');
    expect(sentText).to.contain('votre adresse e-mail (boulangerie@exemple.test)');
    expect(sentText).to.not.contain('téléphone');
    await expectNoAxeViolations(page, 'demande de contact envoyée');
    await screenshot(page, 'contact-sent');

    // The expert: the message and the e-mail, never who sent it.
    const inbox = await openAs(expert, '/mon-compte/demandes-de-contact');
    await inbox.getByRole('heading', { level: 1, name: 'Demandes de contact reçues' }).waitFor();
    const requests = inbox.getByRole('list', { name: 'Demandes de contact reçues' });
    const item = requests.getByRole('listitem').first();
    await item.getByText(text).waitFor();
    expect(await item.getByRole('link', { name: 'boulangerie@exemple.test' }).getAttribute('href')).to.equal(
      'mailto:boulangerie@exemple.test',
    );
    expect(await item.getByText('Téléphone').count()).to.equal(0);
    expect(await inbox.locator('main').textContent()).to.not.contain('boulangerie.nantes');
    await inbox.getByTestId('contact-unread').getByText('1 demande non lue.').waitFor();
    const menuLink = inbox
      .getByRole('navigation', { name: 'Mon compte' })
      .getByRole('link', { name: /Demandes de contact/ });
    expect(squash(await menuLink.textContent())).to.equal('Demandes de contact (1 non lue)');
    await item.getByText('Non lue').waitFor();
    await expectNoAxeViolations(inbox, 'demandes de contact reçues');
    await screenshot(inbox, 'inbox');

    await item.getByRole('button', { name: 'Marquer comme lue' }).click();
    await item.getByText('Lue', { exact: true }).waitFor();
    await inbox.getByTestId('contact-unread').getByText('Aucune demande non lue.').waitFor();
    expect(squash(await menuLink.textContent())).to.equal('Demandes de contact');
    expect(await focused(inbox)).to.match(/^demande-\d+$/);
    await inbox.reload();
    await requests.getByText(text).waitFor();
    expect(await requests.getByText('Non lue').count()).to.equal(0);

    // Its own profile offers no form, but says where requests arrive.
    const own = await openAs(expert, `/utilisateurs/${expert.id}`);
    const ownSection = own.getByRole('region', { name: 'Demander à être contacté' });
    await ownSection.getByRole('link', { name: 'Mon compte › Demandes de contact' }).waitFor();
    expect(await ownSection.getByRole('textbox').count()).to.equal(0);

    // A member who is no expert is told what the tab is for.
    const memberInbox = await openAs(requester, '/mon-compte/demandes-de-contact');
    await memberInbox.getByRole('heading', { name: 'Réservé aux experts vérifiés' }).waitFor();
    await memberInbox.getByRole('link', { name: 'Demander le statut d’expert' }).waitFor();
    await expectNoAxeViolations(memberInbox, 'demandes de contact (membre non expert)');
  });

  it('lets a partner moderator recommend an answer in their organisation’s name, shown to visitors', async () => {
    await themes();
    const organisation = await buildOrganisation('cci-demo', 'CCI de démonstration');
    const partner = await partnerModerator(organisation);
    const platform = await buildUser({ role: 'moderator' });
    const expert = await grantBadge(await buildUser({ pseudonym: 'compta.paris' }), {
      profession: 'expert-comptable',
      registerName: 'Ordre des experts-comptables Île-de-France',
      tags: ['fiscalite'],
    });
    const question = await buildQuestion({
      title: 'Comment déclarer la TVA sur une vente à l’export ?',
      tags: ['fiscalite'],
    });
    const answer = await buildAnswer({
      question,
      author: expert,
      body: 'Une livraison hors de l’Union est exonérée de TVA : gardez la preuve de la sortie du territoire.',
    });

    const page = await openAs(partner, `/questions/${question.id}`);
    const item = page.locator(`#reponse-${answer.id}`);
    const recommend = item.getByRole('button', { name: 'Recommander au nom de CCI de démonstration' });
    await recommend.click();
    const badge = item.getByRole('link', { name: 'Recommandée par CCI de démonstration' });
    await badge.waitFor();
    await page.getByRole('status').filter({ hasText: 'Réponse recommandée au nom de CCI de démonstration.' }).waitFor();
    await item.getByRole('button', { name: 'Retirer la recommandation' }).waitFor();
    await expectNoAxeViolations(page, 'question (modérateur partenaire)');

    // A visitor sees who recommends it, leading to the organisation's page.
    const visitor = await openAs(null, `/questions/${question.id}`);
    const seen = visitor
      .locator(`#reponse-${answer.id}`)
      .getByRole('link', { name: 'Recommandée par CCI de démonstration' });
    await seen.waitFor();
    expect(await seen.getAttribute('href')).to.equal('/organisations/cci-demo');
    expect(squash(await visitor.locator(`#reponse-${answer.id} .expert-notice`).textContent())).to.equal(NOTICE);
    await expectNoAxeViolations(visitor, 'question avec une réponse recommandée');
    await screenshot(visitor, 'question-recommended');
    await seen.click();
    await visitor.getByRole('heading', { level: 1, name: 'CCI de démonstration' }).waitFor();

    // Neither the platform's moderators nor the answer's author may recommend.
    const platformPage = await openAs(platform, `/questions/${question.id}`);
    await platformPage
      .locator(`#reponse-${answer.id}`)
      .getByRole('link', { name: 'Recommandée par CCI de démonstration' })
      .waitFor();
    expect(await platformPage.getByRole('button', { name: /Recommander|Retirer la recommandation/ }).count()).to.equal(
      0,
    );

    // Withdrawn, it is gone for everyone.
    await item.getByRole('button', { name: 'Retirer la recommandation' }).click();
    await recommend.waitFor();
    expect(await badge.count()).to.equal(0);
    const publicPage = await new TestClient().get(`/api/questions/${question.id}`);
    expect(publicPage.body.answers[0].recommendedBy).to.deep.equal([]);
  });

  it('lists the partner organisations, and shows one with its moderators, its experts and its sessions', async () => {
    await themes();
    const organisation = await buildOrganisation('cci-demo', 'CCI de démonstration');
    await buildOrganisation('cma-demo', 'Chambre de métiers de démonstration');
    const moderator = await partnerModerator(organisation);
    await moderator.update({ pseudonym: 'moderation.cci' });
    const expert = await grantBadge(await buildUser({ pseudonym: 'ExpertCompta75' }), {
      profession: 'expert-comptable',
      registerName: 'Ordre des experts-comptables Île-de-France',
      tags: ['fiscalite'],
    });
    await expert.update({ organisationId: organisation.id });

    const page = await openAs(null, '/');
    await page.locator('footer').getByRole('link', { name: 'Organisations partenaires' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations partenaires' }).waitFor();
    const list = page.getByRole('list', { name: 'Organisations partenaires' });
    await list.getByRole('heading', { name: 'Chambre de métiers de démonstration' }).waitFor();
    const cci = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'CCI de démonstration' }) });
    const cciText = squash(await cci.textContent());
    expect(cciText).to.contain('1 modérateur').and.contain('1 expert vérifié').and.contain('0 réponse recommandée');
    await expectNoAxeViolations(page, 'organisations partenaires');
    await screenshot(page, 'organisations');

    await cci.getByRole('link', { name: 'CCI de démonstration' }).click();
    await page.waitForURL(url('/organisations/cci-demo'));
    await page.getByRole('heading', { level: 1, name: 'CCI de démonstration' }).waitFor();
    const moderators = page.getByRole('region', { name: 'Ses modérateurs' });
    expect(await moderators.getByRole('link', { name: 'moderation.cci' }).getAttribute('href')).to.equal(
      `/utilisateurs/${moderator.id}`,
    );
    const experts = page.getByRole('region', { name: 'Ses experts' });
    await experts.getByRole('link', { name: 'ExpertCompta75' }).waitFor();
    await experts.getByText('Expert-comptable vérifié').waitFor();
    await expectRegisterLink(
      experts.locator('.expert-register'),
      'Ordre des experts-comptables Île-de-France',
      OEC_URL,
    );
    await page
      .getByRole('region', { name: 'Ses sessions de questions en direct' })
      .getByText('Aucune session programmée pour le moment.')
      .waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Vous êtes ici :' })
        .getByRole('link', { name: 'CCI de démonstration' })
        .getAttribute('aria-current'),
    ).to.equal('page');
    await expectNoAxeViolations(page, 'organisation partenaire');
    await screenshot(page, 'organisation');

    // The expert's profile leads back to the organisation.
    await experts.getByRole('link', { name: 'ExpertCompta75' }).click();
    await page.getByRole('heading', { level: 1, name: 'ExpertCompta75' }).waitFor();
    expect(await page.getByRole('link', { name: 'CCI de démonstration' }).getAttribute('href')).to.equal(
      '/organisations/cci-demo',
    );

    // An unknown organisation says so.
    await page.goto(url('/organisations/inconnue'));
    await page.getByRole('heading', { level: 1, name: 'Organisation introuvable' }).waitFor();
    await expectNoAxeViolations(page, 'organisation introuvable');
  });

  it('lets a platform moderator revoke a badge from the profile, with a reason the expert reads', async () => {
    await themes();
    const expert = await grantBadge(await buildUser({ pseudonym: 'maitre.martin' }), {
      profession: 'avocat',
      registerName: 'Barreau de Paris',
    });
    const client = await clientFor(expert);
    // Its request, verified: grantBadge writes the badge as the approval does.
    expect((await client.get('/api/me/expert')).body.request.status).to.equal('verified');
    const platform = await buildUser({ role: 'moderator', pseudonym: 'moderatrice.etat' });
    const partner = await partnerModerator(await buildOrganisation());

    // A partner organisation's moderator may not.
    const partnerPage = await openAs(partner, `/utilisateurs/${expert.id}`);
    await partnerPage.getByRole('heading', { level: 1, name: 'maitre.martin' }).waitFor();
    await partnerPage.locator('.expert-credential').waitFor();
    expect(await partnerPage.getByRole('button', { name: 'Révoquer le statut d’expert' }).count()).to.equal(0);

    const page = await openAs(platform, `/utilisateurs/${expert.id}`);
    const open = page.getByRole('button', { name: 'Révoquer le statut d’expert' });
    await open.click();
    expect(await open.getAttribute('aria-expanded')).to.equal('true');
    const reason = page.getByLabel('Motif (obligatoire)');
    await reason.waitFor();
    expect(await focused(page)).to.equal('revocation-motif');
    await expectNoAxeViolations(page, 'profil d’expert : révocation');
    await screenshot(page, 'revoke');
    await page.getByRole('button', { name: 'Confirmer la révocation' }).click();
    await page.locator('#revocation-motif-erreur').waitFor();
    const why = 'Radiation du barreau constatée dans l’annuaire du Conseil national des barreaux.';
    await reason.fill(why);
    await page.getByRole('button', { name: 'Confirmer la révocation' }).click();
    await page.getByText('Statut d’expert révoqué : maitre.martin est informé du motif.').waitFor();
    expect(await page.locator('.expert-credential').count()).to.equal(0);
    expect(await open.count()).to.equal(0);

    const tab = await openAs(expert, '/mon-compte/expert');
    const status = tab.getByTestId('expert-status');
    await status.getByRole('heading', { name: 'Statut d’expert retiré' }).waitFor();
    expect(squash(await status.textContent())).to.contain(why);

    // The log names the action in French.
    const log = await openAs(platform, '/moderation?vue=journal', DESKTOP_VIEW);
    await log.locator('tbody tr', { hasText: 'Retrait du statut d’expert' }).waitFor();
  });
});
