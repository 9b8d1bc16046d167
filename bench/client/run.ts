// Client benchmark: builds the web client into a temporary directory, weighs what its entry page
// loads (raw, gzip, brotli), then serves that build from the real server (the HTTP benchmark's
// database and data set) and measures the first render of the home page and of a question page
// in Chromium on a throttled phone (Slow 4G, CPU ×4). `npm run bench:client`; see bench/README.md.
import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ensureServices } from '../../server/infra/services';
import { checkServiceTargets, databaseUrl, datasetSize, numberEnv, redisUrl } from '../lib/env';
import {
  codeVersion,
  commandLine,
  loadAverage,
  machine,
  machineLine,
  RESULTS_DIR,
  ROOT,
  round,
  serviceVersions,
} from '../lib/report';
import {
  beginRun,
  openDatabase,
  prepareDataset,
  runBenchmark,
  serverLogFile,
  stopOnSignalsAndExit,
  writeReport,
} from '../lib/run';
import { startServer, stopServer, waitUntilReady, type ServerProcess } from '../lib/server';
import { stats, type Stats } from '../lib/stats';
import {
  launchChromium,
  mobileUserAgent,
  PHONE,
  SLOW_4G,
  visit,
  type CoverageEntry,
  type PageSpec,
  type VisitResult,
} from './browser';
import {
  buildClient,
  buildFiles,
  cssComposition,
  entryPage,
  totals,
  weigh,
  type FileWeight,
  type WeightTotals,
} from './weight';

const settings = {
  databaseUrl,
  redisUrl,
  port: numberEnv('BENCH_PORT', 3104),
  /** Throttled visits of each page (a fresh browser context each). */
  runs: numberEnv('BENCH_RUNS', 7),
  /** How long one visit may take before the benchmark gives up, in seconds. */
  visitTimeout: numberEnv('BENCH_CLIENT_TIMEOUT', 120),
  size: datasetSize(),
};

const THROTTLED = `Slow 4G (${SLOW_4G.latencyMs} ms, ${SLOW_4G.downloadBitsPerSecond / 1e6} Mbit/s down, ${
  SLOW_4G.uploadBitsPerSecond / 1e3
} kbit/s up), CPU ×${SLOW_4G.cpuSlowdown}`;

// ---------------------------------------------------------------------------------------------
// Report

interface GroupSummary {
  page: PageSpec['name'];
  label: string;
  throttled: boolean;
  runs: number;
  firstContentfulPaint: Stats | null;
  largestContentfulPaint: Stats | null;
  contentInDom: Stats | null;
  contentRendered: Stats | null;
  domContentLoaded: Stats | null;
  load: Stats | null;
  transferredBytes: Stats | null;
  requests: Stats | null;
  milestones: Record<keyof VisitResult['milestones'], Stats | null>;
  /** Every font file any visit downloaded, and how many visits did. */
  fonts: Record<string, number>;
  largestContentfulPaintElements: Record<string, number>;
  consoleErrors: string[];
}

const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

function summarize(spec: PageSpec, throttled: boolean, visits: VisitResult[]): GroupSummary {
  const of = (pick: (v: VisitResult) => number | null) => stats(present(visits.map(pick)));
  const fonts: Record<string, number> = {};
  const lcpElements: Record<string, number> = {};
  for (const v of visits) {
    for (const file of new Set(v.fonts.map((f) => f.file))) fonts[file] = (fonts[file] ?? 0) + 1;
    const element = v.largestContentfulPaintElement ?? '(none)';
    lcpElements[element] = (lcpElements[element] ?? 0) + 1;
  }
  return {
    page: spec.name,
    label: spec.label,
    throttled,
    runs: visits.length,
    firstContentfulPaint: of((v) => v.firstContentfulPaint),
    largestContentfulPaint: of((v) => v.largestContentfulPaint),
    contentInDom: of((v) => v.contentInDom),
    contentRendered: of((v) => v.contentRendered),
    domContentLoaded: of((v) => v.domContentLoaded),
    load: of((v) => v.load),
    transferredBytes: of((v) => v.transferredBytes),
    requests: of((v) => v.requests),
    milestones: {
      html: of((v) => v.milestones.html),
      css: of((v) => v.milestones.css),
      js: of((v) => v.milestones.js),
      data: of((v) => v.milestones.data),
      fonts: of((v) => v.milestones.fonts),
    },
    fonts,
    largestContentfulPaintElements: lcpElements,
    consoleErrors: [...new Set(visits.flatMap((v) => v.consoleErrors))],
  };
}

