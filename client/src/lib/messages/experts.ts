// French wording of the experts and partner organisations (see index.ts: components import `msg`
// from there): the badge, the directory, contact requests, the expert request, the organisations.

import type { ExpertRegister, ExpertRequestStatus, Profession } from '@contracts/dto';
import { formatNumber, fullDate, LOCALE, plural } from './format';

const dayFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'Europe/Paris' });

const professions: Record<Profession, string> = {
  avocat: 'Avocat',
  'expert-comptable': 'Expert-comptable',
  consultant: 'Consultant',
  autre: 'Expert',
};

const pointsLabel = (n: number) => `${formatNumber(n)} ${plural(n, 'point', 'points')}`;
const expertsLabel = (n: number) => `${formatNumber(n)} ${plural(n, 'expert', 'experts')}`;
const newWindow = (label: string) => `${label} — nouvelle fenêtre`;

export const experts = {
  nav: 'Experts',

  badge: {
    /** « Expert-comptable vérifié ». */
    label: (profession: Profession) => `${professions[profession]} vérifié`,
    /** What the badge says to someone who wonders. */
    title: 'Inscription au registre officiel vérifiée par l’équipe de modération',
    /** The register link when the badge has no register name (set outside the workflow). */
    registerFallback: 'Registre officiel',
    registerTitle: (registerName: string) =>
      newWindow(`${registerName} : vérifier l’inscription dans l’annuaire officiel`),
  },

  answer: {
    recommendedBy: (name: string) => `Recommandée par ${name}`,
    recommendationsLabel: 'Organisations partenaires qui recommandent cette réponse',
    recommend: (name: string) => `Recommander au nom de ${name}`,
    unrecommend: 'Retirer la recommandation',
    recommendedAnnounce: (name: string) => `Réponse recommandée au nom de ${name}.`,
    unrecommendedAnnounce: (name: string) => `Recommandation de ${name} retirée.`,
  },

  directory: {
    title: 'Annuaire des experts',
    titleWithTheme: (theme: string) => `Experts : ${theme}`,
    intro:
      'Des experts-comptables, des avocats et des consultants répondent aux questions des chefs d’entreprise. Leur inscription au registre officiel de leur profession a été vérifiée par l’équipe de modération.',
    order:
      'Ils apparaissent selon la réputation que leurs réponses ont gagnée auprès de la communauté (dans le thème choisi, sinon sur tout le site) : aucune place ne s’achète, et l’annuaire ne les compare pas.',
    contactNote:
      'Un expert ne contacte jamais un membre de lui-même : pour être recontacté, ouvrez son profil et envoyez-lui une demande.',
    formLabel: 'Filtrer les experts',
    themeLabel: 'Thème',
    allThemes: 'Tous les thèmes',
    professionLabel: 'Profession',
    allProfessions: 'Toutes les professions',
    professions: {
      avocat: 'Avocats',
      'expert-comptable': 'Experts-comptables',
      consultant: 'Consultants',
      autre: 'Autres experts',
    } satisfies Record<Profession, string>,
    submit: 'Afficher',
    listLabel: 'Experts vérifiés',
    found: (n: number, more: boolean) =>
      n === 0
        ? 'Aucun expert trouvé'
        : `${more ? 'Les ' : ''}${expertsLabel(n)} ${plural(n, 'affiché', 'affichés')}${more ? ', d’autres à suivre' : ''}`,
    inTheme: (theme: string) => ` dans le thème « ${theme} »`,
    ofProfession: (profession: string) => ` (${profession.toLowerCase()})`,
    empty: 'Aucun expert vérifié ne correspond à ces critères pour le moment.',
    areas: 'Domaines d’intervention',
    themes: 'Thèmes',
    themeReputation: (theme: string) => `Réputation dans « ${theme} »`,
    reputation: 'Réputation sur le site',
    points: pointsLabel,
    accepted: 'Réponses acceptées',
    loadMore: 'Voir plus d’experts',
    loadingMore: 'Chargement de la suite…',
    organisationsLink: 'Les organisations partenaires',
  },

  themesCard: {
    link: 'Experts de ce thème',
  },

  profile: {
    contactTitle: 'Demander à être contacté',
    contactIntro: (pseudonym: string) =>
      `Vous souhaitez que ${pseudonym} vous recontacte au sujet de votre situation ? Envoyez-lui une demande :`,
    contactRules: (pseudonym: string) => [
      `${pseudonym} ne voit que votre message et ce que vous choisissez de partager ci-dessous : jamais votre pseudonyme, ni vos questions, ni vos réponses.`,
      'Un expert ne contacte jamais un membre de lui-même : seule votre demande lui permet de vous joindre, et il y donne suite s’il le peut.',
      'La suite de l’échange se fait en dehors de la plateforme, directement entre vous.',
    ],
    ownContact: 'Les membres peuvent vous demander d’être recontactés depuis cette page. Leurs demandes arrivent dans',
    ownContactLink: 'Mon compte › Demandes de contact',
    revokeOpen: 'Révoquer le statut d’expert',
    revokeLegend: (pseudonym: string) => `Révoquer le statut d’expert de ${pseudonym}`,
    revokeHint:
      'Le badge disparaît de toutes ses réponses, avec la mention « Information générale ». Il reçoit votre motif, conservé dans le journal de modération.',
    revokeReason: 'Motif (obligatoire)',
    revokeReasonHint: '5 à 1 000 caractères.',
    revokeSubmit: 'Confirmer la révocation',
    revokeSending: 'Révocation…',
    revokeCancel: 'Annuler',
    revoked: (pseudonym: string) => `Statut d’expert révoqué : ${pseudonym} est informé du motif.`,
  },

  contact: {
    message: 'Votre message',
    messageHint:
      'De 20 à 2 000 caractères. Décrivez votre besoin ; inutile d’y mettre votre nom ou vos coordonnées, choisissez-les ci-dessous.',
    shareLegend: 'Comment l’expert peut-il vous recontacter ?',
    shareHint: 'Choisissez au moins un moyen : rien d’autre ne lui est transmis.',
    shareEmail: 'Partager mon adresse e-mail',
    shareEmailHint: 'L’adresse de votre compte lui est transmise avec votre message.',
    phone: 'Numéro de téléphone (facultatif)',
    phoneHint: 'Un numéro français, par exemple 06 12 34 56 78. Laissez vide pour ne pas le partager.',
    submit: 'Envoyer ma demande',
    sending: 'Envoi…',
    failed: 'La demande n’a pas été envoyée.',
    sentTitle: 'Demande envoyée',
    sent: (pseudonym: string) => `Votre demande a été transmise à ${pseudonym}.`,
    sharedIntro: 'Vous avez partagé :',
    sharedEmail: (email: string) => `votre adresse e-mail (${email})`,
    sharedPhone: (phone: string) => `votre numéro de téléphone (${phone})`,
    sentNext: 'Votre pseudonyme ne lui a pas été transmis. S’il peut donner suite, il vous recontactera par ce moyen.',
    another: 'Envoyer une autre demande',
  },

  account: {
    /** After the tab's name in the account menu. */
    unread: (n: number) => `(${formatNumber(n)} ${plural(n, 'non lue', 'non lues')})`,
  },

  request: {
    intro:
      'Vous êtes avocat, expert-comptable ou consultant ? Demandez le badge d’expert vérifié : il indique aux chefs d’entreprise que vous exercez cette profession.',
    rulesTitle: 'Ce que le badge implique',
    rules: [
      'Un modérateur vérifie votre inscription dans l’annuaire officiel de votre profession avant d’accorder le badge. Il ne s’achète pas et peut être retiré.',
      'Le badge, votre profession et votre registre s’affichent à côté de votre pseudonyme sur vos réponses signées. Vos réponses anonymes restent anonymes, sans badge.',
      'Chacune de vos réponses signées porte la mention « Information générale, ne constitue pas une consultation personnalisée. »',
      'Les membres peuvent vous demander de les recontacter ; vous ne pouvez contacter personne de vous-même.',
    ],
    statusLabel: 'État de ma demande',
    status: {
      requested: 'Demande en cours d’examen',
      verified: 'Expert vérifié',
      rejected: 'Demande refusée',
      revoked: 'Statut d’expert retiré',
    } satisfies Record<ExpertRequestStatus, string>,
    requestedText: (date: string) =>
      `Envoyée le ${fullDate(date)}. Un modérateur vérifie votre inscription dans l’annuaire officiel : vous recevrez une notification de sa décision.`,
    verifiedText: (profession: string, date: string | null) =>
      `Vous êtes ${profession.toLowerCase()} vérifié${date ? ` depuis le ${fullDate(date)}` : ''} : le badge accompagne vos réponses signées.`,
    rejectedText: (date: string | null) =>
      `Votre demande a été refusée${date ? ` le ${fullDate(date)}` : ''}. Vous pouvez la corriger et l’envoyer de nouveau ci-dessous.`,
    revokedText: (date: string | null) =>
      `Votre statut d’expert a été retiré${date ? ` le ${fullDate(date)}` : ''}. Vous pouvez envoyer une nouvelle demande ci-dessous.`,
    note: 'Motif indiqué par le modérateur :',
    inboxLink: 'Voir les demandes de contact reçues',
    profileLink: 'Voir mon profil public',
    summaryTitle: 'Ma demande',
    againTitle: 'Nouvelle demande',
    formTitle: 'Demander le statut d’expert',
    profession: 'Profession',
    choose: 'Choisir une profession',
    professions: professions,
    register: 'Registre officiel',
    registers: {
      barreau: 'Barreau (annuaire du Conseil national des barreaux)',
      'ordre-experts-comptables': 'Tableau de l’Ordre des experts-comptables',
      autre: 'Annuaire des entreprises (numéro SIREN)',
    } satisfies Record<ExpertRegister, string>,
    registerHint: 'Déterminé par votre profession : c’est là que le modérateur vérifie votre inscription.',
    registerNone: 'Choisissez d’abord votre profession.',
    registerLink: 'Consulter l’annuaire officiel',
    registerLinkTitle: (register: string) => newWindow(`Consulter l’annuaire officiel : ${register}`),
    registerName: 'Nom de votre registre',
    registerNameHints: {
      avocat: 'Votre barreau, par exemple « Barreau de Lyon ».',
      'expert-comptable':
        'Votre conseil régional de l’Ordre, par exemple « Ordre des experts-comptables Île-de-France ».',
      consultant: 'Le registre de votre entreprise, par exemple « Registre du commerce et des sociétés de Lyon ».',
      autre: 'Le registre de votre entreprise, par exemple « Registre du commerce et des sociétés de Lyon ».',
    } satisfies Record<Profession, string>,
    registerNameHint: '3 à 150 caractères.',
    registrationNumber: 'Numéro d’inscription',
    registrationNumberHints: {
      avocat: 'Votre numéro d’inscription au barreau (ou de toque).',
      'expert-comptable': 'Votre numéro d’inscription au Tableau de l’Ordre.',
      consultant: 'Le numéro SIREN de votre entreprise.',
      autre: 'Le numéro SIREN de votre entreprise.',
    } satisfies Record<Profession, string>,
    registrationNumberHint:
      'Lettres, chiffres, espaces, points, tirets et barres obliques. Seuls les modérateurs le voient.',
    areasLegend: 'Domaines d’intervention',
    areasHint: 'De 1 à 3, 80 caractères au plus chacun, par exemple « Droit social ».',
    area: (n: number) => `Domaine ${n}`,
    optional: '(facultatif)',
    bio: 'Présentation',
    bioHint:
      'Publique, de 20 à 1 000 caractères : votre parcours et les sujets sur lesquels vous répondez. Ni prix, ni coordonnées.',
    themesLegend: 'Thèmes sur lesquels vous répondez',
    themesHint: 'De 1 à 5 thèmes.',
    themesLoading: 'Chargement des thèmes…',
    themesError: 'Les thèmes n’ont pas pu être chargés.',
    requiredNote: 'Sauf mention contraire, tous les champs sont obligatoires.',
    submit: 'Envoyer ma demande',
    sending: 'Envoi…',
    failed: 'La demande n’a pas été envoyée.',
    errorCount: (n: number) =>
      n === 1 ? 'Le formulaire contient une erreur :' : `Le formulaire contient ${formatNumber(n)} erreurs :`,
    sent: 'Votre demande est envoyée : un modérateur va vérifier votre inscription.',
    facts: {
      profession: 'Profession',
      registerName: 'Registre',
      registrationNumber: 'Numéro d’inscription',
      areas: 'Domaines d’intervention',
      themes: 'Thèmes',
      bio: 'Présentation',
    },
  },

  inbox: {
    intro:
      'Des membres vous demandent de les recontacter. Vous ne voyez que leur message et les coordonnées qu’ils ont choisi de partager : jamais leur pseudonyme. Répondez-leur par ces coordonnées, en dehors de la plateforme.',
    notExpertTitle: 'Réservé aux experts vérifiés',
    notExpert:
      'Les membres peuvent demander à un expert vérifié de les recontacter : ces demandes arrivent ici. Cet onglet est donc réservé aux experts dont l’inscription au registre officiel a été vérifiée.',
    notExpertLink: 'Demander le statut d’expert',
    unreadCount: (n: number) =>
      n === 0 ? 'Aucune demande non lue.' : `${formatNumber(n)} ${plural(n, 'demande non lue', 'demandes non lues')}.`,
    empty: 'Vous n’avez reçu aucune demande de contact pour le moment.',
    listLabel: 'Demandes de contact reçues',
    heading: (date: string) => `Demande du ${fullDate(date)}`,
    unread: 'Non lue',
    read: 'Lue',
    shared: 'Coordonnées partagées',
    email: 'Adresse e-mail',
    phone: 'Téléphone',
    markRead: 'Marquer comme lue',
    marking: 'Marquage…',
    markedRead: 'Demande marquée comme lue.',
    loadMore: 'Voir plus de demandes',
    loadingMore: 'Chargement de la suite…',
    shown: (n: number) => `${formatNumber(n)} ${plural(n, 'demande affichée', 'demandes affichées')}`,
  },

  moderation: {
    member: 'Membre',
    standing: 'Situation du membre',
    profession: 'Profession',
    registerName: 'Registre',
    registrationNumber: 'Numéro d’inscription',
    checkRegister: 'Vérifier dans le registre officiel',
    checkRegisterTitle: (case_: string) => newWindow(`Vérifier dans le registre officiel — ${case_}`),
    areas: 'Domaines d’intervention',
    bio: 'Présentation',
    themes: 'Thèmes',
    replaced:
      'Cette demande n’est plus en attente : le membre en a envoyé une nouvelle (avec son propre dossier) ou a supprimé son compte.',
    noteLabel: 'Note (obligatoire pour refuser)',
    noteHint: 'En cas de refus, elle est transmise au membre, qui peut corriger sa demande. 3 à 1 000 caractères.',
    approve: 'Accorder le badge',
    reject: 'Refuser',
    resolved: (id: number, approved: boolean) =>
      `Dossier n° ${formatNumber(id)} ${approved ? 'approuvé : le badge d’expert est accordé' : 'refusé : le membre est informé du motif'}.`,
  },

  organisations: {
    title: 'Organisations partenaires',
    intro:
      'Des chambres de commerce, des chambres de métiers et d’autres organismes publics accompagnent la plateforme : leurs modérateurs peuvent recommander des réponses, et des experts vérifiés y sont rattachés.',
    listLabel: 'Organisations partenaires',
    empty: 'Aucune organisation partenaire pour le moment.',
    moderators: (n: number) => `${formatNumber(n)} ${plural(n, 'modérateur', 'modérateurs')}`,
    experts: (n: number) => `${expertsLabel(n)} ${plural(n, 'vérifié', 'vérifiés')}`,
    recommendations: (n: number) => `${formatNumber(n)} ${plural(n, 'réponse recommandée', 'réponses recommandées')}`,
    loadMore: 'Voir plus d’organisations',
    loadingMore: 'Chargement de la suite…',
    shown: (n: number) => `${formatNumber(n)} ${plural(n, 'organisation affichée', 'organisations affichées')}`,
    footerLink: 'Organisations partenaires',
  },

  organisation: {
    breadcrumb: 'Vous êtes ici :',
    notFoundTitle: 'Organisation introuvable',
    notFound: 'Cette organisation partenaire n’existe pas ou n’est plus partenaire.',
    backToList: 'Voir les organisations partenaires',
    errorTitle: 'Organisation partenaire',
    partnerSince: (date: string) => `Partenaire depuis le ${dayFormat.format(Date.parse(date))}`,
    moderatorsTitle: 'Ses modérateurs',
    moderatorsIntro: 'Ils modèrent les sessions de l’organisation et peuvent recommander des réponses en son nom.',
    moderatorsEmpty: 'Aucun modérateur pour le moment.',
    expertsTitle: 'Ses experts',
    expertsEmpty: 'Aucun expert vérifié rattaché pour le moment.',
    sessionsTitle: 'Ses sessions de questions en direct',
    sessionsEmpty: 'Aucune session programmée pour le moment.',
    reputation: (n: number) => `Réputation : ${pointsLabel(n)}`,
  },
} as const;
