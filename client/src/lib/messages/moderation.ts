// French wording of the moderation pages (see index.ts: components import `msg` from there).

import type { CaseKind, CaseStatus, ModerationAction, PostStatus, TargetType } from '@contracts/dto';
import { formatNumber, fullDate, plural } from './format';

/**
 * The automated checks (workers/moderation/checks/, docs/MODERATION.md), the flags and the
 * moderators' own decisions, by the id a reason carries.
 */
const checks: Record<string, string> = {
  email: 'Adresse e-mail',
  phone: 'Numéro de téléphone',
  siren_siret: 'Numéro SIREN, SIRET ou de TVA',
  iban: 'IBAN ou RIB',
  nir: 'Numéro de sécurité sociale',
  payment_card: 'Numéro de carte bancaire',
  links: 'Trop de liens',
  duplicate_text: 'Texte déjà publié',
  spam_pattern: 'Publicité ou arnaque',
  shouting: 'Majuscules ou ponctuation excessives',
  abuse: 'Propos injurieux ou menaçants',
  flooding: 'Publications trop rapprochées',
  duplicate_question: 'Question en double probable',
  flag_spam: 'Signalement : spam ou publicité',
  flag_offensive: 'Signalement : propos injurieux',
  flag_personal_data: 'Signalement : données personnelles',
  flag_off_topic: 'Signalement : hors sujet',
  flag_other: 'Signalement : autre motif',
  flags: 'Seuil de signalements atteint',
  moderation: 'Décision de la modération',
  expert_request: 'Demande de statut d’expert',
};

const kinds = {
  auto: 'Vérification automatique',
  flag: 'Signalements',
  expert_verification: 'Vérification d’expert',
  live_question: 'Question de session en direct',
} as const satisfies Record<CaseKind, string>;