const kib = (bytes: number) => round(bytes / 1024, 1);

/** "median (min–max)", or the one value of a single run (or of runs that all gave it). */
function cell(s: Stats | null, scale: (n: number) => number = (n) => Math.round(n)): string {
  if (!s) return '–';
  if (s.count === 1 || s.min === s.max) return String(scale(s.p50));
  return `${scale(s.p50)} (${scale(s.min)}–${scale(s.max)})`;
}

function weightRow(name: string, w: { raw: number; gzip: number; brotli: number }, bold = false): string {
  const b = (text: string | number) => (bold ? `**${text}**` : String(text));
  return `| ${b(name)} | ${b(kib(w.raw))} | ${b(kib(w.gzip))} | ${b(kib(w.brotli))} |`;
}

interface WeightReport {
  html: FileWeight;
  scripts: FileWeight[];
  stylesheets: FileWeight[];
  totals: { js: WeightTotals; css: WeightTotals; jsAndCss: WeightTotals };
  css: Record<string, Awaited<ReturnType<typeof cssComposition>>>;
  /** JS and CSS of the build that the entry page does not load (lazy chunks). */
  otherChunks: FileWeight[];
  fontsInBuild: WeightTotals;
  /** The font files the visits downloaded, and which pages did. */
  fontsDownloaded: (FileWeight & { pages: string[] })[];
  fontsDownloadedTotals: WeightTotals;
  /** HTML + JS + CSS + the fonts the home page downloaded. */
  firstPage: WeightTotals;
}

function weightTable(w: WeightReport): string {
  const rows = ['| File | Raw (KiB) | gzip -9 (KiB) | brotli (KiB) |', '| --- | ---: | ---: | ---: |'];
  rows.push(weightRow(w.html.file, w.html));
  for (const file of w.scripts) rows.push(weightRow(file.file, file));
  rows.push(weightRow('JavaScript', w.totals.js, true));
  for (const file of w.stylesheets) rows.push(weightRow(file.file, file));
  rows.push(weightRow('CSS', w.totals.css, true));
  rows.push(weightRow('JavaScript + CSS', w.totals.jsAndCss, true));
  for (const font of w.fontsDownloaded) rows.push(weightRow(`${font.file} (${font.pages.join(', ')})`, font));
  rows.push(weightRow(`Fonts downloaded (${w.fontsDownloaded.length} files)`, w.fontsDownloadedTotals, true));
  rows.push(weightRow('Home page: HTML + JS + CSS + its fonts', w.firstPage, true));
  return rows.join('\n');
}

function renderTable(groups: GroupSummary[]): string {
  const rows = [
    '| Page | Profile | Runs | FCP (ms) | LCP (ms) | Content rendered (ms) | DOMContentLoaded (ms) | Transferred (KiB) | Requests | Fonts |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const g of groups) {
    rows.push(
      `| ${g.label} | ${g.throttled ? 'Slow 4G, CPU ×4' : 'unthrottled'} | ${g.runs} | ${cell(g.firstContentfulPaint)} | ` +
        `${cell(g.largestContentfulPaint)} | ${cell(g.contentRendered)} | ${cell(g.domContentLoaded)} | ` +
        `${cell(g.transferredBytes, kib)} | ${cell(g.requests)} | ${Object.keys(g.fonts).length} |`,
    );
  }
  return rows.join('\n');
}

