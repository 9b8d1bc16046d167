// French wording of the discover pages (see index.ts: components import `msg` from there): asking
// a question, searching, the themes and the public profiles.

import type { Role } from '@contracts/dto';
import { formatNumber, LOCALE, plural } from './format';

const signedFormat = new Intl.NumberFormat(LOCALE, { signDisplay: 'exceptZero' });
const monthYearFormat = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
const dayFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'Europe/Paris' });

/** "+10", "-2": a gain or a loss of reputation (the sign is written, never a colour only). */
export function signedNumber(n: number): string {
  return signedFormat.format(n);
}

/** "mars 2024". */
export function monthYear(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : monthYearFormat.format(time);
}

/** "12 mars 2025". */
export function shortDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : dayFormat.format(time);
}

const questionsLabel = (n: number) => `${formatNumber(n)} ${plural(n, 'question', 'questions')}`;
const pointsLabel = (n: number) => `${formatNumber(n)} ${plural(n, 'point', 'points')}`;

export const discover = {
  ask: {
    title: 'Poser une question',
    intro:
      'Décrivez votre situation : d’autres chefs d’entreprise, des experts-comptables, des avocats et des consultants vous répondent. C’est gratuit.',
    requiredNote: 'Sauf mention contraire, tous les champs sont obligatoires.',
    titleLabel: 'Titre de votre question',
    titleHint:
      'Entre 15 et 150 caractères. Formulez une vraie question, par exemple « Comment étaler le paiement de ma TVA ? ».',
    bodyLabel: 'Détails de votre situation',
    bodyHint:
      'Entre 20 et 30 000 caractères. Donnez le contexte utile : activité, taille de l’entreprise, ce que vous avez déjà essayé.',
    markdownHint:
      'Mise en forme possible : **gras**, *italique*, une liste avec « - » en début de ligne, un lien avec [texte](https://adresse-du-site).',
    length: (n: number, max: number) => `${formatNumber(n)} sur ${formatNumber(max)} caractères`,
    personalDataTitle: 'Ne donnez aucune donnée personnelle',
    personalData:
      'Votre question sera publique. N’y écrivez ni numéro SIRET ou SIREN, ni numéro de téléphone, ni IBAN, ni adresse e-mail, ni le nom d’un client ou d’un salarié : l’anonymat est une promesse, et seul ce que vous écrivez peut la rompre.',
    tagsLegend: 'Thèmes',
    tagsHint: 'Choisissez de 1 à 5 thèmes.',
    tagsChosen: (names: string[]) =>
      names.length === 0
        ? 'Aucun thème choisi pour l’instant.'
        : `${plural(names.length, 'Thème choisi', 'Thèmes choisis')} (${formatNumber(names.length)} sur 5) : ${names.join(', ')}.`,
    tagsFull: 'Vous avez choisi 5 thèmes : décochez-en un pour en choisir un autre.',
    tagsError: 'Les thèmes n’ont pas pu être chargés.',
    anonymousLabel: 'Publier anonymement',
    anonymousHint:
      'Votre pseudonyme n’apparaîtra pas sur la question, qui ne figurera pas sur votre profil public et ne vous rapportera aucun point de réputation. Les modérateurs ne voient pas qui vous êtes ; seule l’équipe de l’État peut lever l’anonymat en cas d’abus, et chaque levée est tracée.',
    checksNote:
      'Avant d’être publiée, votre question passe des vérifications automatiques (données personnelles, publicité…) : cela prend en général quelques secondes.',
    submit: 'Publier la question',
    submitting: 'Publication en cours…',
    errorSummary: (n: number) =>
      `Le formulaire contient ${formatNumber(n)} ${plural(n, 'erreur', 'erreurs')} à corriger`,
    errorTitle: 'La question n’a pas pu être publiée',
    errors: {
      titleShort: 'Le titre doit compter au moins 15 caractères.',
      titleLong: 'Le titre doit compter au plus 150 caractères.',
      bodyShort: 'Le texte doit compter au moins 20 caractères.',
      bodyLong: 'Le texte doit compter au plus 30 000 caractères.',
      tagsNone: 'Choisissez au moins un thème.',
      tagsMany: 'Choisissez au plus 5 thèmes.',
    },
    similarTitle: 'Questions similaires déjà posées',
    similarHint: 'Elle a peut-être déjà une réponse. Votre brouillon est conservé si vous en consultez une.',
    similarFound: (n: number) =>
      n === 0
        ? ''
        : `${formatNumber(n)} ${plural(n, 'question similaire déjà posée', 'questions similaires déjà posées')}, sous le champ du titre.`,
    draftRestored: 'Votre brouillon a été restauré.',
    clearDraft: 'Effacer le brouillon',
    draftCleared: 'Le brouillon a été effacé.',
  },

  search: {
    title: 'Rechercher une question',
    titleWithQuery: (q: string) => `Recherche : ${q}`,
    formLabel: 'Rechercher',
    queryLabel: 'Mots recherchés',
    queryHint: 'Les accents et les petites fautes de frappe sont tolérés.',
    tagLabel: 'Thème',
    allTags: 'Tous les thèmes',
    submit: 'Rechercher',
    prompt: 'Saisissez quelques mots : « trésorerie », « licenciement économique », « TVA travaux »…',
    found: (n: number, q: string, more: boolean) =>
      more
        ? `Plus de ${formatNumber(n)} questions trouvées pour « ${q} »`
        : n === 0
          ? `Aucune question trouvée pour « ${q} »`
          : `${formatNumber(n)} ${plural(n, 'question trouvée', 'questions trouvées')} pour « ${q} »`,
    inTag: (name: string) => ` dans le thème « ${name} »`,
    didYouMean: 'Vouliez-vous dire',
    resultsLabel: 'Résultats de la recherche',
    empty: 'Aucune question ne correspond à votre recherche. Essayez d’autres mots ou un autre thème.',
    emptyAsk: 'Personne ne l’a encore posée ? Posez-la :',
    askLink: 'poser une question',
    loadMore: 'Voir plus de résultats',
    loadingMore: 'Chargement de la suite…',
    answers: (n: number) => `${formatNumber(n)} ${plural(n, 'réponse', 'réponses')}`,
    acceptedAnswer: 'dont une acceptée',
  },

  themes: {
    title: 'Thèmes',
    intro: 'Les questions sont classées par thème. Choisissez un thème pour en voir les questions.',
    count: questionsLabel,
    empty: 'Aucun thème pour le moment.',
  },

  profile: {
    notFoundTitle: 'Ce profil n’existe pas',
    notFound: 'Ce profil n’existe pas ou a été supprimé.',
    backHome: 'Revenir à la liste des questions',
    errorTitle: 'Profil',
    roles: {
      member: 'Membre',
      expert: 'Expert',
      moderator: 'Modération',
      admin: 'Équipe de l’État',
    } satisfies Record<Role, string>,
    reputation: 'Réputation',
    points: pointsLabel,
    memberSince: 'Membre depuis',
    organisation: 'Organisation',
    answers: 'Réponses publiées',
    answerStats: (answers: number, accepted: number) =>
      `${formatNumber(answers)}, dont ${formatNumber(accepted)} ${plural(accepted, 'acceptée', 'acceptées')}`,
    bio: 'Présentation',
    tagReputationTitle: 'Réputation par thème',
    tagReputationEmpty: 'Aucun point de réputation gagné dans un thème pour l’instant.',
    questionsTitle: 'Questions',
    questionsEmpty: 'Aucune question publiée sous ce pseudonyme.',
    answersTitle: 'Réponses',
    answersEmpty: 'Aucune réponse publiée sous ce pseudonyme.',
    answersSort: 'Trier les réponses',
    sorts: { top: 'Les mieux notées', newest: 'Les plus récentes' },
    answerLink: (excerpt: string) => `Réponse : « ${excerpt} »`,
    accepted: 'Réponse acceptée',
    votes: (n: number) => `${formatNumber(n)} ${plural(n, 'vote', 'votes')}`,
    answerCount: (n: number) => `${formatNumber(n)} ${plural(n, 'réponse', 'réponses')}`,
    hasAccepted: 'réponse acceptée',
    asked: 'Posée',
    answered: 'Publiée',
    historyTitle: 'Historique de réputation',
    historyCaption: 'Historique de réputation, du plus récent au plus ancien',
    historyEmpty: 'Aucun mouvement de réputation pour l’instant.',
    historyDate: 'Date',
    historyReason: 'Motif',
    historyAmount: 'Points',
    loadMore: 'Voir plus',
    loadingMore: 'Chargement de la suite…',
  },
} as const;
