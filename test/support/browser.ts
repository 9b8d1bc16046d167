import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { User } from '../../db/models';
import { clientFor } from './factories';
import { testEnv } from './hooks';

/** Screenshots of the main pages, kept as test artefacts (git-ignored). */
export const artifacts = path.resolve('test-artifacts');

/** What most browser tests look at the client on: a phone. */
export const PHONE_VIEW = { width: 375, height: 812 };

/** Debian's Chromium, headless, as the machine allows it (root, no network beyond loopback). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(path.join(process.env.CLIENT_DIST_DIR ?? 'client/dist', 'index.html'))) {
    throw new Error('Le client n’est pas construit : lancez « npm run build » (npm test le fait).');
  }
  mkdirSync(artifacts, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A browser context logged in as `user`: the session cookie comes from the real login route, so
 * tests that are not about the login page start where they mean to.
 */
export async function loggedInContext(
  browser: Browser,
  user: User,
  options: BrowserContextOptions = { viewport: PHONE_VIEW },
): Promise<BrowserContext> {
  const client = await clientFor(user);
  const context = await browser.newContext({ locale: 'fr-FR', ...options });
  const cookies = client
    .cookieHeader()
    .split('; ')
    .filter(Boolean)
    .map((pair) => {
      const [name = '', ...value] = pair.split('=');
      return { name, value: value.join('='), url: testEnv().baseUrl };
    });
  await context.addCookies(cookies);
  return context;
}

/**
 * The browser of the calling `describe`: launched before its tests, closed after them. The
 * contexts its tests open are closed after each test, so that no session outlives its test.
 */
export function suiteBrowser(): {
  /** A visitor's context, or one logged in as `user`. */
  newContext(user?: User | null, options?: BrowserContextOptions): Promise<BrowserContext>;
} {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });
  return {
    async newContext(user, options = { viewport: PHONE_VIEW }) {
      if (!browser) throw new Error('suiteBrowser(): contexts are opened by tests, once the browser is up');
      const context = user
        ? await loggedInContext(browser, user, options)
        : await browser.newContext({ locale: 'fr-FR', ...options });
      contexts.push(context);
      return context;
    },
  };
}

/** Waits until the page's live connection has joined `room` (the server acknowledged it). */
export async function joined(page: Page, room: string): Promise<void> {
  await page.waitForFunction(
    (name) => document.getElementById('contenu')?.dataset.liveRooms?.split(' ').includes(name) ?? false,
    room,
  );
}

/** The score shown in `scope` reads `text` ("1 vote"). */
export async function scoreShows(page: Page, scope: string, text: string): Promise<void> {
  const words = text.split(' ').join('\\s+');
  await page
    .locator(`${scope} .score`, { hasText: new RegExp(`^\\s*${words}\\s*$`) })
    .first()
    .waitFor();
}