function milestoneTable(groups: GroupSummary[]): string {
  const rows = [
    '| Page | Profile | HTML received | CSS received | JS received | DOMContentLoaded | API data received | Content rendered | Last font received |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const median = (s: Stats | null) => (s ? String(Math.round(s.p50)) : '–');
  for (const g of groups) {
    rows.push(
      `| ${g.label} | ${g.throttled ? 'Slow 4G, CPU ×4' : 'unthrottled'} | ${median(g.milestones.html)} | ` +
        `${median(g.milestones.css)} | ${median(g.milestones.js)} | ${median(g.domContentLoaded)} | ` +
        `${median(g.milestones.data)} | ${median(g.contentRendered)} | ${median(g.milestones.fonts)} |`,
    );
  }
  return rows.join('\n');
}

function coverageTable(pages: PageSpec[], coverage: Record<string, CoverageEntry[]>): string {
  const rows = [
    `| File | Characters | ${pages.map((p) => `Used by ${p.name} (%)`).join(' | ')} |`,
    `| --- | ---: | ${pages.map(() => '---:').join(' | ')} |`,
  ];
  const files = [...new Set(Object.values(coverage).flatMap((entries) => entries.map((e) => e.file)))].sort();
  for (const file of files) {
    const entries = pages.map((p) => coverage[p.name]?.find((e) => e.file === file));
    const length = entries.find(Boolean)?.length ?? 0;
    rows.push(
      `| ${file} | ${length} | ${entries.map((e) => (e ? String(round((e.used / e.length) * 100)) : '–')).join(' | ')} |`,
    );
  }
  return rows.join('\n');
}

// ---------------------------------------------------------------------------------------------

/** One request of each kind before measuring: the pages must show what the benchmark waits for. */
async function checkServed(base: string, entryScripts: string[], questionId: number): Promise<{ compressed: string }> {
  const html = await (await fetch(`${base}/`)).text();
  const missing = entryScripts.filter((file) => !html.includes(`/${file}`));
  if (missing.length) {
    throw new Error(`Le serveur ne sert pas la construction temporaire (absent de « / » : ${missing.join(', ')}).`);
  }
  const list = (await (await fetch(`${base}/api/questions`)).json()) as { items?: unknown[] };
  if (!list.items?.length)
    throw new Error('GET /api/questions ne renvoie aucune question : la page d’accueil serait vide.');
  const question = (await (await fetch(`${base}/api/questions/${questionId}`)).json()) as { answers?: unknown[] };
  if (!question.answers?.length) throw new Error(`La question ${questionId} n’a pas de réponse publiée.`);
  const js = await fetch(`${base}/${entryScripts[0]}`, { headers: { 'accept-encoding': 'br, gzip' } });
  await js.arrayBuffer();
  return { compressed: js.headers.get('content-encoding') ?? 'none' };
}

async function main(): Promise<void> {
  checkServiceTargets(settings.databaseUrl, settings.redisUrl, 'empties and reseeds');
  const { startedAt, stamp, loadAtStart } = await beginRun(settings.port);
  try {
    await ensureServices(settings.databaseUrl, settings.redisUrl);
  } catch (error) {
    throw new Error(`PostgreSQL et Redis sont nécessaires au banc d’essai du client.\n${(error as Error).message}`, {
      cause: error,
    });
  }
  const distDir = await mkdtemp(path.join(os.tmpdir(), 'entraide-client-bench-'));
  const sequelize = await openDatabase(settings.databaseUrl, settings.redisUrl);
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  stopOnSignalsAndExit(() => server, { cleanup: () => rmSync(distDir, { recursive: true, force: true }) });

  try {
    console.log(`Building the client into ${distDir}…`);
    const build = await buildClient(distDir);
    console.log(`  built in ${build.seconds} s`);
    const entry = await entryPage(distDir);
    const files = await buildFiles(distDir);

    const dataset = await prepareDataset(sequelize, settings.size);
    const versions = await serviceVersions(sequelize, settings.redisUrl);

    server = startServer({
      port: settings.port,
      databaseUrl: settings.databaseUrl,
      redisUrl: settings.redisUrl,
      logFile: serverLogFile('client', stamp, settings.port),
      stopGraceMs: 12_000,
      env: { CLIENT_DIST_DIR: distDir },
    });
    await waitUntilReady(server);
    const served = await checkServed(server.base, entry.scripts, dataset.hotQuestionId);

    const pages: PageSpec[] = [
      {
        name: 'home',
        label: 'Home (/)',
        path: '/',
        content: ['.question-item-title a'],
        dataRequest: '/api/questions',
      },
      {
        name: 'question',
        label: `Question (${dataset.hotQuestionId}, 20 answers)`,
        path: `/questions/${dataset.hotQuestionId}`,
        content: ['#question-title', '.answer-list article.answer'],
        dataRequest: `/api/questions/${dataset.hotQuestionId}`,
      },
    ];

    browser = await launchChromium();
    const chromiumVersion = browser.version();
    const userAgent = mobileUserAgent(chromiumVersion);
    const timeoutMs = settings.visitTimeout * 1_000;
    const once = async (spec: PageSpec, throttled: boolean, label: string, coverage = false): Promise<VisitResult> => {
      try {
        const result = await visit(browser!, server!.base, spec, { throttled, userAgent, timeoutMs, coverage });
        console.log(
          `  ${label}: FCP ${result.firstContentfulPaint} ms, LCP ${result.largestContentfulPaint} ms, ` +
            `content ${result.contentRendered} ms, ${kib(result.transferredBytes)} KiB in ${result.requests} requests ` +
            `(load ${result.loadAverage1m})`,
        );
        return result;
      } catch (error) {
        throw new Error(
          `La page ${spec.path} (${label}) n’a pas affiché son contenu (${spec.content.join(', ')}) : ` +
            `${(error as Error).message}`,
          { cause: error },
        );
      }
    };

    // Not timed: the server's first requests (code not yet optimised, empty page cache). These
    // visits record which part of the JS and CSS the first render uses (coverage slows a page).
    console.log('Warm-up visits, with code coverage (not timed)…');
    const coverage: Record<string, CoverageEntry[]> = {};
    for (const spec of pages)
      coverage[spec.name] = (await once(spec, false, `${spec.name}, warm-up`, true)).coverage ?? [];

    console.log(`Measured visits, ${THROTTLED}, ${settings.runs} of each page…`);
    const throttledVisits: Record<string, VisitResult[]> = Object.fromEntries(pages.map((p) => [p.name, []]));
    for (let run = 1; run <= settings.runs; run += 1) {
      // Alternating the pages spreads the machine's load swings over both.
      for (const spec of pages) throttledVisits[spec.name]!.push(await once(spec, true, `${spec.name} #${run}`));
    }
    console.log('Unthrottled visits, for comparison…');
    const unthrottledVisits: Record<string, VisitResult[]> = {};
    for (const spec of pages) unthrottledVisits[spec.name] = [await once(spec, false, `${spec.name}, unthrottled`)];
    await browser.close();
    browser = undefined;

    const groups = [
      ...pages.map((spec) => summarize(spec, true, throttledVisits[spec.name]!)),
      ...pages.map((spec) => summarize(spec, false, unthrottledVisits[spec.name]!)),
    ];

    // Weights, with the fonts the visits actually downloaded.
    const html = await weigh(distDir, 'index.html');
    const scripts = await Promise.all(entry.scripts.map((file) => weigh(distDir, file)));
    const stylesheets = await Promise.all(entry.stylesheets.map((file) => weigh(distDir, file)));
    const entryFiles = new Set([...entry.scripts, ...entry.stylesheets]);
    const otherChunks = await Promise.all(
      files.filter((f) => /\.(m?js|css)$/.test(f) && !entryFiles.has(f)).map((file) => weigh(distDir, file)),
    );
    const fontPaths = files.filter((f) => /\.(woff2?|ttf|otf)$/i.test(f));
    const fontsInBuild = totals(await Promise.all(fontPaths.map((file) => weigh(distDir, file))));
    const fontPages = new Map<string, Set<string>>();
    for (const g of groups) {
      for (const file of Object.keys(g.fonts)) {
        if (!fontPages.has(file)) fontPages.set(file, new Set());
        fontPages.get(file)!.add(g.page);
      }
    }
    const fontsDownloaded = await Promise.all(
      [...fontPages].map(async ([file, onPages]) => {
        const inBuild = fontPaths.find((f) => path.posix.basename(f) === file) ?? `assets/${file}`;
        return { ...(await weigh(distDir, inBuild)), pages: [...onPages].sort() };
      }),
    );
    const homeFonts = fontsDownloaded.filter((f) => f.pages.includes('home'));
    const weight: WeightReport = {
      html,
      scripts,
      stylesheets,
      totals: { js: totals(scripts), css: totals(stylesheets), jsAndCss: totals([...scripts, ...stylesheets]) },
      css: Object.fromEntries(
        await Promise.all(entry.stylesheets.map(async (file) => [file, await cssComposition(distDir, file)] as const)),
      ),
      otherChunks,
      fontsInBuild,
      fontsDownloaded,
      fontsDownloadedTotals: totals(fontsDownloaded),
      firstPage: totals([html, ...scripts, ...stylesheets, ...homeFonts]),
    };

    await stopServer(server);
    const reportMachine = {
      ...machine(),
      chromium: chromiumVersion,
      loadAverage: { start: loadAtStart, end: loadAverage() },
    };
    const tables = {
      weight: weightTable(weight),
      render: renderTable(groups),
      milestones: milestoneTable(groups),
      coverage: coverageTable(pages, coverage),
    };
    const report = {
      date: startedAt.toISOString(),
      command: commandLine('bench:client', 'bench/client/run.ts'),
      machine: reportMachine,
      services: versions,
      code: codeVersion(),
      settings: {
        runs: settings.runs,
        throttled: {
          network: 'Network.emulateNetworkConditions (DevTools protocol)',
          latencyMs: SLOW_4G.latencyMs,
          downloadBytesPerSecond: SLOW_4G.downloadBitsPerSecond / 8,
          uploadBytesPerSecond: SLOW_4G.uploadBitsPerSecond / 8,
          cpu: `Emulation.setCPUThrottlingRate ${SLOW_4G.cpuSlowdown}`,
        },
        device: { ...PHONE, userAgent },
        cacheDisabled: true,
        visitTimeoutSeconds: settings.visitTimeout,
        server: {
          port: settings.port,
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          RATE_LIMITS: 'off',
          processes: 1,
          contentEncodingOfJs: served.compressed,
        },
      },
      build: { ...build, entry, files },
      dataset,
      pages,
      weight,
      coverage,
      summaries: groups,
      visits: { throttled: throttledVisits, unthrottled: unthrottledVisits },
      serverErrorLogLines: server.errorLines,
      serverLog: path.relative(ROOT, server.logFile),
      tables,
    };
    const file = await writeReport('client', stamp, report);

    const notes = [
      `Content-Encoding of the JavaScript as the real server sends it (asked for "br, gzip"): ` +
        `"${served.compressed}"` +
        (served.compressed === 'none'
          ? ', so the bytes transferred are the raw sizes (plus headers).'
          : ', so the bytes transferred are the compressed sizes (plus headers).'),
      `Stylesheets: ${Object.entries(weight.css)
        .map(
          ([name, c]) =>
            `${name}: ${c.fontFaces} @font-face (${c.fontUrls} font files referenced), ${c.dataUrls} inline data: URLs ` +
            `(${kib(c.dataUrlBytes)} KiB)`,
        )
        .join('; ')}.`,
      `The build holds ${fontsInBuild.files} font files (${kib(fontsInBuild.raw)} KiB); ` +
        `${otherChunks.length} JS/CSS files not loaded by the entry page` +
        (otherChunks.length ? ` (${kib(totals(otherChunks).raw)} KiB raw).` : '.'),
      `Largest contentful paint element (throttled): ${groups
        .filter((g) => g.throttled)
        .map(
          (g) =>
            `${g.page}: ${Object.entries(g.largestContentfulPaintElements)
              .map(([el, n]) => `${el} ×${n}`)
              .join(', ')}`,
        )
        .join('; ')}.`,
      ...groups
        .filter((g) => g.consoleErrors.length)
        .map((g) => `Console errors (${g.page}): ${g.consoleErrors.join(' | ')}`),
    ];
    const machineText = `${machineLine(reportMachine, versions)}; Chromium ${chromiumVersion}`;
    const markdown = [
      `# Client benchmark, ${startedAt.toISOString()}`,
      '',
      `\`${report.command}\``,
      '',
      machineText,
      '',
      `Code: ${report.code ? `${report.code.commit.slice(0, 12)}, ${report.code.uncommittedFiles.length} uncommitted files` : 'unknown'}.`,
      '',
      '## Weight of the entry page',
      '',
      tables.weight,
      '',
      '## First render on a phone',
      '',
      `${PHONE.viewport.width}×${PHONE.viewport.height}, DPR ${PHONE.deviceScaleFactor}, touch, mobile user agent; ` +
        `throttled profile: ${THROTTLED}; cache disabled; a fresh browser context per visit. Median (min–max), ` +
        'ms from the navigation start.',
      '',
      tables.render,
      '',
      'Medians, ms from the navigation start:',
      '',
      tables.milestones,
      '',
      'Share of the JavaScript that ran and of the CSS rules that were used by the first render ' +
        '(unthrottled warm-up visit, Chromium code coverage):',
      '',
      tables.coverage,
      '',
      ...notes.map((n) => `- ${n}`),
      '',
    ].join('\n');
    const markdownFile = path.join(RESULTS_DIR, `client-${stamp}.md`);
    await writeFile(markdownFile, markdown);

    console.log(`\n${tables.weight}\n\n${tables.render}\n\n${tables.milestones}\n\n${tables.coverage}\n`);
    for (const note of notes) console.log(`- ${note}`);
    console.log(`\n${machineText}`);
    console.log(`Server log lines at level error: ${server.errorLines}`);
    console.log(`Results: ${file} and ${path.relative(ROOT, markdownFile)}`);
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    if (server) await stopServer(server);
    await sequelize.close();
    await rm(distDir, { recursive: true, force: true });
  }
}

runBenchmark(main);
