import type { Check, CheckContext, CheckName, CheckResult, PostToCheck } from './types';
import { abuse } from './abuse';
import { duplicateText } from './duplicateText';
import { email } from './email';
import { flooding } from './flooding';
import { iban } from './iban';
import { links } from './links';
import { nir } from './nir';
import { paymentCard } from './paymentCard';
import { phone } from './phone';
import { shouting } from './shouting';
import { sirenSiret } from './sirenSiret';
import { spamPattern } from './spamPattern';

export type { Check, CheckContext, CheckMatch, CheckName, CheckResult, PostToCheck } from './types';
export { PERSONAL_DATA_CHECKS } from './types';

/** The checks that need nothing but the post and its context (the duplicate question needs the database). */
export type AutomatedCheckName = Exclude<CheckName, 'duplicate_question'>;

/** Every automated check, by name. */
export const CHECKS: Record<AutomatedCheckName, Check> = {
  email,
  phone,
  siren_siret: sirenSiret,
  iban,
  nir,
  payment_card: paymentCard,
  links,
  duplicate_text: duplicateText,
  spam_pattern: spamPattern,
  shouting,
  abuse,
  flooding,
};

export const CHECK_NAMES = Object.keys(CHECKS) as AutomatedCheckName[];

/** A context that lets everything through: no link limit, no recent posts. */
export const NEUTRAL_CONTEXT: CheckContext = {
  maxLinks: Infinity,
  recentTexts: [],
  postsLastMinute: 0,
  postsLastHour: 0,
};

/** Runs every check on the post; only the checks that found something are returned. */
export function runChecks(post: PostToCheck, context: CheckContext): CheckResult[] {
  const results: CheckResult[] = [];
  for (const name of CHECK_NAMES) {
    const result = CHECKS[name](post, context);
    if (result && result.score > 0) results.push(result);
  }
  return results;
}
