// The client's weight: the production build into a directory of its own, then the entry page's
// HTML, JavaScript and CSS, raw and compressed as a server or a proxy would send them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT, round } from '../lib/report';

export type FileKind = 'html' | 'js' | 'css' | 'font' | 'other';

export interface FileWeight {
  /** Path inside the build (`index.html`, `assets/index-….js`). */
  file: string;
  kind: FileKind;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface WeightTotals {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface BuildResult {
  seconds: number;
  /** The last lines vite printed (its own size table). */
  outputTail: string[];
}

/**
 * `CLIENT_DIST_DIR=<dir> npx vite build --config client/vite.config.ts`, from the repository's
 * root. A failed build stops the benchmark with vite's last lines.
 */
export async function buildClient(outDir: string): Promise<BuildResult> {
  const started = performance.now();
  const lines: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build', '--config', 'client/vite.config.ts'], {
      cwd: ROOT,
      env: { ...process.env, CLIENT_DIST_DIR: outDir, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(line);
      if (lines.length > 60) lines.splice(0, lines.length - 60);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (error) =>
      reject(new Error(`Impossible de lancer « npx vite build » pour construire le client : ${error.message}`)),
    );
    child.once('exit', (exitCode, signal) => resolve(signal ? -1 : exitCode));
  });
  if (code !== 0) {
    throw new Error(
      `La construction du client a échoué (« CLIENT_DIST_DIR=${outDir} npx vite build --config ` +
        `client/vite.config.ts » a rendu le code ${code}). Dernières lignes :\n${lines.slice(-25).join('\n')}`,
    );
  }
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`La construction du client n’a pas produit ${path.join(outDir, 'index.html')}.`);
  }
  return { seconds: round((performance.now() - started) / 1_000), outputTail: lines.slice(-30) };
}

function kindOf(file: string): FileKind {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.html') return 'html';
  if (extension === '.js' || extension === '.mjs') return 'js';
  if (extension === '.css') return 'css';
  if (['.woff2', '.woff', '.ttf', '.otf'].includes(extension)) return 'font';
  return 'other';
}

/** Raw, gzip (level 9) and brotli (quality 11, the default) sizes of one file of the build. */
export async function weigh(distDir: string, file: string): Promise<FileWeight> {
  const bytes = await readFile(path.join(distDir, file));
  const kind = kindOf(file);
  const text = kind === 'html' || kind === 'js' || kind === 'css';
  return {
    file,
    kind,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

export function totals(weights: FileWeight[]): WeightTotals {
  return {
    files: weights.length,
    raw: weights.reduce((sum, w) => sum + w.raw, 0),
    gzip: weights.reduce((sum, w) => sum + w.gzip, 0),
    brotli: weights.reduce((sum, w) => sum + w.brotli, 0),
  };
}

/** The value of `name` in one HTML tag's attributes, or null. */
function attribute(tag: string, name: string): string | null {
  return (
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find(Boolean) ?? null
  );
}

/** `/assets/x.js` → `assets/x.js`; null for anything not served from the build (other origins). */
function buildPath(url: string): string | null {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null;
  return url.replace(/^\//, '').split(/[?#]/)[0]!;
}

export interface EntryPage {
  /** The scripts the page runs (`<script src>`) and preloads (`<link rel="modulepreload">`). */
  scripts: string[];
  stylesheets: string[];
}

/** What index.html of the build loads before anything runs. */
export async function entryPage(distDir: string): Promise<EntryPage> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    const file = src && buildPath(src);
    if (file) scripts.add(file);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    const file = href && buildPath(href);
    if (!file) continue;
    if (rel.includes('modulepreload')) scripts.add(file);
    else if (rel.includes('stylesheet')) stylesheets.add(file);
  }
  return { scripts: [...scripts], stylesheets: [...stylesheets] };
}

/** Every file of the build, as paths inside it. */
export async function buildFiles(distDir: string): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** What a stylesheet spends on inline `data:` URLs (Vite inlines assets under 4 KiB) and on @font-face. */
export async function cssComposition(
  distDir: string,
  file: string,
): Promise<{ dataUrls: number; dataUrlBytes: number; fontFaces: number; fontUrls: number }> {
  const css = await readFile(path.join(distDir, file), 'utf8');
  const dataUrls = [...css.matchAll(/url\(\s*(["']?)data:[^)]*\)/g)];
  return {
    dataUrls: dataUrls.length,
    dataUrlBytes: dataUrls.reduce((sum, [match]) => sum + Buffer.byteLength(match), 0),
    fontFaces: [...css.matchAll(/@font-face\s*\{/g)].length,
    fontUrls: new Set([...css.matchAll(/url\(\s*["']?([^)"']+\.(?:woff2?|ttf|otf))/g)].map((m) => m[1])).size,
  };
}
