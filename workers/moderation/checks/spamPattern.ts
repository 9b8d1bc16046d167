import type { Check } from './types';
import { fold, postText } from './text';

// Known spam: the phrases that come back on every French forum. Each pattern has a weight (how
// surely it alone means spam); weights combine as independent evidence, 1 − Π(1 − w). Words that a
// business owner may well use (bitcoin, trading, casino, WhatsApp) are never enough alone: only
// with the promise or the contact bait that makes spam of them.

interface Pattern {
  label: string;
  pattern: RegExp;
  weight: number;
}

const NUMBER = String.raw`\d[\d \u00a0\u202f.]*`;
const MONEY = String.raw`${NUMBER}\s?(?:€|euros?|e)`;

const PATTERNS: Pattern[] = [
  {
    label: 'prêt entre particuliers',
    pattern: /\b(?:prets?|financements?|credits?) (?:d'argent )?entre particuliers\b/,
    weight: 0.9,
  },
  {
    label: 'marabout, voyance',
    pattern: /\b(?:grand )?marabout\b|\bretour (?:de l'etre aime|affectif)\b|\bvoyant(?:e)? medium\b/,
    weight: 0.9,
  },
  { label: 'casino en ligne', pattern: /\bcasinos? en ligne\b|\bmachines? a sous\b|\btours? gratuits\b/, weight: 0.9 },
  { label: 'bonus de bienvenue', pattern: /\bbonus de bienvenue\b/, weight: 0.4 },
  {
    label: 'médicaments miracles',
    pattern: /\b(?:viagra|cialis|levitra)\b|\bgelules? minceur\b|\bperdez \d+ ?(?:kg|kilos)\b/,
    weight: 0.9,
  },
  {
    label: 'argent facile',
    pattern: new RegExp(
      String.raw`\bgagnez (?:jusqu'a |plus de )?${MONEY}[^.!?\n]{0,30}\bpar (?:jour|semaine|mois|heure)\b`,
    ),
    weight: 0.9,
  },
  {
    label: 'argent facile',
    pattern: new RegExp(String.raw`\bgagner (?:jusqu'a |plus de )?${MONEY}[^.!?\n]{0,30}\bpar (?:jour|semaine)\b`),
    weight: 0.5,
  },
  {
    label: 'argent facile',
    pattern:
      /\bgagner de l'argent (?:facilement|rapidement|sans effort|depuis chez (?:vous|soi))\b|\bsans rien faire\b|\bmethode secrete\b/,
    weight: 0.5,
  },
  { label: 'revenus passifs', pattern: /\brevenus? passifs?\b/, weight: 0.4 },
  {
    label: 'placement miracle',
    pattern:
      /\b(?:crypto[\w-]*|bitcoins?|forex|trading)\b[^\n]{0,120}\b(?:(?:rendements?|gains?|profits?|capital)(?: \w+){0,2} garantis?|doublez|signaux|robot)|\b(?:(?:rendements?|gains?|profits?|capital)(?: \w+){0,2} garantis?|doublez|signaux|robot)\b[^\n]{0,120}\b(?:crypto[\w-]*|bitcoins?|forex|trading)\b/,
    weight: 0.9,
  },
  {
    label: 'rendement garanti',
    pattern: /\b(?:rendements?|gains?|profits?|resultats?)(?: \w+){0,2} garantis?\b/,
    weight: 0.4,
  },
  {
    label: 'crédit sans justificatif',
    pattern: /\b(?:prets?|financements?|credits?)(?: \w+){0,2} sans justificatifs?\b|\bparticulier serieux\b/,
    weight: 0.6,
  },
  {
    label: 'vente de liens ou d’audience',
    pattern: /\bbacklinks?\b|\bachete[rz]? des (?:followers|likes|abonnes|avis|vues)\b/,
    weight: 0.8,
  },
  {
    label: 'faux documents',
    pattern:
      /\bfaux (?:papiers|diplomes|documents)\b|\b(?:diplomes?|permis de conduire|titres? de sejour|passeports?)\b[^\n]{0,100}\bsans examen\b/,
    weight: 0.9,
  },
  {
    label: 'piratage',
    pattern: /\bpirater (?:un |le |la |votre |son )?compte\b|\bhacker professionnel\b/,
    weight: 0.9,
  },
  {
    label: 'contact par messagerie',
    pattern:
      /\b(?:contacte[rz]?|ecrive[zs]?|ecris|joigne[zs]?|ajoute[zs]?|rejoigne[zs]?)[- ](?:moi|nous|lui|notre groupe)?[^.\n]{0,25}\b(?:whats ?app|telegram|viber)\b|\b(?:whats ?app|telegram)\b\s?:?\s?(?:au |sur )?(?:\+\d|@\w)/,
    weight: 0.5,
  },
  { label: 'travail à domicile', pattern: /\btravail a domicile\b|\bsans diplome ni experience\b/, weight: 0.4 },
  {
    label: 'formule racoleuse',
    pattern:
      /\bcliquez ici\b|\bcode promo\b|\bplaces limitees\b|\binscrivez-vous vite\b|\b(?:details|infos?) en (?:message )?prive\b/,
    weight: 0.4,
  },
  { label: 'lien raccourci', pattern: /\b(?:bit\.ly|tinyurl\.com|goo\.gl|cutt\.ly|shorturl\.at|t\.ly)\//, weight: 0.5 },
  {
    label: 'promesse de sérieux',
    pattern:
      /\bserieux et honnete\b|\b100 ?% (?:serieux|fiable)\b|\belle est serieuse\b|\bsans frais de dossier\b|\blivraison discrete\b/,
    weight: 0.5,
  },
];

// A post that warns about a scam names it (« une offre de prêt entre particuliers, arnaque ? »), or
// asks whether it is lawful; spam does not, unless it also hands out a way to be reached.
const WARNING =
  /\b(?:arnaques?|escroqueries?|escrocs?|fraudes?|mefiez|mefiance|signalez|signaler|pharos|phishing|hameconnage)\b|\best-ce (?:legal|licite|serieux|fiable)\b|\blegal \?/;
const CONTACT_BAIT =
  /@|https?:\/\/|www\.|\+\d{2,3}|\b0[1-9](?:[ .]?\d{2}){4}\b|\b(?:contacte[rz]|ecrive[zs])[- ](?:moi|lui|nous)\b/;

/** Below this, a lone weak sign (« cliquez ici ») is not worth a moderator's look. */
export const SPAM_MIN_SCORE = 0.5;

export const spamPattern: Check = (post) => {
  const text = fold(postText(post)).replace(/\s+/g, ' ');
  const hits = PATTERNS.filter(({ pattern }) => pattern.test(text));
  if (hits.length === 0) return null;
  if (WARNING.test(text) && !CONTACT_BAIT.test(text)) return null;
  const score = 1 - hits.reduce((rest, hit) => rest * (1 - hit.weight), 1);
  if (score < SPAM_MIN_SCORE) return null;
  const labels = [...new Set(hits.map((hit) => hit.label))];
  return {
    check: 'spam_pattern',
    score: Math.round(score * 100) / 100,
    detail:
      `Votre message ressemble à un message publicitaire ou frauduleux (${labels.join(', ')}) : ` +
      'la plateforme est réservée à l’entraide entre chefs d’entreprise, sans démarchage.',
    matches: labels.map((label) => ({ masked: label })),
  };
};
