// French wording of the legal pages (see index.ts: components import `msg` from there): the
// accessibility statement, the legal notice and the privacy policy, as structured data that
// pages/legal/LegalDocument.svelte renders. Every statement here must stay true of the product:
// when the product changes what it stores, shows or checks, this text changes with it.

import { paths } from '../router.svelte';
import { CONFORMITY } from './conformity';

/** A link: opened in a new window when it leaves the site (its href starts with http). */
export interface LegalLink {
  text: string;
  href: string;
}

/** A run of text: plain, a link, or words to stress. */
export type Inline = string | LegalLink | { strong: string };

/** A paragraph or a list item: one string, or runs of text. */
export type Rich = string | readonly Inline[];

export type Block =
  | { p: Rich }
  | { list: readonly Rich[] }
  | { h3: string }
  /** A postal address, one line each. */
  | { address: readonly string[] };

export interface LegalSection {
  /** The heading's id, target of the table of contents' link. */
  id: string;
  title: string;
  blocks: readonly Block[];
}

export interface LegalDocument {
  title: string;
  path: string;
  updated: string;
  /** What comes before the table of contents; `site` is this deployment's address. */
  intro: (site: string) => readonly Block[];
  sections: readonly LegalSection[];
}

export type LegalDocumentKey = 'accessibility' | 'legalNotice' | 'privacy';

const ESTABLISHED = '26 novembre 2026';

const DGE_ADDRESS = ['Direction générale des Entreprises (DGE)', '61 boulevard Vincent Auriol', '75013 Paris'];

