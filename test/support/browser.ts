import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Screenshots of the main pages, kept as test artefacts (git-ignored). */
export const artifacts = path.resolve('test-artifacts');

/** Debian's Chromium, headless, as the machine allows it (root, no network beyond loopback). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync('client/dist/index.html')) {
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
