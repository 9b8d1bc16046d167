import path from 'node:path';
import { expect } from 'chai';
import { type Page } from 'playwright-core';
import { testEnv } from '../support/hooks';
import { artifacts, joined, scoreShows, suiteBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';
import { buildAnswer, buildQuestion, buildUser } from '../support/factories';

describe('the question page in Chromium: answering, voting, accepting, editing, live', function () {
  this.timeout(90_000);
  const browser = suiteBrowser();

  async function open(url: string, user?: Awaited<ReturnType<typeof buildUser>>): Promise<Page> {
    const page = await (await browser.newContext(user)).newPage();
    await page.goto(url);
    return page;
  }

  it('an answer written in one window appears live in the other; votes and acceptance move in both', async () => {
    const asker = await buildUser({ pseudonym: 'garage.rennes' });
    const helper = await buildUser({ pseudonym: 'compta.brest', reputation: 60 });
    const question = await buildQuestion({
      author: asker,
      title: 'Comment récupérer la TVA sur un véhicule utilitaire ?',
      body: 'Je viens d’acheter une camionnette pour le garage. Puis-je récupérer la TVA dessus ?',
    });
    const url = `${testEnv().baseUrl}/questions/${question.id}`;
    const askerPage = await open(url, asker);
    const helperPage = await open(url, helper);
    for (const page of [askerPage, helperPage]) {
      await page.getByRole('heading', { name: question.title }).waitFor();
      await joined(page, `question:${question.id}`);
    }
    // The asker cannot vote on their own question: no vote button for them.
    expect(await askerPage.getByRole('button', { name: 'Voter pour cette question' }).count()).to.equal(0);

    const text = 'Oui : la TVA sur un utilitaire est récupérable, gardez bien la facture à votre nom.';
    await helperPage.getByLabel('Texte de votre réponse').fill(text);
    await helperPage.getByRole('button', { name: 'Publier ma réponse' }).click();
    // Its author sees it at once; the moderation worker publishes it.
    const own = helperPage.locator('article', { hasText: text });
    await own.waitFor();
    await helperPage.getByRole('heading', { name: '1 réponse' }).waitFor();

    // The reader is not pushed around: a notice, then the answer on request.
    await askerPage.getByRole('button', { name: /1 nouvelle réponse/ }).click();
    const seen = askerPage.locator('article', { hasText: text });
    await seen.waitFor();
    await own.getByText('En attente de vérification').waitFor({ state: 'detached' });

    await seen.getByRole('button', { name: 'Voter pour cette réponse' }).click();
    await scoreShows(askerPage, `#${await seen.getAttribute('id')}`, '1 vote');
    await scoreShows(helperPage, `#${await own.getAttribute('id')}`, '1 vote');
    expect(await seen.getByRole('button', { name: 'Voter pour cette réponse' }).getAttribute('aria-pressed')).to.equal(
      'true',
    );

    await seen.getByRole('button', { name: 'Accepter cette réponse' }).click();
    await own.getByText('Acceptée').waitFor();
    await seen.getByRole('button', { name: 'Ne plus accepter cette réponse' }).waitFor();

    // The helper's own answer: no vote buttons, an edit button.
    expect(await own.getByRole('button', { name: 'Voter pour cette réponse' }).count()).to.equal(0);
    await own.getByRole('button', { name: 'Modifier' }).waitFor();
    await helperPage.screenshot({ path: path.join(artifacts, 'question-answered-375.png'), fullPage: true });
    await expectNoAxeViolations(helperPage, 'question avec réponse (membre)');
  });

  it('a held answer tells its author what to remove, stays invisible to others, and is published once edited', async () => {
    const asker = await buildUser({ pseudonym: 'fleuriste.lille' });
    const author = await buildUser({ pseudonym: 'conseil.arras' });
    const question = await buildQuestion({
      author: asker,
      title: 'Qui contacter pour un litige avec un fournisseur ?',
      body: 'Un fournisseur refuse de me rembourser une livraison abîmée. Vers qui me tourner ?',
    });
    const url = `${testEnv().baseUrl}/questions/${question.id}`;
    const askerPage = await open(url, asker);
    const authorPage = await open(url, author);
    for (const page of [askerPage, authorPage]) await joined(page, `question:${question.id}`);

    await authorPage
      .getByLabel('Texte de votre réponse')
      .fill('Appelez-moi au 06 12 34 56 78, je connais bien ce sujet.');
    await authorPage.getByRole('button', { name: 'Publier ma réponse' }).click();
    const held = authorPage.locator('article', { hasText: 'je connais bien ce sujet' });
    await held.getByText('06 •• •• •• 78').waitFor();
    await authorPage.screenshot({ path: path.join(artifacts, 'question-held-answer-375.png'), fullPage: true });
    await expectNoAxeViolations(authorPage, 'réponse retenue (son auteur)');

    await held.getByRole('button', { name: 'Modifier maintenant' }).click();
    // The text being edited is in a field now, no longer in the article's text.
    const editor = authorPage.getByRole('form', { name: 'Modifier la réponse' });
    await editor
      .getByLabel(/^Texte/)
      .fill('Saisissez la médiation des entreprises : elle est gratuite et confidentielle.');
    await editor.getByRole('button', { name: 'Enregistrer' }).click();
    await authorPage.locator('article', { hasText: 'médiation des entreprises' }).waitFor();

    await askerPage.getByRole('button', { name: /1 nouvelle réponse/ }).click();
    await askerPage.locator('article', { hasText: 'médiation des entreprises' }).waitFor();
    // The held text never reached the other reader.
    expect(await askerPage.content()).not.to.contain('06 12 34 56 78');
    expect(await askerPage.content()).not.to.contain('06 •• •• •• 78');
  });

  it('shows a vote at once and takes it back, with the reason, when the server refuses it', async () => {
    const question = await buildQuestion({ title: 'Faut-il un expert-comptable pour une micro-entreprise ?' });
    const answer = await buildAnswer({ question, body: 'Non, mais un centre de gestion agréé peut vous aider.' });
    const newcomer = await buildUser({ pseudonym: 'nouveau.membre', reputation: 1 });
    const page = await open(`${testEnv().baseUrl}/questions/${question.id}`, newcomer);
    const item = page.locator(`#reponse-${answer.id}`);
    await scoreShows(page, `#reponse-${answer.id}`, '0 vote');
    // A downvote needs 50 of reputation: refused, the score goes back, the reason is said.
    await item.getByRole('button', { name: 'Voter contre cette réponse' }).click();
    await item
      .getByRole('alert')
      .filter({ hasText: /réputation/ })
      .waitFor();
    await scoreShows(page, `#reponse-${answer.id}`, '0 vote');
    expect(
      await item.getByRole('button', { name: 'Voter contre cette réponse' }).getAttribute('aria-pressed'),
    ).to.equal('false');
    // An upvote is allowed from 1.
    await item.getByRole('button', { name: 'Voter pour cette réponse' }).click();
    await scoreShows(page, `#reponse-${answer.id}`, '1 vote');
    await page.reload();
    await scoreShows(page, `#reponse-${answer.id}`, '1 vote');
  });

  it('an anonymous question shows no author anywhere on the page, even to a moderator', async () => {
    const author = await buildUser({ pseudonym: 'pseudo.tres.secret' });
    const question = await buildQuestion({
      author,
      anonymous: true,
      title: 'Mon associé veut partir, comment racheter ses parts ?',
      body: 'Nous avons une SARL à deux associés. Comment évaluer ses parts sans nous fâcher ?',
    });
    await buildAnswer({ question, author, anonymous: true, body: 'Précision : les statuts prévoient un agrément.' });
    const moderator = await buildUser({ role: 'moderator' });
    for (const viewer of [undefined, moderator]) {
      const page = await open(`${testEnv().baseUrl}/questions/${question.id}`, viewer);
      await page.getByRole('heading', { name: question.title }).waitFor();
      await page.getByText('Précision : les statuts').waitFor();
      const html = await page.content();
      expect(html).not.to.contain('pseudo.tres.secret');
      expect(html).not.to.contain(`/utilisateurs/${author.id}`);
      expect(await page.getByText('Anonyme').count()).to.be.greaterThan(0);
    }
  });

  it('passes axe-core on the home page, a question (visitor and member) and the not-found page', async () => {
    const member = await buildUser();
    const question = await buildQuestion({ title: 'Quelles aides pour embaucher un apprenti en 2026 ?' });
    await buildAnswer({
      question,
      body: 'L’aide à l’embauche d’apprentis existe encore : voyez le site du ministère.',
    });
    const visitor = await open(`${testEnv().baseUrl}/`);
    await visitor.getByRole('link', { name: question.title }).waitFor();
    await expectNoAxeViolations(visitor, 'accueil (visiteur)');
    await visitor.screenshot({ path: path.join(artifacts, 'home-visitor-375.png'), fullPage: true });
    await visitor.getByRole('link', { name: question.title }).click();
    await visitor.getByRole('heading', { name: question.title }).waitFor();
    await expectNoAxeViolations(visitor, 'question (visiteur)');
    await visitor.goto(`${testEnv().baseUrl}/page-qui-n-existe-pas`);
    await visitor.getByRole('heading', { name: 'Page introuvable' }).waitFor();
    await expectNoAxeViolations(visitor, 'page introuvable');

    const page = await open(`${testEnv().baseUrl}/questions/${question.id}`, member);
    await page.getByRole('button', { name: 'Publier ma réponse' }).waitFor();
    await expectNoAxeViolations(page, 'question (membre)');
    await page.getByRole('button', { name: 'Signaler' }).first().click();
    await page
      .getByRole('radio', { name: /données personnelles/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'question, formulaire de signalement ouvert');
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await page.getByText('votre signalement a été transmis').waitFor();

    // The mobile menu opens as a dialog and closes with Escape, focus back on its button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Poser une question' }).waitFor();
    await expectNoAxeViolations(page, 'menu mobile ouvert');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).to.equal('Menu');
  });
});
