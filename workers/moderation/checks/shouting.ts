import type { Check } from './types';
import { postText } from './text';

// Writing in capitals is shouting; so is a string of « !!! ». Acronyms are not: a message full of
// URSSAF, TVA and DSN is a normal French business question. Known acronyms and capitalised words
// of three letters or fewer (unknown acronyms: RTT, CET, PME) are left out before counting.

const ACRONYMS = new Set(
  (
    'URSSAF TVA PGE SARL SAS SASU EURL EIRL SNC SCI SCOP CFE CVAE DSN SIRET SIREN RCS KBIS NAF APE CDI CDD CPAM ' +
    'CAF MSA SSI RSI TNS DGFIP DDFIP INSEE INPI BPI BPIFRANCE OPCO DUERP RGPD CNIL CGV CGI CSG CRDS SMIC HT TTC ' +
    'PME TPE CCI CMA DREETS DIRECCTE CPF IDCC APLD CCSF BSPCE CII IJSS DPAE OSS EORI CETA TEOM PFU INRS BOAMP ' +
    'ADIE PERCO SEPA IBAN SWIFT PASS PMSS DGE SNCF LCEN DEB ACRE ARCE ACCRE ARE TICPE IFU DAS AGS ETI BTP'
  ).split(' '),
);

/** Letters from which capitals mean shouting rather than a heading or a name. */
export const SHOUTING_MIN_LETTERS = 20;
/** Share of capital letters from which a text is shouted. */
export const SHOUTING_MIN_RATIO = 0.7;
/** Runs of three or more ! or ? from which punctuation alone is shouting. */
export const SHOUTING_MIN_EXCLAMATION_RUNS = 3;

function letterCounts(text: string): { upper: number; letters: number } {
  let upper = 0;
  let letters = 0;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    const isCapitalised = word === word.toUpperCase() && word !== word.toLowerCase();
    if (isCapitalised && (ACRONYMS.has(word) || word.length <= 3)) continue;
    for (const char of word) {
      if (char !== char.toLowerCase()) upper += 1;
    }
    letters += word.length;
  }
  return { upper, letters };
}

export const shouting: Check = (post) => {
  // Addresses and links are not prose: they say nothing about the author's tone.
  const text = postText(post)
    .replace(/[^\s@]{1,64}@[^\s@]+/g, ' ')
    .replace(/https?:\/\/\S+|www\.\S+/gi, ' ')
    .replace(/`[^`]*`/g, ' ');
  const { upper, letters } = letterCounts(text);
  const ratio = letters === 0 ? 0 : upper / letters;
  const exclamationRuns = text.match(/[!?]{3,}/g)?.length ?? 0;

  let score = 0;
  if (upper >= SHOUTING_MIN_LETTERS && ratio >= SHOUTING_MIN_RATIO) {
    score = 0.5 + (0.4 * (ratio - SHOUTING_MIN_RATIO)) / (1 - SHOUTING_MIN_RATIO);
  }
  if (exclamationRuns >= SHOUTING_MIN_EXCLAMATION_RUNS)
    score = Math.max(score, Math.min(0.8, 0.2 + 0.1 * exclamationRuns));
  if (score === 0) return null;
  return {
    check: 'shouting',
    score: Math.round(score * 100) / 100,
    detail:
      upper >= SHOUTING_MIN_LETTERS && ratio >= SHOUTING_MIN_RATIO
        ? 'Votre message est écrit en majuscules, ce qui revient à crier : réécrivez-le en minuscules pour qu’il soit lu avec attention.'
        : 'Votre message contient beaucoup de « !!! » : retirez-les pour qu’il soit lu avec attention.',
  };
};
