import type { Check, CheckMatch } from './types';
import { luhnValid } from './keys';
import { before, digitRuns, isRepeatedDigit, maskAlnum, personalDataDetail, postText } from './text';

// Payment card numbers: Luhn-valid, with a prefix and a length a card network really issues.
// 14-digit cards (old Diners Club) are left out: they collide with SIRETs, which are Luhn numbers too.

const SEPARATORS = /[ .\-\u00a0\u202f]/;

/** Issuer prefixes and the lengths they use. */
const NETWORKS: { prefix: RegExp; lengths: number[] }[] = [
  { prefix: /^4/, lengths: [13, 16, 19] }, // Visa (and CB co-branded)
  { prefix: /^(?:5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720))/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // American Express
  { prefix: /^(?:6011|64[4-9]|65)/, lengths: [16, 17, 18, 19] }, // Discover
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] }, // JCB
  { prefix: /^(?:62|50|5[6-9]|6[0-9])/, lengths: [16, 17, 18, 19] }, // UnionPay, Maestro
];

/** Groups of four (the last one shorter), Amex's 4-6-5, or no grouping at all. */
function cardShaped(groups: string[]): boolean {
  if (groups.length === 1) return true;
  const lengths = groups.map((group) => group.length);
  if (lengths.join(',') === '4,6,5') return true;
  const last = lengths[lengths.length - 1] ?? 0;
  return lengths.slice(0, -1).every((length) => length === 4) && last >= 1 && last <= 4;
}

const CARD_WORDS = /(?:carte|cb|visa|mastercard|amex|american express|maestro|jcb|discover|unionpay)[^\n]{0,30}$/;

export const paymentCard: Check = (post) => {
  const text = postText(post);
  const found: { match: CheckMatch; score: number }[] = [];
  for (const run of digitRuns(text, SEPARATORS)) {
    const { digits } = run;
    if (digits.length < 13 || digits.length > 19 || !cardShaped(run.groups)) continue;
    if (isRepeatedDigit(digits) || !luhnValid(digits)) continue;
    if (!NETWORKS.some((network) => network.prefix.test(digits) && network.lengths.includes(digits.length))) continue;
    const score = CARD_WORDS.test(before(text, run.index)) ? 1 : 0.9;
    found.push({ match: { masked: maskAlnum(run.raw, 0, 4) }, score });
  }
  if (found.length === 0) return null;
  const matches = found.map((entry) => entry.match);
  return {
    check: 'payment_card',
    score: Math.max(...found.map((entry) => entry.score)),
    detail: personalDataDetail(
      { one: 'un numéro de carte bancaire', many: 'des numéros de carte bancaire' },
      matches.map((m) => m.masked),
      'Un numéro de carte permet des paiements frauduleux : par prudence, prévenez votre banque.',
      true,
    ),
    matches,
  };
};
