import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import type { User } from '../../db/models';
import { clientFor } from './factories';
import { testEnv } from './hooks';

/** Screenshots of the main pages, kept as test artefacts (git-ignored). */
export const artifacts = path.resolve('test-artifacts');

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
  options: BrowserContextOptions = { viewport: { width: 375, height: 812 } },
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
