import type { Check, CheckMatch } from './types';
import { fold, maskAlnum, postText } from './text';

// Insults and threats, in French. The text is normalised first (no accents, lower case, leetspeak
// « c0nn4rd » read as letters, spaced-out letters « c o n n a r d » joined), and each word pattern
// tolerates repeated letters (« connnnard »), asterisks in place of letters (« c*nnard ») and dots
// or dashes inside long words (« con.nard »). Words must stand alone, so « connaissance »,
// « député », « salopette », « calculé » or « contrat » never match.
//
// Severity: a threat or a strong insult is held for a moderator; a mild word only counts when it is
// aimed at someone (« espèce d'idiot », « t'es débile », not « ce serait idiot »), and is reviewed.

/** Strong insults and slurs: wrong whatever the context. [word, endings it takes] */
const STRONG_INSULTS: [string, string][] = [
  ['connard', 'e|s|es'],
  ['connasse', 's'],
  ['salope', 's'],
  ['salopard', 's|e|es'],
  ['salaud', 's'],
  ['pute', 's'],
  ['encule', 'e|s|es|ee|ees|r'],
  ['batard', 'e|s|es'],
  ['enfoire', 'e|s|es|ee|ees'],
  ['pede', 's'],
  ['gouine', 's'],
  ['negro', 's'],
  ['bougnoule', 's'],
  ['youpin', 's|e|es'],
  ['ntm', ''],
  ['fdp', ''],
];
const STRONG_PHRASES = [
  'fils de pute',
  'nique ta mere',
  'niquer ta mere',
  'va te faire foutre',
  'allez vous faire foutre',
  'va te faire enculer',
  'trou du cul',
  'sac a merde',
  'petite merde',
  'espece de merde',
];
/** Rude but not the worst: reviewed. */
const MILD_PHRASES = ['ferme ta gueule', 'ta gueule', 'va te faire voir', 'allez vous faire voir'];
/** Mild insults, only when aimed at someone. */
const MILD_INSULTS: [string, string][] = [
  ['con', 'ne|nes|s'],
  ['idiot', 'e|s|es'],
  ['imbecile', 's'],
  ['cretin', 'e|s|es'],
  ['debile', 's'],
  ['abruti', 'e|s|es'],
  ['bouffon', 's'],
  ['guignol', 's'],
  ['tocard', 'e|s|es'],
  ['minable', 's'],
  ['ordure', 's'],
  ['raclure', 's'],
  ['naze', 's'],
  ['nul', 'le|les|s'],
  ['incapable', 's'],
  ['attarde', 'e|s|es|ee|ees'],
];
/** What aims a word at someone: « t'es (vraiment) un … », « espèce d'… », « bande de … », « ce … ». */
const AIMED =
  String.raw`(?:t'es|tu es|tu n'es qu'(?:un|une)|vous etes|vous n'etes que des|espece d'|espece de|bande d'|bande de|` +
  String.raw`sale|gros|grosse|pauvre|pauvres|quel|quelle|quels|quelles|ce|cet|cette|ces|toi le|toi la|tas d')`;
const ADVERBS = String.raw`(?:(?:vraiment|completement|totalement|trop|bien|qu'un|qu'une|un|une|des|vrai|vraie|gros|grosse|sale|pauvre)\s+){0,3}`;
/** Vulgar, aimed at no one: reviewed so the author can rephrase. */
const VULGAR: [string, string][] = [['putain', 's']];

const SUBJECT = String.raw`\b(?:je|j'|on|nous|moi je)\s*(?:vais|va|allons|vas|veux|vais aller)\s+`;
const THREATS: RegExp[] = [
  new RegExp(
    SUBJECT +
      String.raw`(?:te|t'|vous|lui|le|la|les)\s*(?:tuer|buter|flinguer|crever|egorger|defoncer|demolir|massacrer|fracasser|planter|niquer|faire la peau|casser la (?:gueule|figure)|casser les (?:dents|jambes|genoux))\b`,
  ),
  new RegExp(
    SUBJECT + String.raw`(?:te|t'|vous)\s*(?:retrouver|detruire|pourrir la vie|faire regretter|faire payer)\b`,
  ),
  new RegExp(SUBJECT + String.raw`(?:y |lui |te |vous )?(?:mettre|foutre) le feu\b`),
  /\b(?:je|on|nous) (?:sais|sait|savons|connais|connait) (?:ou (?:tu|vous) (?:habit|vi[st]|travaill|dor)|ou (?:se trouve|est|sont) (?:ton|ta|tes|votre|vos)|ton adresse|votre adresse)/,
  /\b(?:tu vas le regretter|tu le regretteras|(?:tu vas|vous allez) (?:me le payer|le payer cher|morfler|prendre cher|crever|mourir))\b/,
  /\b(?:t'es|tu es) (?:un homme )?mort\b|\bvous etes (?:des hommes )?morts\b|\bva (?:crever|mourir)\b/,
  /\b(?:gare a (?:toi|vous)|fais gaffe a (?:toi|ta gueule|tes fesses))\b/,
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One word, tolerant of repeated letters, asterisks for letters and, in long words, dots or dashes. */
function wordPattern(word: string, endings: string): string {
  const units = word.replace(/(.)\1+/g, '$1').split('');
  const separator = word.length >= 5 ? '[.\\-_]?' : '';
  const body = units.map((char, i) => (i === 0 ? `${escape(char)}+` : `(?:${escape(char)}+|\\*+)`)).join(separator);
  return endings ? `${body}(?:${endings})?` : body;
}

function phrasePattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => wordPattern(word, ''))
    .join(String.raw`[\s'-]+`);
}

