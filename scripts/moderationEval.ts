// npm run moderation:eval — runs every automated moderation check on the labelled corpus
// (test/fixtures/moderation/corpus.json) and prints, per check, true and false positives and
// negatives, precision and recall, then the same for personal data as a whole: a post exposes
// personal data if any personal-data check must fire on it, and is caught if any of them fires.
import { fileURLToPath } from 'node:url';
import { CHECK_NAMES, runChecks } from '../workers/moderation/checks/index';
import { PERSONAL_DATA_CHECKS } from '../workers/moderation/checks/types';
import { entryContext, entryPost, loadCorpus, type CorpusEntry } from '../test/fixtures/moderation/corpus';

export const PERSONAL_DATA = 'données personnelles';

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** Ids of the entries the check got wrong. */
  errors: string[];
}

export const precision = (t: Tally): number => t.truePositives / (t.truePositives + t.falsePositives || 1);
export const recall = (t: Tally): number => t.truePositives / (t.truePositives + t.falseNegatives || 1);

function count(tally: Tally, id: string, fired: boolean, expected: boolean): void {
  if (fired && expected) tally.truePositives += 1;
  else if (!fired && !expected) tally.trueNegatives += 1;
  else if (fired) {
    tally.falsePositives += 1;
    tally.errors.push(`faux positif ${id}`);
  } else {
    tally.falseNegatives += 1;
    tally.errors.push(`faux négatif ${id}`);
  }
}

/** Per check (and for personal data as a whole), how the checks fare on the corpus. */
export function evaluate(corpus: CorpusEntry[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const name of [...CHECK_NAMES, PERSONAL_DATA]) {
    tallies.set(name, { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0, errors: [] });
  }
  for (const entry of corpus) {
    const fired = new Set<string>(runChecks(entryPost(entry), entryContext(entry)).map((result) => result.check));
    const expected = new Set<string>(entry.expected);
    for (const name of CHECK_NAMES) count(tallies.get(name)!, entry.id, fired.has(name), expected.has(name));
    count(
      tallies.get(PERSONAL_DATA)!,
      entry.id,
      PERSONAL_DATA_CHECKS.some((name) => fired.has(name)),
      PERSONAL_DATA_CHECKS.some((name) => expected.has(name)),
    );
  }
  return tallies;
}

function main(): void {
  const corpus = loadCorpus();
  const started = performance.now();
  const tallies = evaluate(corpus);
  const elapsed = performance.now() - started;

  const clean = corpus.filter((entry) => entry.expected.length === 0).length;
  console.log(`Corpus : ${corpus.length} messages, dont ${clean} sur lesquels aucun contrôle ne doit se déclencher.\n`);
  const header = ['contrôle', 'VP', 'FP', 'FN', 'VN', 'précision', 'rappel'];
  const rows = [...tallies].map(([name, t]) => [
    name,
    String(t.truePositives),
    String(t.falsePositives),
    String(t.falseNegatives),
    String(t.trueNegatives),
    precision(t).toFixed(3),
    recall(t).toFixed(3),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));

  const errors = [...tallies].flatMap(([name, t]) =>
    name === PERSONAL_DATA ? [] : t.errors.map((e) => `  ${name} : ${e}`),
  );
  console.log(errors.length === 0 ? '\nAucune erreur.' : `\nErreurs :\n${errors.join('\n')}`);
  console.log(`\nDurée moyenne des contrôles : ${(elapsed / corpus.length).toFixed(2)} ms par message.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
