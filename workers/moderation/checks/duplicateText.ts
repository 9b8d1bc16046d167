import type { Check } from './types';
import { markdownToText } from '../../../server/lib/markdown';
import { fold } from './text';

// The same text posted again within a day (the same answer pasted under several questions, or a
// question re-posted) is how spam spreads. Texts are compared after removing markup, case, accents
// and punctuation, so « !! » or a bold word do not hide a copy; near-identical texts (a word or two
// changed) count too, measured by the overlap of their character trigrams.

/** Similarity from which two texts are the same text. */
export const SAME_TEXT_SIMILARITY = 0.97;
/** Similarity from which two texts are near-identical: a word or two changed. */
export const NEAR_IDENTICAL_SIMILARITY = 0.85;
/** Shorter texts (« Merci beaucoup ! ») are naturally repeated. */
export const MIN_COMPARED_LENGTH = 40;

export function comparableText(text: string): string {
  return fold(markdownToText(text))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function trigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i + 3 <= padded.length; i += 1) {
    const gram = padded.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over character trigrams (counted with multiplicity): 1 for identical texts. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of left) {
    shared += Math.min(count, right.get(gram) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

export const duplicateText: Check = (post, context) => {
  const candidates = [comparableText(post.body)];
  if (post.title) candidates.push(comparableText(`${post.title}\n\n${post.body}`));
  if (candidates.every((text) => text.length < MIN_COMPARED_LENGTH)) return null;
  let best = 0;
  for (const recent of context.recentTexts) {
    const other = comparableText(recent);
    if (other.length < MIN_COMPARED_LENGTH) continue;
    for (const text of candidates) {
      // Dice cannot exceed 2·short / (short + long): texts of very different lengths are skipped unread.
      const bound = (2 * Math.min(text.length, other.length)) / (text.length + other.length);
      if (bound < NEAR_IDENTICAL_SIMILARITY) continue;
      best = Math.max(best, similarity(text, other));
    }
  }
  if (best < NEAR_IDENTICAL_SIMILARITY) return null;
  const same = best >= SAME_TEXT_SIMILARITY;
  return {
    check: 'duplicate_text',
    score: same ? 0.9 : 0.6,
    detail: same
      ? 'Vous avez déjà publié ce même texte dans les dernières 24 heures : ne le republiez pas, adaptez votre message à cette question.'
      : 'Ce message est presque identique à un autre que vous avez publié dans les dernières 24 heures : adaptez-le à cette question plutôt que de le copier.',
  };
};
