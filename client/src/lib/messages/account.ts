// French wording of the account pages (see index.ts: components import `msg` from there).

import type { PostStatus, TargetType } from '@contracts/dto';
import type { AccountTab } from '../router.svelte';
import { formatNumber, LOCALE, plural } from './format';

/** The status filters of "Mes publications": every status, or none. */
const dayFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'Europe/Paris' });

export type PostFilter = PostStatus | 'all';

export const account = {
  form: {
    requiredNote: 'Sauf mention contraire, tous les champs sont obligatoires.',
    errorCount: (n: number) =>
      n === 1 ? 'Le formulaire contient une erreur :' : `Le formulaire contient ${formatNumber(n)} erreurs :`,
    showPassword: 'Afficher',
    showPasswordHidden: ' le mot de passe',
    optional: '(facultatif)',
  },

  register: {
    title: 'Créer un compte',
    intro: 'Gratuit et sans engagement : un pseudonyme, une adresse électronique et un mot de passe suffisent.',
    privacyTitle: 'Ce que les autres membres voient de vous',
    privacy: [
      'Votre pseudonyme est public : il accompagne vos questions et réponses et mène à votre profil.',
      'Votre adresse électronique n’est jamais affichée : elle sert seulement à vous connecter.',
      'Chaque question ou réponse peut être publiée anonymement : elle n’est alors reliée ni à votre pseudonyme ni à votre profil.',
    ],
    legend: 'Vos informations de connexion',
    pseudonym: 'Pseudonyme',
    pseudonymHint:
      'De 3 à 30 caractères : lettres sans accent, chiffres, tiret (-), tiret bas (_) ou point (.). Exemple : boulangerie.lyon',
    email: 'Adresse électronique',
    emailHint: 'Format attendu : nom@domaine.fr',
    password: 'Mot de passe',
    passwordRules: 'Votre mot de passe doit contenir :',
    passwordMin: '10 caractères minimum',
    submit: 'Créer mon compte',
    submitting: 'Création du compte…',
    failed: 'Le compte n’a pas été créé.',
    haveAccount: 'Vous avez déjà un compte ?',
    loginLink: 'Se connecter',
  },

  login: {
    title: 'Se connecter',
    intro: 'Connectez-vous avec l’adresse électronique et le mot de passe choisis à l’inscription.',
    legend: 'Vos identifiants',
    email: 'Adresse électronique',
    emailHint: 'Format attendu : nom@domaine.fr',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    failed: 'La connexion a échoué.',
    noAccount: 'Pas encore de compte ?',
    registerLink: 'Créer un compte',
    alreadyTitle: 'Vous êtes déjà connecté',
    already: (pseudonym: string) => `Vous êtes connecté en tant que ${pseudonym}.`,
    continue: 'Continuer',
    myAccount: 'Mon compte',
  },

  menu: {
    title: 'Mon compte',
    tabs: {
      profil: 'Profil',
      notifications: 'Notifications',
      publications: 'Mes publications',
      donnees: 'Mes données',
      expert: 'Statut d’expert',
      'demandes-de-contact': 'Demandes de contact',
    } satisfies Record<AccountTab, string>,
    unread: (n: number) => `(${formatNumber(n)} ${plural(n, 'non lue', 'non lues')})`,
  },

  titles: {
    profil: 'Mon profil',
    notifications: 'Mes notifications',
    publications: 'Mes publications',
    donnees: 'Mes données',
    expert: 'Mon statut d’expert',
    'demandes-de-contact': 'Demandes de contact reçues',
  } satisfies Record<AccountTab, string>,

  profile: {
    summaryTitle: 'Ce que les autres membres voient',
    pseudonymLabel: 'Pseudonyme',
    reputationLabel: 'Réputation',
    reputation: (n: number) => `${formatNumber(n)} ${plural(n, 'point', 'points')}`,
    memberSinceLabel: 'Date d’inscription',
    day: (iso: string) => dayFormat.format(Date.parse(iso)),
    viewPublic: 'Voir mon profil public',
    anonymousNote: 'Vos questions et réponses anonymes n’apparaissent ni sur votre profil ni dans votre réputation.',
    editTitle: 'Modifier mon profil',
    pseudonym: 'Pseudonyme',
    pseudonymHint:
      'Public. De 3 à 30 caractères : lettres sans accent, chiffres, tiret (-), tiret bas (_) ou point (.).',
    bio: 'Présentation',
    bioHint:
      'Publique, 1 000 caractères au plus. Quelques mots sur votre activité, sans donnée personnelle (téléphone, adresse, nom de l’entreprise si vous tenez à votre anonymat).',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Votre profil a été enregistré.',
    unchanged: 'Aucune modification à enregistrer.',
    failed: 'Le profil n’a pas été enregistré.',
  },

  notifications: {
    intro: 'Réponses à vos questions, réponses acceptées, votes et paliers de réputation.',
    unread: 'Non lue',
    markAll: 'Tout marquer comme lu',
    marking: 'Marquage en cours…',
    allRead: 'Toutes vos notifications sont marquées comme lues.',
    unreadCount: (n: number) =>
      n === 0
        ? 'Aucune notification non lue.'
        : `${formatNumber(n)} ${plural(n, 'notification non lue', 'notifications non lues')}.`,
    empty: 'Vous n’avez aucune notification pour le moment.',
    loadMore: 'Voir plus',
    loadingMore: 'Chargement de la suite…',
    shown: (n: number) => `${formatNumber(n)} ${plural(n, 'notification affichée', 'notifications affichées')}`,
    arrived: (message: string) => `Nouvelle notification : ${message}`,
    updated: (message: string) => `Notification mise à jour : ${message}`,
  },

  posts: {
    intro:
      'Toutes vos questions et réponses, anonymes comprises. Vous seul voyez cette liste et les messages en attente.',
    filterLabel: 'Filtrer par statut',
    filters: {
      all: 'Toutes',
      pending: 'En attente',
      published: 'Publiées',
      hidden: 'Masquées',
      deleted: 'Supprimées',
    } satisfies Record<PostFilter, string>,
    /** The filter in the URL (`?statut=`), in French since users see and share it. */
    filterSlugs: {
      all: '',
      pending: 'en-attente',
      published: 'publiees',
      hidden: 'masquees',
      deleted: 'supprimees',
    } satisfies Record<PostFilter, string>,
    kinds: { question: 'Question', answer: 'Réponse' } satisfies Record<TargetType, string>,
    answerTo: (title: string) => `Réponse à « ${title} »`,
    anonymous: 'Anonyme',
    anonymousHint: 'publiée sans votre pseudonyme',
    statusLabel: 'Statut :',
    badges: {
      pending: 'En attente',
      published: 'Publiée',
      hidden: 'Masquée',
      deleted: 'Supprimée',
    } satisfies Record<PostStatus, string>,
    reasonsTitle: 'À retirer avant publication :',
    editHint: {
      question: 'Modifiez votre question depuis sa page : elle sera vérifiée à nouveau.',
      answer: 'Modifiez votre réponse depuis la page de la question : elle sera vérifiée à nouveau.',
    } satisfies Record<TargetType, string>,
    createdAt: 'Envoyée',
    empty: 'Vous n’avez encore rien publié.',
    emptyFiltered: 'Aucune publication avec ce statut.',
    loadMore: 'Voir plus',
    loadingMore: 'Chargement de la suite…',
    shown: (n: number) => `${formatNumber(n)} ${plural(n, 'publication affichée', 'publications affichées')}`,
    statusChanged: (kind: TargetType, title: string, status: PostStatus) =>
      `${kind === 'question' ? 'Votre question' : 'Votre réponse à'} « ${title} » : ${
        {
          pending: 'en attente de vérification',
          published: 'publiée',
          hidden: 'masquée par la modération',
          deleted: 'supprimée',
        }[status]
      }.`,
  },

  data: {
    exportTitle: 'Télécharger mes données',
    exportIntro: 'Un fichier au format JSON avec tout ce que le service conserve sur vous :',
    exportContents: [
      'votre compte : adresse électronique, pseudonyme, présentation, rôle, réputation et date d’inscription ;',
      'vos questions et réponses, anonymes comprises, avec leur statut ;',
      'vos votes et vos signalements ;',
      'vos notifications ;',
      'l’historique de votre réputation.',
    ],
    exportButton: 'Télécharger mes données',
    exporting: 'Préparation du fichier…',
    exportReady: 'Vos données sont prêtes : le téléchargement a commencé.',
    exportLink: (kilobytes: number) =>
      `Enregistrer le fichier entraide-mes-donnees.json (JSON, ${formatNumber(kilobytes)} ko)`,
    deleteTitle: 'Supprimer mon compte',
    deleteIntro: 'La suppression de votre compte :',
    deleteConsequences: [
      'efface votre adresse électronique, votre pseudonyme, votre présentation et vos notifications ;',
      'garde vos questions et réponses en ligne pour les personnes qu’elles aident, mais anonymes : plus rien ne les relie à vous ;',
      'fait perdre votre réputation et les droits qu’elle vous donnait ;',
      'est définitive : ni vous ni l’équipe ne pourrez récupérer le compte.',
    ],
    deleteAdvice: 'Pensez à télécharger vos données avant de supprimer votre compte.',
    deleteLegend: 'Confirmer la suppression',
    password: 'Mot de passe actuel',
    passwordHint: 'Pour vérifier que c’est bien vous.',
    confirm: 'Je comprends que la suppression de mon compte est définitive.',
    passwordMissing: 'Saisissez votre mot de passe.',
    confirmMissing: 'Cochez la case pour confirmer que vous voulez supprimer votre compte.',
    deleteButton: 'Supprimer définitivement mon compte',
    deleting: 'Suppression en cours…',
    failed: 'Le compte n’a pas été supprimé.',
    deletedTitle: 'Compte supprimé',
    deleted:
      'Votre compte a été supprimé. Vos questions et réponses restent en ligne, anonymes. Merci d’avoir participé à l’entraide.',
    backHome: 'Revenir aux questions',
  },
} as const;
