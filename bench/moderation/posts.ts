// The answers the moderation benchmark posts: mostly clean French business advice, and a share
// that the automated checks (workers/moderation/checks) must hold: a French phone number, an
// e-mail address on a company domain, a SIRET or an IBAN whose keys verify, known spam, or a
// strong insult. Everything comes from a seeded generator, so that two runs post the same texts.
import { luhnValid, mod97 } from '../../workers/moderation/checks/keys';
import { runChecks } from '../../workers/moderation/checks';
import { verdictOf } from '../../workers/moderation/verdict';
import { FREE_LINKS } from '../../server/reputation/rules';
import { answerClosings, answerOpenings, answerSentences, companies, firstNames, lastNames } from '../http/phrases';

export const DIRTY_KINDS = ['phone', 'email', 'siret', 'iban', 'spam', 'insult'] as const;
export type DirtyKind = (typeof DIRTY_KINDS)[number];
export type PostKind = 'clean' | DirtyKind;

/** The check each kind of post is meant to trip (workers/moderation/checks/types.ts). */
export const EXPECTED_CHECK: Record<DirtyKind, string> = {
  phone: 'phone',
  email: 'email',
  siret: 'siren_siret',
  iban: 'iban',
  spam: 'spam_pattern',
  insult: 'abuse',
};

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const digits = (random: Random, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The digit that completes `body` so that the whole passes Luhn. */
function luhnComplete(body: string): string {
  for (let d = 0; d <= 9; d += 1) if (luhnValid(`${body}${d}`)) return `${body}${d}`;
  throw new Error('unreachable: one Luhn digit always fits');
}

/** A SIRET whose SIREN and SIRET keys both verify, grouped 3 3 3 5 as on a Kbis. */
export function siret(random: Random): string {
  let siren: string;
  do siren = luhnComplete(`${1 + Math.floor(random() * 9)}${digits(random, 7)}`);
  while (/^(\d)\1*$/.test(siren) || siren === '356000000');
  const full = luhnComplete(`${siren}${digits(random, 4)}`);
  return `${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6, 9)} ${full.slice(9)}`;
}

/** A French IBAN whose mod-97 key verifies, in groups of four. */
export function iban(random: Random): string {
  const bban = `${1 + Math.floor(random() * 9)}${digits(random, 22)}`;
  // Check digits: 98 − (BBAN followed by « FR00 », letters as numbers) mod 97.
  const key = String(98 - mod97(`${bban}152700`)).padStart(2, '0');
  return `FR${key}${bban}`.replace(/(.{4})/g, '$1 ').trim();
}

function phone(random: Random): string {
  const rest = digits(random, 8).match(/../g)!;
  const first = pick(random, ['6', '7', '1', '4']);
  switch (Math.floor(random() * 3)) {
    case 0:
      return `0${first} ${rest.join(' ')}`;
    case 1:
      return `0${first}.${rest.join('.')}`;
    default:
      return `+33 ${first} ${rest.join(' ')}`;
  }
}

const DOMAIN_WORDS = [
  'menuiserie',
  'cabinet',
  'atelier',
  'transports',
  'boulangerie',
  'conseil',
  'imprimerie',
  'garage',
];

function email(random: Random): string {
  const first = plain(pick(random, firstNames));
  const last = plain(pick(random, lastNames));
  const domain = `${pick(random, DOMAIN_WORDS)}-${last}${Math.floor(random() * 90) + 10}`;
  return `${first}.${last}@${domain}.${pick(random, ['fr', 'com', 'eu'])}`;
}

/** Business figures that must not look like personal data: amounts, rates, articles, years. */
const DETAILS: ((random: Random) => string)[] = [
  (r) => `Dans notre cas, le loyer était de ${1 + Math.floor(r() * 8)} ${digits(r, 3)} € HT par mois.`,
  (r) => `Comptez environ ${2 + Math.floor(r() * 20)} % du chiffre d’affaires la première année.`,
  (r) => `Nous avons obtenu une réponse en ${3 + Math.floor(r() * 40)} jours, ce qui reste raisonnable.`,
  (r) => `L’article L. ${441 + Math.floor(r() * 10)}-${1 + Math.floor(r() * 12)} du Code de commerce encadre ce point.`,
  (r) => `Nous sommes ${5 + Math.floor(r() * 60)} salariés et la démarche a pris ${2 + Math.floor(r() * 10)} semaines.`,
  (r) => `Depuis ${2015 + Math.floor(r() * 11)}, nous faisons le point chaque trimestre avec notre banque.`,
  (r) => `Notre facture n° FA-${2020 + Math.floor(r() * 6)}-${digits(r, 4)} a finalement été réglée.`,
  () => 'Les fiches pratiques de https://www.service-public.fr/professionnels-entreprises sont à jour.',
];

const SPAM: ((random: Random) => string)[] = [
  () => 'Prêt entre particuliers sérieux et honnête, sans frais de dossier : contactez-moi sur WhatsApp.',
  (r) => `Casino en ligne : ${50 + Math.floor(r() * 200)} tours gratuits et bonus de bienvenue, cliquez ici.`,
  (r) => `Gagnez ${100 + Math.floor(r() * 900)} € par jour depuis chez vous grâce à notre méthode secrète.`,
  () => 'Grand marabout voyant medium : retour de l’être aimé et réussite des affaires, résultats garantis.',
  () => 'Achetez des followers et des backlinks de qualité pour votre entreprise, livraison discrète.',
  (r) => `Trading crypto avec rendement garanti de ${5 + Math.floor(r() * 20)} % par mois, doublez votre capital.`,
];

const INSULTS = [
  'Franchement, vous n’êtes qu’une bande de connards.',
  'Et ceux qui disent le contraire peuvent aller se faire voir, bande de salauds.',
  'Va te faire foutre avec tes conseils de comptable.',
  'Espèce de sac à merde, arrêtez de raconter n’importe quoi.',
  'Les banquiers sont tous des enfoirés.',
];

/** Texts: the author's second answer never shares a sentence with the first (duplicate-text check). */
function cleanBase(random: Random, round: number): string[] {
  const half = answerSentences.length / 2;
  const sentences = answerSentences.slice(round % 2 === 0 ? 0 : half, round % 2 === 0 ? half : undefined);
  const first = Math.floor(random() * sentences.length);
  const second = (first + 1 + Math.floor(random() * (sentences.length - 1))) % sentences.length;
  const opening = answerOpenings[(Math.floor(random() * 4) * 2 + (round % 2)) % answerOpenings.length]!;
  return [`Bonjour, ${opening}`, `${sentences[first]} ${sentences[second]}`];
}

/**
 * The answer of one post. `round` is how many answers its author posted before in the run (0 or
 * 1), so that one author's answers differ.
 */
export function answerBody(kind: PostKind, random: Random, round: number): string {
  const [opening, advice] = cleanBase(random, round);
  const company = `Nous sommes ${pick(random, companies)}.`;
  switch (kind) {
    case 'clean':
      return [
        opening,
        `${advice} ${pick(random, DETAILS)(random)}`,
        random() < 0.4 ? company : null,
        pick(random, answerClosings),
      ]
        .filter((part) => part !== null)
        .join('\n\n');
    case 'phone':
      return [opening, advice, `Appelez-moi au ${phone(random)}, je vous expliquerai comment nous avons fait.`].join(
        '\n\n',
      );
    case 'email':
      return [opening, advice, `Écrivez-moi à ${email(random)}, je vous enverrai notre modèle de courrier.`].join(
        '\n\n',
      );
    case 'siret':
      return [opening, `${company} Notre SIRET est le ${siret(random)}, vous pouvez vérifier.`, advice].join('\n\n');
    case 'iban':
      return [opening, advice, `Pour participer aux frais, voici notre IBAN : ${iban(random)}.`].join('\n\n');
    case 'spam':
      return [pick(random, SPAM)(random), `Offre n° ${Math.floor(random() * 9000) + 1000}.`].join('\n\n');
    case 'insult':
      return [opening, advice, pick(random, INSULTS)].join('\n\n');
  }
}

/** The kind of each post: `cleanShare` clean, the rest spread evenly over the dirty kinds. */
export function postKinds(count: number, cleanShare: number, random: Random): PostKind[] {
  let dirty = 0;
  return Array.from({ length: count }, () => {
    if (random() < cleanShare) return 'clean';
    // In turn rather than at random: each dirty kind gets its share even in a short run.
    return DIRTY_KINDS[dirty++ % DIRTY_KINDS.length]!;
  });
}

/**
 * The verdict the checks give each text alone, as for an author with no other post (the worker
 * adds the author's recent posts, reputation and the database's duplicate questions): a text
 * that does not get the verdict its kind intends is the generator's fault, not the system's.
 */
export function offlineVerdict(body: string): { verdict: string; checks: string[] } {
  const results = runChecks(
    { kind: 'answer', title: null, body },
    { maxLinks: FREE_LINKS, recentTexts: [], postsLastMinute: 0, postsLastHour: 0 },
  );
  const { verdict, reasons } = verdictOf(results);
  return { verdict, checks: reasons.map((reason) => reason.check) };
}
