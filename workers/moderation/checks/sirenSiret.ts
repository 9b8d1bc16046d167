import type { Check, CheckMatch } from './types';
import { LA_POSTE_SIREN, luhnValid, siretValid, vatKey } from './keys';
import { after, before, digitRuns, isAmount, isRepeatedDigit, maskAlnum, personalDataDetail, postText } from './text';

// SIREN (9 digits) and SIRET (SIREN + 5-digit establishment number) name a company, and for a sole
// trader a person. Only numbers whose Luhn key verifies are flagged; a context word raises the score
// but is not required, since « nous, c'est 552 081 317 » gives the company away just as well.

const SEPARATORS = /[ .\-\u00a0\u202f]/;
// The ways people group these numbers: 552081317, 552 081 317, 55208131700012, 552081317 00012,
// 552 081 317 00012, 552 081 317 000 12. Other groupings (amounts, phone numbers, dates) are only
// read as a SIREN or SIRET when the text announces one (« SIREN 552 081317 »).
const SIREN_SHAPES = ['9', '3,3,3'];
const SIRET_SHAPES = ['14', '9,5', '3,3,3,5', '3,3,3,3,2'];

// Words that announce a company number. Not « n° » alone: it introduces invoice numbers just as well.
const COMPANY_WORDS =
  /\b(?:siren|siret|rcs|r\.c\.s|tva|immatricul|kbis|societe|entreprise|etablissement|sarl|sas|sasu|eurl)\b[^\n]{0,25}$/;
const COMPANY_AFTER = /^\s*(?:r\.?c\.?s\b|\(siren|\(siret)/;
const REFERENCE_BEFORE =
  /(?:facture|commande|dossier|ref|reference|contrat|suivi|colis|ticket|devis|pret|transaction|virement|avis|allocataire|client)[^.\n]{0,15}$/;
// French VAT number: FR, a 2-digit key, the SIREN.
const VAT = /(?<![\p{L}\d])FR\s?(\d{2})\s?(\d{3}\s?\d{3}\s?\d{3})(?![\p{L}\d])/giu;

interface Found {
  index: number;
  end: number;
  match: CheckMatch;
  score: number;
}

function sirenValid(digits: string): boolean {
  return !isRepeatedDigit(digits) && (luhnValid(digits) || digits === LA_POSTE_SIREN);
}

export const sirenSiret: Check = (post) => {
  const text = postText(post);
  const found: Found[] = [];

  for (const m of text.matchAll(VAT)) {
    const siren = (m[2] ?? '').replace(/\s/g, '');
    if (!sirenValid(siren)) continue;
    // A key that verifies leaves no doubt; a wrong key still carries a real SIREN.
    const score = vatKey(siren) === Number(m[1]) ? 1 : 0.9;
    found.push({ index: m.index, end: m.index + m[0].length, match: { masked: maskAlnum(m[0], 4, 2) }, score });
  }

  for (const run of digitRuns(text, SEPARATORS)) {
    const end = run.index + run.raw.length;
    if (found.some((other) => run.index < other.end && other.index < end)) continue;
    if (run.digits.length !== 9 && run.digits.length !== 14) continue;
    if (isAmount(text, end) || isRepeatedDigit(run.digits)) continue;
    const context = before(text, run.index);
    const announced = COMPANY_WORDS.test(context) || COMPANY_AFTER.test(after(text, end));
    if (!announced && REFERENCE_BEFORE.test(context)) continue;
    const shape = run.groups.map((group) => group.length).join(',');
    const isSiren = run.digits.length === 9 && (announced || SIREN_SHAPES.includes(shape));
    const isSiret = run.digits.length === 14 && (announced || SIRET_SHAPES.includes(shape));
    if (!isSiren && !isSiret) continue;

    let score = 0;
    if (isSiren && sirenValid(run.digits)) score = announced ? 0.95 : 0.6;
    else if (isSiret && siretValid(run.digits) && !isRepeatedDigit(run.digits.slice(0, 9))) {
      score = announced ? 0.95 : 0.85;
    } else if (isSiret && announced && sirenValid(run.digits.slice(0, 9))) {
      // A SIRET mistyped in its last digits still gives away the SIREN it starts with.
      score = 0.7;
    }
    if (score > 0) found.push({ index: run.index, end, match: { masked: maskAlnum(run.raw, 2, 2) }, score });
  }

  if (found.length === 0) return null;
  const matches = found.sort((a, b) => a.index - b.index).map((entry) => entry.match);
  return {
    check: 'siren_siret',
    score: Math.max(...found.map((entry) => entry.score)),
    detail: personalDataDetail(
      { one: 'un numéro SIREN, SIRET ou de TVA', many: 'des numéros SIREN, SIRET ou de TVA' },
      matches.map((m) => m.masked),
      'Ce numéro permet de retrouver l’entreprise, et le plus souvent son dirigeant.',
    ),
    matches,
  };
};
