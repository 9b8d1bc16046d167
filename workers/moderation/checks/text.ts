import type { PostToCheck } from './types';

// Helpers shared by the checks: which text to read, how to fold it, how to mask what was found.

/** Title and body together: personal data in a title is as public as in the body. */
export function postText(post: PostToCheck): string {
  return post.title ? `${post.title}\n${post.body}` : post.body;
}

/** Lower case, no accents, straight apostrophes: the form word lists are written in. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

const ALNUM = /[\p{L}\p{N}]/gu;

/** Replaces every letter and digit by « • » except the first `keepStart` and last `keepEnd` ones,
 *  keeping spaces and punctuation so the author recognises what to remove. */
export function maskAlnum(raw: string, keepStart: number, keepEnd: number): string {
  const total = raw.match(ALNUM)?.length ?? 0;
  let seen = 0;
  return raw.replace(ALNUM, (char) => {
    seen += 1;
    return seen <= keepStart || seen > total - keepEnd ? char : '•';
  });
}

/** The folded text just before a match: context words (« SIRET », « facture n° ») live there. */
export function before(text: string, index: number, length = 40): string {
  return fold(text.slice(Math.max(0, index - length), index));
}

/** The folded text just after a match. */
export function after(text: string, end: number, length = 20): string {
  return fold(text.slice(end, end + length));
}

/** A number followed by a currency, a percentage or decimals is an amount, whatever its key. */
export function isAmount(text: string, end: number): boolean {
  return /^\s?(?:,\d|€|eur\b|euros?\b|k€|m€|%|ht\b|ttc\b|unites\b|pieces\b|actions\b|parts\b)/.test(after(text, end));
}

/** Placeholders (« 000 000 000 », « 111111111 ») pass some keys but identify nobody. */
export function isRepeatedDigit(digits: string): boolean {
  return /^(\d)\1*$/.test(digits);
}

export interface DigitRun {
  /** The run as written, separators included. */
  raw: string;
  index: number;
  /** The digit groups between separators. */
  groups: string[];
  digits: string;
}

/** Maximal runs of digit groups joined by one separator each (« 123 456 789 00012 »), not glued to
 *  letters or other digits: a number inside a reference like « FA2021000457 » is not a run. */
export function digitRuns(text: string, separators: RegExp): DigitRun[] {
  const runs: DigitRun[] = [];
  const pattern = new RegExp(`\\d+(?:(?:${separators.source})\\d+)*`, 'g');
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const previous = text.slice(Math.max(0, start - 2), start);
    if (/[\p{L}\p{N}_]$/u.test(previous) || /\d[.,]$/.test(previous)) continue;
    if (/^[\p{L}_]/u.test(text.slice(end, end + 1))) continue;
    const groups = match[0].split(new RegExp(separators.source));
    runs.push({ raw: match[0], index: start, groups, digits: groups.join('') });
  }
  return runs;
}

/** « (a, b) » list of masked matches, each listed once. */
export function listed(masked: string[]): string {
  return [...new Set(masked)].join(', ');
}

/** The detail shared by the personal-data checks: what was found, masked, what to do and why. */
export function personalDataDetail(
  what: { one: string; many: string; feminine?: boolean },
  masked: string[],
  why: string,
  urgently = false,
): string {
  const unique = [...new Set(masked)];
  const plural = unique.length > 1;
  const pronoun = plural ? 'les' : what.feminine ? 'la' : 'le';
  const action = urgently ? 'immédiatement' : 'pour préserver votre anonymat';
  return `Votre message contient ${plural ? what.many : what.one} (${listed(unique)}) : retirez-${pronoun} ${action}. ${why}`;
}
