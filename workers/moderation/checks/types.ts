// The automated moderation checks: small pure functions over one post and what we know of its
// author's recent activity. The worker runs them (index.ts) and verdict.ts turns their results
// into publish / review / hold.

export type CheckName =
  | 'email'
  | 'phone'
  | 'siren_siret'
  | 'iban'
  | 'nir'
  | 'payment_card' // personal data
  | 'links'
  | 'duplicate_text'
  | 'spam_pattern'
  | 'shouting' // spam
  | 'abuse' // insults and threats
  | 'flooding' // too many posts
  | 'duplicate_question'; // a published question already asks the same: found by the worker in the database, not by runChecks

export const PERSONAL_DATA_CHECKS: CheckName[] = ['email', 'phone', 'siren_siret', 'iban', 'nir', 'payment_card'];

export interface PostToCheck {
  kind: 'question' | 'answer';
  title: string | null;
  /** The author's markdown. */
  body: string;
}

export interface CheckContext {
  /** Links the author's reputation allows in one post (the platform allows 2 below 10 points, unlimited above: pass Infinity). */
  maxLinks: number;
  /** Plain texts of the author's other posts of the last 24 hours (to find the same text posted twice). */
  recentTexts: string[];
  /** The author's posts in the last minute, this one excluded. */
  postsLastMinute: number;
  postsLastHour: number;
  /** Flooding thresholds when a deployment sets its own (defaults in flooding.ts). */
  floodPerMinute?: number;
  floodPerHour?: number;
}

/** The matched text, masked, e.g. "06 •• •• •• 78", "j•••@e•••.fr", "FR76 •••• •••• •••• •••• •••• 189". */
export interface CheckMatch {
  masked: string;
}

export interface CheckResult {
  check: CheckName;
  /** 0..1: how sure the check is that the post breaks the rule. */
  score: number;
  /** French, for the author and moderators, saying exactly what to remove, with the masked match(es):
   *  e.g. « Votre message contient un numéro de téléphone (06 •• •• •• 78) : retirez-le pour préserver votre anonymat. » */
  detail: string;
  matches?: CheckMatch[];
  /** For 'duplicate_question' (found by the worker in the database): the published question this one probably repeats. */
  duplicateQuestionId?: number;
}

export type Check = (post: PostToCheck, context: CheckContext) => CheckResult | null;
