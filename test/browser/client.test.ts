import path from 'node:path';
import { expect } from 'chai';
import { type Browser, type Page } from 'playwright-core';
import { testEnv } from '../support/hooks';
import { artifacts, launchBrowser } from '../support/browser';
import { buildAnswer, buildQuestion, buildUser } from '../support/factories';
import { voteCaster } from '../../server/commands/voteCaster';
import { answerAccepter } from '../../server/commands/answerAccepter';

describe('web client in Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 375, height: 812 }, locale: 'fr-FR' });
  });
  afterEach(async () => page?.close());

  it('lists published questions and opens one with its answers in order, on a phone-sized screen', async () => {
    const asker = await buildUser({ pseudonym: 'boulangerie.lyon' });
    const question = await buildQuestion({
      author: asker,
      title: 'Comment étaler le remboursement de mon PGE ?',
      body: 'Ma **trésorerie** est tendue depuis la fin des aides. Quelles options pour le PGE ?',
    });
    await buildQuestion({ title: 'Question anonyme sur un licenciement économique', anonymous: true });
    const first = await buildAnswer({ question, body: 'Réponse plus ancienne, sans vote, mais utile quand même.' });
    const best = await buildAnswer({
      question,
      body: 'Demandez un étalement à votre banque, puis la médiation du crédit.',
    });
    const voter = await buildUser();
    await voteCaster(testEnv().ctx, { voter, targetType: 'answer', targetId: best.id, value: 1 });
    const accepted = await buildAnswer({
      question,
      body: 'La médiation du crédit est gratuite : saisissez-la en ligne.',
    });
    await answerAccepter(testEnv().ctx, asker, accepted.id);

    await page.goto(`${testEnv().baseUrl}/`);
    const anonymousItem = page.locator('article', { hasText: 'Question anonyme sur un licenciement économique' });
    await anonymousItem.waitFor();
    expect(await anonymousItem.textContent()).to.contain('Anonyme');
    await page.screenshot({ path: path.join(artifacts, 'home-375.png'), fullPage: true });

    await page.getByRole('link', { name: 'Comment étaler le remboursement de mon PGE ?' }).click();
    await page.waitForURL(`**/questions/${question.id}`);
    await page.locator('strong', { hasText: 'trésorerie' }).waitFor();
    const answerTexts = await page.locator('article').allTextContents();
    const order = [accepted, best, first].map((a) =>
      answerTexts.findIndex((text) => text.includes(a.body.slice(0, 30))),
    );
    expect(order.every((index) => index >= 0)).to.equal(true);
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    await page.screenshot({ path: path.join(artifacts, 'question-375.png'), fullPage: true });

    // A shared link is reloadable: the server answers every page URL with the client.
    await page.reload();
    await page.locator('strong', { hasText: 'trésorerie' }).waitFor();
  });

  it('shows a French not-found message for an unknown question', async () => {
    await page.goto(`${testEnv().baseUrl}/questions/999999`);
    await page.getByText('Cette question n’existe pas ou n’est plus disponible.').waitFor();
  });
});