const alone = (pattern: string) => new RegExp(String.raw`(?<![\p{L}*])(?:${pattern})(?![\p{L}*])`, 'gu');

const STRONG = alone(
  [...STRONG_PHRASES.map(phrasePattern), ...STRONG_INSULTS.map(([word, endings]) => wordPattern(word, endings))].join(
    '|',
  ),
);
// « ta gueule de bois » is a hangover, not an insult.
const MILD = alone(`(?:${MILD_PHRASES.map(phrasePattern).join('|')})(?! de bois)`);
const MILD_AIMED = alone(
  `${AIMED}(?:\\s+|(?<='))${ADVERBS}(?:${MILD_INSULTS.map(([word, endings]) => wordPattern(word, endings)).join('|')})`,
);
const VULGAR_WORDS = alone(VULGAR.map(([word, endings]) => wordPattern(word, endings)).join('|'));

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '€': 'e',
};

/** Folded text with leetspeak read as letters and spaced-out letters joined. */
export function normalise(text: string): string {
  return (
    fold(text)
      // Digits stand for letters only inside words: « 2 000 € » stays a number.
      .replace(/[\p{L}\p{N}@$€*]+/gu, (token) =>
        /\p{L}/u.test(token) ? token.replace(/[013457@$€]/g, (c) => LEET[c] ?? c) : token,
      )
      // « c o n n a r d », « c.o.n.n.a.r.d »: three or more single letters in a row are one word.
      .replace(/(?<![\p{L}*])(?:[\p{L}*][ .\-_]){2,}[\p{L}*](?![\p{L}*])/gu, (letters) =>
        letters.replace(/[ .\-_]/g, ''),
      )
      .replace(/\s+/g, ' ')
  );
}

interface Finding {
  kind: 'threat' | 'insult' | 'vulgar';
  score: number;
  shown: string;
}

export const abuse: Check = (post) => {
  const text = normalise(postText(post));
  const findings: Finding[] = [];
  for (const threat of THREATS) {
    const m = threat.exec(text);
    if (m) findings.push({ kind: 'threat', score: 1, shown: m[0] });
  }
  for (const m of text.matchAll(STRONG)) findings.push({ kind: 'insult', score: 0.9, shown: maskAlnum(m[0], 1, 1) });
  for (const m of text.matchAll(MILD)) findings.push({ kind: 'insult', score: 0.6, shown: maskAlnum(m[0], 1, 1) });
  for (const m of text.matchAll(MILD_AIMED)) {
    // « Quel idiot, j'ai oublié… »: aimed at oneself.
    if (/^[,!.]?\s*(?:je\b|j'|moi\b)/.test(text.slice(m.index + m[0].length))) continue;
    findings.push({ kind: 'insult', score: 0.5, shown: maskAlnum(m[0], 1, 1) });
  }
  for (const m of text.matchAll(VULGAR_WORDS))
    findings.push({ kind: 'vulgar', score: 0.3, shown: maskAlnum(m[0], 1, 1) });
  if (findings.length === 0) return null;

  const shown = (kind: Finding['kind']) => [
    ...new Set(findings.filter((finding) => finding.kind === kind).map((finding) => `« ${finding.shown} »`)),
  ];
  const parts: string[] = [];
  if (shown('threat').length > 0) parts.push(`des menaces (${shown('threat').join(', ')})`);
  if (shown('insult').length > 0) parts.push(`des insultes (${shown('insult').join(', ')})`);
  if (shown('vulgar').length > 0) parts.push(`des grossièretés (${shown('vulgar').join(', ')})`);
  const matches: CheckMatch[] = findings.map((finding) => ({ masked: finding.shown }));
  return {
    check: 'abuse',
    score: Math.max(...findings.map((finding) => finding.score)),
    detail:
      `Votre message contient ${parts.join(' et ')} : retirez-les. ` +
      (shown('threat').length > 0
        ? 'Les menaces sont interdites et peuvent être signalées aux autorités.'
        : 'Les échanges doivent rester courtois, même en cas de désaccord.'),
    matches,
  };
};
