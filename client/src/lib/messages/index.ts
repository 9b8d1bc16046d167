// Every user-visible French string of the client, and the French formatting helpers.
// Components never hard-code wording: they import it from here. The legal pages' long texts
// (legal.ts) are the exception: imported by those pages only, they download with them.

import type { FlagReason, PostStatus, Profession, QuestionSort, TargetType } from '@contracts/dto';
import type { LiveErrorCode } from '../live.svelte';
import { account } from './account';
import { discover } from './discover';
import { experts } from './experts';
import { CONFORMITY } from './conformity';
import { moderation } from './moderation';
import { sessions } from './sessions';
import { formatNumber, plural } from './format';

export * from './format';

export const msg = {
  account,
  discover,
  experts,
  moderation,
  sessions,
  siteName: 'Entraide Entreprises',
  tagline: 'Les chefs d’entreprise s’entraident : posez vos questions, partagez votre expérience.',
  footer: 'Entraide Entreprises — service public d’entraide entre chefs d’entreprise.',
  layout: {
    skipLinks: 'Accès rapide',
    skipToContent: 'Contenu',
    skipToMenu: 'Menu',
    skipToSearch: 'Recherche',
    skipToFooter: 'Pied de page',
    mainNav: 'Menu principal',
    navQuestions: 'Questions',
    navThemes: 'Thèmes',
    navAsk: 'Poser une question',
    navModeration: 'Modération',
    homeTitle: 'Accueil — Entraide Entreprises',
    menu: 'Menu',
    close: 'Fermer',
    search: 'Rechercher',
    searchPlaceholder: 'Rechercher une question',
    login: 'Se connecter',
    register: 'Créer un compte',
    logout: 'Se déconnecter',
    myAccount: (pseudonym: string) => `Mon compte (${pseudonym})`,
    notifications: (n: number) =>
      n === 0 ? 'Notifications' : `Notifications (${formatNumber(n)} ${plural(n, 'non lue', 'non lues')})`,
    footerDescription:
      'Entraide Entreprises est un service public gratuit et anonyme où les chefs d’entreprise, avec des experts-comptables, des avocats et des consultants, répondent aux questions les uns des autres.',
    stateLinks: [
      { href: 'https://www.info.gouv.fr', label: 'info.gouv.fr' },
      { href: 'https://www.service-public.fr', label: 'service-public.fr' },
      { href: 'https://www.entreprises.gouv.fr', label: 'entreprises.gouv.fr' },
      { href: 'https://www.legifrance.gouv.fr', label: 'legifrance.gouv.fr' },
    ],
    newWindow: (label: string) => `${label} — nouvelle fenêtre`,
    accessibility: `Accessibilité : ${CONFORMITY}`,
    legal: 'Mentions légales',
    privacy: 'Données personnelles',
    licence:
      'Sauf mention contraire, les contenus de ce site sont disponibles sous licence etalab-2.0 ; les messages restent ceux de leurs auteurs.',
    displayLegend: 'Affichage',
    schemes: { light: 'Clair', dark: 'Sombre', system: 'Comme le système' },
  },
  loading: 'Chargement…',
  retry: 'Réessayer',
  anonymous: 'Anonyme',
  reputation: 'réputation',
  reputationTitle: 'Réputation',
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
    breadcrumb: 'Vous êtes ici :',
    asked: 'Posée',
    answered: 'Publiée',
    by: 'par',
    noAnswer: 'Cette question n’a pas encore de réponse.',
    notFoundTitle: 'Question introuvable',
    notFound: 'Cette question n’existe pas ou n’est plus disponible.',
    answerBy: (author: string) => `Réponse de ${author}`,
  },

  post: {
    voteTarget: { question: 'cette question', answer: 'cette réponse' } satisfies Record<TargetType, string>,
    upvote: (what: string) => `Voter pour ${what}`,
    downvote: (what: string) => `Voter contre ${what}`,
    loginToVote: 'Connectez-vous pour voter :',
    voteWithdrawn: 'Vote retiré.',
    answerTitle: 'Votre réponse',
    answerLabel: 'Texte de votre réponse',
    answerSubmit: 'Publier ma réponse',
    sending: 'Envoi…',
    loginToAnswer: 'Pour répondre, connectez-vous :',
    or: 'ou',
    bodyHint:
      'Markdown accepté : **gras**, *italique*, listes, liens. Ne donnez ni numéro de téléphone, ni SIRET, ni IBAN, ni adresse e-mail : votre anonymat en dépend.',
    anonymousLabel: 'Publier anonymement',
    anonymousHint:
      'Votre pseudonyme ne sera montré à personne, pas même aux modérateurs ; ce message ne rapportera pas de réputation.',
    answerPosted: 'Votre réponse est envoyée : elle est vérifiée automatiquement avant d’être publiée.',
    heldIntro: 'Pour que ce message soit publié, modifiez-le :',
    heldEditHint: 'Une fois modifié, il sera vérifié de nouveau et publié s’il n’y a plus rien à retirer.',
    pendingHint: 'La vérification prend en général quelques secondes : cette page se mettra à jour d’elle-même.',
    editNow: 'Modifier maintenant',
    edit: 'Modifier',
    editLabel: { question: 'Modifier la question', answer: 'Modifier la réponse' } satisfies Record<TargetType, string>,
    titleLabel: 'Titre',
    bodyLabel: 'Texte',
    save: 'Enregistrer',
    cancel: 'Annuler',
    saved: 'Modification enregistrée : elle est vérifiée avant d’être publiée.',
    statusChanged: (what: string, status: string) => `${what} : ${status}`,
    yourAnswer: 'Votre réponse',
    yourQuestion: 'Votre question',
    accept: 'Accepter cette réponse',
    unaccept: 'Ne plus accepter cette réponse',
    acceptedAnnounce: 'Réponse acceptée.',
    unacceptedAnnounce: 'Réponse n’est plus acceptée.',
    flag: 'Signaler',
    flagLegend: 'Pourquoi signalez-vous ce message ?',
    flagReasons: {
      personal_data: 'Il contient des données personnelles (téléphone, SIRET, IBAN, e-mail…)',
      spam: 'C’est de la publicité ou du spam',
      offensive: 'Il est injurieux ou menaçant',
      off_topic: 'Il est hors sujet',
      other: 'Autre raison',
    } satisfies Record<FlagReason, string>,
    flagNote: 'Précisions (facultatif)',
    flagNoteHint: '500 caractères au plus.',
    flagSend: 'Envoyer le signalement',
    flagged: 'Merci : votre signalement a été transmis à l’équipe de modération.',
    mine: 'vous',
  },

  memberOnly: {
    text: 'Connectez-vous ou créez un compte (gratuit et anonyme) pour accéder à cette page.',
    moderatorsOnly: 'Cette page est réservée à l’équipe de modération.',
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
    pageLoad: 'Cette page n’a pas pu être chargée : vérifiez votre connexion, puis réessayez.',
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