const accessibility: LegalDocument = {
  title: 'Déclaration d’accessibilité',
  path: paths.accessibility,
  updated: `Établie le ${ESTABLISHED}.`,
  intro: (site) => [
    {
      p: 'La Direction générale des Entreprises (DGE) s’engage à rendre ses sites internet, intranet, extranet et ses progiciels accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.',
    },
    { p: ['Cette déclaration d’accessibilité s’applique au service Entraide Entreprises (', site, ').'] },
  ],
  sections: [
    {
      id: 'etat-de-conformite',
      title: 'État de conformité',
      blocks: [
        {
          p: [
            'Entraide Entreprises est ',
            { strong: CONFORMITY },
            ' avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.',
          ],
        },
        {
          p: 'Cet état ne signifie pas que le service est inutilisable avec une technologie d’assistance : aucun audit de conformité en cours de validité ne permet encore de mesurer le respect des critères du RGAA, et, dans ce cas, le RGAA impose de déclarer le service « non conforme ». Le service est conçu pour respecter les critères du RGAA 4.1 et le niveau AA des règles WCAG 2.1, et il est vérifié à chaque évolution comme indiqué ci-dessous.',
        },
      ],
    },
    {
      id: 'resultats-des-tests',
      title: 'Résultats des tests',
      blocks: [
        {
          p: 'Aucun audit de conformité n’a encore été réalisé : la conformité du service n’a pas été contrôlée par un organisme indépendant, et son taux de conformité aux critères du RGAA n’est pas connu.',
        },
        { p: 'En attendant cet audit, l’équipe du service vérifie l’accessibilité à chaque modification du service :' },
        {
          list: [
            'des contrôles automatiques avec axe-core (règles WCAG 2.0 et 2.1, niveaux A et AA, auxquelles renvoie le RGAA 4.1) s’exécutent sur chaque page dans la suite de tests du service : un défaut détecté fait échouer les tests ;',
            'les tests parcourent les pages dans le navigateur Chromium, sur un écran de téléphone de 375 pixels de large, en désignant les éléments par leur rôle et leur nom accessibles, tels que les technologies d’assistance les reçoivent ;',
            'les tests vérifient que le focus du clavier passe au contenu principal à chaque changement de page.',
          ],
        },
        {
          p: 'Les contrôles automatiques ne détectent qu’une partie des défauts d’accessibilité : ils ne remplacent pas un audit.',
        },
      ],
    },
    {
      id: 'contenus-non-accessibles',
      title: 'Contenus non accessibles',
      blocks: [
        { h3: 'Non-conformités' },
        { p: 'Faute d’audit, la liste des non-conformités n’est pas établie. Les limites suivantes sont connues.' },
        {
          p: 'Les questions et les réponses sont écrites par les utilisateurs : leur contenu n’est pas contrôlé par l’équipe du service du point de vue de l’accessibilité. En particulier :',
        },
        {
          list: [
            'un titre mis en forme dans un message (par exemple « # Mon titre ») devient un titre de la page, qui peut rompre la hiérarchie des titres (critère 9.1) ;',
            'une adresse web écrite telle quelle dans un message devient un lien qui a cette adresse pour intitulé, pas toujours explicite (critère 6.1) ;',
            'un tableau écrit dans un message n’a pas de titre (critère 5.4) ;',
            'un passage écrit dans une autre langue que le français n’est pas signalé comme tel (critère 8.7).',
          ],
        },
        {
          p: 'Les nouvelles questions et réponses qui arrivent en direct ne s’insèrent pas d’elles-mêmes dans la page : elles sont annoncées par des zones de statut qui n’interrompent pas la lecture (aria-live « polite »), et un bouton « Afficher » les ajoute. Selon le lecteur d’écran et ce qu’il lit à ce moment-là, une annonce peut être retardée ou ne pas être lue.',
        },
        { h3: 'Dérogations pour charge disproportionnée' },
        { p: 'Aucune.' },
        { h3: 'Contenus non soumis à l’obligation d’accessibilité' },
        { p: 'Aucun.' },
      ],
    },
    {
      id: 'etablissement-de-cette-declaration',
      title: 'Établissement de cette déclaration',
      blocks: [
        { p: `Cette déclaration a été établie le ${ESTABLISHED}.` },
        { h3: 'Technologies utilisées pour la réalisation du service' },
        { list: ['HTML', 'CSS', 'JavaScript', 'WAI-ARIA'] },
        { h3: 'Outils utilisés pour vérifier l’accessibilité' },
        {
          list: [
            'axe-core, exécuté dans le navigateur Chromium ;',
            'Chromium à 375 pixels de large, en affichage clair et sombre ;',
            'l’arbre d’accessibilité de Chromium (rôles et noms des éléments) ;',
            'la navigation au clavier.',
          ],
        },
        { h3: 'Pages du service vérifiées' },
        {
          list: [
            [{ text: 'Accueil (liste des questions)', href: paths.home() }],
            'Page d’une question et de ses réponses',
            [{ text: 'Poser une question', href: paths.ask }],
            [{ text: 'Recherche', href: paths.search() }],
            [{ text: 'Thèmes', href: paths.themes }],
            'Profil d’un membre',
            [{ text: 'Inscription', href: paths.register }],
            [{ text: 'Connexion', href: paths.login() }],
            [{ text: 'Mon compte', href: paths.account() }],
            [{ text: 'Modération', href: paths.moderation }],
            [{ text: 'Déclaration d’accessibilité', href: paths.accessibility }],
            [{ text: 'Mentions légales', href: paths.legal }],
            [{ text: 'Données personnelles', href: paths.privacy }],
          ],
        },
      ],
    },
    {
      id: 'retour-d-information-et-contact',
      title: 'Retour d’information et contact',
      blocks: [
        {
          p: 'Si vous n’arrivez pas à accéder à un contenu ou à un service, signalez le problème à l’équipe du service (DGE) pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.',
        },
        {
          p: 'Indiquez la page concernée (son adresse), ce que vous cherchiez à faire et, si vous le pouvez, le navigateur et la technologie d’assistance que vous utilisez.',
        },
        { p: 'Par courrier :' },
        { address: [...DGE_ADDRESS.slice(0, 1), 'Entraide Entreprises — accessibilité', ...DGE_ADDRESS.slice(1)] },
      ],
    },
    {
      id: 'voies-de-recours',
      title: 'Voies de recours',
      blocks: [
        {
          p: 'Cette procédure est à utiliser dans le cas suivant : vous avez signalé à l’équipe du service un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à l’un des services, et vous n’avez pas obtenu de réponse satisfaisante.',
        },
        { p: 'Vous pouvez alors :' },
        {
          list: [
            [
              'écrire un message au Défenseur des droits, par son ',
              { text: 'formulaire en ligne', href: 'https://formulaire.defenseurdesdroits.fr/' },
              ' ;',
            ],
            [
              'contacter ',
              {
                text: 'le délégué du Défenseur des droits dans votre région',
                href: 'https://www.defenseurdesdroits.fr/carte-des-delegues',
              },
              ' ;',
            ],
            'envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
          ],
        },
      ],
    },
  ],
};

