// One visit of a page of the client in Debian's Chromium, on a phone: a fresh browser context,
// the network and the CPU throttled through the DevTools protocol, and what the page measured
// itself (paint timings, the moment its content is on screen, resource timings).
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { sleep } from '../lib/time';

/** "Slow 4G", as Chrome's DevTools and Lighthouse define it, and a mid-range phone's CPU. */
export const SLOW_4G = {
  latencyMs: 150,
  downloadBitsPerSecond: 1.6e6,
  uploadBitsPerSecond: 750e3,
  cpuSlowdown: 4,
};

export const PHONE = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

/** A recent Android phone's Chrome, with the major version of the Chromium that runs. */
export const mobileUserAgent = (chromiumVersion: string) =>
  `Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) ` +
  `Chrome/${chromiumVersion.split('.')[0]}.0.0.0 Mobile Safari/537.36`;

/** Debian's Chromium, headless, with the flags of test/support/browser.ts. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium est introuvable à ${executablePath} : installez-le (apt-get install chromium) ` +
        'ou indiquez son chemin dans CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath,
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

export interface PageSpec {
  name: 'home' | 'question';
  label: string;
  path: string;
  /** Selectors that must all be laid out (a non-empty box) for the content to count as rendered. */
  content: string[];
  /** The API request whose data the page shows (its path starts with this). */
  dataRequest: string;
}

export interface ResourceEntry {
  url: string;
  initiatorType: string;
  transferSize: number;
  encodedBodySize: number;
  decodedBodySize: number;
  startTime: number;
  responseEnd: number;
}

export interface VisitResult {
  page: PageSpec['name'];
  throttled: boolean;
  /** All timings in ms from the navigation's start (the page's performance.now()). */
  firstContentfulPaint: number | null;
  largestContentfulPaint: number | null;
  largestContentfulPaintElement: string | null;
  /** The content's elements are in the DOM (MutationObserver). */
  contentInDom: number | null;
  /** The first animation frame in which they are all laid out: the frame that paints them. */
  contentRendered: number | null;
  domContentLoaded: number;
  load: number;
  /** Where the time goes: when the HTML, the CSS, the JS, the page's API data and the fonts arrived. */
  milestones: { html: number; css: number | null; js: number | null; data: number | null; fonts: number | null };
  /** Navigation + resource entries' transferSize (headers included). */
  transferredBytes: number;
  /** The navigation and the resource entries (the websocket is not one). */
  requests: number;
  /** The same counted by the browser's network layer (DevTools protocol), as a cross-check. */
  network: { requests: number; encodedBytes: number; failed: number };
  fonts: { file: string; transferSize: number }[];
  resources: ResourceEntry[];
  consoleErrors: string[];
  /** The machine's 1-minute load average when the visit started. */
  loadAverage1m: number;
  /** Only for a visit with `coverage`: how much of each script and stylesheet the first render used. */
  coverage?: CoverageEntry[];
}

export interface CoverageEntry {
  /** Path on the server (`/assets/index-….js`). */
  file: string;
  kind: 'js' | 'css';
  /** Characters of the file, and those the first render ran (JS) or matched (CSS). */
  length: number;
  used: number;
}

/**
 * The characters of a script that ran, from V8's block coverage: the ranges nest (a function,
 * then its blocks), so painting them in order of start (the outer one first at equal starts)
 * leaves each character with the count of the innermost range holding it.
 */
function usedJs(length: number, functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[]) {
  const ran = new Uint8Array(length);
  const ranges = functions
    .flatMap((f) => f.ranges)
    .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const range of ranges) ran.fill(range.count > 0 ? 1 : 0, range.startOffset, Math.min(length, range.endOffset));
  return ran.reduce((sum, flag) => sum + flag, 0);
}

/**
 * Runs at the document's start, before the client's script: records when every selector is in
 * the DOM, then the first animation frame in which all have a non-empty box. Plain JavaScript
 * in a string: tsx would wrap named functions in a helper the page does not have.
 */
