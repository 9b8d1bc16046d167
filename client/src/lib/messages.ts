// Every user-visible French string of the client, and the French formatting helpers.
// Components never hard-code wording: they import it from here.

import type { PostStatus, Profession, QuestionSort } from '@contracts/dto';
import type { LiveErrorCode } from './live.svelte';

const LOCALE = 'fr-FR';

export const msg = {
  siteName: 'Entraide Entreprises',
  tagline: 'Les chefs d’entreprise s’entraident : posez vos questions, partagez votre expérience.',
  footer: 'Entraide Entreprises — service public d’entraide entre chefs d’entreprise.',
  skipLink: 'Aller au contenu',
  mainNav: 'Navigation principale',
  navQuestions: 'Questions',
  loading: 'Chargement…',
  retry: 'Réessayer',
  anonymous: 'Anonyme',
  reputation: 'réputation',
  reputationTitle: 'Réputation',
  verifiedExpert: 'Expert vérifié',
  accepted: 'Acceptée',
  acceptedHint: 'dont une réponse acceptée',
  tagsLabel: 'Thèmes',

  home: {
    title: 'Questions',
    titleWithTag: (tagName: string) => `Questions : ${tagName}`,
    sortNav: 'Trier les questions',
    tagNav: 'Filtrer par thème',
    allTags: 'Tous les thèmes',
    tagsError: 'Les thèmes n’ont pas pu être chargés.',
    empty: 'Aucune question pour le moment.',
    emptyTag: 'Aucune question dans ce thème pour le moment.',
    emptyUnanswered: 'Toutes les questions ont reçu une réponse.',
    loadMore: 'Voir plus',
    loadingMore: 'Chargement de la suite…',
    shown: (n: number) => `${formatNumber(n)} ${plural(n, 'question affichée', 'questions affichées')}`,
  },

  sorts: {
    newest: 'Récentes',
    active: 'Actives',
    unanswered: 'Sans réponse',
    top: 'Les mieux notées',
  } satisfies Record<QuestionSort, string>,

  question: {
    backToList: 'Toutes les questions',
    asked: 'Posée',
    answered: 'Publiée',
    by: 'par',
    noAnswer: 'Cette question n’a pas encore de réponse.',
    notFoundTitle: 'Question introuvable',
    notFound: 'Cette question n’existe pas ou n’est plus disponible.',
    answerBy: (author: string) => `Réponse de ${author}`,
  },

  notFound: {
    title: 'Page introuvable',
    text: 'La page que vous cherchez n’existe pas ou a été déplacée.',
    home: 'Revenir à la liste des questions',
  },

  status: {
    pending: 'En attente de vérification : visible seulement par vous et par l’équipe de modération.',
    published: 'Publiée',
    hidden: 'Masquée par la modération.',
    deleted: 'Supprimée.',
  } satisfies Record<PostStatus, string>,

  professions: {
    avocat: 'Avocat',
    'expert-comptable': 'Expert-comptable',
    consultant: 'Consultant',
    autre: 'Expert',
  } satisfies Record<Profession, string>,

  live: {
    lost: 'Connexion perdue, reconnexion en cours…',
    offline: 'Connexion perdue : les mises à jour en direct sont interrompues.',
    restored: 'Connexion rétablie : la page est à jour.',
    reconnect: 'Se reconnecter',
    show: 'Afficher',
    newAnswers: (n: number) => `${formatNumber(n)} ${plural(n, 'nouvelle réponse', 'nouvelles réponses')}`,
    newAnswersAvailable: (n: number) =>
      `${formatNumber(n)} ${plural(n, 'nouvelle réponse publiée', 'nouvelles réponses publiées')} : bouton « Afficher » au-dessus des réponses.`,
    answersShown: (n: number) => `${formatNumber(n)} ${plural(n, 'réponse ajoutée', 'réponses ajoutées')} à la page.`,
    newQuestions: (n: number) => `${formatNumber(n)} ${plural(n, 'nouvelle question', 'nouvelles questions')}`,
    newQuestionsAvailable: (n: number) =>
      `${formatNumber(n)} ${plural(n, 'nouvelle question publiée', 'nouvelles questions publiées')} : bouton « Afficher » au-dessus de la liste.`,
    questionsShown: (n: number) =>
      `${formatNumber(n)} ${plural(n, 'question ajoutée', 'questions ajoutées')} en haut de la liste.`,
    presence: (n: number) =>
      `${formatNumber(n)} ${plural(n, 'personne consulte', 'personnes consultent')} cette question`,
    questionRemovedTitle: 'Question retirée',
    questionRemoved: 'Cette question vient d’être retirée : elle n’est plus disponible.',
    unavailable: 'Les mises à jour en direct sont indisponibles sur cette page.',
    errors: {
      invalid_room: 'Ce contenu ne peut pas être suivi en direct.',
      forbidden: 'Vous n’avez pas accès au suivi en direct de ce contenu.',
      not_found: 'Ce contenu n’est plus disponible pour le suivi en direct.',
      rate_limited: 'Trop de demandes de suivi en direct : nouvelle tentative dans quelques secondes.',
      validation_failed: 'La demande de suivi en direct est invalide.',
      internal_error: 'Le suivi en direct rencontre un problème : nouvelle tentative dans quelques secondes.',
      timeout: 'Le serveur ne répond pas au suivi en direct : nouvelle tentative dans quelques secondes.',
    } satisfies Record<LiveErrorCode, string>,
  },

  errors: {
    generic: 'Une erreur est survenue. Veuillez réessayer.',
    network: 'Le service est injoignable. Vérifiez votre connexion puis réessayez.',
    invalidResponse: 'La réponse du serveur est illisible. Veuillez réessayer.',
    byStatus: {
      400: 'La demande est invalide.',
      401: 'Vous devez vous connecter pour continuer.',
      403: 'Vous n’avez pas le droit d’effectuer cette action.',
      404: 'Ce contenu est introuvable.',
      409: 'Cette action entre en conflit avec une autre modification.',
      413: 'Le contenu envoyé est trop volumineux.',
      429: 'Trop de demandes en peu de temps. Patientez un instant puis réessayez.',
      500: 'Le service rencontre un problème. Veuillez réessayer plus tard.',
    } as Record<number, string>,
  },
} as const;

