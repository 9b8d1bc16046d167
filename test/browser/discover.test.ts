import path from 'node:path';
import { expect } from 'chai';
import { type Page } from 'playwright-core';
import type { User } from '../../db/models';
import { answerAccepter } from '../../server/commands/answerAccepter';
import { voteCaster } from '../../server/commands/voteCaster';
import { rebuildLexicon } from '../../workers/search/lexicon';
import { expectNoAxeViolations } from '../support/axe';
import { artifacts, joined, suiteBrowser } from '../support/browser';
import { TestClient } from '../support/client';
import { buildAnswer, buildQuestion, buildTag, buildUser } from '../support/factories';
import { testEnv } from '../support/hooks';
import { startReputationWorker } from '../support/reputation';

/** Waits until the page shows `expected` (a path with its query, such as "/recherche?q=tva"). */
async function at(page: Page, expected: string): Promise<void> {
  await page.waitForURL((current) => current.pathname + current.search + current.hash === expected);
}

/**
 * Ticks or unticks a theme as a user does, on its label: the design system draws the box on the
 * label over the native checkbox.
 */
async function setTheme(page: Page, name: string, checked: boolean): Promise<void> {
  const box = page.getByRole('checkbox', { name: new RegExp(`^${name}`) });
  if ((await box.isChecked()) !== checked) await page.locator(`label[for="${await box.getAttribute('id')}"]`).click();
  expect(await box.isChecked()).to.equal(checked);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, `discover-${name}-375.png`), fullPage: true });
}