const probeScript = (selectors: string[]) => `(() => {
  const selectors = ${JSON.stringify(selectors)};
  const probe = { contentInDom: null, contentRendered: null };
  window.__clientBench = probe;
  const laidOut = (selector) => {
    const element = document.querySelector(selector);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const frame = () => {
    if (selectors.every(laidOut)) probe.contentRendered = performance.now();
    else requestAnimationFrame(frame);
  };
  const observer = new MutationObserver(() => {
    if (!selectors.every((selector) => document.querySelector(selector))) return;
    probe.contentInDom = performance.now();
    observer.disconnect();
    requestAnimationFrame(frame);
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/** Read once the page is quiet: paint timings, LCP (buffered observer), navigation and resources. */
const collectScript = `new Promise((resolve) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint');
  const seen = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
  observer.observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(() => {
    seen.push(...observer.takeRecords());
    observer.disconnect();
    const lcp = seen[seen.length - 1];
    const element = lcp && lcp.element;
    resolve({
      fcp: fcp ? fcp.startTime : null,
      lcp: lcp ? lcp.startTime : null,
      lcpElement: element
        ? element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
          (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
        : null,
      probe: window.__clientBench,
      nav: {
        url: nav.name,
        transferSize: nav.transferSize,
        encodedBodySize: nav.encodedBodySize,
        decodedBodySize: nav.decodedBodySize,
        responseEnd: nav.responseEnd,
        domContentLoaded: nav.domContentLoadedEventStart,
        load: nav.loadEventStart,
      },
      resources: performance.getEntriesByType('resource').map((r) => ({
        url: r.name,
        initiatorType: r.initiatorType,
        transferSize: r.transferSize,
        encodedBodySize: r.encodedBodySize,
        decodedBodySize: r.decodedBodySize,
        startTime: r.startTime,
        responseEnd: r.responseEnd,
      })),
    });
  }, 300);
})`;

interface Collected {
  fcp: number | null;
  lcp: number | null;
  lcpElement: string | null;
  probe: { contentInDom: number | null; contentRendered: number | null } | undefined;
  nav: {
    url: string;
    transferSize: number;
    encodedBodySize: number;
    decodedBodySize: number;
    responseEnd: number;
    domContentLoaded: number;
    load: number;
  };
  resources: ResourceEntry[];
}

/** The browser's own count of the requests (the DevTools protocol's network events). */
function trackNetwork(cdp: CDPSession) {
  const pending = new Set<string>();
  const state = { requests: 0, encodedBytes: 0, failed: 0, lastActivity: performance.now() };
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.startsWith('data:')) return;
    if (!pending.has(event.requestId)) state.requests += 1;
    pending.add(event.requestId);
    state.lastActivity = performance.now();
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (!pending.delete(event.requestId)) return;
    state.encodedBytes += event.encodedDataLength;
    state.lastActivity = performance.now();
  });
  cdp.on('Network.loadingFailed', (event) => {
    if (!pending.delete(event.requestId)) return;
    state.failed += 1;
    state.lastActivity = performance.now();
  });
  return {
    state,
    /** Until no request has been in flight for `quietMs` (at most `timeoutMs`). */
    async quiet(quietMs: number, timeoutMs: number): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        if (pending.size === 0 && performance.now() - state.lastActivity >= quietMs) return;
        await sleep(50);
      }
    },
  };
}

const fontFile = (url: string) => /\.(woff2?|ttf|otf)(?:[?#]|$)/i.test(url);
const fileOf = (url: string) => path.posix.basename(new URL(url).pathname);

export async function visit(
  browser: Browser,
  base: string,
  page: PageSpec,
  {
    throttled,
    userAgent,
    timeoutMs,
    coverage = false,
  }: { throttled: boolean; userAgent: string; timeoutMs: number; coverage?: boolean },
): Promise<VisitResult> {
  const loadAverage1m = Math.round(os.loadavg()[0]! * 100) / 100;
  const context = await browser.newContext({ ...PHONE, userAgent, locale: 'fr-FR' });
  try {
    const tab = await context.newPage();
    const consoleErrors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    tab.on('pageerror', (error) => consoleErrors.push(error.message));
    await tab.addInitScript({ content: probeScript(page.content) });

    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttled) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: SLOW_4G.latencyMs,
        downloadThroughput: SLOW_4G.downloadBitsPerSecond / 8,
        uploadThroughput: SLOW_4G.uploadBitsPerSecond / 8,
        connectionType: 'cellular4g',
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdown });
    }
    const network = trackNetwork(cdp);
    if (coverage) {
      await tab.coverage.startJSCoverage({ resetOnNavigation: false });
      await tab.coverage.startCSSCoverage({ resetOnNavigation: false });
    }

    await tab.goto(`${base}${page.path}`, { waitUntil: 'commit', timeout: timeoutMs });
    // A function, not a string: the server's CSP forbids evaluating strings in the page.
    await tab.waitForFunction(() => (window as any).__clientBench?.contentRendered != null, undefined, {
      polling: 250,
      timeout: timeoutMs,
    });
    await tab.waitForLoadState('load', { timeout: timeoutMs });
    await tab.evaluate('document.fonts.ready.then(() => true)');
    await network.quiet(500, timeoutMs);
    const collected = (await tab.evaluate(collectScript)) as Collected;
    const ours = (url: string) => url.startsWith(base);
    const coverageEntries: CoverageEntry[] | undefined = coverage
      ? [
          ...(await tab.coverage.stopJSCoverage())
            .filter((entry) => ours(entry.url) && entry.source !== undefined)
            .map((entry) => ({
              file: new URL(entry.url).pathname,
              kind: 'js' as const,
              length: entry.source!.length,
              used: usedJs(entry.source!.length, entry.functions),
            })),
          ...(await tab.coverage.stopCSSCoverage())
            .filter((entry) => ours(entry.url) && entry.text !== undefined)
            .map((entry) => ({
              file: new URL(entry.url).pathname,
              kind: 'css' as const,
              length: entry.text!.length,
              used: entry.ranges.reduce((sum, range) => sum + range.end - range.start, 0),
            })),
        ]
      : undefined;

    const resources = collected.resources.map((r) => ({
      ...r,
      startTime: Math.round(r.startTime),
      responseEnd: Math.round(r.responseEnd),
    }));
    const fonts = resources.filter((r) => fontFile(r.url));
    const lastEnd = (match: (r: ResourceEntry) => boolean) => {
      const ends = resources.filter(match).map((r) => r.responseEnd);
      return ends.length ? Math.max(...ends) : null;
    };
    const ms = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value));
    return {
      page: page.name,
      throttled,
      firstContentfulPaint: ms(collected.fcp),
      largestContentfulPaint: ms(collected.lcp),
      largestContentfulPaintElement: collected.lcpElement,
      contentInDom: ms(collected.probe?.contentInDom),
      contentRendered: ms(collected.probe?.contentRendered),
      domContentLoaded: Math.round(collected.nav.domContentLoaded),
      load: Math.round(collected.nav.load),
      milestones: {
        html: Math.round(collected.nav.responseEnd),
        css: lastEnd((r) => /\.css(?:[?#]|$)/.test(r.url)),
        js: lastEnd((r) => /\.m?js(?:[?#]|$)/.test(r.url)),
        data: lastEnd((r) => new URL(r.url).pathname.startsWith(page.dataRequest)),
        fonts: lastEnd((r) => fontFile(r.url)),
      },
      transferredBytes: collected.nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
      requests: 1 + resources.length,
      network: {
        requests: network.state.requests,
        encodedBytes: network.state.encodedBytes,
        failed: network.state.failed,
      },
      fonts: fonts.map((r) => ({ file: fileOf(r.url), transferSize: r.transferSize })),
      resources,
      consoleErrors,
      loadAverage1m,
      ...(coverageEntries ? { coverage: coverageEntries } : {}),
    };
  } finally {
    await context.close();
  }
}
