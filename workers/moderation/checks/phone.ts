import type { Check, CheckMatch } from './types';
import { before, digitRuns, maskAlnum, personalDataDetail, postText } from './text';

// French phone numbers: ten digits 0[1-9]…, or +33 / 0033 followed by the nine digits. People group
// them every way (06 12 34 56 78, 06 12 345 678, 0612 345 678, 0 800 123 456), mix separators
// (06-12 34 56 78) and double spaces: any grouping of ten digits starting 0[1-9] counts, as long as
// the run of digits is exactly the number (a longer run is something else). Mobiles and landlines
// alike: a landline points to a business or a home.

const SEPARATORS = /[ .\-/\u00a0\u202f]{1,2}/;
// +33 6 12 34 56 78, (+33) 6…, +33 (0)1 42 68 53 00, 0033 6 12 34 56 78, +33.6.71.22.45.98, +33612345678
const INTERNATIONAL =
  /(?<![\d+])\(?(?:\+|00)\s?33\)?[ .\-\u00a0]?(?:\(0\)[ .\-\u00a0]?)?[1-9](?:[ .\-/\u00a0\u202f]{0,2}\d){8}(?![ .\-\u00a0]?\d)/g;

const REFERENCE_BEFORE =
  /(?:facture|commande|dossier|ref|reference|contrat|client|compte|suivi|colis|ticket|devis|pret|transaction|avis|allocataire)[^.\n]{0,15}$/;
const PHONE_BEFORE =
  /(?:tel|telephone|portable|mobile|fixe|appel|joign|whatsapp|sms|standard|ligne|numero)[^.\n]{0,15}$/;

/** The prefix (+33, 0033, (0)) and the first digit of the number stay visible, and the last two. */
function mask(raw: string): string {
  const prefix = /^\(?(?:\+|00)\s?33\)?[ .\-\u00a0]?(?:\(0\)\s?)?/.exec(raw)?.[0] ?? '';
  const prefixDigits = prefix.replace(/\D/g, '').length;
  return maskAlnum(raw, prefixDigits > 0 ? prefixDigits + 1 : 2, 2);
}

export const phone: Check = (post) => {
  const text = postText(post);
  const found: { index: number; end: number; match: CheckMatch; grouped: boolean; announced: boolean }[] = [];
  const add = (index: number, raw: string, grouped: boolean) => {
    const end = index + raw.length;
    if (found.some((other) => index < other.end && other.index < end)) return;
    const context = before(text, index, 30);
    // Ten digits in a row may be a customer or file number: the text says which.
    if (!grouped && REFERENCE_BEFORE.test(context)) return;
    found.push({ index, end, match: { masked: mask(raw) }, grouped, announced: PHONE_BEFORE.test(context) });
  };
  for (const m of text.matchAll(INTERNATIONAL)) add(m.index, m[0], true);
  for (const run of digitRuns(text, SEPARATORS)) {
    if (!/^0[1-9]\d{8}$/.test(run.digits)) continue;
    if (run.groups.some((group) => group.length > 4) && run.groups.length > 1) continue;
    // « +0612345678 » is no French way of writing a number.
    if (text[run.index - 1] === '+') continue;
    add(run.index, run.raw, run.groups.length > 1);
  }
  if (found.length === 0) return null;
  const score = found.some((entry) => entry.announced) ? 1 : found.some((entry) => entry.grouped) ? 0.95 : 0.85;
  const matches = found.sort((a, b) => a.index - b.index).map((entry) => entry.match);
  return {
    check: 'phone',
    score,
    detail: personalDataDetail(
      { one: 'un numéro de téléphone', many: 'des numéros de téléphone' },
      matches.map((m) => m.masked),
      'Un numéro de téléphone suffit à vous identifier, vous ou votre entreprise.',
    ),
    matches,
  };
};