const legalNotice: LegalDocument = {
  title: 'Mentions légales',
  path: paths.legal,
  updated: `Mises à jour le ${ESTABLISHED}.`,
  intro: (site) => [
    {
      p: [
        'Entraide Entreprises (',
        site,
        ') est un service public numérique, gratuit et anonyme, où les chefs d’entreprise posent leurs questions et y répondent entre eux, avec des experts-comptables, des avocats et des consultants.',
      ],
    },
  ],
  sections: [
    {
      id: 'editeur',
      title: 'Éditeur',
      blocks: [
        { p: 'Ce service est édité par la Direction générale des Entreprises (DGE), ministère chargé de l’Économie :' },
        { address: DGE_ADDRESS },
        { p: ['Site de la DGE : ', { text: 'entreprises.gouv.fr', href: 'https://www.entreprises.gouv.fr' }, '.'] },
      ],
    },
    {
      id: 'directeur-de-la-publication',
      title: 'Directeur de la publication',
      blocks: [{ p: 'Le directeur général des Entreprises.' }],
    },
    {
      id: 'hebergement',
      title: 'Hébergement',
      blocks: [
        { p: 'Le service est hébergé en France.' },
        {
          p: 'Son hébergeur est le prestataire d’hébergement retenu pour chaque déploiement du service : sa dénomination, son adresse et son numéro de téléphone sont inscrits dans la configuration de ce déploiement (fichier .env).',
        },
        {
          p: [
            'L’hébergeur agit pour le compte de la DGE, qui reste responsable des données du service (voir ',
            { text: 'Données personnelles', href: paths.privacy },
            ').',
          ],
        },
      ],
    },
    {
      id: 'propriete-intellectuelle-et-licences',
      title: 'Propriété intellectuelle et licences',
      blocks: [
        {
          p: [
            'Sauf mention contraire, les textes propres au service (pages d’information, libellés, pages légales) sont publiés sous la ',
            {
              text: 'Licence Ouverte / Open Licence version 2.0 (etalab-2.0)',
              href: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
            },
            ' : vous pouvez les réutiliser librement, y compris à des fins commerciales, en mentionnant leur source et la date de leur dernière mise à jour.',
          ],
        },
        {
          p: 'Les questions et les réponses appartiennent à leurs auteurs, et la licence etalab-2.0 ne s’applique pas à elles. En publiant un message, son auteur accorde gratuitement à la DGE le droit de l’afficher, de le conserver et de le présenter sur le service, y compris après la suppression de son compte, le message restant alors publié sans nom d’auteur.',
        },
        {
          p: 'La marque de l’État (le bloc « République Française » et la Marianne) et la police Marianne sont réservées aux services de l’État : elles ne peuvent pas être reprises.',
        },
      ],
    },
    {
      id: 'systeme-de-design-de-l-etat',
      title: 'Système de design de l’État',
      blocks: [
        {
          p: [
            'L’interface du service utilise le ',
            { text: 'Système de design de l’État (DSFR)', href: 'https://www.systeme-de-design.gouv.fr/' },
            ', dont le code est publié sous licence MIT. Certains de ses éléments, la marque de l’État et la police Marianne, sont réservés aux sites de l’État : un déploiement du service hors des sites de l’État ne les affiche pas.',
          ],
        },
      ],
    },
    {
      id: 'liens',
      title: 'Liens',
      blocks: [
        {
          p: 'Tout site public ou privé peut, sans autorisation préalable, créer un lien vers les pages de ce service.',
        },
        {
          p: 'Les sites vers lesquels mènent des liens, qu’ils figurent dans les pages du service ou dans les messages des utilisateurs, n’engagent pas la DGE, qui n’est pas responsable de leur contenu.',
        },
        {
          p: 'Les liens écrits dans les messages sont signalés aux moteurs de recherche comme des contenus d’utilisateurs (attribut « nofollow ugc »), et le nombre de liens qu’un membre peut mettre dans un message dépend de sa réputation.',
        },
        { p: 'Les liens qui ouvrent une nouvelle fenêtre le signalent.' },
      ],
    },
    {
      id: 'responsabilite',
      title: 'Responsabilité',
      blocks: [
        {
          p: 'Les questions et les réponses sont rédigées par les utilisateurs, sous leur responsabilité. Elles ne sont pas des avis de l’administration et n’engagent pas la DGE.',
        },
        {
          p: [
            'Les réponses des experts (avocats, experts-comptables, consultants) sont une ',
            { strong: 'information générale, qui ne constitue pas une consultation personnalisée' },
            '. Pour une situation particulière, adressez-vous à un professionnel ou à l’administration compétente. Les démarches et la réglementation officielles sont présentées sur ',
            { text: 'entreprendre.service-public.fr', href: 'https://entreprendre.service-public.fr' },
            '.',
          ],
        },
        {
          p: 'Avant d’être publié, chaque message passe des vérifications automatiques, et l’équipe de modération de l’État et de ses partenaires traite les signalements. Si un message vous paraît illicite, contraire aux règles du service ou s’il révèle des données personnelles, utilisez son bouton « Signaler ».',
        },
        {
          p: 'La DGE veille à l’exactitude des pages du service et à sa disponibilité, sans pouvoir les garantir : le service peut notamment être interrompu pour maintenance.',
        },
      ],
    },
    {
      id: 'securite',
      title: 'Sécurité',
      blocks: [
        { p: 'Le service protège les comptes et les échanges ainsi :' },
        {
          list: [
            'les mots de passe ne sont jamais enregistrés en clair : le service n’en garde qu’une empreinte, calculée avec l’algorithme argon2id ;',
            'la connexion tient dans un cookie de session que les scripts de la page ne peuvent pas lire (HttpOnly), que les autres sites ne peuvent pas faire envoyer lors de leurs requêtes (SameSite=Lax), et qui ne circule que chiffré lorsque le service est servi en HTTPS (Secure) ;',
            'chaque modification envoyée au service porte un jeton contre la falsification de requête (CSRF) ;',
            'les tentatives de connexion, les inscriptions, les publications et les votes sont limités en nombre pour freiner les abus ;',
            'les messages sont écrits en Markdown et nettoyés avant d’être affichés : aucun code HTML ni script écrit par un utilisateur n’est exécuté ;',
            'la suppression d’un compte demande son mot de passe.',
          ],
        },
        {
          p: 'Le service ne vous envoie aucun courrier électronique : un message qui prétend venir de lui et vous demande votre mot de passe est une tentative d’hameçonnage.',
        },
      ],
    },
  ],
};

