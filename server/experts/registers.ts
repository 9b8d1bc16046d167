import type { ExpertRegister, Profession } from '../contracts/dto';

// The official registers a moderator checks an expert request against, and which every badge
// links to, so that anyone can check the registration themselves.

export const EXPERT_REGISTERS: readonly ExpertRegister[] = ['barreau', 'ordre-experts-comptables', 'autre'];

export const REGISTER_URLS: Record<ExpertRegister, string> = {
  // Avocats: every barreau's members, in the Conseil national des barreaux' directory.
  barreau: 'https://www.cnb.avocat.fr/fr/annuaire-des-avocats-de-france',
  // Experts-comptables: the Tableau de l'Ordre, in the Ordre's directory.
  'ordre-experts-comptables': 'https://annuaire.experts-comptables.org/',
  // Consultants and others: no order, so their company (SIREN) in the State's company directory.
  autre: 'https://annuaire-entreprises.data.gouv.fr/',
};

/** The register each profession is checked against (the database holds the same rule). */
export const REGISTER_OF_PROFESSION: Record<Profession, ExpertRegister> = {
  avocat: 'barreau',
  'expert-comptable': 'ordre-experts-comptables',
  consultant: 'autre',
  autre: 'autre',
};

export const registerUrlOf = (profession: Profession): string => REGISTER_URLS[REGISTER_OF_PROFESSION[profession]];

export const PROFESSION_LABELS: Record<Profession, string> = {
  avocat: 'Avocat',
  'expert-comptable': 'Expert-comptable',
  consultant: 'Consultant',
  autre: 'Expert',
};

export const REGISTER_LABELS: Record<ExpertRegister, string> = {
  barreau: 'barreau',
  'ordre-experts-comptables': 'Tableau de l’Ordre des experts-comptables',
  autre: 'registre des entreprises (SIREN)',
};

/**
 * What every answer signed by a verified expert carries: a professional's answer here is general
 * information, not the personalised consultation their profession's rules reserve to a client.
 */
export const EXPERT_NOTICE = 'Information générale, ne constitue pas une consultation personnalisée.';
