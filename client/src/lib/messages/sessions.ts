// French wording of the live Q&A sessions (see index.ts: components import `msg` from there): the
// list, the audience view, the staff's queue and private channel, and the present mode.

import type { LiveQuestionState, LiveSessionRole, LiveSessionStatus } from '@contracts/dto';
import { formatNumber, LOCALE, plural } from './format';

const PARIS = 'Europe/Paris';
const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: PARIS,
});
const timeFormat = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', timeZone: PARIS });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: PARIS,
});

/** « 18 h 05 »: the French way of writing a time. */
function frenchTime(time: number): string {
  return timeFormat.format(time).replace(':', ' h ');
}

/**
 * « jeudi 12 mars 2026, de 18 h 00 à 19 h 00 (heure de Paris) », or both dates in full when the
 * session spans two days.
 */
function sessionWhen(startsAt: string, endsAt: string): string {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  if (Number.isNaN(start) || Number.isNaN(end)) return '';
  const startDay = dayFormat.format(start);
  if (startDay === dayFormat.format(end)) {
    return `${startDay}, de ${frenchTime(start)} à ${frenchTime(end)} (heure de Paris)`;
  }
  return `du ${startDay} à ${frenchTime(start)} au ${dayFormat.format(end)} à ${frenchTime(end)} (heure de Paris)`;
}

/** « 12 mars 2026 à 18 h 00 », Paris time. */
function sessionInstant(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : dateTimeFormat.format(time).replace(/(\d{2}):(\d{2})/, '$1 h $2');
}

const questionsWord = (n: number) => plural(n, 'question', 'questions');

