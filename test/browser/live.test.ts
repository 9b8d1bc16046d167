import path from 'node:path';
import { expect } from 'chai';
import { type Page } from 'playwright-core';
import { testEnv } from '../support/hooks';
import { artifacts, joined, scoreShows, suiteBrowser } from '../support/browser';
import { buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';

describe('live updates in Chromium', function () {
  this.timeout(60_000);
  const browser = suiteBrowser();

  async function openPage(url: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(url);
    return page;
  }

  it('shows presence, holds a new answer behind a notice and moves scores in two windows', async () => {
    const asker = await buildUser({ pseudonym: 'menuiserie.nantes' });
    const question = await buildQuestion({
      author: asker,
      title: 'Puis-je déduire l’achat d’un utilitaire d’occasion ?',
      body: 'Je viens d’acheter un utilitaire **d’occasion** pour mon atelier de menuiserie. Comment l’amortir ?',
    });
    const url = `${testEnv().baseUrl}/questions/${question.id}`;
    const first = await openPage(url);
    const second = await openPage(url);
    for (const page of [first, second]) {
      await page.getByRole('heading', { name: question.title }).waitFor();
      await joined(page, `question:${question.id}`);
    }

    // Presence: each window counts both readers.
    for (const page of [first, second]) {
      await page.getByText('2 personnes consultent cette question').waitFor();
    }

    // A member answers through the API: the readers get a notice, not a page moving under their eyes.
    const member = await clientFor(await buildUser({ pseudonym: 'expert.compta' }));
    const body = 'Un utilitaire s’amortit en général sur quatre à cinq ans, selon son usage réel.';
    const posted = await member.post(`/api/questions/${question.id}/answers`, { body });
    expect(posted.status).to.equal(201);
    for (const page of [first, second]) {
      await page.getByRole('button', { name: '1 nouvelle réponse — Afficher' }).waitFor();
      expect(await page.getByText(body).count()).to.equal(0);
    }
    await first.screenshot({ path: path.join(artifacts, 'live-question-notice-375.png'), fullPage: true });

    await first.getByRole('button', { name: '1 nouvelle réponse — Afficher' }).click();
    await first.getByText(body).waitFor();
    expect(await first.getByRole('button', { name: /nouvelle réponse/ }).count()).to.equal(0);
    // The keyboard focus lands on the answer that appeared.
    expect(await first.evaluate(() => document.activeElement?.id)).to.equal(`reponse-${posted.body.answer.id}`);
    await second.getByRole('button', { name: '1 nouvelle réponse — Afficher' }).click();
    await second.getByText(body).waitFor();

    // Votes through the API move the scores shown in both windows.
    const voter = await clientFor(await buildUser({ reputation: 50 }));
    const questionVote = await voter.post(`/api/questions/${question.id}/vote`, { value: 1 });
    expect(questionVote.status).to.equal(200);
    const answerVote = await voter.post(`/api/answers/${posted.body.answer.id}/vote`, { value: 1 });
    expect(answerVote.status).to.equal(200);
    for (const page of [first, second]) {
      await scoreShows(page, 'article.question', '1 vote');
      await scoreShows(page, `#reponse-${posted.body.answer.id}`, '1 vote');
    }
    const downVote = await voter.post(`/api/questions/${question.id}/vote`, { value: -1 });
    expect(downVote.status).to.equal(200);
    for (const page of [first, second]) await scoreShows(page, 'article.question', '-1 vote');
    await first.screenshot({ path: path.join(artifacts, 'live-question-375.png'), fullPage: true });

    // One reader leaves: the other sees the audience shrink.
    await second.close();
    await first.getByText('1 personne consulte cette question').waitFor();
  });

  it('announces a question published while the feed is open', async () => {
    const tag = await buildTag();
    await buildQuestion({ title: 'Une question déjà là avant l’ouverture du fil' });
    const page = await openPage(`${testEnv().baseUrl}/`);
    await page.getByRole('link', { name: 'Une question déjà là avant l’ouverture du fil' }).waitFor();
    await joined(page, 'questions');

    const member = await clientFor(await buildUser());
    const title = 'Comment fixer le prix de ma première prestation ?';
    const created = await member.post('/api/questions', {
      title,
      body: 'Je me lance comme consultante : comment fixer un tarif journalier sans me brader ?',
      tags: [tag.slug],
    });
    expect(created.status).to.equal(201);

    const notice = page.getByRole('button', { name: '1 nouvelle question — Afficher' });
    await notice.waitFor();
    expect(await page.getByRole('link', { name: title }).count()).to.equal(0);
    await page.screenshot({ path: path.join(artifacts, 'live-home-notice-375.png'), fullPage: true });
    await notice.click();
    await page.getByRole('link', { name: title }).waitFor();
    const titles = await page.locator('.question-item-title').allTextContents();
    expect(titles[0]?.trim()).to.equal(title);
  });
});