describe('discover pages in Chromium (ask, search, themes, profiles)', function () {
  this.timeout(90_000);
  const browser = suiteBrowser();

  async function openPage(user?: User): Promise<Page> {
    return (await browser.newContext(user)).newPage();
  }

  const url = (pathname: string) => `${testEnv().baseUrl}${pathname}`;

  it('lets a visitor search, see the matched words and the count, follow a result and come back', async () => {
    await buildTag('tresorerie-financement', 'Trésorerie et financement');
    await buildTag('fiscalite', 'Fiscalité');
    const bank = await buildQuestion({
      title: 'Tensions de trésorerie : comment négocier avec la banque ?',
      body: 'Nos clients paient à 60 jours et le découvert autorisé ne suffit plus. Faut-il demander un prêt ?',
      tags: ['tresorerie-financement'],
    });
    await buildQuestion({
      title: 'Délais de paiement de nos clients de la grande distribution',
      body: 'Ces retards de paiement mettent notre trésorerie en difficulté chaque fin de trimestre.',
      tags: ['fiscalite'],
    });
    await buildQuestion({
      title: 'Taux de TVA applicable à la rénovation d’un local commercial',
      body: 'Le plombier nous facture 20 % mais un confrère parle de 10 %. Qui a raison pour ces travaux ?',
      tags: ['fiscalite'],
    });
    await rebuildLexicon(testEnv().ctx.sequelize);

    const page = await openPage();
    await page.goto(url('/recherche'));
    await page.getByRole('heading', { level: 1, name: 'Rechercher une question' }).waitFor();
    await expectNoAxeViolations(page, 'recherche vide');

    const content = page.locator('#contenu');
    await content.getByLabel('Mots recherchés').fill('tresorerie');
    await content.getByRole('button', { name: 'Rechercher' }).click();
    await at(page, '/recherche?q=tresorerie');
    const status = content.getByRole('status').filter({ hasText: 'trouvée' });
    await status.filter({ hasText: '2 questions trouvées pour « tresorerie ».' }).waitFor();
    const results = content.getByRole('list', { name: 'Résultats de la recherche' });
    expect(await results.getByRole('heading', { level: 2 }).count()).to.equal(2);
    // The matched words are marked, accents ignored ("trésorerie" for "tresorerie").
    const marks = await results.locator('mark').allTextContents();
    expect(marks.length).to.be.at.least(2);
    expect(marks.map((mark) => mark.toLowerCase())).to.include('trésorerie');
    expect(await content.getByText('Taux de TVA applicable').count()).to.equal(0);
    await expectNoAxeViolations(page, 'résultats de recherche');
    await screenshot(page, 'search');

    await results.getByRole('link', { name: bank.title }).click();
    await at(page, `/questions/${bank.id}`);
    await page.getByRole('heading', { level: 1, name: bank.title }).waitFor();

    // Back: the same search, in the form and in the results.
    await page.goBack();
    await at(page, '/recherche?q=tresorerie');
    await status.filter({ hasText: '2 questions trouvées' }).waitFor();
    expect(await content.getByLabel('Mots recherchés').inputValue()).to.equal('tresorerie');

    // The theme filter narrows the search down.
    await content.getByLabel('Thème', { exact: true }).selectOption('fiscalite');
    await content.getByRole('button', { name: 'Rechercher' }).click();
    await at(page, '/recherche?q=tresorerie&tag=fiscalite');
    await status.filter({ hasText: '1 question trouvée pour « tresorerie » dans le thème « Fiscalité ».' }).waitFor();
    await results.getByRole('link', { name: 'Délais de paiement de nos clients de la grande distribution' }).waitFor();
    expect(await results.getByRole('link', { name: bank.title }).count()).to.equal(0);

    // A typo gets a suggestion, which is a link to the corrected search.
    await content.getByLabel('Mots recherchés').fill('trezorerie');
    await content.getByLabel('Thème', { exact: true }).selectOption('');
    await content.getByRole('button', { name: 'Rechercher' }).click();
    await at(page, '/recherche?q=trezorerie');
    const suggestion = content.getByRole('link', { name: '« tresorerie »' });
    await suggestion.waitFor();
    expect(await content.getByText('Vouliez-vous dire').count()).to.equal(1);
    await suggestion.click();
    await at(page, '/recherche?q=tresorerie');
    await status.filter({ hasText: '2 questions trouvées pour « tresorerie ».' }).waitFor();

    // Nothing found: say so and offer to ask.
    await content.getByLabel('Mots recherchés').fill('xylophone');
    await content.getByRole('button', { name: 'Rechercher' }).click();
    await status.filter({ hasText: 'Aucune question trouvée pour « xylophone ».' }).waitFor();
    await content.getByRole('link', { name: 'poser une question' }).waitFor();
    await expectNoAxeViolations(page, 'recherche sans résultat');
  });

  it('pages search results with "Voir plus" and moves the focus to the first new result', async () => {
    const author = await buildUser();
    for (let n = 1; n <= 23; n += 1) {
      await buildQuestion({
        author,
        title: `Subvention régionale pour un projet numéro ${n}`,
        body: `Notre entreprise prépare le projet numéro ${n} et cherche une subvention de la région.`,
      });
    }
    const page = await openPage();
    await page.goto(url('/recherche?q=subvention'));
    const content = page.locator('#contenu');
    await content
      .getByRole('status')
      .filter({ hasText: 'Plus de 20 questions trouvées pour « subvention ».' })
      .waitFor();
    const results = content.getByRole('list', { name: 'Résultats de la recherche' });
    expect(await results.locator(':scope > li').count()).to.equal(20);

    await content.getByRole('button', { name: 'Voir plus de résultats' }).click();
    await content.getByRole('status').filter({ hasText: '23 questions trouvées pour « subvention ».' }).waitFor();
    expect(await results.locator(':scope > li').count()).to.equal(23);
    expect(await content.getByRole('button', { name: 'Voir plus de résultats' }).count()).to.equal(0);
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    const ids = await results.locator('article').evaluateAll((articles) => articles.map((a) => a.id));
    expect(focused).to.equal(ids[20]);
  });

  it('lets a member ask a question: similar questions, kept draft, field errors, then the live feed', async () => {
    await buildTag('tresorerie-financement', 'Trésorerie et financement');
    await buildTag('creation-entreprise', 'Création d’entreprise');
    const existing = await buildQuestion({
      title: 'Comment étaler le remboursement de mon PGE ?',
      body: 'Ma trésorerie est tendue depuis la fin des aides. Quelles options pour le prêt garanti ?',
      tags: ['tresorerie-financement'],
    });
    const member = await buildUser({ pseudonym: 'fleuriste.rennes' });

    // A visitor is asked to log in first.
    const visitor = await openPage();
    await visitor.goto(url('/poser-une-question'));
    await visitor.getByRole('heading', { level: 1, name: 'Poser une question' }).waitFor();
    await visitor.locator('#contenu').getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(await visitor.getByLabel('Titre de votre question').count()).to.equal(0);
    await expectNoAxeViolations(visitor, 'poser une question (visiteur)');

    // Another member reads the live feed on the home page.
    const reader = await openPage(await buildUser({ pseudonym: 'lecteur.du.fil' }));
    await reader.goto(url('/'));
    await reader.getByRole('link', { name: existing.title }).waitFor();
    await joined(reader, 'questions');

    const page = await openPage(member);
    await page.goto(url('/poser-une-question'));
    const titleField = page.getByLabel('Titre de votre question');
    await titleField.waitFor();
    await page.getByRole('checkbox', { name: /Trésorerie et financement/ }).waitFor();
    await expectNoAxeViolations(page, 'poser une question (membre)');

    // A title like an existing one shows it, as a link.
    await titleField.fill('Comment étaler le remboursement du PGE');
    await page.getByRole('heading', { name: 'Questions similaires déjà posées' }).waitFor();
    const similarLink = page.getByRole('link', { name: existing.title });
    await similarLink.waitFor();
    await page.getByLabel('Détails de votre situation').fill('Ma banque refuse un étalement.');
    await setTheme(page, 'Trésorerie et financement', true);
    await screenshot(page, 'ask-similar');

    // Reading it and coming back loses nothing.
    await similarLink.click();
    await at(page, `/questions/${existing.id}`);
    await page.getByRole('heading', { level: 1, name: existing.title }).waitFor();
    await page.goBack();
    await page.getByText('Votre brouillon a été restauré.').waitFor();
    expect(await titleField.inputValue()).to.equal('Comment étaler le remboursement du PGE');
    expect(await page.getByLabel('Détails de votre situation').inputValue()).to.equal('Ma banque refuse un étalement.');
    expect(await page.getByRole('checkbox', { name: /Trésorerie et financement/ }).isChecked()).to.equal(true);

    // Bad input: every field says what is wrong, and the summary takes the focus.
    await titleField.fill('PGE ?');
    await page.getByLabel('Détails de votre situation').fill('Trop court.');
    await setTheme(page, 'Trésorerie et financement', false);
    await page.getByRole('button', { name: 'Publier la question' }).click();
    const summary = page.getByRole('region', { name: 'Le formulaire contient 3 erreurs à corriger' });
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).to.equal(true);
    for (const text of [
      'Le titre doit compter au moins 15 caractères.',
      'Le texte doit compter au moins 20 caractères.',
      'Choisissez au moins un thème.',
    ]) {
      await summary.getByRole('link', { name: text }).waitFor();
    }
    expect(await titleField.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = (await titleField.getAttribute('aria-describedby'))?.split(' ') ?? [];
    const titleError = await page.locator(`#${describedBy.at(-1)}`).textContent();
    expect(titleError).to.equal('Le titre doit compter au moins 15 caractères.');
    await expectNoAxeViolations(page, 'poser une question (erreurs)');
    await screenshot(page, 'ask-errors');
    // The summary's link puts the focus in the field.
    await summary.getByRole('link', { name: 'Le texte doit compter au moins 20 caractères.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('question-texte');

    // Corrected, it is published and the author lands on it.
    const title = 'Quel statut juridique choisir pour ouvrir une boulangerie artisanale ?';
    await titleField.fill(title);
    await page
      .getByLabel('Détails de votre situation')
      .fill('J’ouvre une boulangerie avec un associé. **SARL** ou SAS : lequel protège le mieux nos biens ?');
    await setTheme(page, 'Création d’entreprise', true);
    await page.getByRole('button', { name: 'Publier la question' }).click();
    await page.waitForURL(/\/questions\/\d+$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const questionId = Number(new URL(page.url()).pathname.split('/').at(-1));
    expect(questionId).to.be.greaterThan(existing.id);

    // The other member's feed announces it once the moderation worker has published it.
    const notice = reader.getByRole('button', { name: /1 nouvelle question.*Afficher/ });
    await notice.waitFor();
    await notice.click();
    await reader.getByRole('link', { name: title }).waitFor();

    // The draft went with the publication.
    await page.goto(url('/poser-une-question'));
    await titleField.waitFor();
    expect(await titleField.inputValue()).to.equal('');
    expect(await page.getByText('Votre brouillon a été restauré.').count()).to.equal(0);
  });

  it('shows what the server refuses: a field error it found, a suspension, and keeps the draft', async () => {
    await buildTag('tresorerie-financement', 'Trésorerie et financement');
    const title = 'Comment relancer un client qui ne paie pas ses factures ?';
    const body = 'Un client me doit trois factures depuis quatre mois. Quelles étapes avant une injonction ?';

    // A control character pasted in the title passes the length check here, not the server's.
    const member = await openPage(await buildUser());
    await member.goto(url('/poser-une-question'));
    await member.getByLabel('Titre de votre question').fill(`${title}\u0007`);
    await member.getByLabel('Détails de votre situation').fill(body);
    await setTheme(member, 'Trésorerie et financement', true);
    await member.getByRole('button', { name: 'Publier la question' }).click();
    const fieldSummary = member.getByRole('region', { name: 'Le formulaire contient 1 erreur à corriger' });
    await fieldSummary.waitFor();
    await fieldSummary.getByRole('link', { name: 'Le titre contient des caractères non autorisés.' }).waitFor();
    expect(await member.getByLabel('Titre de votre question').getAttribute('aria-invalid')).to.equal('true');
    expect(await member.locator('#question-titre-erreur').textContent()).to.equal(
      'Le titre contient des caractères non autorisés.',
    );

    // A suspended member is told why, in the server's words, and loses nothing.
    const suspendedUntil = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    const page = await openPage(await buildUser({ suspendedUntil }));
    await page.goto(url('/poser-une-question'));
    await page.getByLabel('Titre de votre question').fill(title);
    await page.getByLabel('Détails de votre situation').fill(body);
    await setTheme(page, 'Trésorerie et financement', true);
    await page.getByRole('button', { name: 'Publier la question' }).click();
    const summary = page.getByRole('region', { name: 'La question n’a pas pu être publiée' });
    await summary.waitFor();
    const until = suspendedUntil.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
    await summary.getByText(`Votre compte est suspendu jusqu’au ${until}.`).waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).to.equal(true);
    expect(page.url()).to.equal(url('/poser-une-question'));
    await page.reload();
    await page.getByText('Votre brouillon a été restauré.').waitFor();
    expect(await page.getByLabel('Titre de votre question').inputValue()).to.equal(title);
  });

  it('lists the themes with their question counts, each leading to its questions', async () => {
    await buildTag('tresorerie-financement', 'Trésorerie et financement');
    await buildTag('fiscalite', 'Fiscalité');
    await buildTag('export', 'Export');
    await buildQuestion({ tags: ['tresorerie-financement'] });
    await buildQuestion({ tags: ['tresorerie-financement', 'fiscalite'] });

    const page = await openPage();
    await page.goto(url('/themes'));
    await page.getByRole('heading', { level: 1, name: 'Thèmes' }).waitFor();
    const card = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
    await card('Trésorerie et financement').getByText('2 questions').waitFor();
    await card('Fiscalité').getByText('1 question').waitFor();
    await card('Export').getByText('0 question').waitFor();
    await expectNoAxeViolations(page, 'thèmes');
    await screenshot(page, 'themes');

    await page.getByRole('link', { name: 'Fiscalité' }).click();
    await at(page, '/?tag=fiscalite');
  });

  it('shows a public profile: reputation per theme, accepted answers, never an anonymous question', async () => {
    await buildTag('tresorerie-financement', 'Trésorerie et financement');
    const expert = await buildUser({ pseudonym: 'compta.lyon' });
    const asker = await buildUser({ pseudonym: 'boulangerie.lyon' });
    const question = await buildQuestion({
      author: asker,
      title: 'Comment étaler le remboursement de mon PGE ?',
      tags: ['tresorerie-financement'],
    });
    const best = await buildAnswer({
      question,
      author: expert,
      body: 'Demandez un **étalement** à votre banque, puis saisissez la médiation du crédit si elle refuse.',
    });
    // The reputation worker turns the vote and the acceptance into the ledger and per-theme points.
    const reputation = await startReputationWorker();
    try {
      const voter = await buildUser({ reputation: 50 });
      await voteCaster(testEnv().ctx, { voter, targetType: 'answer', targetId: best.id, value: 1 });
      await answerAccepter(testEnv().ctx, asker, best.id);
      await reputation.drained();
    } finally {
      await reputation.close();
    }
    const later = await buildAnswer({
      question: await buildQuestion({ title: 'Faut-il un expert-comptable pour une micro-entreprise ?' }),
      author: expert,
      body: 'Ce n’est pas obligatoire, mais un expert-comptable aide à choisir le bon régime fiscal.',
    });
    const publicQuestion = await buildQuestion({
      author: expert,
      title: 'Quel logiciel de facturation pour un cabinet comptable ?',
    });
    const anonymousQuestion = await buildQuestion({
      author: expert,
      title: 'Question anonyme sur un litige avec un ancien associé',
      anonymous: true,
    });
    const api = new TestClient();
    const profile = (await api.get(`/api/users/${expert.id}`)).body as {
      tagReputation: { tag: string; reputation: number }[];
      reputation: number;
    };
    const themeReputation = profile.tagReputation.find((entry) => entry.tag === 'tresorerie-financement');
    expect(themeReputation?.reputation).to.be.greaterThan(0);

    const page = await openPage();
    await page.goto(url(`/utilisateurs/${expert.id}`));
    await page.getByRole('heading', { level: 1, name: 'compta.lyon' }).waitFor();

    const themes = page.getByRole('region', { name: 'Réputation par thème', exact: true });
    const themeRow = themes.getByRole('listitem').filter({ hasText: 'Trésorerie et financement' });
    await themeRow.waitFor();
    expect(await themeRow.textContent()).to.contain(`${themeReputation!.reputation} points`);
    await page.getByText('2, dont 1 acceptée').waitFor();

    const questions = page.getByRole('region', { name: 'Questions', exact: true });
    await questions.getByRole('link', { name: publicQuestion.title }).waitFor();
    expect(await page.getByText(anonymousQuestion.title).count()).to.equal(0);

    const answers = page.getByRole('region', { name: 'Réponses', exact: true });
    const answerLinks = answers.getByRole('link', { name: /^Réponse : / });
    await answerLinks.first().waitFor();
    // Best first: the accepted, upvoted answer, with its marker; the other has none.
    expect(await answerLinks.first().getAttribute('href')).to.equal(`/questions/${question.id}#reponse-${best.id}`);
    expect(await answers.getByText('Réponse acceptée').count()).to.equal(1);
    const acceptedItem = answers.getByRole('listitem').filter({ hasText: 'Réponse acceptée' });
    expect(await acceptedItem.getByRole('link').getAttribute('href')).to.equal(
      `/questions/${question.id}#reponse-${best.id}`,
    );
    await answers.getByLabel('Trier les réponses').selectOption('newest');
    await answers.locator(`li:first-child a[href="/questions/${later.questionId}#reponse-${later.id}"]`).waitFor();

    const history = page.getByRole('region', { name: 'Historique de réputation', exact: true });
    const acceptedRow = history.getByRole('row').filter({ hasText: 'Votre réponse a été acceptée' });
    await acceptedRow.waitFor();
    // The gain is written with its sign, and the row links to the answer it came from.
    expect(await acceptedRow.getByRole('cell').last().textContent()).to.match(/^\+\d+$/);
    expect(await acceptedRow.getByRole('link', { name: question.title }).getAttribute('href')).to.equal(
      `/questions/${question.id}#reponse-${best.id}`,
    );
    await history.getByRole('row').filter({ hasText: 'Vote positif sur votre réponse' }).waitFor();
    await expectNoAxeViolations(page, 'profil public');
    await screenshot(page, 'profile');

    // The answer link leads to the answer in its question.
    await answers.getByRole('link', { name: /Demandez un étalement/ }).click();
    await at(page, `/questions/${question.id}#reponse-${best.id}`);

    // Logged in, its own profile reads the same (and still hides the anonymous question).
    const own = await openPage(expert);
    await own.goto(url(`/utilisateurs/${expert.id}`));
    await own
      .getByRole('region', { name: 'Questions', exact: true })
      .getByRole('link', { name: publicQuestion.title })
      .waitFor();
    await own.getByRole('region', { name: 'Historique de réputation', exact: true }).getByRole('row').nth(1).waitFor();
    expect(await own.getByText(anonymousQuestion.title).count()).to.equal(0);
    await expectNoAxeViolations(own, 'profil public (connecté)');
  });

  it('says in French that an unknown profile does not exist', async () => {
    const page = await openPage();
    await page.goto(url('/utilisateurs/999999'));
    await page.getByRole('heading', { level: 1, name: 'Ce profil n’existe pas' }).waitFor();
    await page.getByRole('link', { name: 'Revenir à la liste des questions' }).waitFor();
    await expectNoAxeViolations(page, 'profil inexistant');
  });
});