export const moderation = {
  title: 'Modération',
  views: {
    label: 'Vues de la modération',
    cases: 'Dossiers',
    log: 'Journal',
  },

  filters: {
    legend: 'Filtrer les dossiers',
    status: 'Statut',
    kind: 'Type de dossier',
    anyStatus: 'En cours (ouverts ou pris en charge)',
    anyKind: 'Tous les types',
    apply: 'Filtrer',
  },

  caseStatus: {
    open: 'Ouvert',
    claimed: 'Pris en charge',
    resolved: 'Traité',
  } satisfies Record<CaseStatus, string>,
  statusFilter: {
    open: 'Ouverts',
    claimed: 'Pris en charge',
    resolved: 'Traités',
  } satisfies Record<CaseStatus, string>,
  kinds,
  targetStatus: {
    pending: 'Message en attente',
    published: 'Message publié',
    hidden: 'Message masqué',
    deleted: 'Message supprimé',
  } satisfies Record<PostStatus, string>,

  queue: {
    loadMore: 'Voir plus de dossiers',
    loadingMore: 'Chargement de la suite…',
    shown: (n: number) => `${formatNumber(n)} ${plural(n, 'dossier affiché', 'dossiers affichés')}`,
    empty: 'Aucun dossier ne correspond à ces filtres.',
    emptyDefault: 'Aucun dossier en cours : la file est vide.',
    newCases: (n: number) => `${formatNumber(n)} ${plural(n, 'nouveau dossier', 'nouveaux dossiers')}`,
    newCasesAvailable: (n: number) =>
      `Nouveau dossier : ${formatNumber(n)} ${plural(n, 'dossier', 'dossiers')} en attente d’affichage, bouton « Afficher » au-dessus de la liste.`,
    casesShown: (n: number) =>
      `${formatNumber(n)} ${plural(n, 'dossier ajouté', 'dossiers ajoutés')} en bas de la liste.`,
    liveUnavailable: 'Les nouveaux dossiers n’arrivent plus en direct.',
    liveForbidden:
      'La file de votre organisation n’est pas mise à jour en direct : rechargez la page pour voir les nouveaux dossiers.',
    listLabel: 'Dossiers de modération',
  },

  case: {
    heading: (id: number, kind: CaseKind) => `Dossier n° ${formatNumber(id)} — ${kinds[kind]}`,
    opened: 'Ouvert',
    updated: 'Mis à jour',
    target: {
      question: 'Question',
      answer: 'Réponse',
    } satisfies Record<TargetType, string>,
    open: {
      question: 'Voir la question',
      answer: 'Voir la réponse',
    } satisfies Record<TargetType, string>,
    openLabel: (targetType: TargetType, id: number) =>
      `${targetType === 'question' ? 'Voir la question' : 'Voir la réponse'} du dossier n° ${formatNumber(id)}`,
    noTarget: 'Ce dossier ne porte sur aucun message.',
    targetGone: 'Le message de ce dossier n’existe plus.',
    excerpt: 'Extrait',
    reasons: 'Motifs',
    noReasons: 'Aucun motif enregistré.',
    score: (score: number) => `score ${formatNumber(score)}`,
    weight: (weight: number) => `poids ${formatNumber(weight)}`,
    flagWeight: 'Poids des signalements',
    author: 'Auteur',
    anonymousAuthor: 'Auteur anonyme',
    noAccount: 'Auteur sans compte (compte supprimé)',
    standing: 'Situation de l’auteur',
    reputation: (n: number) => `Réputation : ${formatNumber(n)}`,
    accountAge: (days: number) =>
      days === 0
        ? 'Compte créé aujourd’hui'
        : `Compte créé il y a ${formatNumber(days)} ${plural(days, 'jour', 'jours')}`,
    sanctions: (n: number) =>
      n === 0 ? 'Aucune sanction passée' : `${formatNumber(n)} ${plural(n, 'sanction passée', 'sanctions passées')}`,
    claimedBy: (pseudonym: string) => `Pris en charge par ${pseudonym}`,
    claimedByYou: 'Pris en charge par vous',
    resolvedBy: (decision: string, pseudonym: string | null) =>
      pseudonym ? `${decision} par ${pseudonym}` : `${decision} automatiquement`,
    decisions: { approve: 'Approuvé', reject: 'Rejeté' },
    note: 'Note',
    handling: 'Prise en charge',
    decision: 'Décision',
  },

  actions: {
    claim: 'Prendre en charge',
    claiming: 'Prise en charge…',
    claimed: (id: number) => `Dossier n° ${formatNumber(id)} pris en charge par vous.`,
    approve: 'Approuver',
    reject: 'Rejeter',
    sending: 'Envoi…',
    noteLabel: 'Note (facultative)',
    noteHint: 'En cas de rejet, elle est transmise à l’auteur du message. 3 à 1 000 caractères.',
    resolved: (id: number, approved: boolean) =>
      `Dossier n° ${formatNumber(id)} ${approved ? 'approuvé : le message est publié' : 'rejeté : le message est masqué'}.`,
    refreshed: (id: number) => `Dossier n° ${formatNumber(id)} mis à jour.`,
    otherClaimed: (id: number, pseudonym: string) => `Dossier n° ${formatNumber(id)} pris en charge par ${pseudonym}.`,
    otherResolved: (id: number) => `Dossier n° ${formatNumber(id)} traité.`,
    cancel: 'Annuler',
  },

  suspend: {
    open: 'Suspendre l’auteur',
    legend: 'Suspendre l’auteur du message',
    hint: 'L’auteur pourra lire mais plus publier, voter ni signaler. Son identité reste cachée.',
    days: 'Durée (en jours)',
    daysHint: 'De 1 à 365 jours.',
    reason: 'Motif',
    reasonHint: 'Conservé dans le journal de modération. 5 à 500 caractères.',
    submit: 'Suspendre',
    done: (until: string) => `Auteur suspendu jusqu’au ${fullDate(until)}.`,
  },

  reveal: {
    open: 'Révéler l’auteur',
    legend: 'Révéler l’auteur du message',
    hint: 'Réservé à l’équipe de l’État. Votre motif est conservé dans le journal de modération.',
    reason: 'Motif (obligatoire)',
    reasonHint: '10 à 500 caractères.',
    submit: 'Révéler',
    revealed: 'Auteur révélé',
    profile: (pseudonym: string) => `Profil de ${pseudonym}`,
    done: (pseudonym: string) => `Auteur révélé : ${pseudonym}.`,
  },

  form: {
    errorSummary: 'Le formulaire contient des erreurs :',
    required: (label: string) => `${label} : ce champ est obligatoire.`,
  },

  log: {
    heading: 'Journal de modération',
    caption: 'Actions de modération, les plus récentes d’abord',
    date: 'Date',
    action: 'Action',
    moderator: 'Par',
    subject: 'Concerne',
    reason: 'Motif',
    empty: 'Aucune action de modération pour le moment.',
    loadMore: 'Voir plus d’actions',
    loadingMore: 'Chargement de la suite…',
    shown: (n: number) => `${formatNumber(n)} ${plural(n, 'action affichée', 'actions affichées')}`,
    automatic: 'Vérification automatique',
    flagThreshold: 'Seuil de signalements',
    noReason: '—',
    hiddenUser: 'Auteur anonyme',
    caseRef: (id: number) => `Dossier n° ${formatNumber(id)}`,
    targetRef: (targetType: TargetType, id: number) =>
      `${targetType === 'question' ? 'Question' : 'Réponse'} n° ${formatNumber(id)}`,
    actions: {
      claim: 'Prise en charge',
      approve: 'Approbation',
      reject: 'Rejet',
      suspend: 'Suspension',
      reveal_author: 'Levée de l’anonymat',
      hide_by_flags: 'Masquage après signalements',
      hold: 'Mise en attente',
      revoke_expert: 'Retrait du statut d’expert',
    } satisfies Record<ModerationAction, string>,
  },

  /** The French name of a check, a flag or a decision; its id when unknown (a newer check). */
  check: (id: string): string => checks[id] ?? id,
} as const;