const privacy: LegalDocument = {
  title: 'Données personnelles',
  path: paths.privacy,
  updated: `Mise à jour le ${ESTABLISHED}.`,
  intro: () => [
    {
      p: 'Cette page explique quelles données personnelles le service Entraide Entreprises traite, pourquoi, pendant combien de temps, et comment exercer vos droits.',
    },
    {
      p: 'Le service est anonyme : vous y apparaissez sous un pseudonyme, et vous pouvez publier chaque question ou réponse sans nom d’auteur.',
    },
  ],
  sections: [
    {
      id: 'responsable-du-traitement',
      title: 'Responsable du traitement',
      blocks: [
        {
          p: 'La Direction générale des Entreprises (DGE), ministère chargé de l’Économie, est responsable du traitement des données personnelles du service :',
        },
        { address: DGE_ADDRESS },
      ],
    },
    {
      id: 'finalites-et-base-legale',
      title: 'Finalités et base légale',
      blocks: [
        { p: 'Le service traite vos données pour :' },
        {
          list: [
            'créer et protéger votre compte, et vous connecter ;',
            'publier vos questions, vos réponses et vos votes, et calculer votre réputation ;',
            'vous prévenir, dans le service, des réponses, des votes et des acceptations qui vous concernent ;',
            'modérer les contenus : vérifier chaque message avant sa publication, traiter les signalements, sanctionner les abus ;',
            'assurer la sécurité du service et limiter les abus.',
          ],
        },
        {
          p: [
            { strong: 'Base légale' },
            ' : ces traitements sont nécessaires à l’exécution d’une mission d’intérêt public dont est investie la DGE, l’accompagnement des entreprises (article 6, paragraphe 1, point e, du règlement général sur la protection des données, RGPD).',
          ],
        },
      ],
    },
    {
      id: 'donnees-traitees',
      title: 'Données traitées',
      blocks: [
        {
          list: [
            [
              { strong: 'Votre compte' },
              ' : votre adresse électronique (elle sert à vous connecter et n’est montrée à personne dans le service), votre pseudonyme, l’empreinte de votre mot de passe (calculée avec argon2id : le mot de passe lui-même n’est jamais enregistré), votre présentation si vous en écrivez une, votre rôle (membre, expert, modérateur) et la date de création du compte.',
            ],
            [
              { strong: 'Si vous êtes reconnu comme expert' },
              ' : votre profession (avocat, expert-comptable, consultant…) et le fait qu’elle a été vérifiée.',
            ],
            [
              { strong: 'Vos messages' },
              ' : vos questions et vos réponses, y compris celles publiées anonymement, l’historique de leurs modifications, leurs thèmes et leur statut (en attente, publié, masqué, supprimé).',
            ],
            [
              { strong: 'Vos votes et vos signalements' },
              ' : le message concerné, le sens du vote, ou le motif du signalement et votre éventuel commentaire.',
            ],
            [{ strong: 'Votre réputation' }, ' : l’historique de vos points, chaque gain ou perte avec sa cause.'],
            [{ strong: 'Vos notifications' }, '.'],
            [
              { strong: 'La modération' },
              ' : les décisions qui concernent vos messages ou votre compte (messages retenus et leurs motifs, suspensions), inscrites au journal de modération.',
            ],
            [
              { strong: 'Les données techniques' },
              ' : l’adresse IP de chaque requête, dans les journaux du serveur, et des compteurs contre les abus associés à votre adresse IP ou à votre adresse électronique.',
            ],
          ],
        },
        {
          p: [
            'Le service ne vous demande ni votre nom, ni le nom ou le numéro SIRET de votre entreprise. N’écrivez pas ces informations dans vos messages (voir ',
            { text: 'Anonymat et modération', href: '#anonymat-et-moderation' },
            ').',
          ],
        },
      ],
    },
    {
      id: 'anonymat-et-moderation',
      title: 'Anonymat et modération',
      blocks: [
        {
          p: 'Vous apparaissez sous votre pseudonyme. Vous pouvez aussi publier une question ou une réponse anonymement : elle s’affiche alors sans auteur, pour tout le monde ; elle ne vous apporte pas de réputation publique et n’apparaît pas sur votre profil.',
        },
        {
          p: 'Avant qu’un message soit publié, des vérifications automatiques y recherchent des données personnelles : adresses électroniques, numéros de téléphone, numéros SIREN, SIRET et de TVA intracommunautaire, IBAN et RIB, numéros de sécurité sociale, numéros de carte bancaire. Un message qui en contient reste en attente : seuls vous et l’équipe de modération le voyez, et le service vous indique ce qu’il faut retirer, le passage en cause étant masqué. Le message corrigé est vérifié de nouveau, puis publié s’il n’en contient plus.',
        },
        {
          p: 'Ces vérifications repèrent aussi les messages publicitaires, injurieux ou envoyés en rafale, que l’équipe de modération examine.',
        },
        {
          p: 'Pour un message anonyme, les modérateurs voient la situation de son auteur (réputation, ancienneté du compte, sanctions passées), pas son identité. Seul un administrateur de l’équipe de l’État peut révéler l’auteur d’un message anonyme, dossier par dossier et en donnant un motif ; chaque révélation est inscrite au journal de modération.',
        },
      ],
    },
    {
      id: 'destinataires',
      title: 'Destinataires',
      blocks: [
        {
          list: [
            'Le public voit votre pseudonyme, votre présentation, votre réputation et vos messages publiés ; vos messages anonymes, sans leur auteur.',
            'L’équipe de modération de l’État et, pour les espaces qu’elles animent, celles des organisations partenaires voient les messages en attente ou signalés et la situation de leur auteur.',
            'Les agents de la DGE chargés du service y accèdent dans la limite de leurs attributions.',
            'L’hébergeur du service, sous-traitant de la DGE, héberge les données en France.',
          ],
        },
        {
          p: 'Vos données ne sont ni vendues, ni cédées, ni utilisées à des fins publicitaires, et elles ne sont pas transférées hors de l’Union européenne.',
        },
      ],
    },
    {
      id: 'durees-de-conservation',
      title: 'Durées de conservation',
      blocks: [
        {
          list: [
            [{ strong: 'Compte' }, ' : jusqu’à sa suppression (voir « Vos droits »).'],
            [
              { strong: 'Messages' },
              ' : tant qu’ils sont publiés. Un message supprimé n’est plus montré qu’à l’équipe de modération ; son texte reste enregistré, pour la modération et pour l’export de vos données.',
            ],
            [
              { strong: 'Votes, signalements, historique de réputation' },
              ' : tant que le compte existe, puis comme indiqué dans « Vos droits ».',
            ],
            [{ strong: 'Notifications' }, ' : jusqu’à la suppression du compte.'],
            [
              { strong: 'Journal de modération' },
              ' : il n’est pas effacé automatiquement, pour que les décisions de modération restent justifiables.',
            ],
            [
              { strong: 'Session' },
              ' : 24 heures pour un visiteur ; pour un membre connecté, 30 jours après sa dernière visite, ou jusqu’à sa déconnexion.',
            ],
            [{ strong: 'Compteurs contre les abus' }, ' : de 15 minutes à 24 heures selon l’action.'],
            [{ strong: 'Journaux du serveur' }, ' : durée fixée par l’hébergement de chaque déploiement.'],
          ],
        },
      ],
    },
    {
      id: 'vos-droits',
      title: 'Vos droits',
      blocks: [
        {
          p: 'Vous disposez sur vos données des droits d’accès (article 15 du RGPD), de rectification (article 16), d’effacement (article 17), de limitation (article 18) et d’opposition (article 21). Le service vous permet d’exercer vous-même l’essentiel de ces droits, dans Mon compte :',
        },
        {
          list: [
            [
              { strong: 'Accès' },
              ' : le bouton « Télécharger mes données », dans ',
              { text: 'Mon compte > Mes données', href: paths.account('donnees') },
              ', vous remet un fichier au format JSON, réutilisable, qui contient votre compte, vos questions et vos réponses (anonymes comprises), vos votes, vos signalements, vos notifications et l’historique de votre réputation.',
            ],
            [
              { strong: 'Rectification' },
              ' : vous modifiez votre pseudonyme et votre présentation dans ',
              { text: 'Mon compte > Profil', href: paths.account('profil') },
              ', et vos messages depuis leur page.',
            ],
            [
              { strong: 'Effacement' },
              ' : le bouton « Supprimer mon compte », dans Mon compte > Mes données, supprime votre compte après confirmation de votre mot de passe. Votre adresse électronique, votre pseudonyme, votre présentation, votre profession d’expert et vos notifications sont effacés, vos sessions prennent fin et plus aucun mot de passe n’ouvre le compte. Vos questions et vos réponses restent publiées, sans nom d’auteur, pour les personnes qu’elles aident ; le lien entre ces messages et le compte fermé est conservé pour la modération. Vos votes restent comptés, et vos votes, vos signalements et l’historique de votre réputation restent rattachés au numéro interne du compte fermé, qui ne porte plus ni votre adresse ni votre pseudonyme.',
            ],
          ],
        },
        {
          p: 'Pour exercer un autre droit (limitation, opposition, rectification de votre adresse électronique) ou pour toute question sur vos données, écrivez à la DGE à l’adresse indiquée plus haut, ou contactez le délégué à la protection des données des ministères économiques et financiers.',
        },
        {
          p: [
            'Si vous estimez, après avoir contacté la DGE, que vos droits ne sont pas respectés, vous pouvez ',
            { text: 'adresser une réclamation à la CNIL', href: 'https://www.cnil.fr/fr/plaintes' },
            '.',
          ],
        },
      ],
    },
    {
      id: 'cookies-et-stockage-local',
      title: 'Cookies et stockage local',
      blocks: [
        { p: 'Le service ne dépose aucun cookie de mesure d’audience, de publicité ou de suivi. Il n’utilise que :' },
        {
          list: [
            [
              { strong: 'un cookie de session' },
              ' (« ee.sid »), strictement nécessaire : il garde votre connexion et protège les formulaires contre la falsification de requête. Il est exempté de consentement ; il expire après 24 heures pour un visiteur, et 30 jours après sa dernière visite pour un membre connecté ;',
            ],
            [
              { strong: 'un réglage enregistré dans votre navigateur' },
              ' (stockage local « entraide.scheme »), seulement si vous choisissez l’affichage clair ou sombre plutôt que celui de votre système : il retient ce choix sur votre appareil, qu’il ne quitte pas.',
            ],
          ],
        },
        { p: 'Vous n’avez donc aucun consentement à donner, et le service n’affiche pas de bandeau de cookies.' },
      ],
    },
  ],
};

export const legal = {
  breadcrumb: 'vous êtes ici :',
  breadcrumbButton: 'Voir le fil d’Ariane',
  home: 'Accueil',
  summary: 'Sommaire',
  seeAlso: 'Voir aussi',
  /** The footer's link to the statement, which must say the statement's conformity status. */
  documents: { accessibility, legalNotice, privacy } satisfies Record<LegalDocumentKey, LegalDocument>,
} as const;
