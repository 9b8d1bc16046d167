import path from 'node:path';
import { expect } from 'chai';
import { type Browser, type Page } from 'playwright-core';
import { testEnv } from '../support/hooks';
import { artifacts, launchBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';

interface LegalPage {
  path: string;
  name: string;
  h1: string;
  /** Sections the law requires on this page, by their heading. */
  sections: string[];
}

const PAGES: LegalPage[] = [
  {
    path: '/accessibilite',
    name: 'accessibilite',
    h1: 'Déclaration d’accessibilité',
    sections: [
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      'Établissement de cette déclaration',
      'Retour d’information et contact',
      'Voies de recours',
    ],
  },
  {
    path: '/mentions-legales',
    name: 'mentions-legales',
    h1: 'Mentions légales',
    sections: [
      'Éditeur',
      'Directeur de la publication',
      'Hébergement',
      'Propriété intellectuelle et licences',
      'Responsabilité',
      'Sécurité',
    ],
  },
  {
    path: '/donnees-personnelles',
    name: 'donnees-personnelles',
    h1: 'Données personnelles',
    sections: [
      'Responsable du traitement',
      'Finalités et base légale',
      'Données traitées',
      'Durées de conservation',
      'Vos droits',
      'Cookies et stockage local',
    ],
  },
];

const h1Of = (page: Page) => page.getByRole('heading', { level: 1 });

/** Loads a page of the client and waits until it is drawn. */
async function open(page: Page, url: string, h1: string): Promise<void> {
  await page.goto(`${testEnv().baseUrl}${url}`);
  await h1Of(page).filter({ hasText: h1 }).waitFor();
}

/** Picks a display in the footer's settings, as a person does: by its label. */
async function chooseScheme(page: Page, label: string): Promise<void> {
  await page.locator('footer label', { hasText: new RegExp(`^${label}$`) }).click();
  expect(await page.getByRole('radio', { name: label, exact: true }).isChecked()).to.equal(true);
}

/** The ids of the page's h2 headings, and the anchors of its table of contents. */
async function outline(page: Page): Promise<{ headings: string[]; anchors: string[] }> {
  return page.evaluate(() => ({
    headings: [...document.querySelectorAll('main h2[id]')].map((h) => h.id).filter((id) => id !== 'sommaire-titre'),
    anchors: [...document.querySelectorAll<HTMLAnchorElement>('main .fr-summary a')].map((a) =>
      a.getAttribute('href')!,
    ),
  }));
}

describe('legal pages in Chromium', function () {
  this.timeout(90_000);
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

  for (const legal of PAGES) {
    it(`reaches « ${legal.h1} » from the footer without reloading, focus on the content, with its sections`, async () => {
      await page.goto(`${testEnv().baseUrl}/`);
      await page.locator(`footer a[href="${legal.path}"]`).waitFor();
      // A reload would lose this mark: the footer link must be followed by the client's router.
      await page.evaluate(() => ((window as unknown as { legalMark: string }).legalMark = 'same-document'));

      await page.locator(`footer a[href="${legal.path}"]`).click();
      await page.waitForURL(`**${legal.path}`);
      await h1Of(page).filter({ hasText: legal.h1 }).waitFor();

      expect(await page.evaluate(() => (window as unknown as { legalMark?: string }).legalMark)).to.equal(
        'same-document',
      );
      expect(await h1Of(page).count()).to.equal(1);
      expect(await page.evaluate(() => document.activeElement?.id)).to.equal('contenu');
      expect(await page.title()).to.equal(`${legal.h1} — Entraide Entreprises`);
      for (const section of legal.sections) {
        expect(await page.getByRole('heading', { level: 2, name: section, exact: true }).count(), section).to.equal(1);
      }

      // The breadcrumb: home, then this page, marked as the current one.
      const crumbs = page.getByRole('navigation', { name: 'vous êtes ici :' });
      expect(await crumbs.locator('[aria-current="page"]').textContent()).to.equal(legal.h1);
      expect(await crumbs.getByRole('link', { name: 'Accueil', includeHidden: true }).getAttribute('href')).to.equal(
        '/',
      );

      // Links to the two other legal pages.
      const seeAlso = page.locator('section', { has: page.getByRole('heading', { name: 'Voir aussi' }) });
      const others = PAGES.filter((other) => other !== legal);
      expect(
        await seeAlso.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ).to.deep.equal(others.map((other) => other.path));
    });
  }

  it('moves to each section from the table of contents, which lists every section', async () => {
    for (const legal of PAGES) {
      await open(page, legal.path, legal.h1);
      const { headings, anchors } = await outline(page);
      expect(headings.length, legal.path).to.be.greaterThan(legal.sections.length);
      expect(anchors, legal.path).to.deep.equal(headings.map((id) => `#${id}`));

      const summary = page.getByRole('navigation', { name: 'Sommaire' });
      for (const id of headings) {
        await summary.locator(`a[href="#${id}"]`).click();
        await page.waitForFunction((hash) => window.location.hash === hash, `#${id}`);
        const state = await page.evaluate((target) => {
          const heading = document.getElementById(target)!;
          const { top } = heading.getBoundingClientRect();
          return {
            focused: document.activeElement === heading,
            inView: top > -1 && top < window.innerHeight,
            path: window.location.pathname,
          };
        }, id);
        expect(state, `${legal.path}#${id}`).to.deep.equal({ focused: true, inView: true, path: legal.path });
      }
    }
  });

  it('opens a shared link to a section at that section', async () => {
    await open(page, '/accessibilite#voies-de-recours', 'Déclaration d’accessibilité');
    const state = await page.evaluate(() => {
      const heading = document.getElementById('voies-de-recours')!;
      const { top } = heading.getBoundingClientRect();
      return { focused: document.activeElement === heading, inView: top > -1 && top < window.innerHeight };
    });
    expect(state).to.deep.equal({ focused: true, inView: true });
  });

  it('unfolds the breadcrumb on a phone with its button and moves the focus to its first link', async () => {
    await open(page, '/mentions-legales', 'Mentions légales');
    const button = page.getByRole('button', { name: 'Voir le fil d’Ariane' });
    const home = page.getByRole('navigation', { name: 'vous êtes ici :' }).getByRole('link', { name: 'Accueil' });
    expect(await button.getAttribute('aria-expanded')).to.equal('false');
    expect(await home.isVisible()).to.equal(false);

    await button.focus();
    await page.keyboard.press('Enter');
    await home.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).to.equal('Accueil');
    expect(await button.isVisible()).to.equal(false);

    await page.keyboard.press('Enter');
    await page.waitForURL(`${testEnv().baseUrl}/`);
    await page.waitForFunction(() => !document.querySelector('.fr-breadcrumb'));
  });

  it('shows the breadcrumb unfolded, without its button, on a wide screen', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, '/donnees-personnelles', 'Données personnelles');
    const crumbs = page.getByRole('navigation', { name: 'vous êtes ici :' });
    await crumbs.getByRole('link', { name: 'Accueil' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Voir le fil d’Ariane' }).isVisible()).to.equal(false);
  });

  it('opens outside links in a new window that says so, and links the three pages together', async () => {
    for (const legal of PAGES) {
      await open(page, legal.path, legal.h1);
      const external = await page.locator('main a[href^="http"]').evaluateAll((links) =>
        links.map((a) => ({
          href: a.getAttribute('href'),
          target: a.getAttribute('target'),
          rel: (a.getAttribute('rel') ?? '').split(/\s+/).sort().join(' '),
          title: a.getAttribute('title') ?? '',
          text: a.textContent ?? '',
        })),
      );
      for (const link of external) {
        expect(link, `${legal.path} ${link.href}`).to.deep.include({ target: '_blank', rel: 'external noopener' });
        expect(link.title, `${legal.path} ${link.href}`).to.equal(`${link.text} — nouvelle fenêtre`);
      }
      if (legal.path === '/accessibilite') {
        expect(external.map((link) => link.href)).to.include.members([
          'https://formulaire.defenseurdesdroits.fr/',
          'https://www.defenseurdesdroits.fr/carte-des-delegues',
        ]);
      }
      if (legal.path === '/donnees-personnelles') {
        expect(external.map((link) => link.href)).to.include('https://www.cnil.fr/fr/plaintes');
      }
    }

    // From the privacy policy to the account's data tab and back through the text's links.
    await open(page, '/donnees-personnelles', 'Données personnelles');
    const rights = page.locator('section', { has: page.getByRole('heading', { name: 'Vos droits' }) });
    expect(await rights.getByRole('link', { name: 'Mon compte > Mes données' }).getAttribute('href')).to.equal(
      '/mon-compte/donnees',
    );
    await page.getByRole('link', { name: 'Déclaration d’accessibilité' }).click();
    await page.waitForURL('**/accessibilite');
    await h1Of(page).filter({ hasText: 'Déclaration d’accessibilité' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('contenu');
  });

  it('passes axe in light and dark display, on a phone, and is photographed', async () => {
    for (const legal of PAGES) {
      await open(page, legal.path, legal.h1);
      await chooseScheme(page, 'Clair');
      expect(await page.evaluate(() => document.documentElement.dataset.frTheme)).to.equal('light');
      await expectNoAxeViolations(page, `${legal.path} (clair)`);
      await page.screenshot({ path: path.join(artifacts, `legal-${legal.name}-375.png`), fullPage: true });

      await chooseScheme(page, 'Sombre');
      expect(await page.evaluate(() => document.documentElement.dataset.frTheme)).to.equal('dark');
      await expectNoAxeViolations(page, `${legal.path} (sombre)`);
      await page.screenshot({ path: path.join(artifacts, `legal-${legal.name}-375-sombre.png`), fullPage: true });
      await chooseScheme(page, 'Comme le système');
    }
  });

  it('shows the State brand block « République Française » in the header with the default brand', async () => {
    await open(page, '/mentions-legales', 'Mentions légales');
    expect(await page.evaluate(() => document.documentElement.dataset.brand)).to.equal('etat');
    const logo = page.locator('header .fr-header__logo .fr-logo');
    expect(await logo.textContent()).to.match(/^\s*République\s*Française\s*$/);
    expect(await logo.isVisible()).to.equal(true);
  });
});
