import type { Check } from './types';
import { renderMarkdown } from '../../../server/lib/markdown';

// Links are what spammers come for. We count the links a reader would see (markdown links and bare
// URLs made into links, exactly as the page renders them) against what the author's reputation
// allows. Not counted: mailto links (the e-mail check deals with addresses) and links to public
// services, which are what a good answer cites (« voir service-public.fr et legifrance »).

const PUBLIC_SITES =
  /(?:^|\.)(?:gouv\.fr|service-public\.fr|urssaf\.fr|legifrance\.gouv\.fr|bpifrance\.fr|ameli\.fr|francetravail\.fr|pole-emploi\.fr|cci\.fr|cma-france\.fr|cnil\.fr|inpi\.fr|insee\.fr|banque-france\.fr|europa\.eu|info-financiere\.fr|net-entreprises\.fr|msa\.fr|inrs\.fr|annuaire-entreprises\.data\.gouv\.fr)$/;

function decodeAttribute(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Host of each link a reader would see, in order, public services and mailto links left out. */
export function countedLinkHosts(markdown: string): string[] {
  const hosts: string[] = [];
  for (const m of renderMarkdown(markdown).matchAll(/<a href="([^"]*)"/g)) {
    let url: URL;
    try {
      url = new URL(decodeAttribute(m[1] ?? ''));
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    if (PUBLIC_SITES.test(host)) continue;
    hosts.push(host);
  }
  return hosts;
}

export const links: Check = (post, context) => {
  const hosts = [...(post.title ? countedLinkHosts(post.title) : []), ...countedLinkHosts(post.body)];
  const excess = hosts.length - context.maxLinks;
  if (excess <= 0) return null;
  const shown = [...new Set(hosts)];
  return {
    check: 'links',
    // One link too many may be a newcomer's zeal; several are a spammer's habit.
    score: Math.min(0.95, 0.4 + 0.2 * excess),
    detail:
      `Votre message contient ${hosts.length} liens (${shown.join(', ')}) ; avec votre réputation actuelle, ` +
      `vous pouvez en publier ${context.maxLinks} au plus par message (les liens vers les sites publics ne comptent pas). ` +
      `Retirez-en ${excess}.`,
    matches: shown.map((host) => ({ masked: host })),
  };
};
