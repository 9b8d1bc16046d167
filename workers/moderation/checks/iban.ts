import type { Check, CheckMatch } from './types';
import { ibanValid, ribValid } from './keys';
import { before, maskAlnum, personalDataDetail, postText } from './text';

// Bank account numbers name their holder to anyone who pays them. An IBAN is flagged only when its
// mod-97 key verifies, for the countries whose length we know; the French RIB (bank, branch,
// account, key) is read too, since French owners still copy it from their cheque books.

/** IBAN length per country (ISO 13616 registry): SEPA countries and France's usual partners. */
const IBAN_LENGTHS: Record<string, number> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 ' +
    'FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IS26 IT27 JO30 KW30 KZ20 LB28 LI21 ' +
    'LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 ' +
    'SE24 SI19 SK24 SM27 TN24 TR26 UA29 VA22 VG24 XK20'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
);

// Two letters, two digits, then characters in groups of four (or not grouped), spaces or dashes.
// « FR 76 3000… » is written too, but only in capitals: « de 12 000 € » must not start an IBAN.
const CANDIDATE = /([a-z]{2}|[A-Z]{2} )(\d{2})((?:[ \-\u00a0]?[a-z0-9]){10,32})/iuy;
const IBAN_START = /(?<![\p{L}\d])(?:[a-zA-Z]{2}|[A-Z]{2} )\d{2}/gu;
const RIB = /(?<![\p{L}\d])(\d{5})[ \u00a0]?(\d{5})[ \u00a0]?([0-9A-Z]{11})[ \u00a0]?(\d{2})(?![\p{L}\d])/gu;
const BANK_WORDS = /(?:iban|rib|virement|compte|bancaire|banque|bic|paiement|payer|regle)[^\n]{0,30}$/;

interface Found {
  index: number;
  end: number;
  match: CheckMatch;
  score: number;
}

/** The IBAN at the start of a candidate, if one verifies; the candidate may run on into the next words. */
function ibanAt(text: string, index: number): { raw: string } | null {
  CANDIDATE.lastIndex = index;
  const candidate = CANDIDATE.exec(text);
  if (!candidate) return null;
  const country = (candidate[1] ?? '').trim().toUpperCase();
  const length = IBAN_LENGTHS[country];
  if (!length) return null;
  // Walk the raw text until `length` letters and digits are read, so the mask keeps the author's spacing.
  let read = 0;
  let cut = 0;
  for (const char of candidate[0]) {
    cut += char.length;
    if (/[a-z0-9]/i.test(char)) read += 1;
    if (read === length) break;
  }
  if (read < length) return null;
  const raw = candidate[0].slice(0, cut);
  // The IBAN must end where a group ends, not in the middle of a longer code.
  if (/^[a-z0-9]/i.test(text.slice(index + cut, index + cut + 1))) return null;
  const compact = raw.replace(/[ \-\u00a0]/g, '');
  // Account numbers are mostly digits: a « candidate » made of the next words is not one.
  const bbanDigits = compact.slice(4).replace(/\D/g, '').length;
  if (bbanDigits < (compact.length - 4) * 0.6) return null;
  return ibanValid(compact) ? { raw } : null;
}

export const iban: Check = (post) => {
  const text = postText(post);
  const found: Found[] = [];
  // Every place an IBAN could start is tried, not only where the last candidate ended: candidates
  // run on into the next words, and « de12 FR76… » must not hide the IBAN behind « de12 ».
  for (const start of text.matchAll(IBAN_START)) {
    if (found.some((other) => start.index >= other.index && start.index < other.end)) continue;
    const hit = ibanAt(text, start.index);
    if (!hit) continue;
    const score = BANK_WORDS.test(before(text, start.index)) ? 1 : 0.95;
    const masked = maskAlnum(hit.raw.toUpperCase(), 4, 3);
    found.push({ index: start.index, end: start.index + hit.raw.length, match: { masked }, score });
  }
  for (const m of text.matchAll(RIB)) {
    const end = m.index + m[0].length;
    if (found.some((other) => m.index < other.end && other.index < end)) continue;
    if (!ribValid(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? '')) continue;
    found.push({ index: m.index, end, match: { masked: maskAlnum(m[0], 2, 2) }, score: 0.9 });
  }
  if (found.length === 0) return null;
  const matches = found.sort((a, b) => a.index - b.index).map((entry) => entry.match);
  return {
    check: 'iban',
    score: Math.max(...found.map((entry) => entry.score)),
    detail: personalDataDetail(
      { one: 'un numéro de compte bancaire', many: 'des numéros de compte bancaire' },
      matches.map((m) => m.masked),
      'Un IBAN ou un RIB donne le nom du titulaire du compte.',
    ),
    matches,
  };
};