/** Page title shown in the browser tab. */
export function pageTitle(title?: string): string {
  return title ? `${title} — ${msg.siteName}` : msg.siteName;
}

const pluralRules = new Intl.PluralRules(LOCALE);
const numberFormat = new Intl.NumberFormat(LOCALE);

/** French plural: 0 and 1 take the singular ("0 réponse", "1 réponse", "2 réponses"). */
export function plural(n: number, one: string, other: string): string {
  return pluralRules.select(n) === 'one' ? one : other;
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** The word after a number of answers: "réponse" or "réponses". */
export function answersWord(n: number): string {
  return plural(n, 'réponse', 'réponses');
}

/** "1 réponse", "12 réponses". */
export function answersLabel(n: number): string {
  return `${formatNumber(n)} ${answersWord(n)}`;
}

/** The word after a score: "vote" or "votes". */
export function votesWord(n: number): string {
  return plural(n, 'vote', 'votes');
}

export function votesLabel(n: number): string {
  return `${formatNumber(n)} ${votesWord(n)}`;
}

const relativeFormat = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' });
const fullDateFormat = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "à l'instant", "il y a 5 minutes", "hier", "il y a 3 jours", "il y a 2 mois"… */
export function relativeDate(iso: string, now: number = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  // A date slightly in the future (clock skew) reads as "just now".
  const elapsed = Math.max(0, Math.round((now - time) / 1000));
  if (elapsed < 45) return 'à l’instant';
  if (elapsed < HOUR) return relativeFormat.format(-Math.max(1, Math.trunc(elapsed / MINUTE)), 'minute');
  if (elapsed < DAY) return relativeFormat.format(-Math.trunc(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return relativeFormat.format(-Math.trunc(elapsed / DAY), 'day');
  if (elapsed < 30 * DAY) return relativeFormat.format(-Math.trunc(elapsed / (7 * DAY)), 'week');
  if (elapsed < 365 * DAY) return relativeFormat.format(-Math.trunc(elapsed / (30 * DAY)), 'month');
  return relativeFormat.format(-Math.trunc(elapsed / (365 * DAY)), 'year');
}

/** "12 mars 2025 à 14:05", for the `title` of a relative date. */
export function fullDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : fullDateFormat.format(time);
}
