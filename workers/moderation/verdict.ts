import { PERSONAL_DATA_CHECKS, type CheckName, type CheckResult } from './checks/types';

// From the checks' results to what happens to the post. Personal data is never published, even
// for a moment: the anonymity promise outweighs a moderator's time. Threats and strong insults
// wait for a moderator too. Everything else that is doubtful is published after a review, or
// reviewed first: a false alarm must not silence an honest author for long.

export type Verdict = 'publish' | 'review' | 'hold';

/** Abuse from this score (threats 1, strong insults 0.9) is held; below (mild insults, vulgarity), reviewed. */
export const ABUSE_HOLD_SCORE = 0.7;
/** Spam (links beyond the allowance, the same text twice, known spam) from this score is held… */
export const SPAM_HOLD_SCORE = 0.8;
/** …and from this one, reviewed. Below, it is published: one weak sign is not spam. */
export const SPAM_REVIEW_SCORE = 0.4;
/** Shouting alone is bad manners, not a danger: at most a review, from this score. */
export const SHOUTING_REVIEW_SCORE = 0.5;

const SPAM_CHECKS: CheckName[] = ['links', 'duplicate_text', 'spam_pattern'];
const RANK: Record<Verdict, number> = { publish: 0, review: 1, hold: 2 };

/** What one result alone asks for. */
export function verdictOfResult(result: CheckResult): Verdict {
  if (result.score <= 0) return 'publish';
  // A likely duplicate of a published question: a moderator links or merges, the author is not blocked.
  if (result.check === 'duplicate_question') return 'review';
  if (PERSONAL_DATA_CHECKS.includes(result.check)) return 'hold';
  if (result.check === 'flooding') return 'hold';
  if (result.check === 'abuse') return result.score >= ABUSE_HOLD_SCORE ? 'hold' : 'review';
  if (result.check === 'shouting') return result.score >= SHOUTING_REVIEW_SCORE ? 'review' : 'publish';
  if (SPAM_CHECKS.includes(result.check)) {
    if (result.score >= SPAM_HOLD_SCORE) return 'hold';
    return result.score >= SPAM_REVIEW_SCORE ? 'review' : 'publish';
  }
  return 'review';
}

/** The strictest verdict the results ask for, with the results that ask for it (strictest first). */
export function verdictOf(results: CheckResult[]): { verdict: Verdict; reasons: CheckResult[] } {
  const judged = results.map((result) => ({ result, verdict: verdictOfResult(result) }));
  const verdict = judged.reduce<Verdict>(
    (worst, { verdict }) => (RANK[verdict] > RANK[worst] ? verdict : worst),
    'publish',
  );
  const reasons = judged
    .filter((entry) => entry.verdict !== 'publish')
    .sort((a, b) => RANK[b.verdict] - RANK[a.verdict] || b.result.score - a.result.score)
    .map((entry) => entry.result);
  return { verdict, reasons };
}
