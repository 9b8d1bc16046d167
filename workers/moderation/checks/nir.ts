import type { Check, CheckMatch } from './types';
import { nirKey } from './keys';
import { before, maskAlnum, personalDataDetail, postText } from './text';

// The NIR (numéro de sécurité sociale) identifies one person for life and tells their sex, birth
// month and place. Structure: sex, year, month, department (2A/2B for Corsica; 97x with a 2-digit
// commune overseas), commune, order number, then the key 97 − (13 digits mod 97).
// Sex digits 1 and 2, and also 3, 4, 7 and 8 (temporary numbers and NIA given to people born
// abroad, which have the same structure and key): a valid key makes a false alarm unlikely.

const S = String.raw`[ .\-\u00a0\u202f]?`;
const NIR = new RegExp(
  String.raw`(?<![\p{L}\d])([123478])${S}(\d{2})${S}(\d{2})${S}` +
    String.raw`(?:(\d{2}|2[ab])${S}(\d{3})|(9[78]\d)${S}(\d{2}))${S}(\d{3})` +
    String.raw`(?:[ .\-/\u00a0\u202f]{0,3}(?:cle\s*:?\s*|clé\s*:?\s*)?(\d{2}))?(?![\p{L}\d])`,
  'giu',
);
// Without its key, a 13-digit number is only a NIR if the text says so.
const NIR_WORDS = /(?:secu|securite sociale|nir|vitale|insee|n° ss|numero ss|ss de)[^\n]{0,25}$/;

function validMonth(month: number): boolean {
  // 20–42 and 50–99 are given when the birth month is unknown.
  return (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
}

export const nir: Check = (post) => {
  const text = postText(post);
  const found: { match: CheckMatch; score: number }[] = [];
  for (const m of text.matchAll(NIR)) {
    const [, sex, year, month, department, commune, overseas, overseasCommune, order, key] = m;
    if (!validMonth(Number(month))) continue;
    const first13 = `${sex}${year}${month}${department ?? overseas}${commune ?? overseasCommune}${order}`;
    const announced = NIR_WORDS.test(before(text, m.index));
    let score: number;
    if (key !== undefined) {
      if (nirKey(first13) !== Number(key)) continue;
      score = announced ? 1 : 0.95;
    } else {
      if (!announced) continue;
      score = 0.8;
    }
    found.push({ match: { masked: maskAlnum(m[0], 1, 2) }, score });
  }
  if (found.length === 0) return null;
  const matches = found.map((entry) => entry.match);
  return {
    check: 'nir',
    score: Math.max(...found.map((entry) => entry.score)),
    detail: personalDataDetail(
      { one: 'un numéro de sécurité sociale', many: 'des numéros de sécurité sociale' },
      matches.map((m) => m.masked),
      'Ce numéro identifie une personne de façon certaine.',
    ),
    matches,
  };
};