export const sessions = {
  nav: 'Sessions en direct',
  when: sessionWhen,
  instant: sessionInstant,

  status: {
    scheduled: 'À venir',
    live: 'En direct',
    ended: 'Terminée',
  } satisfies Record<LiveSessionStatus, string>,

  /** What each role may do, said next to the staff's tools. */
  roles: {
    moderator: 'Vous modérez cette session.',
    expert: 'Vous répondez en tant qu’expert dans cette session.',
    observer:
      'Vous suivez la file d’attente en tant que modérateur de la plateforme : vous agissez par les dossiers de modération.',
  } satisfies Record<LiveSessionRole, string>,

  list: {
    title: 'Sessions de questions en direct',
    intro:
      'Des organisations partenaires (chambres de commerce, Bpifrance, l’URSSAF, ordres professionnels…) invitent des experts vérifiés à répondre par écrit, en direct, aux questions des chefs d’entreprise. Posez vos questions, votez pour celles qui vous intéressent et suivez les réponses à mesure qu’elles arrivent.',
    visitorHint: 'Pour être prévenu du début d’une session ou y poser une question,',
    visitorLogin: 'connectez-vous',
    visitorOr: 'ou',
    visitorRegister: 'créez un compte (gratuit et anonyme)',
    sections: {
      live: 'En ce moment',
      scheduled: 'À venir',
      ended: 'Sessions terminées',
    } satisfies Record<LiveSessionStatus, string>,
    empty: {
      live: 'Aucune session n’est en cours.',
      scheduled: 'Aucune session n’est programmée pour le moment.',
      ended: 'Aucune session terminée pour le moment.',
    } satisfies Record<LiveSessionStatus, string>,
    more: 'Voir plus de sessions',
    loadingMore: 'Chargement des sessions suivantes…',
    byOrganisation: 'Organisée par',
    experts: 'Experts invités :',
    noExperts: 'Les experts de cette session seront annoncés prochainement.',
    questionCount: (n: number) => `${formatNumber(n)} ${questionsWord(n)} publiée${n > 1 ? 's' : ''}`,
    join: (title: string) => `Rejoindre la session « ${title} »`,
  },

  subscribe: {
    label: 'Prévenez-moi',
    hint: 'Une notification à l’ouverture des questions et au début de la session.',
    subscribed: (title: string) =>
      `C’est noté : vous serez prévenu à l’ouverture des questions et au début de la session « ${title} ».`,
    unsubscribed: (title: string) => `Vous ne serez plus prévenu pour la session « ${title} ».`,
    pressedState: 'Activé : vous serez prévenu',
  },

  page: {
    breadcrumb: 'Vous êtes ici :',
    notFoundTitle: 'Session introuvable',
    notFound: 'Cette session n’existe pas ou n’est plus disponible.',
    errorTitle: 'Session indisponible',
    backToList: 'Voir toutes les sessions',
    organisedBy: 'Organisée par',
    when: 'Date',
    experts: 'Experts de la session',
    themes: 'Thèmes',
    audience: (n: number) => `${formatNumber(n)} ${plural(n, 'personne suit', 'personnes suivent')} la session`,
    presenterLink: 'Mode présentation (grand écran)',
    questionsOpenAt: (when: string) => `Les questions seront reçues à partir du ${when}.`,
    questionsOpenEarly:
      'Les questions sont ouvertes : posez la vôtre dès maintenant, les experts y répondront pendant la session.',
    startedAnnounce: 'La session commence : les experts répondent en direct.',
    endedAnnounce: 'La session est terminée.',
    endedTitle: 'Cette session est terminée',
    endedText:
      'Ses questions ont rejoint les questions du site : celles qui ont reçu une réponse sont consultables et trouvables dans la recherche, les autres restent ouvertes à tous pour y répondre.',
    endedLinksTitle: 'Les questions de la session dans les questions du site',
    endedNoQuestion: 'Aucune question n’a été publiée pendant cette session.',
    liveUnavailable: 'Les mises à jour en direct sont indisponibles sur cette page.',
  },

  ask: {
    title: 'Poser une question aux experts',
    label: 'Votre question',
    hint: 'Entre 20 et 2 000 caractères. Les modérateurs de la session la lisent avant de la publier. Ne donnez ni numéro de téléphone, ni SIRET, ni IBAN, ni adresse e-mail.',
    counter: (n: number, max: number) => `${formatNumber(n)} caractère${n > 1 ? 's' : ''} sur ${formatNumber(max)}`,
    tooShort: (min: number) => `Votre question doit faire au moins ${formatNumber(min)} caractères.`,
    tooLong: (max: number) => `Votre question doit faire au plus ${formatNumber(max)} caractères.`,
    anonymousLabel: 'Poser ma question anonymement',
    anonymousHint: 'Votre pseudonyme ne sera montré à personne, pas même aux modérateurs.',
    submit: 'Envoyer ma question',
    sending: 'Envoi…',
    errorTitle: 'Votre question n’a pas pu être envoyée',
    errorIntro: (n: number) => `${formatNumber(n)} ${plural(n, 'erreur à corriger', 'erreurs à corriger')} :`,
    sent: 'Votre question est envoyée : les modérateurs de la session la liront avant de la publier.',
    loginNeeded: 'Pour poser une question,',
    login: 'connectez-vous',
    or: 'ou',
    register: 'créez un compte (gratuit et anonyme)',
    closed: 'Les questions ne sont pas encore ouvertes pour cette session.',
  },

  mine: {
    title: 'Vos questions en attente ou écartées',
    intro: 'Vous seul les voyez, avec leur état.',
    yours: 'Votre question',
    states: {
      pending: 'En attente de modération',
      held: 'Retenue par les vérifications automatiques',
      dismissed: 'Écartée par les modérateurs',
      merged: 'Fusionnée avec une question semblable',
    },
    pendingHint: 'Les modérateurs de la session la liront avant de la publier.',
    checkingHint: 'Vérification automatique en cours : elle rejoindra ensuite la file des modérateurs.',
    heldIntro: 'Elle ne peut pas être publiée en l’état :',
    reason: 'Motif :',
    mergedWith: (title: string) => `Fusionnée avec « ${title} » : vos votes l’ont suivie.`,
    mergedWithNumber: (id: number) => `Fusionnée avec la question n° ${formatNumber(id)} : vos votes l’ont suivie.`,
    announce: {
      queued: 'Votre question a passé les vérifications automatiques : elle attend les modérateurs.',
      held: 'Votre question est retenue par les vérifications automatiques : voyez pourquoi dans « Vos questions ».',
      approved: 'Votre question est publiée dans la session.',
      dismissed: (reason: string) => `Votre question a été écartée. Motif : ${reason}`,
      merged: 'Votre question a été fusionnée avec une question semblable.',
    },
  },

  questions: {
    title: 'Questions de la session',
    count: (n: number) => `${formatNumber(n)} ${questionsWord(n)}`,
    empty: 'Aucune question publiée pour le moment.',
    groups: {
      answering: 'En cours de réponse',
      approved: 'Questions en attente de réponse, les plus votées d’abord',
      answered: 'Répondues',
    },
    states: {
      pending: 'En attente de modération',
      approved: 'Approuvée',
      answering: 'En cours de réponse',
      answered: 'Répondue',
      dismissed: 'Écartée',
      merged: 'Fusionnée',
    } satisfies Record<LiveQuestionState, string>,
    askedBy: 'Posée par',
    drafting: (pseudonym: string) => `${pseudonym} rédige une réponse…`,
    assignedTo: (pseudonym: string) => `Confiée à ${pseudonym}`,
    answers: (n: number) => `${formatNumber(n)} ${plural(n, 'réponse', 'réponses')} des experts`,
    vote: 'Voter pour cette question',
    votes: (n: number) => `${formatNumber(n)} ${plural(n, 'vote', 'votes')}`,
    loginToVote: 'Connectez-vous pour voter :',
    ownVote: 'Vous ne votez pas pour votre propre question.',
    viewQuestion: 'Voir la question',
    reorder: 'L’ordre des votes a changé — Réordonner',
    reordered: 'Questions réordonnées selon les votes.',
    newLabel: (n: number) => `${formatNumber(n)} ${plural(n, 'nouvelle question', 'nouvelles questions')}`,
    newAvailable: (n: number) =>
      `${formatNumber(n)} ${plural(n, 'nouvelle question publiée', 'nouvelles questions publiées')} : bouton « Afficher » au-dessus des questions.`,
    shown: (n: number) => `${formatNumber(n)} ${plural(n, 'question ajoutée', 'questions ajoutées')} à la liste.`,
    announce: {
      answering: (title: string) => `En cours de réponse : « ${title} ».`,
      answered: (title: string) => `Réponse publiée pour « ${title} ».`,
      removed: 'Une question a été retirée de la session.',
      drafting: (pseudonym: string, title: string) => `${pseudonym} rédige une réponse à « ${title} ».`,
      answer: (pseudonym: string, title: string) => `Nouvelle réponse de ${pseudonym} à « ${title} ».`,
    },
  },

  staff: {
    controlsTitle: 'Conduite de la session',
    start: 'Démarrer la session',
    end: 'Terminer la session',
    confirmStart:
      'Démarrer la session maintenant ? Les personnes abonnées seront prévenues et les experts pourront répondre en direct.',
    confirmEnd:
      'Terminer la session maintenant ? Les questions en attente seront écartées, les autres rejoindront les questions du site.',
    confirm: 'Confirmer',
    cancel: 'Annuler',
    started: 'La session a commencé.',
    ended: 'La session est terminée.',
    export: 'Exporter la session (CSV)',
    exportHint: 'Questions, votes, réponses, mises à l’écart et motifs ; séparateur « ; », lisible par Excel.',
    queueTitle: 'File d’attente',
    queueCount: (n: number) => `${formatNumber(n)} ${plural(n, 'question à modérer', 'questions à modérer')}`,
    queueEmpty: 'Aucune question n’attend de modération.',
    queueHint:
      'Les plus anciennes d’abord. Prenez une question en charge pour que personne d’autre n’y touche en même temps.',
    inPlayTitle: 'Questions publiées',
    setAsideTitle: (n: number) => `Questions écartées ou fusionnées (${formatNumber(n)})`,
    received: 'Reçue',
    claim: 'Prendre en charge',
    claimedBy: (pseudonym: string) => `Prise en charge par ${pseudonym}`,
    claimedByYou: 'Prise en charge par vous',
    heldByOther: 'Un autre modérateur la traite : vous ne pouvez pas agir dessus.',
    approve: 'Approuver',
    editApprove: 'Modifier puis approuver',
    editLabel: 'Texte de la question, corrigé',
    editHint: 'Entre 20 et 2 000 caractères. La version d’origine reste dans l’historique.',
    saveApprove: 'Approuver ce texte',
    dismiss: 'Écarter',
    dismissLabel: 'Motif (lu par la personne qui a posé la question)',
    dismissHint: 'Entre 5 et 500 caractères.',
    dismissConfirm: 'Écarter avec ce motif',
    dismissReasonRequired: 'Indiquez le motif : la personne qui a posé la question le lira.',
    merge: 'Fusionner',
    mergeLabel: 'Fusionner avec la question publiée',
    mergeHint: 'Ses votes suivront ; la personne qui l’a posée sera prévenue.',
    mergeChoose: 'Choisir une question',
    mergeNone: 'Aucune question publiée avec laquelle la fusionner.',
    mergeConfirm: 'Fusionner avec cette question',
    mergeRequired: 'Choisissez la question avec laquelle la fusionner.',
    assignLabel: 'Confier à l’expert',
    assignNone: 'Aucun expert en particulier',
    assign: 'Confier',
    markAnswering: 'Marquer « en cours de réponse »',
    markAnswered: 'Marquer « répondue »',
    markApproved: 'Remettre en attente de réponse',
    clearDrafting: 'Retirer « rédige une réponse »',
    dismissReason: 'Motif :',
    mergedInto: (id: number) => `Fusionnée avec la question n° ${formatNumber(id)}`,
    actionsFor: (title: string) => `Actions sur « ${title} »`,
    announce: {
      queued: 'Nouvelle question dans la file d’attente.',
      claimed: 'Question prise en charge.',
      approved: 'Question approuvée.',
      dismissed: 'Question écartée.',
      merged: 'Questions fusionnées.',
      assigned: (pseudonym: string) => `Question confiée à ${pseudonym}.`,
      unassigned: 'Question confiée à aucun expert en particulier.',
      state: (label: string) => `Question marquée « ${label} ».`,
      draftingCleared: 'Indication « rédige une réponse » retirée.',
    },
  },

  expert: {
    drafting: 'Je rédige une réponse',
    draftingHint: 'Tout le monde voit que vous rédigez.',
    draftingOn: 'Le public voit que vous rédigez une réponse.',
    draftingOff: 'Indication « je rédige » retirée.',
    answer: 'Répondre',
    answerLabel: 'Votre réponse',
    answerHint:
      'Markdown accepté. Votre réponse portera la mention « Information générale, ne constitue pas une consultation personnalisée ».',
    answerSubmit: 'Publier ma réponse',
    answerSending: 'Envoi…',
    answerSent: 'Votre réponse est envoyée : elle est vérifiée automatiquement puis publiée en direct.',
    assignedToYou: 'Confiée à vous',
  },

  channel: {
    title: 'Canal privé modérateurs et experts',
    intro: 'Seuls les modérateurs de l’organisation et les experts de la session lisent ce fil.',
    label: 'Votre message',
    hint: 'Entre 1 et 2 000 caractères.',
    send: 'Envoyer',
    sending: 'Envoi…',
    empty: 'Aucun message pour le moment.',
    more: 'Messages précédents',
    loadingMore: 'Chargement des messages précédents…',
    deletedAuthor: 'Compte supprimé',
    announce: (pseudonym: string, body: string) => `Message de ${pseudonym} : ${body}`,
    sent: 'Message envoyé.',
  },

  presenter: {
    title: (sessionTitle: string) => `Présentation : ${sessionTitle}`,
    current: 'Question en cours',
    next: 'Question la plus votée',
    answered: 'Question répondue',
    upNext: 'À suivre : la question la plus votée',
    none: 'Aucune question en jeu pour le moment.',
    waiting: 'En attente de la réponse des experts…',
    answerBy: (pseudonym: string) => `Réponse de ${pseudonym}`,
    fullscreen: 'Plein écran',
    exitFullscreen: 'Quitter le plein écran',
    back: 'Retour à la session',
    ended: 'La session est terminée. Merci de l’avoir suivie !',
    scheduled: (when: string) => `La session commence ${when}.`,
  },
} as const;
