// What the client needs to know of the experts' registers to help a member fill in their request:
// the server holds the same rules (server/experts/registers.ts) and is the one that decides.

import type { ExpertRegister, Profession } from '@contracts/dto';

export const PROFESSIONS: readonly Profession[] = ['avocat', 'expert-comptable', 'consultant', 'autre'];

/** The register each profession is checked against. */
export const REGISTER_OF_PROFESSION: Record<Profession, ExpertRegister> = {
  avocat: 'barreau',
  'expert-comptable': 'ordre-experts-comptables',
  consultant: 'autre',
  autre: 'autre',
};

/** The official directory where anyone can check a registration in that register. */
export const REGISTER_URLS: Record<ExpertRegister, string> = {
  barreau: 'https://www.cnb.avocat.fr/fr/annuaire-des-avocats-de-france',
  'ordre-experts-comptables': 'https://annuaire.experts-comptables.org/',
  autre: 'https://annuaire-entreprises.data.gouv.fr/',
};

export function isProfession(value: string | null): value is Profession {
  return value !== null && (PROFESSIONS as readonly string[]).includes(value);
}
