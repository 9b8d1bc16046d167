import type { Check, CheckMatch } from './types';
import { fold, personalDataDetail, postText } from './text';

// An e-mail address names its owner, and a company domain names the company. Besides the plain
// form we read the usual disguises (« jean [at] exemple [dot] fr », « arobase … point com »):
// someone who disguises an address still publishes it.

const LOCAL = String.raw`[a-z0-9][a-z0-9._%+-]{0,63}`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`;
const PLAIN = new RegExp(String.raw`(?<![\w.%+-])(${LOCAL})\s?@\s?((?:${LABEL}\.)+[a-z]{2,24})(?![\w-])`, 'gi');

const AT = String.raw`(?:\s*[[({]\s*(?:@|at|arobase|arobas)\s*[\])}]\s*|\s+(?:arobase|arobas)\s+)`;
const DOT = String.raw`(?:\s*[[(]\s*(?:dot|point|\.)\s*[\])]\s*|\s+(?:dot|point)\s+|\.)`;
// Disguised forms are looser, so their domain must end in a real top-level domain.
const TLD = '(?:fr|com|net|org|eu|info|biz|pro|io|co|uk|be|ch|lu|de|es|it|ca|re|bzh|paris)';
const DISGUISED = new RegExp(
  String.raw`(?<![\w.%+-])(${LOCAL})${AT}(${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD})(?![\w-])`,
  'gi',
);
// « contact at atelier.fr »: English « at » is no French word. « chez » is (« acheté chez amazon.fr »),
// so it only counts with a disguised dot too: « jean chez orange point fr ».
const HIDDEN_DOT = String.raw`(?:\s*[[(]\s*(?:dot|point|\.)\s*[\])]\s*|\s+(?:dot|point)\s+)`;
const SPELLED_AT = new RegExp(
  String.raw`(?<![\w.%+-])(${LOCAL})\s+at\s+(${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD})(?![\w-])` +
    String.raw`|(?<![\w.%+-])(${LOCAL})\s+chez\s+(${LABEL}(?:${DOT}${LABEL})*${HIDDEN_DOT}${TLD})(?![\w-])`,
  'gi',
);

// « prenom.nom@votre-entreprise.fr » explains a format; it is nobody's address.
const PLACEHOLDER_LOCAL =
  /^(?:prenom|nom|prenom\.nom|nom\.prenom|p\.nom|votre\.?nom|votre\.?adresse|x+|exemple|example)$/;
const PLACEHOLDER_DOMAIN =
  /^(?:exemple|example|domaine|domain|votre-?entreprise|votre-?societe|entreprise|societe|mon-?entreprise)\./;

// Mailboxes shared by millions identify nobody: their domain can stay readable in the mask.
const WEBMAIL =
  /^(?:gmail\.com|hotmail\.(?:fr|com)|outlook\.(?:fr|com)|live\.fr|yahoo\.(?:fr|com)|orange\.fr|wanadoo\.fr|free\.fr|sfr\.fr|laposte\.net|icloud\.com|neuf\.fr|bbox\.fr)$/;

function mask(local: string, domain: string): string {
  const lower = domain.toLowerCase();
  if (WEBMAIL.test(lower)) return `${local[0]}•••@${lower}`;
  const tld = lower.slice(lower.lastIndexOf('.') + 1);
  return `${local[0]}•••@${lower[0]}•••.${tld}`;
}

/** The domain written with real dots, whatever the disguise. */
function undisguise(domain: string): string {
  return fold(domain).replace(new RegExp(DOT, 'gi'), '.');
}

export const email: Check = (post) => {
  const text = postText(post);
  const found: { index: number; end: number; match: CheckMatch; disguised: boolean }[] = [];
  for (const [pattern, disguised] of [
    [PLAIN, false],
    [DISGUISED, true],
    [SPELLED_AT, true],
  ] as const) {
    for (const m of text.matchAll(pattern)) {
      const local = fold(m[1] ?? m[3] ?? '');
      const domain = undisguise(m[2] ?? m[4] ?? '');
      if (PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain)) continue;
      const end = m.index + m[0].length;
      if (found.some((other) => m.index < other.end && other.index < end)) continue;
      found.push({ index: m.index, end, match: { masked: mask(local, domain) }, disguised });
    }
  }
  if (found.length === 0) return null;
  const matches = found.sort((a, b) => a.index - b.index).map((entry) => entry.match);
  return {
    check: 'email',
    score: found.some((entry) => !entry.disguised) ? 0.95 : 0.9,
    detail: personalDataDetail(
      { one: 'une adresse e-mail', many: 'des adresses e-mail', feminine: true },
      matches.map((m) => m.masked),
      'Une adresse e-mail suffit à vous identifier, vous ou votre entreprise.',
    ),
    matches,
  };
};
