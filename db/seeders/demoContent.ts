// Contenu de démonstration pour Entraide Entreprises.
// Données pures : aucune dépendance, aucun import. Textes rédigés à la main.

export interface DemoTag {
  slug: string;
  name: string;
  description: string;
}
export interface DemoUser {
  key: string;
  pseudonym: string;
  bio: string;
  role: 'member' | 'expert';
}
export interface DemoAnswer {
  author: string /* DemoUser.key */;
  body: string;
  anonymous?: boolean;
  accepted?: boolean;
  upvotes: number;
  downvotes: number;
}
export interface DemoQuestion {
  author: string;
  title: string;
  body: string;
  tags: string[] /* slugs, 1 to 3 */;
  anonymous?: boolean;
  upvotes: number;
  downvotes: number;
  daysAgo: number;
  answers: DemoAnswer[];
}

export const demoTags: DemoTag[] = [
  {
    slug: 'tresorerie-financement',
    name: `Trésorerie et financement`,
    description: `Gestion de la trésorerie, prêts bancaires, PGE, affacturage et relations avec la banque.`,
  },
  {
    slug: 'aides-publiques',
    name: `Aides publiques`,
    description: `Subventions, prêts d'honneur, aides à l'embauche et dispositifs de l'État, des régions et de Bpifrance.`,
  },
  {
    slug: 'droit-du-travail',
    name: `Droit du travail`,
    description: `Contrats, licenciement, rupture conventionnelle, activité partielle et obligations de l'employeur.`,
  },
  {
    slug: 'fiscalite',
    name: `Fiscalité`,
    description: `TVA, impôt sur les sociétés, CFE, crédits d'impôt et relations avec l'administration fiscale.`,
  },
  {
    slug: 'export',
    name: `Export et international`,
    description: `Vendre hors de France : douane, incoterms, TVA intracommunautaire et prospection à l'étranger.`,
  },
  {
    slug: 'creation-entreprise',
    name: `Création d'entreprise`,
    description: `Choix du statut juridique, formalités d'immatriculation et premiers pas du créateur.`,
  },
  {
    slug: 'recouvrement',
    name: `Recouvrement et impayés`,
    description: `Relances, mise en demeure, injonction de payer et délais de paiement entre professionnels.`,
  },
  {
    slug: 'baux-commerciaux',
    name: `Baux commerciaux`,
    description: `Loyers, révision, renouvellement, cession et résiliation du bail commercial.`,
  },
  {
    slug: 'assurances',
    name: `Assurances`,
    description: `Responsabilité civile, multirisque, perte d'exploitation, décennale et prévoyance du dirigeant.`,
  },
  {
    slug: 'numerique',
    name: `Numérique et e-commerce`,
    description: `Site marchand, RGPD, facturation électronique, cybersécurité et outils numériques de gestion.`,
  },
  {
    slug: 'ressources-humaines',
    name: `Ressources humaines`,
    description: `Recrutement, formation, entretiens professionnels, télétravail et management d'équipe.`,
  },
  {
    slug: 'difficultes-entreprises',
    name: `Entreprises en difficulté`,
    description: `Mandat ad hoc, conciliation, sauvegarde, redressement judiciaire et prévention des difficultés.`,
  },
];

export const demoUsers: DemoUser[] = [
  {
    key: 'boulangerie.lyon',
    pseudonym: 'boulangerie.lyon',
    role: 'member',
    bio: `Boulangère-pâtissière à Lyon, deux boutiques et 9 salariés.`,
  },
  {
    key: 'plombier_bordeaux',
    pseudonym: 'plombier_bordeaux',
    role: 'member',
    bio: `Artisan plombier-chauffagiste en Gironde, seul avec un apprenti.`,
  },
  {
    key: 'resto-du-port',
    pseudonym: 'resto-du-port',
    role: 'member',
    bio: `Restaurant de 40 couverts sur le port de La Rochelle.`,
  },
  {
    key: 'menuiserie.alpes',
    pseudonym: 'menuiserie.alpes',
    role: 'member',
    bio: `Menuiserie bois en Haute-Savoie, 12 salariés, entreprise familiale.`,
  },
  {
    key: 'startup_saas',
    pseudonym: 'startup_saas',
    role: 'member',
    bio: `Cofondateur d'une SAS qui édite un logiciel de gestion pour les artisans.`,
  },
  {
    key: 'fleuriste.nantes',
    pseudonym: 'fleuriste.nantes',
    role: 'member',
    bio: `Fleuriste indépendante à Nantes depuis 2016.`,
  },
  {
    key: 'coiffure_marseille',
    pseudonym: 'coiffure_marseille',
    role: 'member',
    bio: `Gérant de deux salons de coiffure à Marseille.`,
  },
  {
    key: 'transport.ouest',
    pseudonym: 'transport.ouest',
    role: 'member',
    bio: `Dirigeant d'une PME de transport routier de marchandises, 25 salariés.`,
  },
  {
    key: 'ecommerce_bio',
    pseudonym: 'ecommerce_bio',
    role: 'member',
    bio: `Boutique en ligne de cosmétiques bio fabriqués en Drôme.`,
  },
  {
    key: 'consultant.freelance',
    pseudonym: 'consultant.freelance',
    role: 'member',
    bio: `Consultant informatique indépendant, micro-entrepreneur depuis 3 ans.`,
  },
  {
    key: 'imprimerie_lille',
    pseudonym: 'imprimerie_lille',
    role: 'member',
    bio: `Imprimerie de labeur dans la métropole lilloise, 14 salariés.`,
  },
  {
    key: 'hotel.bretagne',
    pseudonym: 'hotel.bretagne',
    role: 'member',
    bio: `Hôtel 3 étoiles saisonnier sur la côte bretonne.`,
  },
  {
    key: 'batiment_idf',
    pseudonym: 'batiment_idf',
    role: 'member',
    bio: `Entreprise de gros œuvre en Île-de-France, 18 compagnons.`,
  },
  {
    key: 'atelier.couture',
    pseudonym: 'atelier.couture',
    role: 'member',
    bio: `Atelier de couture et retouches, création de vêtements sur mesure.`,
  },
  { key: 'caviste_dijon', pseudonym: 'caviste_dijon', role: 'member', bio: `Caviste et bar à vins à Dijon.` },
  {
    key: 'agence.com',
    pseudonym: 'agence.com',
    role: 'member',
    bio: `Dirigeante d'une agence de communication de 5 personnes.`,
  },
  {
    key: 'ferme.auberge',
    pseudonym: 'ferme.auberge',
    role: 'member',
    bio: `Ferme-auberge et vente directe dans le Cantal.`,
  },
  {
    key: 'librairie.independante',
    pseudonym: 'librairie.independante',
    role: 'member',
    bio: `Libraire indépendant en centre-ville, 3 salariés.`,
  },
  {
    key: 'photographe.pro',
    pseudonym: 'photographe.pro',
    role: 'member',
    bio: `Photographe professionnel, mariages et entreprises.`,
  },
  {
    key: 'boucherie-charcuterie',
    pseudonym: 'boucherie-charcuterie',
    role: 'member',
    bio: `Artisan boucher-charcutier, reprise du commerce de mes parents.`,
  },
  {
    key: 'nouvelle.creatrice',
    pseudonym: 'nouvelle.creatrice',
    role: 'member',
    bio: `En cours de création d'une activité de conseil en décoration.`,
  },
  {
    key: 'pme.industrie',
    pseudonym: 'pme.industrie',
    role: 'member',
    bio: `Sous-traitance en usinage mécanique, 45 salariés, Auvergne-Rhône-Alpes.`,
  },
  {
    key: 'cabinet.archi',
    pseudonym: 'cabinet.archi',
    role: 'member',
    bio: `Architecte DPLG associée dans une SARL de 4 personnes.`,
  },
  {
    key: 'vigneron.bordelais',
    pseudonym: 'vigneron.bordelais',
    role: 'member',
    bio: `Vigneron indépendant, 15 hectares, vente en France et à l'export.`,
  },
  {
    key: 'salle-de-sport',
    pseudonym: 'salle-de-sport',
    role: 'member',
    bio: `Gérant d'une salle de sport indépendante en périphérie de Toulouse.`,
  },
  {
    key: 'traiteur.evenements',
    pseudonym: 'traiteur.evenements',
    role: 'member',
    bio: `Traiteur pour mariages et séminaires, équipe de 7 personnes.`,
  },
  {
    key: 'electricien.rennes',
    pseudonym: 'electricien.rennes',
    role: 'member',
    bio: `Électricien à Rennes, SARL de 3 salariés.`,
  },
  {
    key: 'opticien.centre',
    pseudonym: 'opticien.centre',
    role: 'member',
    bio: `Opticien indépendant dans une ville moyenne du Centre-Val de Loire.`,
  },
  {
    key: 'organisme.formation',
    pseudonym: 'organisme.formation',
    role: 'member',
    bio: `Dirigeante d'un organisme de formation certifié Qualiopi.`,
  },
  {
    key: 'food-truck.paris',
    pseudonym: 'food-truck.paris',
    role: 'member',
    bio: `Food truck de cuisine libanaise en région parisienne.`,
  },
  {
    key: 'ExpertCompta75',
    pseudonym: 'ExpertCompta75',
    role: 'expert',
    bio: `Expert-comptable à Paris depuis 20 ans, clientèle de TPE et de commerçants.`,
  },
  { key: 'compta.nantes', pseudonym: 'compta.nantes', role: 'expert', bio: `Expert-comptable à Nantes depuis 15 ans.` },
  {
    key: 'Maitre_Durand',
    pseudonym: 'Maitre_Durand',
    role: 'expert',
    bio: `Avocat en droit social, côté employeurs, barreau de Lyon.`,
  },
  {
    key: 'avocat.affaires',
    pseudonym: 'avocat.affaires',
    role: 'expert',
    bio: `Avocate en droit des affaires : baux commerciaux, contrats et recouvrement.`,
  },
  {
    key: 'conseil.rh',
    pseudonym: 'conseil.rh',
    role: 'expert',
    bio: `Consultante RH pour les TPE-PME, ancienne DRH dans l'industrie.`,
  },
  {
    key: 'ex.administrateur',
    pseudonym: 'ex.administrateur',
    role: 'expert',
    bio: `Ancien administrateur judiciaire, j'accompagne les dirigeants en difficulté.`,
  },
  {
    key: 'courtier.assur',
    pseudonym: 'courtier.assur',
    role: 'expert',
    bio: `Courtier en assurances professionnelles depuis 12 ans.`,
  },
  {
    key: 'conseil.export',
    pseudonym: 'conseil.export',
    role: 'expert',
    bio: `Conseiller export et ancien transitaire, spécialiste des formalités douanières.`,
  },
  {
    key: 'juriste.numerique',
    pseudonym: 'juriste.numerique',
    role: 'expert',
    bio: `Juriste en droit du numérique et DPO externalisé pour des PME.`,
  },
  {
    key: 'fiscaliste_sud',
    pseudonym: 'fiscaliste_sud',
    role: 'expert',
    bio: `Avocat fiscaliste à Montpellier, ancien inspecteur des finances publiques.`,
  },
];

export const demoQuestions: DemoQuestion[] = [
  // ————— Trésorerie et financement —————
  {
    author: 'boulangerie.lyon',
    title: `Peut-on encore étaler le remboursement de son PGE quand la trésorerie est tendue ?`,
    tags: ['tresorerie-financement', 'difficultes-entreprises'],
    upvotes: 9,
    downvotes: 0,
    daysAgo: 3,
    body: `Bonjour à tous,

J'ai pris un PGE de 80 000 € en 2021 pour mes deux boulangeries. Les échéances mensuelles tombent depuis deux ans et avec la hausse de l'énergie et de la farine, ma **trésorerie** ne suit plus. Ma banque me dit que « les conditions du PGE ne sont plus négociables ».

Est-ce qu'il existe encore un moyen d'allonger la durée de remboursement ? J'ai entendu parler de la Médiation du crédit, est-ce que ça vaut le coup ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 11,
        downvotes: 0,
        accepted: true,
        body: `Oui, c'est possible, mais pas directement avec votre banque : il faut passer par la **Médiation du crédit** (Banque de France). Un accord de place permet, pour les entreprises qui rencontrent des difficultés à rembourser, de rééchelonner le PGE au-delà de la durée initiale, sous conditions.

Quelques conseils :
- préparez un prévisionnel de trésorerie sur 12 mois montrant ce que vous pouvez réellement rembourser ;
- listez toutes vos dettes (banque, URSSAF, fournisseurs) pour avoir une vision d'ensemble ;
- faites-vous accompagner par votre expert-comptable pour le dossier.

La saisine se fait en ligne sur le site de la Banque de France et elle est gratuite. Attention : un rééchelonnement peut être considéré comme une restructuration par la banque et entraîner une dégradation de votre cotation, donc ne le faites pas « par confort ».`,
      },
      {
        author: 'ex.administrateur',
        upvotes: 4,
        downvotes: 0,
        body: `Complément : si au-delà du PGE vous avez d'autres dettes qui s'accumulent, pensez aussi au mandat ad hoc ou à la conciliation. Ce sont des procédures confidentielles qui permettent de négocier avec tous les créanciers en même temps, avec l'aide d'un professionnel désigné par le président du tribunal. Mieux vaut les ouvrir tôt que trop tard.`,
      },
      {
        author: 'hotel.bretagne',
        upvotes: 5,
        downvotes: 0,
        anonymous: true,
        body: `On a saisi la Médiation du crédit l'an dernier pour notre PGE. Le dossier en ligne est simple, le médiateur nous a appelés sous une semaine et la banque, qui refusait tout en agence, a accepté un étalement supplémentaire en moins de deux mois. Le plus long a été de réunir les justificatifs : bilans, situation intermédiaire et prévisionnel.`,
      },
    ],
  },
  {
    author: 'menuiserie.alpes',
    title: `Affacturage ou Dailly : quelle solution pour financer le poste clients d'une menuiserie ?`,
    tags: ['tresorerie-financement'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 17,
    body: `Nos clients (promoteurs et collectivités) paient à 60 jours, parfois plus. On a environ 250 000 € d'encours clients en permanence et ça pèse sur la trésorerie, surtout quand on doit acheter le bois d'avance.

Ma banque me propose soit une cession Dailly, soit un contrat d'affacturage via sa filiale. Quelles différences concrètes ? Qu'est-ce qui coûte le moins cher pour une PME de 12 salariés ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 7,
        downvotes: 0,
        body: `Les deux permettent de mobiliser vos créances, mais la logique est différente :

- **Dailly** : vous cédez des factures à votre banque qui vous avance les fonds. C'est souple, facture par facture, mais la banque garde un recours contre vous si le client ne paie pas. Le coût est un taux d'intérêt + des frais par bordereau.
- **Affacturage** : le factor gère tout ou partie du poste clients (relances, encaissement) et peut vous garantir contre l'insolvabilité du débiteur. Plus cher (commission d'affacturage + commission de financement), mais vous externalisez une partie du travail.

Pour des clients publics, attention : la cession de créances sur une collectivité suit des règles spécifiques (notification au comptable public). Beaucoup de menuisiers dans votre cas choisissent le Dailly pour les marchés publics et l'affacturage « confidentiel » pour les promoteurs privés. Demandez un chiffrage complet sur un an, frais annexes compris.`,
      },
      {
        author: 'pme.industrie',
        upvotes: 3,
        downvotes: 0,
        body: `Retour d'expérience : on est passés à l'affacturage il y a 4 ans. Ce qui nous a surpris, ce sont les frais annexes (frais de dossier, commissions minimales annuelles, frais de lettrage). Au final c'est environ 1,5 % de notre CA cédé. Ça reste utile pour la tranquillité, mais négociez bien la commission minimale.`,
      },
      {
        author: 'imprimerie_lille',
        upvotes: 2,
        downvotes: 0,
        body: `Lisez bien la clause de **globalité** : beaucoup de contrats d'affacturage vous obligent à céder *toutes* vos factures, y compris celles de vos meilleurs payeurs, ce qui renchérit fortement le coût. Négociez un affacturage partiel si votre factor l'accepte.`,
      },
    ],
  },
  {
    author: 'resto-du-port',
    title: `Ma banque refuse un découvert autorisé pour passer l'hiver, quels recours ?`,
    tags: ['tresorerie-financement'],
    upvotes: 5,
    downvotes: 1,
    daysAgo: 41,
    body: `Restaurant saisonnier, on fait 70 % du chiffre d'affaires entre mai et septembre. Chaque hiver, c'est la même galère pour payer les charges fixes. Cette année la banque refuse de renouveler le découvert autorisé de 15 000 € sans vraie explication.

Est-ce que je peux faire quelque chose ? Changer de banque en plein hiver me paraît compliqué.`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 6,
        downvotes: 0,
        body: `Plusieurs pistes :

1. Demandez par écrit les motifs du refus. Pour une réduction ou une suppression d'un concours à durée indéterminée, la banque doit respecter un préavis (article L313-12 du Code monétaire et financier).
2. Saisissez la **Médiation du crédit** : c'est gratuit et le médiateur départemental peut faire revenir la banque à la table des négociations.
3. Pour une activité saisonnière, un crédit de campagne ou un prêt court terme remboursé en été est souvent plus adapté qu'un découvert.

Et préparez un plan de trésorerie mensuel : une banque prête beaucoup plus facilement quand elle voit que le creux de l'hiver est anticipé.`,
      },
      {
        author: 'hotel.bretagne',
        upvotes: 2,
        downvotes: 0,
        body: `Même situation que vous avec mon hôtel. Ce qui m'a sauvé : négocier avec les fournisseurs un paiement à 60 jours en hiver contre un paiement comptant en été, et mettre de côté un pourcentage fixe du chiffre d'affaires chaque mois d'été sur un compte séparé.`,
      },
      {
        author: 'ferme.auberge',
        upvotes: 2,
        downvotes: 0,
        body: `Même profil saisonnier ici. Notre banque a fini par accepter une « facilité de caisse » de novembre à mars plutôt qu'un découvert permanent, en échange d'un engagement de faire transiter toutes les recettes d'été chez elle. Présentez votre saisonnalité comme un fait maîtrisé, pas comme un problème.`,
      },
    ],
  },
  {
    author: 'startup_saas',
    title: `Prêt d'amorçage Bpifrance : faut-il une levée de fonds en parallèle ?`,
    tags: ['tresorerie-financement', 'aides-publiques'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 66,
    body: `Notre SAS a un an, 3 associés, un MVP qui tourne avec une vingtaine de clients payants. On regarde le prêt d'amorçage de Bpifrance. J'ai lu qu'il faut souvent un « effet de levier » avec des fonds propres.

Concrètement, si on n'a pas encore levé auprès de business angels, est-ce que ça a du sens de déposer un dossier ? Ou faut-il d'abord faire une levée ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 5,
        downvotes: 0,
        body: `Les prêts d'amorçage de Bpifrance sont en général adossés à une opération en fonds propres (levée, apport des associés, prêts d'honneur qui renforcent les quasi-fonds propres). Sans levée, commencez par les **prêts d'honneur** (Réseau Entreprendre, Initiative France, Wilco en Île-de-France…) qui sont personnels, à taux zéro, et qui servent justement de levier pour obtenir ensuite un prêt bancaire ou Bpifrance.

Prenez rendez-vous avec le chargé d'affaires innovation de votre direction régionale Bpifrance : il vous dira rapidement ce qui est accessible à votre stade, y compris une éventuelle subvention ou avance remboursable innovation.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 3,
        downvotes: 0,
        body: `Regardez aussi la **Bourse French Tech** de Bpifrance, destinée aux jeunes entreprises innovantes de moins d'un an : c'est une subvention qui peut financer les premières dépenses liées au projet. Elle est souvent combinée avec des prêts d'honneur, puis avec un prêt d'amorçage une fois la levée réalisée.`,
      },
    ],
  },
  {
    author: 'transport.ouest',
    title: `Crédit-bail ou prêt classique pour renouveler trois camions ?`,
    tags: ['tresorerie-financement', 'fiscalite'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 88,
    body: `On doit remplacer trois porteurs de plus de 10 ans, budget total autour de 360 000 €. Le concessionnaire pousse le crédit-bail, la banque propose un prêt sur 5 ans. Impact sur la trésorerie, sur le bilan, fiscalement… je m'y perds un peu. Vos avis ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 4,
        downvotes: 0,
        accepted: true,
        body: `Points de comparaison :

- **Trésorerie** : le crédit-bail finance souvent 100 % du véhicule (hors premier loyer majoré), le prêt exige en général un apport de 10 à 20 %.
- **Bilan** : en comptes sociaux français, le crédit-bail n'apparaît pas à l'actif ni en dette (il est mentionné en engagements hors bilan). Votre taux d'endettement apparent reste plus faible.
- **Fiscalité** : en prêt, vous amortissez le camion et déduisez les intérêts ; en crédit-bail, les loyers sont déductibles. Sur la durée, l'écart est faible.
- **Coût total** : comparez le TEG réel, y compris l'option d'achat finale et les assurances.

Pour du poids lourd que vous gardez longtemps, le prêt est souvent moins cher au global ; le crédit-bail est intéressant si vous voulez préserver votre capacité d'emprunt pour autre chose.`,
      },
      {
        author: 'pme.industrie',
        upvotes: 2,
        downvotes: 0,
        body: `Ne confondez pas crédit-bail et **location longue durée** (LLD). La LLD inclut souvent l'entretien mais avec un forfait kilométrique et des frais de remise en état à la restitution, pas toujours adaptés aux poids lourds qui roulent beaucoup. Avec le crédit-bail, vous devenez propriétaire en levant l'option.`,
      },
    ],
  },
  {
    author: 'fleuriste.nantes',
    title: `Comment construire un plan de trésorerie simple quand on n'est pas comptable ?`,
    tags: ['tresorerie-financement'],
    upvotes: 8,
    downvotes: 0,
    daysAgo: 9,
    body: `Je suis fleuriste, seule avec une apprentie. Mon expert-comptable me fait le bilan une fois par an mais je découvre toujours trop tard que je manque de trésorerie (en août et en janvier surtout).

Quel outil ou quelle méthode utilisez-vous pour suivre vos entrées et sorties d'argent mois par mois ? Un tableur suffit-il ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 9,
        downvotes: 0,
        body: `Un tableur suffit largement ! La méthode la plus simple :

1. Une colonne par mois sur 12 mois.
2. En haut, le **solde de début de mois**.
3. Les **encaissements** : ventes TTC (en vous basant sur l'année précédente, pour tenir compte des pics de la Saint-Valentin, de la fête des mères, de la Toussaint…).
4. Les **décaissements** : achats de fleurs, loyer, salaires, charges sociales, TVA, remboursement d'emprunt, CFE en décembre, etc.
5. En bas, le solde de fin de mois, qui devient le solde de début du mois suivant.

L'important est de raisonner TTC et en date de paiement, pas en date de facture. Mettez-le à jour chaque début de mois avec les chiffres réels : en deux ou trois mois vous verrez venir les creux. Votre expert-comptable peut vous donner un modèle.`,
      },
      {
        author: 'librairie.independante',
        upvotes: 3,
        downvotes: 0,
        body: `Je fais exactement ça depuis 5 ans. Astuce : j'ai une ligne « provision » où je mets de côté chaque mois 1/12e des grosses dépenses annuelles (CFE, assurance, régularisation de charges du bail). Fini les mauvaises surprises.`,
      },
      {
        author: 'startup_saas',
        upvotes: 1,
        downvotes: 0,
        body: `Si le tableur vous rebute, la plupart des banques en ligne pro et des logiciels de gestion proposent maintenant un module de prévisionnel connecté au compte. Mais le principe reste le même.`,
      },
    ],
  },
  {
    author: 'imprimerie_lille',
    title: `La banque demande une caution personnelle du dirigeant pour un prêt de 100 000 €, est-ce normal ?`,
    tags: ['tresorerie-financement'],
    upvotes: 7,
    downvotes: 0,
    daysAgo: 52,
    body: `Pour financer une nouvelle presse numérique, la banque accepte un prêt de 100 000 € à condition que je me porte caution personnelle à hauteur de 50 %, en plus d'une garantie Bpifrance. Mon épouse doit-elle signer aussi ? Est-ce que je peux négocier ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 8,
        downvotes: 0,
        accepted: true,
        body: `C'est malheureusement très courant pour les TPE-PME. Quelques éléments :

- Depuis la réforme du droit des sûretés de 2021, le cautionnement est régi par les articles 2288 et suivants du Code civil : la caution doit porter une **mention manuscrite** (ou électronique) indiquant le montant maximal garanti, et l'engagement ne doit pas être manifestement disproportionné à vos revenus et patrimoine.
- Si vous êtes marié sous le régime de la communauté, l'accord exprès de votre conjoint est nécessaire pour engager les biens communs (article 1415 du Code civil). Sans son accord, seuls vos biens propres et vos revenus sont engagés.
- Négociez : plafond en montant, durée limitée, caution dégressive au fil du remboursement, ou remplacement par une garantie de type nantissement du matériel.

Lorsqu'une garantie Bpifrance intervient, la caution demandée est souvent limitée : demandez à la banque de justifier le cumul.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 3,
        downvotes: 0,
        body: `Pensez aussi à l'**assurance emprunteur** exigée par la banque : elle est souvent proposée en groupe par la banque mais vous pouvez la déléguer à un autre assureur. Et négociez que la caution soit levée si certains ratios (fonds propres, endettement) sont atteints au bout de quelques années.`,
      },
    ],
  },
  {
    author: 'coiffure_marseille',
    anonymous: true,
    title: `Découvert qui dépasse chaque mois : la banque me facture des commissions énormes`,
    tags: ['tresorerie-financement'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 27,
    body: `Depuis six mois je dépasse régulièrement mon découvert autorisé de quelques centaines d'euros en fin de mois. Résultat : commissions d'intervention, agios, frais de lettre… près de 200 € par mois. Est-ce que ces frais sont plafonnés pour un professionnel ? Je suis en SARL.`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 5,
        downvotes: 0,
        body: `Pour un compte professionnel, les plafonds des commissions d'intervention applicables aux particuliers ne s'appliquent pas. Les frais dépendent de votre convention de compte. En revanche :

- vérifiez que le taux effectif global du découvert respecte le taux d'usure ;
- demandez un geste commercial et surtout une **augmentation du découvert autorisé** justifiée par votre activité ;
- comparez avec d'autres banques (les banques en ligne pro sont souvent bien moins chères sur ces frais).

Mais le vrai sujet est ce besoin de trésorerie récurrent en fin de mois : regardez le décalage entre vos encaissements et vos prélèvements (loyer, URSSAF, salaires) et demandez à décaler certaines dates de prélèvement.`,
      },
      {
        author: 'opticien.centre',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `J'étais dans la même situation. J'ai demandé un rendez-vous, montré mon prévisionnel, et la banque a porté le découvert autorisé à un niveau cohérent avec mon activité. Les frais ont quasiment disparu. Sans rendez-vous, personne ne bouge de leur côté.`,
      },
    ],
  },
  {
    author: 'ecommerce_bio',
    title: `Financer un stock pour Noël quand on vend en ligne : quelles solutions existent ?`,
    tags: ['tresorerie-financement', 'numerique'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 104,
    body: `Chaque année, je dois commander mes matières premières et mes flacons dès septembre pour les ventes de fin d'année, soit environ 30 000 € avancés trois mois avant d'encaisser. Ma banque traditionnelle ne connaît pas bien le e-commerce. Existe-t-il des financements adaptés ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 3,
        downvotes: 0,
        body: `Plusieurs options : un **crédit de campagne** auprès de votre banque (prêt court terme remboursé après la saison), le financement « revenue-based » proposé par certaines fintechs (remboursement en pourcentage de vos ventes, plus cher mais rapide), ou négocier avec vos fournisseurs de flacons un paiement en deux ou trois fois. Présentez à la banque vos ventes des deux derniers mois de décembre : c'est votre meilleur argument.`,
      },
      {
        author: 'food-truck.paris',
        upvotes: 1,
        downvotes: 0,
        body: `Attention aux financements des plateformes de paiement, c'est très simple à souscrire mais le coût réel peut dépasser 15 % sur l'année. Faites le calcul avant de cliquer.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 2,
        downvotes: 0,
        body: `Un prêt de trésorerie court terme garanti par Bpifrance peut aussi rassurer votre banque si elle découvre le e-commerce. Venez avec vos statistiques de ventes mensuelles et votre taux de conversion : un banquier comprend très bien un stock qui se vend en décembre si les chiffres des années précédentes le montrent.`,
      },
    ],
  },
  {
    author: 'hotel.bretagne',
    title: `Remboursement du PGE terminé dans 6 mois : comment retrouver de la capacité d'emprunt ?`,
    tags: ['tresorerie-financement'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 75,
    body: `Notre PGE sera soldé en fin d'année. On a un projet de rénovation de 10 chambres (environ 200 000 €). La banque nous dit d'attendre la fin du PGE pour présenter le dossier. Est-ce que c'est vraiment nécessaire ? Que regardent-ils en priorité ?`,
    answers: [],
  },
  {
    author: 'caviste_dijon',
    title: `Stock de vin qui immobilise toute ma trésorerie, comment faire mieux ?`,
    tags: ['tresorerie-financement'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 33,
    body: `Caviste depuis 4 ans, j'ai environ 90 000 € de stock pour un chiffre d'affaires de 350 000 €. Mon expert-comptable me dit que c'est beaucoup trop. Mais si je réduis, j'ai peur de perdre des clients qui viennent pour le choix. Comment trouvez-vous le bon équilibre ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 4,
        downvotes: 0,
        body: `Votre stock représente environ 3 mois de chiffre d'affaires au prix de vente, donc plus encore au prix d'achat. Pour un caviste, c'est élevé mais pas aberrant si vous avez des vins de garde. La méthode : faites une analyse ABC de vos références (les 20 % qui font 80 % des ventes), identifiez les bouteilles qui n'ont pas tourné depuis 12 mois et organisez une opération de déstockage ciblée. Négociez aussi avec certains domaines des dépôts-ventes ou des réassorts plus fréquents en petites quantités.`,
      },
      {
        author: 'vigneron.bordelais',
        upvotes: 2,
        downvotes: 0,
        body: `Côté producteur, je préfère livrer un caviste plus souvent en petites quantités plutôt que de le voir arrêter ma référence. N'hésitez pas à demander à vos vignerons, beaucoup acceptent.`,
      },
      {
        author: 'librairie.independante',
        upvotes: 2,
        downvotes: 0,
        body: `En librairie on vit le même dilemme. Ce qui m'aide : un indicateur de rotation par rayon, revu chaque trimestre. Les rayons qui tournent moins de deux fois par an sont réduits au profit des commandes clients à la demande. On garde l'image du choix sans immobiliser autant.`,
      },
    ],
  },
  {
    author: 'electricien.rennes',
    title: `Un fournisseur me propose un escompte de 2 % pour paiement comptant, ça vaut le coup ?`,
    tags: ['tresorerie-financement'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 12,
    body: `Mon grossiste en matériel électrique propose 2 % d'escompte si je paie à la commande au lieu de 45 jours fin de mois. J'ai la trésorerie en ce moment. Est-ce rentable ou vaut-il mieux garder le cash ?`,
    answers: [],
  },
  {
    author: 'pme.industrie',
    title: `Quels indicateurs suivre chaque semaine pour anticiper un problème de trésorerie ?`,
    tags: ['tresorerie-financement', 'difficultes-entreprises'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 48,
    body: `Nous avons frôlé la catastrophe l'an dernier suite à la défaillance d'un gros client. J'aimerais mettre en place un tableau de bord hebdomadaire simple pour moi et mon DAF. Quels indicateurs vous semblent indispensables ?`,
    answers: [
      {
        author: 'ex.administrateur',
        upvotes: 6,
        downvotes: 0,
        accepted: true,
        body: `Ceux que je vois manquer le plus souvent chez les dirigeants qui arrivent trop tard au tribunal :

- **Position de trésorerie** réelle et prévision à 13 semaines glissantes ;
- **Encours clients** échu et non échu, avec le top 10 des débiteurs et leur concentration (un client à plus de 20 % du CA est un risque) ;
- **Dettes fiscales et sociales** : un retard URSSAF ou TVA est souvent le premier signal ;
- **Carnet de commandes** en semaines d'activité ;
- **Dettes fournisseurs échues**.

Le tableau à 13 semaines est l'outil clé : s'il montre un trou que vous ne savez pas combler, c'est le moment d'appeler votre expert-comptable, le CIP de votre département ou le président du tribunal de commerce pour un entretien de prévention, confidentiel et gratuit.`,
      },
      {
        author: 'transport.ouest',
        upvotes: 2,
        downvotes: 0,
        body: `J'ajouterais le suivi des encours assurance-crédit sur les clients : quand l'assureur réduit sa garantie sur un client, c'est souvent un signe avant-coureur.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 3,
        downvotes: 0,
        body: `J'ajouterais le **BFR exprimé en jours de chiffre d'affaires** et le délai moyen de paiement clients (DSO). Quand le DSO dérive de 10 jours sans que vous ayez changé vos conditions, c'est souvent qu'un ou deux clients commencent à avoir des difficultés.`,
      },
    ],
  },
  {
    author: 'atelier.couture',
    title: `Prêt d'honneur refusé par le comité : peut-on représenter son dossier ?`,
    tags: ['tresorerie-financement', 'aides-publiques'],
    upvotes: 1,
    downvotes: 0,
    daysAgo: 115,
    body: `Ma demande de prêt d'honneur pour développer mon atelier (achat de machines) a été refusée en comité. Motif : prévisionnel « trop optimiste ». Est-ce que je peux retenter ma chance dans quelques mois, et auprès du même réseau ?`,
    answers: [],
  },
  // ————— Entreprises en difficulté —————
  {
    author: 'batiment_idf',
    title: `Procédure de sauvegarde : à partir de quand faut-il la demander ?`,
    tags: ['difficultes-entreprises'],
    upvotes: 10,
    downvotes: 0,
    daysAgo: 6,
    body: `Notre entreprise de gros œuvre subit l'effondrement des mises en chantier. On n'est pas encore en cessation des paiements mais on voit qu'on va l'être d'ici 4 à 6 mois si rien ne change (on paie tout le monde, mais en puisant dans les réserves).

Un ami m'a parlé de la **procédure de sauvegarde**. Quels sont les avantages, les inconvénients, et est-ce que c'est public ? J'ai peur que mes clients me lâchent s'ils l'apprennent.`,
    answers: [
      {
        author: 'ex.administrateur',
        upvotes: 12,
        downvotes: 0,
        accepted: true,
        body: `La sauvegarde (articles L620-1 et suivants du Code de commerce) est ouverte à une entreprise **qui n'est pas en cessation des paiements** mais qui justifie de difficultés qu'elle n'est pas en mesure de surmonter. Vous êtes exactement dans la cible.

**Avantages** :
- gel du passif antérieur (interdiction de payer les dettes antérieures et arrêt des poursuites) ;
- arrêt du cours des intérêts pour les prêts de moins d'un an ;
- vous restez aux commandes, l'administrateur vous assiste ;
- un plan pouvant aller jusqu'à 10 ans.

**Inconvénients** : la procédure est **publique** (BODACC), ce qui peut inquiéter clients et fournisseurs, et elle a un coût (administrateur, mandataire).

Si la confidentialité est essentielle, commencez par une **conciliation** (L611-4) : confidentielle, ouverte même en cessation des paiements depuis moins de 45 jours, et qui peut basculer en sauvegarde accélérée si un accord est presque trouvé. Prenez rendez-vous rapidement avec un avocat spécialisé ou demandez un entretien au président du tribunal de commerce.`,
      },
      {
        author: 'menuiserie.alpes',
        upvotes: 3,
        downvotes: 0,
        body: `On est passés en sauvegarde il y a 3 ans. Les clients ont beaucoup moins réagi que ce que je craignais, surtout parce qu'on les a prévenus nous-mêmes avant la publication. Les fournisseurs, eux, ont exigé du paiement comptant pendant quelques mois. Aujourd'hui le plan se déroule bien.`,
      },
      {
        author: 'avocat.affaires',
        upvotes: 4,
        downvotes: 0,
        body: `Pour compléter : si vous avez un accord presque finalisé avec vos principaux créanciers en conciliation, la **sauvegarde accélérée** permet de faire adopter le plan en quelques mois. Depuis la réforme de 2021, les créanciers sont répartis en classes de parties affectées dans les entreprises qui dépassent certains seuils, ce qui permet d'imposer le plan à une minorité récalcitrante.`,
      },
    ],
  },
  {
    author: 'imprimerie_lille',
    anonymous: true,
    title: `Mandat ad hoc : combien ça coûte et comment ça se passe concrètement ?`,
    tags: ['difficultes-entreprises'],
    upvotes: 7,
    downvotes: 0,
    daysAgo: 21,
    body: `Mon principal client (30 % du CA) vient de me notifier la fin de nos contrats. Je dois renégocier mes prêts et mon crédit-bail de matériel. On me conseille un mandat ad hoc. Qui le demande, qui paie le mandataire, et est-ce que mes banques sont obligées d'accepter ?`,
    answers: [
      {
        author: 'ex.administrateur',
        upvotes: 8,
        downvotes: 0,
        body: `Le mandat ad hoc (article L611-3 du Code de commerce) est demandé par le dirigeant seul, par une simple requête au président du tribunal de commerce. Vous pouvez proposer le nom du mandataire.

- **Coût** : la rémunération est fixée par le président du tribunal après accord du dirigeant sur les conditions. Selon la taille du dossier, comptez quelques milliers d'euros, payés par l'entreprise.
- **Déroulement** : le mandataire rencontre vos créanciers (banques, crédit-bailleur) et négocie avec eux un rééchelonnement ou des abandons partiels.
- **Confidentialité** : totale. Rien n'est publié.
- **Créanciers** : ils ne sont pas obligés d'accepter, c'est purement amiable. Mais en pratique les banques jouent souvent le jeu car l'alternative (une procédure collective) est pire pour elles.

Il n'y a pas de durée maximale légale, mais comptez quelques mois.`,
      },
      {
        author: 'pme.industrie',
        upvotes: 3,
        downvotes: 0,
        anonymous: true,
        body: `Retour d'expérience : mandat ad hoc il y a trois ans après la perte d'un client automobile. Cinq mois de discussions, mais au final un rééchelonnement de deux ans sur nos prêts et un décalage des loyers de crédit-bail. Le mandataire parle le même langage que les banques, c'est ce qui change tout.`,
      },
    ],
  },
  {
    author: 'resto-du-port',
    title: `Cessation des paiements : le délai de 45 jours, il commence quand exactement ?`,
    tags: ['difficultes-entreprises'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 14,
    body: `Je lis partout qu'il faut déclarer la cessation des paiements dans les 45 jours. Mais comment savoir à partir de quel jour on est en cessation des paiements ? J'ai des dettes URSSAF en retard mais il me reste un peu de découvert autorisé.`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 6,
        downvotes: 0,
        accepted: true,
        body: `La cessation des paiements est définie à l'article L631-1 du Code de commerce : c'est l'impossibilité de faire face au **passif exigible** avec l'**actif disponible**. Le découvert autorisé, s'il n'est pas dénoncé, fait partie de vos réserves de crédit et peut être pris en compte. À l'inverse, des dettes URSSAF pour lesquelles vous avez obtenu un échéancier ne sont plus exigibles.

Le délai de 45 jours (article L631-4) court à compter de la date de cessation des paiements. Le tribunal peut reporter cette date jusqu'à 18 mois en arrière. Ne pas déclarer dans les délais peut engager votre responsabilité (sanctions, voire interdiction de gérer).

Dans votre situation, faites un point précis avec votre expert-comptable : actif disponible d'un côté, dettes exigibles de l'autre. Si vous êtes juste à la limite, la conciliation reste ouverte si la cessation date de moins de 45 jours.`,
      },
      {
        author: 'ex.administrateur',
        upvotes: 2,
        downvotes: 0,
        body: `Et demandez un échéancier à l'URSSAF dès maintenant : une dette étalée n'est plus exigible. C'est souvent ce qui fait la différence entre un dossier amiable et un redressement.`,
      },
      {
        author: 'salle-de-sport',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `Je confirme l'importance du délai : j'ai attendu trop longtemps en espérant qu'un bon mois allait tout régler. Mon avocat m'a expliqué qu'une conciliation aurait été possible si j'étais venu plus tôt. N'attendez pas d'être au pied du mur.`,
      },
    ],
  },
  {
    author: 'transport.ouest',
    anonymous: true,
    title: `Dettes URSSAF et impôts en retard : la CCSF peut-elle nous accorder un plan ?`,
    tags: ['difficultes-entreprises', 'fiscalite'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 37,
    body: `On a accumulé environ 60 000 € de retard entre TVA, cotisations URSSAF et caisse de retraite complémentaire. J'ai vu qu'on peut saisir la commission des chefs des services financiers (CCSF). Est-ce que ça couvre tout ? Faut-il être à jour de ses déclarations ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 7,
        downvotes: 0,
        body: `La CCSF peut accorder des délais de paiement pour les dettes **fiscales et sociales** (impôts, URSSAF, et les caisses de retraite complémentaire peuvent être associées). Conditions principales :

- être **à jour du dépôt de vos déclarations** fiscales et sociales ;
- avoir payé les **parts salariales** des cotisations (elles ne sont jamais étalées par la CCSF) ;
- démontrer que l'entreprise est viable.

Le dossier se dépose auprès du secrétariat de la CCSF de votre département (à la direction départementale des finances publiques). Les plans vont en général jusqu'à 24 ou 36 mois. La procédure est confidentielle. Joignez un prévisionnel de trésorerie crédible : c'est ce qui convainc.`,
      },
      {
        author: 'ex.administrateur',
        upvotes: 3,
        downvotes: 0,
        body: `Astuce : la saisine de la CCSF suspend en pratique les poursuites des créanciers publics pendant l'instruction du dossier. Et si le plan accordé reste insuffisant, la CCSF peut intervenir dans une conciliation pour consentir des remises de dettes dans certaines limites.`,
      },
      {
        author: 'hotel.bretagne',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `Nous avons obtenu un plan CCSF sur 24 mois il y a trois ans. Le secrétariat a été très accessible. Le point clé a été de montrer que toutes les déclarations étaient déposées et que les charges courantes étaient payées à l'heure pendant l'instruction.`,
      },
    ],
  },
  {
    author: 'salle-de-sport',
    anonymous: true,
    title: `Redressement judiciaire : est-ce que je perds automatiquement ma salle de sport ?`,
    tags: ['difficultes-entreprises'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 59,
    body: `Je suis en cessation des paiements depuis un mois. Mon avocat parle de redressement judiciaire. J'ai très peur de tout perdre. Est-ce que le redressement veut dire que quelqu'un d'autre prend les commandes ? Et mes abonnés, que leur dire ?`,
    answers: [
      {
        author: 'ex.administrateur',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Non, le redressement judiciaire n'est pas une liquidation. Son objectif est la **poursuite de l'activité**, le maintien de l'emploi et l'apurement du passif (article L631-1 du Code de commerce).

Concrètement :
- une **période d'observation** s'ouvre (6 mois renouvelables) pendant laquelle vous continuez à exploiter ;
- un administrateur peut être désigné pour vous assister (c'est souvent le cas, mais dans les petites structures le tribunal peut s'en dispenser) ;
- les dettes antérieures sont gelées, les contrats en cours (bail, leasing des machines) continuent ;
- à l'issue, soit un plan de redressement est adopté (jusqu'à 10 ans), soit une cession, soit une liquidation si rien n'est possible.

Pour vos abonnés : la salle reste ouverte, les abonnements continuent. Une communication sobre et rassurante suffit.`,
      },
      {
        author: 'coiffure_marseille',
        upvotes: 2,
        downvotes: 0,
        body: `Courage. Un ami restaurateur est passé par là il y a quelques années, plan sur 8 ans, il s'en est sorti. Le plus dur, c'est le moral. Entourez-vous et n'hésitez pas à contacter l'association APESA si vous sentez que ça devient trop lourd psychologiquement.`,
      },
      {
        author: 'avocat.affaires',
        upvotes: 3,
        downvotes: 0,
        body: `Pour vos salariés : en redressement, si l'entreprise ne peut pas payer les salaires, l'**AGS** (régime de garantie des salaires) avance les sommes dues, via le mandataire judiciaire, dans certaines limites. C'est un point important à expliquer à l'équipe pour éviter les départs.`,
      },
    ],
  },
  {
    author: 'menuiserie.alpes',
    title: `Je suis caution de mes prêts : que se passe-t-il pour moi si ma société entre en sauvegarde ?`,
    tags: ['difficultes-entreprises', 'tresorerie-financement'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 80,
    body: `Gérant majoritaire de SARL, je me suis porté caution sur deux prêts professionnels. En cas d'ouverture d'une procédure de sauvegarde, est-ce que la banque peut se retourner immédiatement contre moi ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 6,
        downvotes: 0,
        body: `C'est précisément l'un des intérêts de la sauvegarde pour le dirigeant caution. L'article L622-28 du Code de commerce prévoit que le jugement d'ouverture **suspend les poursuites contre les cautions personnes physiques** pendant la période d'observation. Ensuite, les cautions personnes physiques peuvent se prévaloir des dispositions du plan de sauvegarde (article L626-11).

En redressement judiciaire, la suspension joue pendant la période d'observation, mais les cautions ne bénéficient pas ensuite des délais du plan. D'où l'intérêt d'agir tôt, quand la sauvegarde est encore possible.`,
      },
      {
        author: 'ex.administrateur',
        upvotes: 2,
        downvotes: 0,
        body: `Autre conséquence pratique : pendant la période d'observation, la banque ne peut pas non plus exiger le remboursement anticipé de vos prêts du seul fait de l'ouverture de la procédure, les clauses qui le prévoient sont réputées non écrites. Cela laisse de l'air pour bâtir le plan.`,
      },
    ],
  },
  {
    author: 'cabinet.archi',
    title: `Un client est en redressement judiciaire, comment déclarer ma créance ?`,
    tags: ['difficultes-entreprises', 'recouvrement'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 25,
    body: `Un promoteur qui nous doit 18 000 € d'honoraires vient d'être placé en redressement judiciaire (je l'ai vu sur le BODACC). Que dois-je faire et dans quel délai ? Est-ce que j'ai une chance d'être payée ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 7,
        downvotes: 0,
        accepted: true,
        body: `Vous devez **déclarer votre créance au mandataire judiciaire** dans un délai de **2 mois** à compter de la publication du jugement au BODACC (articles L622-24 et R622-24 du Code de commerce). Passé ce délai, votre créance est inopposable à la procédure sauf relevé de forclusion.

La déclaration comprend : le montant dû à la date du jugement, les pièces justificatives (contrat, factures, relances), l'indication des éventuelles garanties. Elle peut se faire en ligne sur le portail des mandataires judiciaires.

Sur vos chances : en redressement, si un plan est adopté, vous serez payée selon le plan (parfois sur plusieurs années). Les créanciers chirographaires comme vous passent après les salariés et les créanciers privilégiés. Mais ne pas déclarer, c'est être sûr de ne rien toucher.`,
      },
      {
        author: 'photographe.pro',
        upvotes: 1,
        downvotes: 0,
        body: `Petite astuce apprise à mes dépens : si le mandataire vous écrit pour vous informer de la procédure, le délai de 2 mois peut courir à partir de cet avertissement. Ne laissez pas traîner.`,
      },
      {
        author: 'agence.com',
        upvotes: 1,
        downvotes: 0,
        body: `On a déclaré une créance l'an dernier dans un dossier similaire. Plan adopté sur 8 ans, on reçoit chaque année un petit pourcentage. C'est peu, mais c'est mieux que rien. Et pensez à récupérer la TVA sur la partie qui deviendra irrécouvrable.`,
      },
    ],
  },
  {
    author: 'boucherie-charcuterie',
    anonymous: true,
    title: `Liquidation judiciaire simplifiée : que deviennent mes dettes personnelles ?`,
    tags: ['difficultes-entreprises'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 96,
    body: `Après 3 années difficiles, je pense que ma boucherie (entreprise individuelle) ne pourra pas repartir. Que deviennent mes dettes en cas de liquidation ? Est-ce que je vais perdre ma maison ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 5,
        downvotes: 0,
        body: `Tout dépend de la date de création et du régime de votre entreprise individuelle :

- Depuis la loi du 14 février 2022 (entrée en vigueur en mai 2022), l'entrepreneur individuel a automatiquement un **patrimoine professionnel séparé** de son patrimoine personnel. Les créanciers professionnels ne peuvent en principe saisir que le patrimoine professionnel.
- Votre résidence principale est de toute façon **insaisissable de droit** par les créanciers professionnels depuis 2015 (article L526-1 du Code de commerce).
- Attention aux exceptions : dettes pour lesquelles vous avez renoncé à la séparation, cautions personnelles, fraudes ou manquements graves.

À la clôture pour insuffisance d'actif, les créanciers ne recouvrent en principe pas leur droit de poursuite individuelle. Consultez un avocat avant de déposer pour vérifier votre situation précise.`,
      },
      {
        author: 'ex.administrateur',
        upvotes: 2,
        downvotes: 0,
        body: `Avant la liquidation, vérifiez quand même avec un professionnel si un rebond est possible (cession du fonds, par exemple). Un fonds de boucherie avec une clientèle a souvent une valeur, même en difficulté.`,
      },
    ],
  },
  {
    author: 'hotel.bretagne',
    title: `Entretien de prévention au tribunal de commerce : quelqu'un l'a déjà fait ?`,
    tags: ['difficultes-entreprises'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 63,
    body: `J'ai reçu une convocation du président du tribunal de commerce pour un « entretien de prévention » parce que j'ai déposé mes comptes en retard et que j'ai des inscriptions de privilèges. Je ne sais pas à quoi m'attendre. Est-ce une sanction ?`,
    answers: [
      {
        author: 'ex.administrateur',
        upvotes: 4,
        downvotes: 0,
        accepted: true,
        body: `Ce n'est absolument pas une sanction. C'est une démarche de **prévention** (article L611-2 du Code de commerce) : le président a détecté des signaux d'alerte et veut faire le point avec vous, de façon confidentielle. L'entretien est mené par un juge (souvent un ancien chef d'entreprise) qui va vous écouter et vous orienter : conciliation, mandat ad hoc, CCSF, etc.

Venez avec vos derniers comptes, une situation de trésorerie et vos questions. Si vous ne vous présentez pas, le président peut vous enjoindre de déposer vos comptes sous astreinte. Allez-y, c'est une vraie aide.`,
      },
      {
        author: 'caviste_dijon',
        upvotes: 2,
        downvotes: 0,
        body: `Je suis passé par là il y a deux ans. Un juge très bienveillant, ancien commerçant, qui m'a surtout posé des questions et orienté vers mon expert-comptable et le centre d'information sur la prévention. Je suis ressorti soulagé avec une liste d'actions claire.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Avant l'entretien, vous pouvez aussi contacter le **centre d'information sur la prévention des difficultés des entreprises** (CIP) de votre département : des permanences gratuites et confidentielles réunissent un ancien juge, un expert-comptable et un avocat pour vous aider à préparer l'échange.`,
      },
    ],
  },
  {
    author: 'food-truck.paris',
    title: `Arrêter son activité sans dettes : radiation ou dissolution amiable ?`,
    tags: ['difficultes-entreprises', 'creation-entreprise'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 110,
    body: `Je veux arrêter mon food truck (SASU). Je n'ai plus de dettes, juste un peu de matériel à vendre. Quelle est la procédure la plus simple et la moins chère pour fermer proprement ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 3,
        downvotes: 0,
        body: `Pour une société sans dettes, la voie classique est la **dissolution anticipée suivie de la liquidation amiable** : décision de l'associé unique, nomination d'un liquidateur (vous-même en général), publication d'une annonce légale, formalités sur le guichet unique, puis comptes de liquidation, vente du matériel, paiement des dernières charges, et enfin radiation. Comptez deux annonces légales et quelques frais de greffe.

La transmission universelle de patrimoine (TUP) n'est possible que si l'associé unique est une personne morale, donc ce n'est pas votre cas.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 2,
        downvotes: 0,
        body: `Si l'activité est vraiment simple, certaines sociétés font la dissolution et la clôture de liquidation le même jour, ce qui évite une deuxième annonce légale. C'est possible quand il n'y a plus d'actif à réaliser ni de passif, mais avec du matériel à vendre, faites-le d'abord.`,
      },
    ],
  },
  {
    author: 'traiteur.evenements',
    title: `Conciliation en cours : puis-je continuer à payer mes fournisseurs ?`,
    tags: ['difficultes-entreprises'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 45,
    body: `Nous venons d'obtenir l'ouverture d'une conciliation. Je ne comprends pas bien si je dois arrêter de payer certains créanciers ou si tout continue comme avant. Mes fournisseurs de denrées ne sont au courant de rien.`,
    answers: [
      {
        author: 'ex.administrateur',
        upvotes: 3,
        downvotes: 0,
        body: `En conciliation, il n'y a **pas de gel du passif** : l'entreprise continue à fonctionner normalement et vous pouvez (et devez, sauf accord contraire) continuer à payer vos fournisseurs courants. Le conciliateur négocie uniquement avec les créanciers que vous avez choisi d'inclure (souvent les banques, le bailleur, quelques gros fournisseurs). Si un créancier appelé à la conciliation vous poursuit, vous pouvez demander au juge des délais de grâce (article L611-7). Et la confidentialité s'impose à tous les participants.`,
      },
      {
        author: 'avocat.affaires',
        upvotes: 3,
        downvotes: 0,
        body: `Point important pour la suite : si vous avez besoin d'argent frais, les personnes qui apportent un **nouveau financement** dans le cadre d'un accord de conciliation homologué bénéficient d'un privilège de paiement en cas de procédure ultérieure (article L611-11 du Code de commerce). C'est un argument fort pour convaincre une banque ou un fournisseur.`,
      },
    ],
  },
  {
    author: 'opticien.centre',
    title: `Inscription de privilège URSSAF sur mon Kbis : quelles conséquences pour mon commerce ?`,
    tags: ['difficultes-entreprises', 'tresorerie-financement'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 85,
    body: `Après un retard de paiement de cotisations, l'URSSAF a inscrit un privilège au greffe. Ma banque m'en a parlé lors d'un rendez-vous. Est-ce que ça se voit publiquement ? Comment le faire radier ?`,
    answers: [],
  },
  // ————— Droit du travail —————
  {
    author: 'imprimerie_lille',
    title: `Licenciement économique d'un salarié dans une entreprise de 14 personnes : quelles étapes ?`,
    tags: ['droit-du-travail', 'difficultes-entreprises'],
    upvotes: 11,
    downvotes: 0,
    daysAgo: 2,
    body: `Notre chiffre d'affaires a baissé de 25 % sur les trois derniers trimestres par rapport à l'an dernier. Je dois me résoudre à supprimer un poste de façonnier. C'est mon premier **licenciement économique** et je veux faire les choses dans les règles.

Quelles sont les étapes et les délais ? Faut-il consulter quelqu'un alors qu'on n'a pas de CSE ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 12,
        downvotes: 0,
        body: `Pour un licenciement économique individuel dans une entreprise de 11 à 49 salariés :

1. **Motif** (article L1233-3 du Code du travail) : une baisse significative du chiffre d'affaires sur **2 trimestres consécutifs** comparés à l'année précédente suffit à caractériser des difficultés économiques dans votre tranche d'effectif. Votre baisse sur 3 trimestres est donc un bon point de départ, documentez-la.
2. **Reclassement** (L1233-4) : recherchez et proposez par écrit les postes disponibles, même si c'est peu probable dans une petite structure. C'est le point le plus contentieux.
3. **Ordre des licenciements** (L1233-5) : si plusieurs salariés occupent des emplois de même catégorie, appliquez les critères (charges de famille, ancienneté, handicap, qualités professionnelles).
4. **CSE** : si vous atteignez 11 salariés depuis 12 mois consécutifs, vous devriez avoir un CSE ; en son absence, dressez un procès-verbal de carence, faute de quoi la procédure est fragilisée.
5. **Convocation** à entretien préalable, entretien, puis lettre de licenciement au moins **7 jours ouvrables** après l'entretien.
6. Proposition du **contrat de sécurisation professionnelle (CSP)** lors de l'entretien.
7. **Information de la DREETS** dans les 8 jours suivant l'envoi de la lettre.

Faites relire la lettre par un avocat : c'est elle qui fixe les limites du litige.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 4,
        downvotes: 0,
        body: `Côté humain, préparez l'entretien : expliquez honnêtement la situation, donnez les informations sur le CSP (le salarié a 21 jours pour l'accepter) et sur ses droits à France Travail. Et pensez à l'équipe qui reste, un licenciement dans une petite structure est toujours un choc.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 4,
        downvotes: 0,
        body: `Côté coût, prévoyez : l'indemnité de licenciement (légale ou conventionnelle), les congés payés restants, et, si le salarié accepte le CSP, le versement à France Travail d'une contribution correspondant à l'indemnité de préavis qu'il aurait perçue (dans la limite de trois mois de salaire). Faites simuler les deux hypothèses.`,
      },
    ],
  },
  {
    author: 'pme.industrie',
    title: `Baisse de commandes : activité partielle ou licenciement économique ?`,
    tags: ['droit-du-travail'],
    upvotes: 7,
    downvotes: 0,
    daysAgo: 19,
    body: `Nos commandes dans l'automobile ont chuté de 30 % et on ne sait pas si c'est conjoncturel ou durable. On hésite entre placer une partie de l'atelier en activité partielle pendant quelques mois et engager un licenciement économique de 4 ou 5 postes.

Comment choisir ? Peut-on faire les deux en même temps ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 8,
        downvotes: 0,
        accepted: true,
        body: `L'**activité partielle** est faite pour une baisse d'activité **temporaire** : elle préserve les compétences et coûte moins cher qu'un licenciement si la reprise arrive. Le **licenciement économique** répond à une difficulté durable ou à une réorganisation.

Cumuler les deux sur les **mêmes postes** est très risqué : placer des salariés en activité partielle puis les licencier peut faire douter de la réalité du motif, et l'administration peut demander le remboursement des allocations si vous vous étiez engagés à maintenir l'emploi.

Ma recommandation : activité partielle sur 3 à 6 mois avec un suivi mensuel du carnet de commandes. Si la baisse se confirme, vous aurez des éléments solides (L1233-3 : pour 11 à 49 salariés, 2 trimestres consécutifs de baisse ; pour 50 à 299, 3 trimestres) pour justifier un licenciement. À 45 salariés, attention aussi au seuil de 10 licenciements sur 30 jours qui déclenche des obligations plus lourdes.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 3,
        downvotes: 0,
        body: `Pensez aussi au dispositif d'activité partielle de longue durée (APLD) s'il est ouvert à votre branche, et à la formation pendant les heures chômées : c'est le moment d'utiliser le plan de développement des compétences avec l'OPCO.`,
      },
      {
        author: 'transport.ouest',
        upvotes: 2,
        downvotes: 0,
        body: `On a fait le choix de l'activité partielle en 2023 sur trois mois, puis l'activité est repartie. Si on avait licencié, on aurait dû réembaucher six mois plus tard dans un marché où les chauffeurs sont introuvables. Le coût de l'activité partielle a été largement compensé.`,
      },
    ],
  },
  {
    author: 'agence.com',
    title: `Rupture conventionnelle : quel est le montant minimum de l'indemnité ?`,
    tags: ['droit-du-travail'],
    upvotes: 8,
    downvotes: 0,
    daysAgo: 11,
    body: `Une graphiste de mon agence, présente depuis 6 ans et demi, souhaite partir et nous sommes d'accord pour une **rupture conventionnelle**. Son salaire brut est de 2 600 € par mois. Comment calculer l'indemnité minimale ? Et qu'est-ce que ça me coûte en charges ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 9,
        downvotes: 0,
        body: `L'indemnité spécifique de rupture conventionnelle ne peut pas être inférieure à l'**indemnité légale de licenciement** (article L1237-13), ou à l'indemnité conventionnelle si elle est plus favorable (vérifiez la convention Syntec ou celle applicable à votre agence).

Indemnité légale (article R1234-2) : 1/4 de mois de salaire par année d'ancienneté jusqu'à 10 ans. Ici : 2 600 × 1/4 × 6,5 = **4 225 €** environ (prenez comme salaire de référence le plus favorable entre la moyenne des 12 derniers mois et celle des 3 derniers).

Côté employeur, l'indemnité est soumise à une **contribution patronale spécifique de 30 %** sur la part exonérée de cotisations. Prévoyez donc environ 5 500 € au total.

Ensuite : entretien(s), signature de la convention, **15 jours calendaires** de rétractation, puis demande d'homologation sur TéléRC ; la DREETS a 15 jours ouvrables pour répondre.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Attention à bien fixer la date de fin de contrat après la date d'homologation présumée, sinon la convention risque d'être refusée. Les logiciels de paie calculent la date au plus tôt, servez-vous-en.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 3,
        downvotes: 0,
        body: `Pensez aussi au volet pratique : information sur la **portabilité** de la mutuelle et de la prévoyance, solde de tout compte, certificat de travail et attestation France Travail à remettre à la fin du contrat. Et organisez un vrai moment de départ avec l'équipe, c'est une rupture à l'amiable.`,
      },
    ],
  },
  {
    author: 'coiffure_marseille',
    anonymous: true,
    title: `Un salarié me demande une rupture conventionnelle, suis-je obligé d'accepter ?`,
    tags: ['droit-du-travail'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 30,
    body: `Un de mes coiffeurs veut ouvrir son propre salon à deux rues du mien et me demande une rupture conventionnelle pour toucher le chômage. Je n'ai pas très envie de financer son projet concurrent. Est-ce que je peux refuser ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 7,
        downvotes: 0,
        accepted: true,
        body: `Oui, vous pouvez refuser. La rupture conventionnelle repose sur le **consentement des deux parties** (article L1237-11 du Code du travail) : aucune des deux ne peut l'imposer. S'il veut partir, il peut démissionner en respectant son préavis.

À noter : un salarié démissionnaire peut, sous conditions, bénéficier de l'assurance chômage pour un projet de création d'entreprise (dispositif « démission-reconversion », avec validation préalable du projet). Quant à la concurrence, sans clause de non-concurrence valable dans son contrat (limitée dans le temps et l'espace, et rémunérée), vous ne pouvez pas l'empêcher de s'installer près de chez vous. Il doit en revanche s'abstenir de tout acte de concurrence déloyale (dénigrement, détournement de fichier clients).`,
      },
      {
        author: 'boulangerie.lyon',
        upvotes: 2,
        downvotes: 1,
        body: `Perso, j'ai toujours accepté les ruptures conventionnelles quand la relation était terminée. Un salarié qui n'a plus envie d'être là finit par coûter plus cher qu'une indemnité. Mais chaque cas est différent.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 2,
        downvotes: 0,
        body: `Une discussion franche peut aussi aboutir à un départ organisé : démission avec préavis raccourci d'un commun accord, passation de ses clients fidèles sur un autre coiffeur du salon. Vous garderez mieux votre clientèle en gérant la transition qu'en la subissant.`,
      },
    ],
  },
  {
    author: 'electricien.rennes',
    title: `Embaucher mon premier salarié : la liste de tout ce qu'il ne faut pas oublier`,
    tags: ['droit-du-travail', 'ressources-humaines'],
    upvotes: 12,
    downvotes: 0,
    daysAgo: 5,
    body: `Je vais enfin **embaucher** mon premier salarié, un électricien confirmé en CDI. J'ai peur d'oublier une formalité. Quelqu'un aurait une check-list des démarches obligatoires pour une première **embauche** ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 11,
        downvotes: 0,
        body: `Voici la check-list que je donne à mes clients :

**Avant l'arrivée**
- **DPAE** (déclaration préalable à l'embauche) auprès de l'URSSAF, au plus tôt 8 jours avant l'embauche et au plus tard juste avant la prise de poste ;
- contrat de travail écrit, conforme à votre convention collective (bâtiment) ;
- adhésion à un **service de prévention et de santé au travail** ;
- affiliation à la caisse de retraite complémentaire et, dans le BTP, à la caisse de congés payés et à la prévoyance de branche ;
- mise en place de la **mutuelle** d'entreprise obligatoire ;
- rédaction du **document unique d'évaluation des risques** (DUERP).

**À l'arrivée**
- inscription au **registre unique du personnel** ;
- visite d'information et de prévention (ou examen médical d'aptitude pour certains postes à risque, comme les travaux électriques) ;
- habilitation électrique à jour ;
- affichages obligatoires.

**Ensuite** : bulletins de paie, DSN mensuelle, entretien professionnel tous les 2 ans. Un expert-comptable ou un service de paie vous fera gagner beaucoup de temps.`,
      },
      {
        author: 'plombier_bordeaux',
        upvotes: 3,
        downvotes: 0,
        body: `J'ajoute : vérifiez les aides à l'embauche disponibles dans votre région avant de signer. Et choisissez bien la durée de la période d'essai, dans le bâtiment elle est encadrée par la convention collective.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 4,
        downvotes: 0,
        body: `Pour le budget : la **réduction générale des cotisations patronales** sur les bas salaires diminue fortement le coût d'un salarié payé près du SMIC. Faites faire une simulation du coût total employeur (salaire, charges, mutuelle, congés payés du BTP, équipements) avant de fixer le salaire.`,
      },
    ],
  },
  {
    author: 'hotel.bretagne',
    title: `CDD saisonnier : faut-il payer une prime de précarité en fin de saison ?`,
    tags: ['droit-du-travail'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 70,
    body: `Chaque été j'embauche 6 saisonniers en CDD (réception, ménage, petit-déjeuner). Mon nouveau comptable me parle d'indemnité de fin de contrat. Je croyais qu'elle n'était pas due pour les saisonniers ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Vous avez raison : l'indemnité de fin de contrat (la « prime de précarité » de 10 %) **n'est pas due** pour les contrats saisonniers (article L1243-10 du Code du travail), sauf disposition conventionnelle plus favorable. En revanche, l'indemnité compensatrice de congés payés reste due.

Attention aussi à la **clause de reconduction** : dans l'hôtellerie-restauration, la convention collective et la loi (L1244-2) prévoient que le saisonnier qui a travaillé deux saisons successives bénéficie d'un droit à la reconduction de son contrat l'année suivante, si vous avez un emploi saisonnier compatible.`,
      },
      {
        author: 'resto-du-port',
        upvotes: 2,
        downvotes: 0,
        body: `Petite précision vécue : certains de mes saisonniers croyaient avoir droit à la prime de précarité et j'ai dû l'expliquer. Mettez-le noir sur blanc dans le contrat, ça évite des discussions en fin de saison.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 2,
        downvotes: 0,
        body: `Vérifiez aussi que vos contrats saisonniers comportent les mentions obligatoires du CDD (motif précis, date de fin ou durée minimale, poste, rémunération) : l'absence de motif ou un motif imprécis expose à une requalification en CDI.`,
      },
    ],
  },
  {
    author: 'transport.ouest',
    title: `Un chauffeur en arrêt maladie depuis 8 mois : puis-je le remplacer définitivement ?`,
    tags: ['droit-du-travail'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 55,
    body: `Un de mes chauffeurs est en arrêt depuis 8 mois et personne ne sait quand il reviendra. J'ai pris un intérimaire mais ça coûte cher. Est-ce que je peux le licencier pour embaucher quelqu'un en CDI à sa place ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 6,
        downvotes: 0,
        body: `Licencier un salarié **en raison de son état de santé** est discriminatoire (article L1132-1). En revanche, la jurisprudence admet le licenciement lorsque l'absence prolongée **perturbe le fonctionnement de l'entreprise** et rend nécessaire son **remplacement définitif** par un CDI. Les conditions sont strictes :

- démontrer la désorganisation réelle (petite équipe, poste clé, coût et limites de l'intérim) ;
- procéder au remplacement définitif à une date proche du licenciement, par une embauche en CDI ;
- vérifier que votre convention collective ne prévoit pas une garantie d'emploi pendant une certaine durée d'arrêt.

Dans le transport, la convention prévoit des dispositions spécifiques : à vérifier avant toute démarche. Ce type de dossier est très contentieux, faites-vous accompagner.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 3,
        downvotes: 0,
        body: `Avant d'envisager un licenciement, organisez avec le service de santé au travail une **visite de pré-reprise** : elle permet d'anticiper un retour avec aménagement de poste ou un temps partiel thérapeutique. C'est aussi une démarche qui sera regardée favorablement par un juge.`,
      },
    ],
  },
  {
    author: 'startup_saas',
    title: `Mettre en place le télétravail sans accord collectif : une charte suffit-elle ?`,
    tags: ['droit-du-travail', 'ressources-humaines'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 23,
    body: `On est 9 salariés, tous développeurs ou commerciaux. On veut formaliser 2 jours de télétravail par semaine. Pas de CSE, pas de délégué syndical. Est-ce qu'une charte suffit ? Qu'est-ce qu'on doit y mettre ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 7,
        downvotes: 0,
        accepted: true,
        body: `Oui. L'article L1222-9 du Code du travail prévoit que le télétravail régulier est mis en place par accord collectif ou, à défaut, par une **charte élaborée par l'employeur** après avis du CSE s'il existe. Sans CSE, la charte est valable. Et pour du télétravail occasionnel, un simple accord (même par e-mail) avec le salarié suffit.

Contenu obligatoire de la charte :
- conditions de passage en télétravail et de retour au bureau ;
- modalités d'acceptation par le salarié ;
- modalités de contrôle du temps de travail ;
- plages horaires pendant lesquelles vous pouvez joindre le salarié ;
- modalités d'accès des travailleurs handicapés et des femmes enceintes.

Ajoutez les règles sur le matériel, la sécurité informatique et l'éventuelle allocation forfaitaire de télétravail (exonérée dans certaines limites fixées par l'URSSAF).`,
      },
      {
        author: 'agence.com',
        upvotes: 2,
        downvotes: 0,
        body: `On a fait la même chose l'an dernier. Conseil : fixez un jour commun sur site pour toute l'équipe, sinon on ne se croise plus jamais.`,
      },
      {
        author: 'juriste.numerique',
        upvotes: 2,
        downvotes: 0,
        body: `N'oubliez pas la sécurité : accès au système d'information via VPN, double authentification, interdiction de stocker des données clients sur du matériel personnel. Un paragraphe dans la charte suffit, mais il est précieux en cas d'incident.`,
      },
    ],
  },
  {
    author: 'boulangerie.lyon',
    anonymous: true,
    title: `Heures supplémentaires non déclarées réclamées par un ancien salarié, que risque-t-on ?`,
    tags: ['droit-du-travail'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 92,
    body: `Un ancien vendeur me réclame le paiement de 300 heures supplémentaires sur 2 ans, qu'il affirme avoir faites. Je n'ai pas de badgeuse, juste un planning affiché. Il me menace des prud'hommes. Comment je me défends ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 5,
        downvotes: 0,
        body: `En matière d'heures supplémentaires, la preuve est **partagée** (article L3171-4 du Code du travail) : le salarié doit présenter des éléments suffisamment précis (décompte, agenda, messages), puis l'employeur doit y répondre en fournissant les éléments justifiant les horaires réellement effectués. Sans système de décompte, vous êtes en position délicate.

Rassemblez : plannings, témoignages de collègues, horaires d'ouverture de la boutique, bulletins de paie. La prescription est de 3 ans pour les salaires. Envisagez une transaction si son décompte est crédible : un contentieux prud'homal dure longtemps et le travail dissimulé peut ajouter une indemnité forfaitaire de 6 mois de salaire si l'intention est démontrée. Et pour l'avenir, mettez en place un décompte du temps de travail.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 3,
        downvotes: 0,
        body: `Pour l'avenir, un simple système de décompte suffit : feuilles d'heures signées chaque semaine, ou badgeuse ou application de pointage. Attention, les dispositifs biométriques (empreinte digitale) sont très encadrés par la CNIL et à éviter dans une petite structure.`,
      },
    ],
  },
  {
    author: 'menuiserie.alpes',
    title: `Activité partielle pour intempéries ou pénurie de matériaux : quelle démarche ?`,
    tags: ['droit-du-travail'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 100,
    body: `Rupture d'approvisionnement en bois lamellé-collé pendant au moins 3 semaines. Mes poseurs n'ont plus rien à faire. Est-ce que je peux demander l'activité partielle et comment ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 3,
        downvotes: 0,
        body: `Oui, les difficultés d'approvisionnement en matières premières font partie des motifs admis (article R5122-1 du Code du travail). La demande se fait en ligne sur le portail de l'activité partielle. En cas de circonstances de caractère exceptionnel, vous disposez de 30 jours à compter du placement des salariés pour déposer la demande. Informez les salariés, et si vous avez un CSE, consultez-le. Vous versez 60 % de la rémunération brute aux salariés et l'État vous rembourse une allocation, dans la limite des plafonds en vigueur.`,
      },
      {
        author: 'pme.industrie',
        upvotes: 2,
        downvotes: 0,
        body: `On a eu le même cas avec une rupture d'approvisionnement en acier. La demande a été validée en une dizaine de jours. Gardez bien les échanges avec vos fournisseurs qui prouvent la rupture : l'administration peut les demander.`,
      },
    ],
  },
  {
    author: 'traiteur.evenements',
    anonymous: true,
    title: `Salariée enceinte en période d'essai qui ne convient pas : puis-je rompre ?`,
    tags: ['droit-du-travail'],
    upvotes: 3,
    downvotes: 2,
    daysAgo: 44,
    body: `Une cheffe de partie embauchée il y a un mois ne donne pas satisfaction (retards, erreurs de dressage répétées). Elle vient de m'annoncer sa grossesse. Est-ce que je peux encore mettre fin à la période d'essai ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 6,
        downvotes: 0,
        body: `La protection contre le licenciement de la femme enceinte (article L1225-4) ne s'applique pas à la rupture de la période d'essai, mais la rupture ne doit en aucun cas être **motivée par la grossesse** (article L1225-1) : ce serait discriminatoire et nul.

En pratique, la chronologie est défavorable : une rupture juste après l'annonce sera suspecte. Si vous rompez, vous devez pouvoir démontrer avec des éléments objectifs et antérieurs à l'annonce (remarques écrites, fiches d'erreurs, échanges) que l'insuffisance professionnelle est la vraie raison. Sans ces éléments, le risque prud'homal est élevé. Prenez conseil avant d'agir.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 2,
        downvotes: 0,
        body: `Au-delà du droit, demandez-vous si un accompagnement renforcé pendant quelques semaines (binôme avec un cuisinier expérimenté, objectifs écrits) n'est pas envisageable. Si la situation doit se conclure par une rupture, ce sera au moins sur une base solide.`,
      },
    ],
  },
  {
    author: 'resto-du-port',
    title: `Abandon de poste en 2025 : la présomption de démission, comment ça marche ?`,
    tags: ['droit-du-travail'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 36,
    body: `Un commis ne vient plus depuis 10 jours, sans nouvelles. On m'a dit qu'on pouvait maintenant considérer qu'il a démissionné. Quelle est la procédure exacte ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 6,
        downvotes: 0,
        accepted: true,
        body: `La présomption de démission (article L1237-1-1 du Code du travail) s'applique au salarié qui abandonne volontairement son poste et ne reprend pas le travail après avoir été **mis en demeure** de justifier son absence et de reprendre son poste.

Procédure :
1. Envoyez une mise en demeure par lettre recommandée ou remise en main propre, en fixant un délai de reprise **d'au moins 15 jours** ;
2. demandez-lui la raison de son absence (un motif légitime comme une raison médicale ou l'exercice du droit de retrait fait obstacle à la présomption) ;
3. s'il ne reprend pas dans le délai, il est présumé démissionnaire à l'expiration de ce délai ; le préavis de démission court alors.

Attention : cela reste une faculté. Vous pouvez aussi engager un licenciement pour faute si vous le préférez.`,
      },
      {
        author: 'hotel.bretagne',
        upvotes: 2,
        downvotes: 0,
        body: `Je l'ai appliquée cet été pour un réceptionniste. Lettre de mise en demeure, 15 jours, il n'est jamais revenu. Le dossier est bien plus simple qu'un licenciement pour faute, mais ne vous trompez pas dans le délai ou la formulation.`,
      },
    ],
  },
  {
    author: 'salle-de-sport',
    anonymous: true,
    title: `Coachs sportifs en auto-entrepreneur : risque de requalification en salariat ?`,
    tags: ['droit-du-travail'],
    upvotes: 7,
    downvotes: 1,
    daysAgo: 28,
    body: `Je fais travailler 5 coachs indépendants (micro-entrepreneurs) qui donnent des cours collectifs dans ma salle, sur un planning que je fixe. Ils facturent à l'heure. Un contrôleur URSSAF m'a dit que c'était « limite ». Qu'est-ce qui fait basculer vers un contrat de travail ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 8,
        downvotes: 0,
        body: `Le critère est le **lien de subordination** : pouvoir de donner des ordres, d'en contrôler l'exécution et de sanctionner. Les indices relevés par les juges et l'URSSAF : planning imposé, lieu imposé, matériel fourni, absence de clientèle propre, rémunération horaire fixe, exclusivité de fait, intégration dans un service organisé.

Dans votre situation, plusieurs indices vont dans le sens du salariat. Les risques en cas de requalification : rappel de cotisations sociales sur plusieurs années, majorations, et potentiellement travail dissimulé. Pour sécuriser :
- laissez-les fixer leurs créneaux, leurs tarifs et le contenu des cours ;
- vérifiez qu'ils ont d'autres clients ;
- ou salariez-les à temps partiel, éventuellement en CDD d'usage si votre convention le permet.`,
      },
      {
        author: 'consultant.freelance',
        upvotes: 2,
        downvotes: 0,
        body: `Vu de l'autre côté : beaucoup de freelances acceptent ces conditions faute de mieux, mais certains vont aux prud'hommes en fin de collaboration. Le risque est réel.`,
      },
    ],
  },
  {
    author: 'batiment_idf',
    title: `Licenciement économique de 3 compagnons : l'ordre des licenciements est-il obligatoire ?`,
    tags: ['droit-du-travail'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 8,
    body: `Je dois procéder à un licenciement économique de 3 maçons sur les 18 salariés. Je voudrais garder les plus polyvalents, pas forcément les plus anciens. Est-ce que je peux choisir librement ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 6,
        downvotes: 0,
        accepted: true,
        body: `Non, pas librement. Lorsque vous licenciez pour motif économique parmi des salariés d'une même **catégorie professionnelle**, vous devez appliquer des **critères d'ordre** (article L1233-5) : charges de famille, ancienneté, situation des salariés présentant des caractéristiques rendant leur réinsertion difficile, qualités professionnelles appréciées par catégorie.

Vous pouvez **privilégier** un critère (par exemple les qualités professionnelles, donc la polyvalence) à condition de **tenir compte de tous les autres**. Établissez une grille de points objective et conservez-la. Pour 2 à 9 licenciements sur 30 jours avec un CSE, vous devez aussi le consulter. Un salarié licencié peut demander par écrit les critères retenus, et une mauvaise application ouvre droit à des dommages-intérêts.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 2,
        downvotes: 0,
        body: `Pour les qualités professionnelles, appuyez-vous sur des éléments objectifs : entretiens annuels, habilitations, CACES, polyvalence réellement exercée. Une notation faite le jour de la procédure sera contestée.`,
      },
      {
        author: 'menuiserie.alpes',
        upvotes: 2,
        downvotes: 0,
        body: `On l'a vécu l'an dernier : une grille de points simple, validée avec notre avocat, et communiquée au CSE. Aucun contentieux ensuite. Le plus dur, c'est d'accepter que le résultat ne colle pas toujours à son ressenti.`,
      },
    ],
  },
  {
    author: 'librairie.independante',
    title: `Ouverture le dimanche avant Noël : quelles règles pour mes salariés ?`,
    tags: ['droit-du-travail'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 118,
    body: `Je voudrais ouvrir ma librairie les trois dimanches de décembre. Mes 3 salariés sont partants. Ai-je besoin d'une autorisation ? Et comment dois-je les payer ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 4,
        downvotes: 0,
        body: `Dans le commerce de détail non alimentaire, l'ouverture le dimanche avec des salariés nécessite soit une dérogation de droit (zones touristiques, etc.), soit les **dimanches du maire** (jusqu'à 12 par an, article L3132-26), fixés par arrêté municipal en fin d'année précédente. Renseignez-vous auprès de la mairie : décembre est presque toujours inclus.

Pour les dimanches du maire : volontariat écrit des salariés, **rémunération au moins doublée** et **repos compensateur** équivalent en temps. Vérifiez aussi votre convention collective (librairie) qui peut être plus favorable.`,
      },
      {
        author: 'fleuriste.nantes',
        upvotes: 1,
        downvotes: 0,
        body: `Vérifiez aussi les arrêtés préfectoraux de fermeture hebdomadaire pour certains commerces : dans quelques départements, ils imposent un jour de fermeture dans une profession donnée, même si vous êtes seul.`,
      },
    ],
  },
  {
    author: 'vigneron.bordelais',
    title: `Travailleurs saisonniers pour les vendanges : contrat vendanges ou CDD classique ?`,
    tags: ['droit-du-travail'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 72,
    body: `Je recrute chaque année une quinzaine de vendangeurs pour 2 à 3 semaines. Cette année j'ai des étudiants et des salariés d'autres entreprises en congés. Quel contrat utiliser et quelles déclarations faire ?`,
    answers: [],
  },
  {
    author: 'opticien.centre',
    title: `Mon salarié refuse la modification de ses horaires : est-ce une faute ?`,
    tags: ['droit-du-travail'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 58,
    body: `Je veux décaler les horaires d'un opticien salarié pour ouvrir le samedi après-midi (en lui donnant le lundi matin). Il refuse, disant que c'est une modification de son contrat. Qui a raison ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 3,
        downvotes: 0,
        body: `En principe, un simple changement de la répartition des horaires dans la journée ou la semaine relève du **pouvoir de direction** de l'employeur : c'est un changement des conditions de travail que le salarié ne peut pas refuser, sauf atteinte excessive à sa vie personnelle et familiale ou horaires contractualisés.

En revanche, passer d'un horaire de jour à un horaire de nuit, ou modifier des horaires expressément fixés dans le contrat, constitue une modification du contrat qui nécessite son accord. Relisez son contrat : si les jours de travail y sont précisément indiqués, il a raison. Sinon, son refus peut être fautif, mais commencez par dialoguer et laissez un délai de prévenance raisonnable.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 2,
        downvotes: 0,
        body: `Même si vous êtes dans votre droit, prévenez-le au moins deux semaines avant et expliquez la raison commerciale (fréquentation du samedi). Proposer un essai de trois mois avec un point d'étape désamorce souvent ce type de refus.`,
      },
    ],
  },
  {
    author: 'ferme.auberge',
    title: `Embaucher un membre de sa famille : conjoint collaborateur ou salarié ?`,
    tags: ['droit-du-travail', 'creation-entreprise'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 97,
    body: `Mon compagnon m'aide de plus en plus à la ferme-auberge (service, cuisine, marchés). Nous sommes pacsés. On se demande s'il vaut mieux l'embaucher ou lui donner le statut de conjoint collaborateur. Quelles différences en termes de protection sociale ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 4,
        downvotes: 0,
        body: `Les deux sont possibles pour un partenaire de PACS :

- **Conjoint collaborateur** : pas de rémunération, cotisations sociales calculées sur une assiette choisie (forfaitaire ou en pourcentage de votre revenu). Il acquiert des droits à la retraite, mais limités. Le statut est désormais limité dans le temps (5 ans au total sur une carrière). En exploitation agricole, il existe un statut équivalent auprès de la MSA.
- **Salarié** : contrat de travail, salaire, protection complète (chômage, retraite, prévoyance). Plus coûteux mais beaucoup plus protecteur, et la rémunération est déductible de votre résultat.

Si l'activité de votre compagnon est régulière et importante, le salariat est souvent le meilleur choix à moyen terme.`,
      },
      {
        author: 'Maitre_Durand',
        upvotes: 2,
        downvotes: 0,
        body: `Si vous choisissez le salariat, veillez à ce que le contrat soit réel : un lien de subordination effectif, un salaire réellement versé et des horaires définis. Un contrat de complaisance entre partenaires peut être remis en cause par l'URSSAF ou France Travail au moment d'une demande d'allocations.`,
      },
    ],
  },
  // ————— Fiscalité —————
  {
    author: 'consultant.freelance',
    title: `Dépassement du seuil de franchise en base de TVA en cours d'année : que faire ?`,
    tags: ['fiscalite'],
    upvotes: 9,
    downvotes: 0,
    daysAgo: 4,
    body: `Micro-entrepreneur en prestations de services informatiques, je suis en franchise en base de TVA. Avec une grosse mission signée en septembre, je vais dépasser le seuil cette année. À partir de quand dois-je facturer la TVA ? Et pour les factures déjà émises ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 10,
        downvotes: 0,
        accepted: true,
        body: `Le mécanisme (article 293 B du CGI) fonctionne avec deux seuils pour les prestations de services : un seuil de base et un seuil majoré.

- Si vous dépassez le **seuil de base** sans dépasser le seuil majoré, vous restez en franchise pour l'année en cours, et vous devenez redevable de la TVA au 1er janvier suivant.
- Si vous dépassez le **seuil majoré**, vous devenez redevable de la TVA **dès le jour du dépassement** : la facture qui fait franchir le seuil doit déjà comporter la TVA.

Les factures antérieures ne sont pas à modifier. Pensez à demander un numéro de TVA intracommunautaire au service des impôts des entreprises, à ajuster vos tarifs (vos clients professionnels récupéreront la TVA, donc souvent aucun impact pour eux) et à choisir un régime de déclaration. Les seuils sont régulièrement modifiés par les lois de finances, vérifiez les montants en vigueur sur [impots.gouv.fr](https://www.impots.gouv.fr/professionnel).`,
      },
      {
        author: 'compta.nantes',
        upvotes: 3,
        downvotes: 0,
        body: `Et anticipez : passer à la TVA ne change pas forcément votre statut de micro-entrepreneur (les plafonds de chiffre d'affaires du régime micro sont bien plus élevés que les seuils de franchise de TVA). Vous pouvez donc rester micro tout en facturant la TVA.`,
      },
    ],
  },
  {
    author: 'nouvelle.creatrice',
    title: `CFE la première année : suis-je vraiment exonérée ?`,
    tags: ['fiscalite', 'creation-entreprise'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 16,
    body: `J'ai créé mon activité de conseil en mars. Une amie m'a dit que je recevrais quand même un avis de CFE en fin d'année. Je suis perdue : est-ce que je paie la CFE la première année ou non ? Et la deuxième ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 7,
        downvotes: 0,
        accepted: true,
        body: `Bonne nouvelle :
- **L'année de création**, vous n'êtes pas imposée à la CFE (article 1478 du CGI).
- **L'année suivante**, la base d'imposition est réduite de moitié.
- À partir de la troisième année, vous payez plein tarif.

Attention : vous devez déposer une déclaration initiale de CFE (formulaire 1447-C) avant le 31 décembre de l'année de création. Et si votre chiffre d'affaires est très faible, vous pouvez être exonérée de la cotisation minimum (c'est le cas des entreprises qui réalisent moins de 5 000 € de chiffre d'affaires). L'avis arrive dans votre espace professionnel sur impots.gouv.fr, pas par courrier, et se paie en ligne avant le 15 décembre.`,
      },
      {
        author: 'consultant.freelance',
        upvotes: 2,
        downvotes: 0,
        body: `Pour info, en micro-entreprise avec un petit chiffre d'affaires, la cotisation minimum reste due dès la troisième année si vous dépassez le seuil d'exonération. Surveillez votre espace professionnel en novembre, l'avis n'arrive pas par courrier.`,
      },
      {
        author: 'fiscaliste_sud',
        upvotes: 2,
        downvotes: 0,
        body: `Point de vigilance : si vous ne déposez pas la déclaration initiale avant la fin de l'année de création, vous risquez de perdre le bénéfice de la réduction de base de l'année suivante. Une minute en ligne suffit, ne la négligez pas.`,
      },
    ],
  },
  {
    author: 'resto-du-port',
    title: `Taux de TVA en restauration : sur place, à emporter, boissons… je m'y perds`,
    tags: ['fiscalite'],
    upvotes: 7,
    downvotes: 0,
    daysAgo: 47,
    body: `On lance une offre de plats à emporter et de livraison en plus du service en salle. Quels taux de TVA appliquer ? Et pour les boissons ? Mon logiciel de caisse me demande de paramétrer tout ça et j'ai peur de me tromper.`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 8,
        downvotes: 0,
        body: `Récapitulatif simplifié (articles 278-0 bis et 279 du CGI) :

- **Repas servis sur place** : 10 %.
- **Ventes à emporter ou en livraison de plats destinés à une consommation immédiate** : 10 %.
- **Produits alimentaires à emporter non destinés à une consommation immédiate** (conserves, produits conditionnés pouvant se garder) : 5,5 %.
- **Boissons alcoolisées** : 20 % dans tous les cas.
- **Boissons non alcoolisées** : 10 % sur place ou pour consommation immédiate, 5,5 % si vendues en conditionnement permettant de les conserver.

Pour les formules (menu avec boisson alcoolisée), il faut ventiler le prix entre les différents taux. Le BOFiP (BOI-TVA-LIQ-30-10-10) donne des exemples détaillés.`,
      },
      {
        author: 'food-truck.paris',
        upvotes: 2,
        downvotes: 0,
        body: `En food truck, tout part en consommation immédiate : 10 % pour la nourriture et les softs, 20 % pour la bière. Le paramétrage de la caisse par famille de produits règle le problème une bonne fois pour toutes.`,
      },
    ],
  },
  {
    author: 'startup_saas',
    title: `Crédit d'impôt recherche : nos développements logiciels sont-ils éligibles ?`,
    tags: ['fiscalite', 'aides-publiques'],
    upvotes: 8,
    downvotes: 0,
    daysAgo: 31,
    body: `On développe un algorithme d'optimisation des plannings de chantier. Un cabinet nous propose de monter un dossier de **CIR** contre 25 % du crédit obtenu. Est-ce que du développement logiciel peut vraiment être de la R&D au sens du CIR ? On a peur d'un contrôle.`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 9,
        downvotes: 0,
        accepted: true,
        body: `Le développement logiciel peut être éligible au CIR, mais seulement s'il répond aux critères de la R&D (manuel de Frascati, repris par le BOFiP, BOI-BIC-RICI-10-10-10-20) : il faut une **incertitude scientifique ou technique** que l'état de l'art ne permet pas de lever, et une démarche expérimentale pour la lever. Développer une application avec des technologies connues, même complexe, n'est pas de la R&D.

Si votre algorithme pose de vrais verrous (complexité combinatoire, performance, nouvelle méthode), une partie peut être éligible. Sinon, regardez le **crédit d'impôt innovation (CII)**, réservé aux PME, qui couvre la conception de prototypes de produits nouveaux.

Conseils :
- constituez un **dossier technique** solide (état de l'art, verrous, travaux, résultats) et des feuilles de temps ;
- envisagez un **rescrit** auprès de l'administration pour sécuriser l'éligibilité ;
- méfiez-vous des cabinets rémunérés au succès qui maximisent l'assiette : en cas de redressement, c'est vous qui payez les pénalités.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 3,
        downvotes: 0,
        body: `En tant que jeune PME, vous pouvez obtenir le **remboursement immédiat** de la créance de CIR si vous n'avez pas d'impôt à payer. C'est un vrai ballon d'oxygène pour la trésorerie, mais ça déclenche souvent une vérification préalable : raison de plus pour avoir un dossier propre.`,
      },
      {
        author: 'pme.industrie',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `Nous avons eu un contrôle CIR il y a deux ans. Ce qui nous a sauvés : les cahiers de laboratoire et les comptes rendus de tests datés. Le dossier technique rédigé après coup ne suffit pas, l'administration veut voir la démarche au fil de l'eau.`,
      },
    ],
  },
  {
    author: 'batiment_idf',
    title: `Autoliquidation de la TVA en sous-traitance BTP : qui facture quoi ?`,
    tags: ['fiscalite'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 62,
    body: `On intervient comme sous-traitant d'une grosse entreprise générale sur un chantier d'immeuble. Leur service comptable nous demande de facturer « hors taxe avec mention autoliquidation ». Est-ce qu'on a le droit de le faire et comment déclare-t-on ensuite ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 6,
        downvotes: 0,
        body: `C'est même obligatoire. Depuis 2014, l'article 283, 2 nonies du CGI prévoit l'**autoliquidation** de la TVA pour les travaux de construction réalisés par un sous-traitant pour le compte d'un preneur assujetti.

- Vous facturez **hors taxe**, avec la mention « Autoliquidation » sur la facture.
- C'est l'entreprise principale qui déclare et paie la TVA, puis la déduit.
- Sur votre déclaration de TVA (CA3), vous déclarez ce chiffre d'affaires sur la ligne des autres opérations non imposables.

Conséquence pour vous : vous ne collectez pas de TVA sur ces chantiers mais vous continuez à déduire la TVA sur vos achats, ce qui peut créer un **crédit de TVA** récurrent. Pensez à en demander le remboursement régulièrement.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 3,
        downvotes: 0,
        body: `Précision : l'autoliquidation concerne les **travaux** de construction. Si vous vendez seulement des matériaux sans les poser, vous facturez la TVA normalement. Et vérifiez que l'entreprise générale est bien identifiée à la TVA, sinon le mécanisme ne s'applique pas.`,
      },
      {
        author: 'electricien.rennes',
        upvotes: 2,
        downvotes: 0,
        body: `Chez nous, la moitié du chiffre d'affaires est en sous-traitance autoliquidée : on est en crédit de TVA permanent. On demande le remboursement chaque mois via le formulaire dédié, c'est devenu une ligne normale de notre plan de trésorerie.`,
      },
    ],
  },
  {
    author: 'caviste_dijon',
    anonymous: true,
    title: `Contrôle fiscal annoncé : comment se préparer quand on est une petite SARL ?`,
    tags: ['fiscalite'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 20,
    body: `J'ai reçu un avis de vérification de comptabilité portant sur les trois derniers exercices. Premier contrôle en 12 ans. Je suis assez stressé. Comment ça se passe et comment bien me préparer ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 8,
        downvotes: 0,
        accepted: true,
        body: `Pas de panique, une vérification n'est pas une accusation. Quelques repères :

- L'avis de vérification doit mentionner votre droit à vous faire **assister d'un conseil** et vous remettre la **charte des droits et obligations du contribuable vérifié**.
- Vous devrez fournir le **fichier des écritures comptables (FEC)** dès le début du contrôle.
- Pour une petite entreprise, la durée sur place est en principe limitée à **3 mois** (article L52 du LPF).
- Le contrôle a lieu en principe dans vos locaux ; vous pouvez demander qu'il ait lieu chez votre expert-comptable.

Préparation : revoyez avec votre comptable les points sensibles (stocks, prélèvements en nature sur le stock de vin, caisse, frais de déplacement), rassemblez les pièces justificatives. En fin de contrôle, vous avez droit à un débat oral et contradictoire, et si une proposition de rectification arrive, 30 jours (prorogeables) pour y répondre.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 3,
        downvotes: 0,
        body: `Les caves sont souvent contrôlées sur la tenue du stock et sur la caisse. Si vous avez un logiciel de caisse, vérifiez que vous avez bien l'attestation ou le certificat de conformité : c'est l'un des premiers documents demandés.`,
      },
      {
        author: 'pme.industrie',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `Premier contrôle pour nous aussi il y a quelques années. Le vérificateur a été correct du début à la fin. Ce qui a compté : un interlocuteur unique (notre expert-comptable), des réponses écrites et rapides, et aucune tentative de cacher quoi que ce soit.`,
      },
    ],
  },
  {
    author: 'cabinet.archi',
    title: `Rémunération du gérant ou dividendes en SARL à l'IS, comment arbitrer ?`,
    tags: ['fiscalite'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 83,
    body: `Associée gérante égalitaire avec mon associé dans notre SARL d'architecture. Résultat avant rémunération d'environ 150 000 €. On se demande s'il vaut mieux augmenter nos rémunérations ou se verser des dividendes. Quels sont les critères ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 6,
        downvotes: 0,
        body: `En SARL, si vous êtes cogérants et que vous détenez ensemble plus de 50 % des parts, vous êtes **gérants majoritaires** : affiliés à la sécurité sociale des indépendants. Conséquences :

- **Rémunération** : déductible du résultat de la société, cotisations sociales d'environ 40 à 45 % du net, mais crée des droits (retraite, indemnités journalières).
- **Dividendes** : pas déductibles (ils sont versés après IS à 15 % puis 25 %). Surtout, en SARL, la part des dividendes qui dépasse **10 % du capital social, des primes d'émission et des comptes courants** est soumise aux cotisations sociales des indépendants.

En pratique, pour un gérant majoritaire de SARL, les dividendes sont moins intéressants qu'en SAS. L'optimum se trouve souvent avec une rémunération suffisante pour valider vos trimestres et une part de résultat laissée en réserve. Faites faire des simulations chiffrées par votre expert-comptable sur votre situation personnelle.`,
      },
      {
        author: 'fiscaliste_sud',
        upvotes: 3,
        downvotes: 0,
        body: `Si vous souhaitez privilégier les dividendes, certains cabinets étudient la transformation de la SARL en SAS, où les dividendes ne sont pas soumis aux cotisations des indépendants. Mais le président de SAS est assimilé salarié, avec des cotisations plus élevées sur sa rémunération. Le calcul doit être global.`,
      },
    ],
  },
  {
    author: 'ecommerce_bio',
    title: `Vente en ligne à des particuliers dans l'UE : guichet unique OSS obligatoire ?`,
    tags: ['fiscalite', 'export', 'numerique'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 39,
    body: `Je commence à vendre des cosmétiques à des particuliers en Belgique, en Allemagne et en Italie via mon site. Je facture la TVA française à 20 % pour l'instant. On m'a parlé du guichet unique OSS. Suis-je concernée ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Depuis le 1er juillet 2021, les ventes à distance intracommunautaires à des particuliers sont taxables **dans le pays de destination** dès que le total de ces ventes dans l'UE dépasse **10 000 € HT** par an (tous pays confondus). En dessous, vous pouvez continuer à appliquer la TVA française.

Au-delà du seuil, vous devez appliquer le taux du pays du client (par exemple 21 % en Belgique, 19 % en Allemagne, 22 % en Italie pour le taux normal). Pour éviter de vous immatriculer dans chaque pays, vous déclarez et payez cette TVA via le **guichet unique OSS** depuis votre espace professionnel sur impots.gouv.fr, avec une déclaration trimestrielle.

Paramétrez votre site pour afficher les prix TTC selon le pays de livraison : la plupart des solutions e-commerce le font.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Attention, le seuil de 10 000 € concerne l'ensemble des ventes à distance vers l'UE et certaines prestations de services électroniques, tous pays confondus. Dès qu'il est franchi, la TVA du pays de destination s'applique à la vente suivante.`,
      },
    ],
  },
  {
    author: 'photographe.pro',
    title: `Achat d'un véhicule pour l'activité : quel amortissement et quelle TVA récupérer ?`,
    tags: ['fiscalite'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 90,
    body: `Je suis photographe en EURL à l'IS et je veux acheter un utilitaire d'occasion pour transporter mon matériel, plutôt qu'une voiture de tourisme. Est-ce que la TVA est récupérable ? Y a-t-il un plafond d'amortissement comme pour les voitures ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 4,
        downvotes: 0,
        accepted: true,
        body: `Pour un **véhicule utilitaire** (camionnette, fourgon, véhicule de tourisme aménagé en utilitaire avec carte grise « VU » ou « CTTE ») :

- la TVA sur l'achat est **récupérable** (ce qui n'est pas le cas pour les voitures particulières, article 206 de l'annexe II du CGI) ; attention, sur un véhicule d'occasion acheté à un professionnel sous le régime de la marge, il n'y a pas de TVA à récupérer ;
- le **plafond d'amortissement** des véhicules de tourisme (article 39, 4 du CGI) ne s'applique pas ;
- la taxe annuelle sur les véhicules de tourisme (ex-TVS) n'est pas due non plus.

Vérifiez bien la carte grise avant l'achat : c'est elle qui fait foi pour l'administration.`,
      },
      {
        author: 'plombier_bordeaux',
        upvotes: 1,
        downvotes: 0,
        body: `Pour mon fourgon, j'ai aussi vérifié la catégorie d'assurance : certains assureurs appliquent des tarifs différents selon que le véhicule transporte du matériel ou seulement des personnes. Pensez à le mentionner.`,
      },
    ],
  },
  {
    author: 'boulangerie.lyon',
    title: `Notre avis de CFE a doublé cette année, est-ce une erreur ?`,
    tags: ['fiscalite'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 7,
    body: `On a ouvert une deuxième boutique l'an dernier. L'avis de CFE de cette année est presque deux fois plus élevé que l'an dernier. Est-ce normal ? Comment vérifier le calcul et contester si besoin ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 5,
        downvotes: 0,
        body: `Une hausse est logique : la CFE est due **pour chaque établissement**, et votre deuxième boutique entre dans la base (après l'année de création qui n'est pas imposée, puis réduite de moitié l'année suivante pour un établissement créé). La base correspond à la valeur locative cadastrale des locaux.

Pour vérifier : dans votre espace professionnel sur impots.gouv.fr, consultez le détail de l'avis (base par établissement, taux voté par la commune). Si vous constatez une erreur de surface ou de valeur locative, déposez une réclamation auprès du SIE, jusqu'au 31 décembre de l'année suivant la mise en recouvrement.

Pensez aussi au **dégrèvement pour plafonnement en fonction de la valeur ajoutée** : si votre contribution économique territoriale dépasse un certain pourcentage de votre valeur ajoutée, vous pouvez demander un dégrèvement (formulaire 1327-CET).`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 2,
        downvotes: 0,
        body: `Vérifiez aussi que l'ancienne adresse de votre première boutique n'a pas été comptée deux fois après un déménagement ou un changement de surface : ça arrive plus souvent qu'on ne le pense et se corrige par simple réclamation.`,
      },
    ],
  },
  {
    author: 'agence.com',
    title: `Cadeaux clients et repas d'affaires : jusqu'où sont-ils déductibles ?`,
    tags: ['fiscalite'],
    upvotes: 3,
    downvotes: 1,
    daysAgo: 112,
    body: `En fin d'année, on offre des coffrets à nos principaux clients (autour de 80 € chacun) et on organise quelques déjeuners. Est-ce que tout est déductible ? Et la TVA sur ces cadeaux ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 4,
        downvotes: 0,
        body: `**Déductibilité du résultat** : les cadeaux et repas d'affaires sont déductibles s'ils sont engagés dans l'intérêt de l'entreprise et justifiés (facture, nom des bénéficiaires). Au-delà d'un certain montant annuel global, ils doivent figurer sur le relevé des frais généraux.

**TVA** : la TVA sur les cadeaux est récupérable seulement si la valeur unitaire ne dépasse pas **73 € TTC** par bénéficiaire et par an (article 23 N de l'annexe IV du CGI). À 80 €, vous ne pouvez donc pas récupérer la TVA. Pour les repas d'affaires, la TVA est récupérable si la dépense est engagée dans l'intérêt de l'entreprise et justifiée par une facture à son nom.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Petit conseil pratique : gardez la liste nominative des bénéficiaires de chaque cadeau. En cas de contrôle, c'est la première chose demandée, et sans elle la charge peut être réintégrée.`,
      },
    ],
  },
  {
    author: 'vigneron.bordelais',
    title: `Passer du forfait agricole au régime réel : quelles conséquences ?`,
    tags: ['fiscalite'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 77,
    body: `Mon chiffre d'affaires augmente avec le développement de la vente directe et de l'export. Mon comptable m'annonce que je vais sortir du régime micro-BA. Qu'est-ce que ça change concrètement pour moi ?`,
    answers: [],
  },
  {
    author: 'pme.industrie',
    anonymous: true,
    title: `Proposition de rectification reçue : comment contester efficacement ?`,
    tags: ['fiscalite'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 34,
    body: `Après un contrôle, l'administration remet en cause la déduction de certaines provisions pour créances douteuses et des frais de déplacement. Montant en jeu : environ 40 000 € avec les pénalités. Quels sont les recours possibles avant le tribunal ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 5,
        downvotes: 0,
        body: `Les étapes, dans l'ordre :

1. **Observations** à la proposition de rectification dans les 30 jours (prorogeables de 30 jours sur demande). Argumentez point par point, pièces à l'appui.
2. Si l'administration maintient, recours au **supérieur hiérarchique** du vérificateur, puis à l'**interlocuteur départemental**.
3. Saisine de la **commission départementale des impôts** (pour les questions de fait, notamment le montant des provisions) ou du comité de l'abus de droit selon les cas.
4. Après mise en recouvrement : **réclamation contentieuse**, puis tribunal administratif.

Sur les provisions pour créances douteuses, l'administration exige des éléments montrant un risque probable de non-recouvrement à la clôture (relances, procédures engagées, difficultés connues du client). Si vous les avez, défendez-vous. Et pensez à demander une remise gracieuse des pénalités si votre bonne foi est établie.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 2,
        downvotes: 0,
        body: `Pour les frais de déplacement, les justificatifs datés et l'objet professionnel du déplacement sont essentiels. Reconstituez-les à partir des agendas et des notes de frais : les vérificateurs acceptent souvent des justifications a posteriori quand elles sont précises.`,
      },
    ],
  },
  {
    author: 'organisme.formation',
    title: `Exonération de TVA pour un organisme de formation : comment l'obtenir ?`,
    tags: ['fiscalite'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 68,
    body: `Nous sommes un organisme de formation déclaré. Nos clients particuliers (financement CPF) nous demandent pourquoi nous facturons la TVA. Est-il possible d'être exonéré ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 3,
        downvotes: 0,
        body: `Oui : les actions de formation professionnelle continue peuvent être exonérées de TVA (article 261, 4-4° a du CGI) si l'organisme dispose d'une **attestation** délivrée par les services compétents (elle est liée à la déclaration d'activité). Sans cette attestation, la TVA s'applique. Attention : l'exonération porte sur toutes vos formations éligibles, vous ne pourrez plus récupérer la TVA sur vos achats correspondants, et vous serez en principe redevable de la taxe sur les salaires. Faites le calcul avant de demander.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Faites la simulation : avec une clientèle majoritairement de particuliers ou financée par le CPF, l'exonération est souvent avantageuse. Avec des clients entreprises qui récupèrent la TVA, elle l'est beaucoup moins car vous perdez la déduction sur vos achats.`,
      },
    ],
  },
  // ————— Création d'entreprise —————
  {
    author: 'nouvelle.creatrice',
    title: `Auto-entrepreneur ou SASU pour démarrer une activité de conseil en décoration ?`,
    tags: ['creation-entreprise', 'fiscalite'],
    upvotes: 10,
    downvotes: 0,
    daysAgo: 1,
    body: `Je quitte mon CDI pour me lancer dans le conseil en décoration d'intérieur. J'estime mon chiffre d'affaires à 30 000 € la première année, puis 60 000 € la deuxième. Je touche l'ARE pendant encore 18 mois.

Micro-entreprise ou SASU ? Tout le monde me donne un avis différent.`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 11,
        downvotes: 0,
        accepted: true,
        body: `Quelques éléments pour trancher :

**Micro-entreprise**
- ultra-simple : cotisations calculées sur le chiffre d'affaires encaissé, pas de bilan ;
- adaptée si vous avez **peu de frais** (c'est votre cas, a priori) ;
- vous cumulez facilement l'ARE (elle est réduite en fonction de votre revenu, calculé après abattement).

**SASU**
- plus lourde (statuts, comptabilité, bilan, honoraires d'expert-comptable) ;
- intéressante si vous voulez **ne pas vous rémunérer** pendant que vous touchez l'ARE : sans salaire, pas de cotisations et l'ARE est maintenue en totalité ;
- meilleure image auprès de certains clients professionnels, et possibilité d'associés plus tard.

Avec 30 000 € la première année et peu de charges, la micro est souvent la voie la plus simple. Si vous pensez dépasser rapidement les plafonds ou avoir de gros frais (showroom, stock), la SASU devient plus pertinente. Le simulateur officiel sur [le portail de l'Urssaf](https://www.autoentrepreneur.urssaf.fr) et [les fiches de l'économie](https://www.economie.gouv.fr/entreprises/choisir-forme-juridique-entreprise) sont de bons points de départ.`,
      },
      {
        author: 'consultant.freelance',
        upvotes: 4,
        downvotes: 0,
        body: `Retour d'expérience : j'ai démarré en micro, c'est parfait pour tester. Je passerai en SASU quand mon chiffre d'affaires approchera du plafond. Le passage de l'un à l'autre n'est pas si compliqué.`,
      },
      {
        author: 'cabinet.archi',
        upvotes: 1,
        downvotes: 0,
        body: `Vérifiez aussi l'assurance responsabilité civile professionnelle : en conseil en décoration, certains clients l'exigent, quel que soit le statut.`,
      },
    ],
  },
  {
    author: 'food-truck.paris',
    title: `Ouvrir un food truck : autorisations d'emplacement et formalités`,
    tags: ['creation-entreprise'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 119,
    body: `Je prépare l'ouverture d'un food truck. Je ne sais pas par où commencer pour les emplacements : faut-il une autorisation pour chaque commune ? Et côté hygiène, quelle formation est obligatoire ?`,
    answers: [
      {
        author: 'resto-du-port',
        upvotes: 3,
        downvotes: 0,
        body: `Pour l'hygiène : la **formation en hygiène alimentaire** (14 heures) est obligatoire pour au moins une personne de l'établissement dans la restauration commerciale, et vous devez faire une **déclaration auprès de la DDPP** de votre département. Pour les emplacements sur le domaine public, c'est une autorisation d'occupation temporaire à demander à chaque mairie. Sur un terrain privé (parking d'entreprise, par exemple), un accord écrit du propriétaire suffit en général.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Côté formalités, l'immatriculation se fait en ligne sur le guichet unique des formalités d'entreprises. Pensez à la carte de commerçant ambulant si vous exercez hors de la commune de votre domicile.`,
      },
      {
        author: 'traiteur.evenements',
        upvotes: 2,
        downvotes: 0,
        body: `Pour les événements privés (mariages, entreprises), pensez aux partenariats avec les lieux de réception. Ce sont souvent les emplacements les plus rentables, sans autorisation municipale à demander.`,
      },
    ],
  },
  {
    author: 'startup_saas',
    title: `Pacte d'associés : quelles clauses sont indispensables entre trois cofondateurs ?`,
    tags: ['creation-entreprise'],
    upvotes: 7,
    downvotes: 0,
    daysAgo: 95,
    body: `On est trois cofondateurs à parts égales dans notre SAS. Un ami entrepreneur nous dit qu'on est fous de ne pas avoir de pacte d'associés. Quelles sont les clauses vraiment importantes à prévoir dès maintenant ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 8,
        downvotes: 0,
        body: `Votre ami a raison. Les clauses prioritaires pour des cofondateurs :

- **Good leaver / bad leaver** : que devient la part d'un associé qui quitte le projet (démission, licenciement, faute) et à quel prix ses actions sont rachetées. C'est le point qui provoque le plus de conflits.
- **Vesting** : acquisition progressive des droits sur plusieurs années.
- **Exclusivité et non-concurrence** des fondateurs.
- **Préemption** et **agrément** en cas de cession.
- **Sortie conjointe** (tag along) et **sortie forcée** (drag along) pour faciliter une future cession.
- **Gouvernance** : qui décide de quoi, règle de décision en cas de blocage (à trois à parts égales, c'est 2 contre 1, mais pensez à l'unanimité sur certains sujets).

Et prévoyez dès maintenant les modalités d'entrée d'investisseurs. Un pacte se rédige idéalement avant que les problèmes n'arrivent.`,
      },
      {
        author: 'agence.com',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `On n'en avait pas lors de la création de l'agence et un départ d'associé nous a coûté deux ans de tension. Faites-le, même si vous vous entendez très bien aujourd'hui.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 2,
        downvotes: 0,
        body: `Prévoyez aussi une **méthode de valorisation** des actions en cas de sortie (multiple de résultat, valeur de la dernière levée, expertise). Sans formule convenue à l'avance, les négociations de sortie tournent vite au conflit.`,
      },
    ],
  },
  {
    author: 'boucherie-charcuterie',
    title: `Reprendre le commerce de mes parents : rachat du fonds ou des parts ?`,
    tags: ['creation-entreprise', 'fiscalite'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 81,
    body: `Mes parents partent à la retraite et je reprends leur boucherie, exploitée en SARL. Le notaire parle de racheter soit le fonds de commerce, soit les parts sociales. Quelle différence pour moi et pour eux ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Les deux options :

**Rachat des parts sociales** : vous reprenez la société avec tout son historique (contrats, salariés, dettes et risques passés). Droits d'enregistrement de 3 % après abattement. Une **garantie d'actif et de passif** est indispensable, même en famille.

**Rachat du fonds de commerce** : vous créez votre propre structure qui achète uniquement le fonds (clientèle, droit au bail, matériel). Pas de reprise des dettes, mais droits d'enregistrement plus élevés au-delà d'un certain seuil, et les salariés sont transférés automatiquement.

Côté parents, la fiscalité de la plus-value est différente selon l'option et il existe des abattements pour départ à la retraite (article 150-0 D ter pour les titres, 151 septies A pour les fonds). Un rendez-vous commun avec le notaire et l'expert-comptable est indispensable pour chiffrer les deux scénarios. Pensez aussi à la donation partielle, qui peut être intéressante dans un cadre familial.`,
      },
      {
        author: 'avocat.affaires',
        upvotes: 3,
        downvotes: 0,
        body: `N'oubliez pas le **bail commercial** : en cas de rachat du fonds, la cession du droit au bail est souvent soumise à l'agrément du bailleur ou à des formalités prévues par le bail. En rachat de parts, le bail reste au nom de la société, ce qui évite ce sujet, sauf clause de changement de contrôle.`,
      },
    ],
  },
  {
    author: 'atelier.couture',
    title: `Domicilier mon entreprise chez moi alors que je suis locataire, c'est possible ?`,
    tags: ['creation-entreprise'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 108,
    body: `Mon bail d'habitation ne parle pas d'activité professionnelle. Est-ce que je peux quand même déclarer mon adresse personnelle comme siège social de ma micro-entreprise de couture ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 4,
        downvotes: 0,
        body: `Oui. L'article L123-11-1 du Code de commerce permet à tout entrepreneur de domicilier son entreprise à son domicile, **nonobstant toute clause contraire du bail**, pour une durée limitée (5 ans pour une société) ou sans limitation pour une entreprise individuelle. Vous devez simplement en informer votre bailleur au préalable par écrit.

Attention : la domiciliation n'autorise pas à **exercer** l'activité dans le logement si le bail ou le règlement de copropriété l'interdisent, notamment s'il y a réception de clientèle. Pour de la couture sans clients qui défilent, c'est généralement toléré.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Pensez aussi aux sociétés de domiciliation si vous déménagez souvent ou si vous voulez séparer adresse personnelle et professionnelle : l'adresse du siège apparaît publiquement sur les registres, ce que certains préfèrent éviter.`,
      },
      {
        author: 'nouvelle.creatrice',
        upvotes: 1,
        downvotes: 0,
        body: `Je viens de faire la démarche : un simple courrier au bailleur pour l'informer, et la déclaration de l'adresse sur le guichet unique. Aucun problème, mon activité se fait chez les clients.`,
      },
    ],
  },
  {
    author: 'consultant.freelance',
    title: `Passer de micro-entreprise à EURL ou SASU en cours d'année : comment faire ?`,
    tags: ['creation-entreprise'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 53,
    body: `Je vais dépasser le plafond de la micro cette année. Je voudrais passer en société au 1er janvier. Faut-il fermer la micro-entreprise et créer une société, ou y a-t-il une transformation possible ? Et que deviennent mes contrats clients ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Il n'y a pas de « transformation » juridique d'une entreprise individuelle en société. La méthode classique :

1. Créer la société (EURL ou SASU) avec une date de début d'activité au 1er janvier ;
2. **Apporter ou céder** votre activité à la société (ou simplement cesser la micro et démarrer la société si vous n'avez pas de fonds de commerce valorisable, ce qui est souvent le cas en conseil) ;
3. Déclarer la **cessation** de la micro-entreprise sur le guichet unique ;
4. Faire signer à vos clients un avenant ou un nouveau contrat au nom de la société.

Attention à la fiscalité de la cessation (imposition immédiate des bénéfices en cours). Depuis 2022, la loi prévoit aussi la possibilité de transférer le patrimoine professionnel de l'EI à une société par un transfert universel : à regarder avec votre comptable.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 2,
        downvotes: 0,
        body: `Autre point souvent oublié : votre numéro de TVA et vos coordonnées bancaires changent avec la nouvelle société. Prévenez vos clients suffisamment tôt pour que leurs services comptables mettent à jour leurs fiches fournisseurs, sinon les premiers paiements partiront sur l'ancien compte.`,
      },
    ],
  },
  {
    author: 'nouvelle.creatrice',
    title: `Combien coûte réellement la création d'une SAS en ligne ?`,
    tags: ['creation-entreprise'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 64,
    body: `Les sites de création en ligne annoncent des prix très bas, mais je vois ensuite plein de frais ajoutés. Quels sont les frais incompressibles pour créer une SAS ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 3,
        downvotes: 0,
        body: `Les frais obligatoires sont limités :
- **annonce légale** de constitution (tarif forfaitaire fixé par arrêté, environ 190 € pour une SAS en métropole) ;
- **frais d'immatriculation** au greffe (quelques dizaines d'euros) ;
- **déclaration des bénéficiaires effectifs** (incluse ou presque) ;
- **dépôt du capital** : souvent gratuit dans les banques en ligne.

Tout le reste (rédaction des statuts, accompagnement, domiciliation) est optionnel. Un modèle de statuts standard mal adapté à votre projet peut coûter bien plus cher plus tard, mais pour une SAS unipersonnelle simple, des statuts types sont souvent suffisants.`,
      },
      {
        author: 'startup_saas',
        upvotes: 2,
        downvotes: 0,
        body: `Pour notre SAS à trois, on a payé l'annonce légale, le greffe et un avocat pour des statuts sur mesure (indispensable à plusieurs associés). Pour une SASU simple, les statuts types du guichet unique font très bien l'affaire.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Ajoutez au budget annuel la tenue comptable, l'approbation des comptes et leur dépôt au greffe : c'est souvent ce coût récurrent, plus que la création elle-même, qui fait la différence avec une micro-entreprise.`,
      },
    ],
  },
  {
    author: 'photographe.pro',
    title: `Protéger le nom de mon entreprise : dépôt de marque à l'INPI obligatoire ?`,
    tags: ['creation-entreprise'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 74,
    body: `J'ai découvert qu'un autre photographe dans une ville voisine utilise un nom très proche du mien. J'ai immatriculé mon entreprise avant lui. Est-ce que l'immatriculation me protège, ou aurais-je dû déposer une marque ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `L'immatriculation protège votre **dénomination sociale** et votre **nom commercial**, mais seulement dans une certaine mesure : vous pouvez agir en concurrence déloyale s'il existe un risque de confusion dans votre zone d'activité, et il faut prouver l'antériorité et l'usage.

La **marque** déposée à l'INPI offre une protection beaucoup plus forte : un monopole d'exploitation sur tout le territoire pour les produits et services désignés, pendant 10 ans renouvelables. Avant de déposer, faites une recherche d'antériorité sur la base de l'INPI : si l'autre photographe a déposé une marque avant vous, c'est vous qui pourriez être en difficulté. Déposez rapidement si la voie est libre.`,
      },
      {
        author: 'juriste.numerique',
        upvotes: 2,
        downvotes: 0,
        body: `Déposez aussi la marque pour les bonnes classes de produits et services (la photographie relève principalement de la classe 41, et la vente de tirages de la classe 16). Une marque mal ciblée protège beaucoup moins qu'on ne le croit.`,
      },
      {
        author: 'agence.com',
        upvotes: 1,
        downvotes: 0,
        body: `Nous avons eu le cas pour l'agence : la marque déposée nous a permis de régler le conflit en une simple lettre d'avocat. Sans elle, la procédure aurait été longue et incertaine.`,
      },
    ],
  },
  {
    author: 'traiteur.evenements',
    title: `Création d'une société à deux : capital minimum et apports en nature`,
    tags: ['creation-entreprise'],
    upvotes: 1,
    downvotes: 0,
    daysAgo: 101,
    body: `Mon associé apporte son camion frigorifique et du matériel de cuisine, moi j'apporte de l'argent. Comment évalue-t-on son apport ? Faut-il obligatoirement un commissaire aux apports ?`,
    answers: [],
  },
  {
    author: 'fleuriste.nantes',
    title: `Quel statut pour mon conjoint qui m'aide le week-end à la boutique ?`,
    tags: ['creation-entreprise', 'droit-du-travail'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 86,
    body: `Mon mari vient m'aider les samedis et pendant les fêtes, sans être payé. Une amie m'a dit que c'était risqué en cas de contrôle. Qu'est-ce que je dois faire ?`,
    answers: [],
  },
  {
    author: 'salle-de-sport',
    title: `Créer une holding pour racheter une deuxième salle : bonne idée ?`,
    tags: ['creation-entreprise', 'fiscalite'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 60,
    body: `Je possède 100 % de la SAS qui exploite ma salle. J'envisage de racheter une autre salle en difficulté. Mon banquier me conseille de créer une holding. Quels avantages ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 4,
        downvotes: 0,
        body: `Les avantages principaux d'une holding dans votre situation :

- **Régime mère-fille** : les dividendes remontés de vos filiales à la holding sont quasi exonérés d'IS (quote-part de frais et charges de 5 %), ce qui permet de rembourser l'emprunt d'acquisition avec les bénéfices des salles.
- **Intégration fiscale** si la holding détient au moins 95 % des filiales : compensation des résultats (utile si la salle rachetée est déficitaire) et déduction des intérêts d'emprunt.
- **Isolation des risques** entre les deux salles.

Inconvénients : coûts de structure (comptabilité, juridique), et il faut une vraie logique économique. Pour acheter les titres de la salle existante, vous pouvez aussi apporter vos titres actuels à la holding (apport en report d'imposition, article 150-0 B ter du CGI).`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 2,
        downvotes: 0,
        body: `Faites aussi attention à la rémunération de la holding : si elle facture des prestations de direction à ses filiales (management fees), elles doivent correspondre à de vrais services, documentés par une convention. C'est un point régulièrement contrôlé.`,
      },
    ],
  },
  {
    author: 'plombier_bordeaux',
    title: `Qualification RGE pour un artisan seul : ça vaut le coup ?`,
    tags: ['creation-entreprise', 'aides-publiques'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 29,
    body: `Beaucoup de clients me demandent si je suis RGE pour bénéficier des aides à la rénovation (pompes à chaleur, chaudières). La qualification me paraît lourde et coûteuse pour un artisan seul. Des retours d'expérience ?`,
    answers: [
      {
        author: 'electricien.rennes',
        upvotes: 3,
        downvotes: 0,
        accepted: true,
        body: `Je l'ai fait il y a 2 ans. Il faut compter la formation du référent technique, l'audit de chantier et les frais annuels de l'organisme de qualification. Pour moi c'est rentabilisé : sans RGE, les clients ne peuvent pas obtenir MaPrimeRénov' ni les certificats d'économies d'énergie, et je perdais tous les chantiers de pompes à chaleur. Si vous faites beaucoup de remplacements de chauffage, foncez.`,
      },
      {
        author: 'batiment_idf',
        upvotes: 1,
        downvotes: 0,
        body: `Attention aux démarchages d'organismes « d'accompagnement RGE » hors de prix. Passez directement par les organismes de qualification reconnus et votre chambre de métiers.`,
      },
    ],
  },
  // ————— Aides publiques —————
  {
    author: 'coiffure_marseille',
    anonymous: true,
    title: `Fonds de solidarité : la DGFiP me demande de rembourser, que faire ?`,
    tags: ['aides-publiques'],
    upvotes: 8,
    downvotes: 0,
    daysAgo: 15,
    body: `J'ai reçu un courrier de la DGFiP qui conteste une partie des aides du **fonds de solidarité** perçues en 2021 pour mes salons. Ils disent que le calcul de la perte de chiffre d'affaires était erroné et me demandent de rembourser environ 9 000 €. J'avais fait les demandes moi-même à l'époque.

Est-ce que je peux contester ? Et si je dois rembourser, est-ce qu'on peut étaler ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 9,
        downvotes: 0,
        body: `Ces contrôles a posteriori sont nombreux en ce moment. Voici comment procéder :

1. **Vérifiez le calcul** avec votre expert-comptable : quelle période de référence avez-vous retenue ? Les règles ont changé plusieurs fois pendant la crise (chiffre d'affaires du même mois de l'année précédente, ou moyenne mensuelle de l'année de référence, selon les périodes et les choix offerts).
2. Si vous estimez que le calcul était correct, **répondez par écrit** dans le délai indiqué, avec vos justificatifs (déclarations de TVA, relevés de caisse, grand livre).
3. Si l'erreur est avérée, de bonne foi, vous pouvez demander des **délais de paiement** au comptable public chargé du recouvrement.

Les contrôles peuvent porter sur plusieurs années après le versement. Conservez toutes les pièces justificatives.`,
      },
      {
        author: 'resto-du-port',
        upvotes: 2,
        downvotes: 0,
        body: `J'ai eu le même courrier. En répondant avec le détail de mon calcul et mes déclarations de TVA, l'administration a finalement abandonné la moitié de sa demande. Ne payez pas sans vérifier.`,
      },
      {
        author: 'fiscaliste_sud',
        upvotes: 3,
        downvotes: 0,
        body: `Vérifiez la base juridique de la demande et le délai : l'administration dispose d'un délai pour contrôler et réclamer les aides indûment versées, et la demande doit être motivée. Si le courrier est imprécis, demandez le détail du calcul par écrit avant de répondre sur le fond.`,
      },
    ],
  },
  {
    author: 'boulangerie.lyon',
    title: `Aide à l'embauche d'un apprenti en 2025 : quel montant aujourd'hui ?`,
    tags: ['aides-publiques', 'ressources-humaines'],
    upvotes: 7,
    downvotes: 0,
    daysAgo: 10,
    body: `Je veux embaucher deux apprentis boulangers à la rentrée. Les montants de l'aide à l'apprentissage ont changé plusieurs fois et je ne sais plus ce qui s'applique. Est-ce que c'est toujours intéressant ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 6,
        downvotes: 0,
        accepted: true,
        body: `L'aide à l'embauche d'apprentis a été **réduite en 2025** par rapport aux années précédentes, et le montant dépend de la taille de l'entreprise et de la situation de l'apprenti (majoration pour les apprentis en situation de handicap). Elle est versée pour la première année du contrat, pour les diplômes jusqu'au niveau master.

Vérifiez le montant exact en vigueur à la date de conclusion du contrat sur le portail de l'alternance, car il dépend de cette date. Il n'y a pas de démarche spécifique : l'aide est déclenchée automatiquement après le dépôt du contrat auprès de votre OPCO et la transmission de la DSN.

Même avec une aide réduite, un apprenti reste intéressant en boulangerie : le salaire est un pourcentage du SMIC selon l'âge et l'année, avec des exonérations de cotisations.`,
      },
      {
        author: 'boucherie-charcuterie',
        upvotes: 2,
        downvotes: 0,
        body: `Côté chambre de métiers, il y a parfois des aides régionales complémentaires pour les artisans qui forment des apprentis. Renseignez-vous auprès de votre CMA.`,
      },
      {
        author: 'electricien.rennes',
        upvotes: 1,
        downvotes: 0,
        body: `J'ai embauché un apprenti l'an dernier. L'aide est bien arrivée chaque mois, automatiquement, après la validation du contrat par l'OPCO. Le plus long a été de trouver un maître d'apprentissage disponible dans l'équipe.`,
      },
    ],
  },
  {
    author: 'pme.industrie',
    title: `Subventions pour la décarbonation de l'industrie : par où commencer ?`,
    tags: ['aides-publiques'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 42,
    body: `On veut remplacer nos compresseurs et notre système de chauffage d'atelier par des équipements moins énergivores (investissement d'environ 300 000 €). On se perd dans la jungle des aides : ADEME, région, Bpifrance, CEE… Quelle est la bonne porte d'entrée ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 5,
        downvotes: 0,
        body: `Quelques portes d'entrée concrètes :

- **Certificats d'économies d'énergie (CEE)** : primes versées par les fournisseurs d'énergie pour les opérations standardisées (compresseurs, récupération de chaleur…). C'est souvent le plus rapide. **Important** : le dossier doit être engagé **avant** la signature du devis.
- **ADEME** : aides à l'investissement et diagnostics (programme d'accompagnement à la décarbonation des PME).
- **Bpifrance** : prêts verts et diagnostics éco-flux ou décarbonation.
- **Votre région** : aides à l'investissement industriel, souvent cumulables.

Le site [aides-entreprises.fr](https://aides-entreprises.fr) permet de filtrer par région et par thème, et le conseiller « transition écologique » de votre CCI peut faire le tri gratuitement.`,
      },
      {
        author: 'menuiserie.alpes',
        upvotes: 2,
        downvotes: 0,
        body: `Sur notre projet de chaudière bois, la prime CEE a couvert environ 20 % de l'investissement. Le piège : un fournisseur voulait nous faire signer le devis avant le dossier CEE. Si on l'avait fait, on perdait la prime.`,
      },
    ],
  },
  {
    author: 'nouvelle.creatrice',
    title: `ARCE ou maintien de l'ARE : quelle option choisir en créant mon entreprise ?`,
    tags: ['aides-publiques', 'creation-entreprise'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 13,
    body: `France Travail me demande de choisir entre le versement de mes droits en capital (ARCE) et le maintien des allocations mensuelles pendant la création. J'ai besoin d'environ 8 000 € pour démarrer (matériel, site, échantillons). Que conseillez-vous ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 7,
        downvotes: 0,
        accepted: true,
        body: `**ARCE** : vous recevez une partie de vos droits restants en capital, en deux versements (le premier au démarrage, le second environ six mois plus tard si vous êtes toujours en activité). C'est intéressant si vous avez un vrai besoin d'argent au démarrage et si vous pensez vous verser rapidement un revenu.

**Maintien de l'ARE** : vous continuez à percevoir vos allocations, réduites en fonction des revenus tirés de votre activité. En micro ou en SASU sans rémunération au départ, vous pouvez garder l'essentiel de vos allocations. Au total, vous percevez souvent plus qu'avec l'ARCE, mais étalé dans le temps.

Avec un besoin de 8 000 € au démarrage, vous pouvez aussi garder l'ARE et financer le démarrage avec un **prêt d'honneur** (Initiative France, par exemple). Simulez les deux options avec votre conseiller.`,
      },
      {
        author: 'consultant.freelance',
        upvotes: 2,
        downvotes: 0,
        body: `J'ai choisi le maintien de l'ARE en micro : les premiers mois, mon chiffre d'affaires était faible et je touchais presque toute mon allocation. L'ARCE aurait été plus intéressante si j'avais signé de gros contrats dès le départ.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `À noter : l'ARCE correspond à une fraction de vos droits restants, versée en deux fois, et elle est définitive. Si votre entreprise ne marche pas, vous ne récupérerez pas la part non consommée de la même manière qu'avec le maintien mensuel. C'est un critère de choix important quand le projet est encore incertain.`,
      },
    ],
  },
  {
    author: 'organisme.formation',
    title: `Qualiopi : est-ce obligatoire si mes clients ne passent pas par le CPF ?`,
    tags: ['aides-publiques', 'ressources-humaines'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 116,
    body: `On réfléchit à ne pas renouveler notre certification Qualiopi, qui nous coûte cher en temps et en audits. Nos clients sont surtout des entreprises qui paient directement. Quels financements perdrait-on ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 3,
        downvotes: 0,
        body: `Sans Qualiopi, vos formations ne peuvent plus être financées par des **fonds publics ou mutualisés** : CPF, OPCO (plan de développement des compétences des entreprises de moins de 50 salariés, alternance), France Travail, régions, etc. Si vos clients paient vraiment sur leurs fonds propres et ne demandent jamais de prise en charge OPCO, vous pouvez vous en passer. Mais beaucoup de TPE clientes comptent justement sur leur OPCO : vérifiez la part de votre CA concernée avant de décider.`,
      },
    ],
  },
  {
    author: 'hotel.bretagne',
    title: `Aides régionales pour rénover un hôtel indépendant : retours d'expérience ?`,
    tags: ['aides-publiques', 'tresorerie-financement'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 50,
    body: `Nous voulons moderniser nos chambres et améliorer l'accessibilité. La région semble avoir un dispositif pour l'hôtellerie indépendante. Quelqu'un a déjà obtenu ce type d'aide ? Délais, montants, pièges ?`,
    answers: [
      {
        author: 'ferme.auberge',
        upvotes: 2,
        downvotes: 0,
        body: `On a obtenu une subvention régionale pour nos chambres d'hôtes il y a deux ans. Conseils : déposez le dossier **avant** de signer les devis (sinon c'est inéligible), comptez 4 à 6 mois pour la décision, et la subvention n'est versée qu'après les travaux sur présentation des factures acquittées. Il faut donc pouvoir préfinancer.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Surveillez aussi le plafond des aides dites **de minimis** : le cumul des aides publiques reçues sur trois ans est plafonné par la réglementation européenne. On vous demandera une attestation listant les aides déjà perçues, y compris certaines aides liées à la crise sanitaire.`,
      },
    ],
  },
  {
    author: 'imprimerie_lille',
    title: `Le diagnostic numérique de la CCI est-il vraiment gratuit ?`,
    tags: ['aides-publiques', 'numerique'],
    upvotes: 1,
    downvotes: 0,
    daysAgo: 99,
    body: `La CCI m'a contacté pour un « diagnostic numérique » de mon imprimerie. Est-ce vraiment gratuit et sans engagement ou est-ce une porte d'entrée pour vendre une prestation ?`,
    answers: [],
  },
  {
    author: 'electricien.rennes',
    title: `ACRE pour un salarié qui crée une société en gardant son emploi : éligible ?`,
    tags: ['aides-publiques', 'creation-entreprise'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 71,
    body: `Mon futur associé est salarié à temps plein et veut créer avec moi une SARL où il serait cogérant minoritaire non rémunéré au début. Peut-il bénéficier de l'ACRE ? Et est-ce utile s'il ne se rémunère pas ?`,
    answers: [],
  },
  // ————— Recouvrement et impayés —————
  {
    author: 'cabinet.archi',
    title: `Client qui ne paie pas depuis 4 mois : injonction de payer ou mise en demeure d'abord ?`,
    tags: ['recouvrement'],
    upvotes: 9,
    downvotes: 0,
    daysAgo: 5,
    body: `Un promoteur immobilier nous doit 12 500 € d'honoraires depuis 4 mois. Relances par mail et téléphone sans effet, il nous répond « c'est en cours ». Notre **trésorerie** commence à en souffrir.

Quelle est la marche à suivre ? L'injonction de payer est-elle adaptée ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 10,
        downvotes: 0,
        accepted: true,
        body: `La séquence classique :

1. **Mise en demeure** par lettre recommandée avec accusé de réception : rappel de la facture, de l'échéance, des **pénalités de retard** et de l'**indemnité forfaitaire de 40 €** pour frais de recouvrement (article L441-10 du Code de commerce), et délai de 8 jours pour payer. Elle fait courir les intérêts et c'est souvent suffisant.
2. **Injonction de payer** : requête au président du **tribunal de commerce** (le débiteur est une société commerciale), avec le contrat, les factures et la mise en demeure. Procédure non contradictoire, rapide, peu coûteuse. Vous pouvez déposer la requête en ligne.
3. L'ordonnance doit être **signifiée par un commissaire de justice** dans les 6 mois. Le débiteur a **un mois** pour former opposition ; sans opposition, vous demandez la formule exécutoire et pouvez faire saisir.

Si le débiteur conteste la qualité de votre travail, l'injonction risque d'aboutir à une opposition : un **référé-provision** peut alors être plus adapté si la créance n'est pas sérieusement contestable.`,
      },
      {
        author: 'agence.com',
        upvotes: 3,
        downvotes: 0,
        body: `De mon expérience, la simple mise en demeure rédigée par un avocat (sur papier à en-tête) fait payer la moitié des mauvais payeurs. Ça coûte quelques centaines d'euros, à comparer avec votre créance.`,
      },
      {
        author: 'photographe.pro',
        upvotes: 2,
        downvotes: 0,
        body: `J'ai fait une injonction de payer en ligne l'an dernier pour 3 000 € : ordonnance obtenue en un mois environ, signification par un commissaire de justice, et le client a payé dans la foulée. Bien plus simple que je ne le pensais.`,
      },
    ],
  },
  {
    author: 'plombier_bordeaux',
    title: `Particulier qui refuse de payer la facture d'un dépannage : que puis-je faire ?`,
    tags: ['recouvrement'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 24,
    body: `J'ai remplacé un chauffe-eau chez un particulier (1 450 € TTC), devis signé. Il refuse de payer en disant que c'est trop cher par rapport à un autre artisan. Est-ce que je peux récupérer mon argent sans y laisser plus en frais ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 5,
        downvotes: 0,
        body: `Avec un devis signé, votre client ne peut pas contester le prix après coup. Pour une petite créance, la **procédure simplifiée de recouvrement des petites créances** est idéale : un commissaire de justice contacte le débiteur et, s'il accepte, délivre un titre exécutoire. Elle est possible pour les créances jusqu'à **5 000 €**. Les frais sont limités.

Si le client ne répond pas ou refuse, l'**injonction de payer** auprès du tribunal judiciaire (le débiteur étant un particulier) reste simple et peu coûteuse. Commencez par une lettre de mise en demeure en recommandé.

Attention : contrairement aux professionnels, vous ne pouvez pas réclamer l'indemnité forfaitaire de 40 € à un consommateur.`,
      },
      {
        author: 'electricien.rennes',
        upvotes: 2,
        downvotes: 0,
        body: `Astuce pour l'avenir : demandez un acompte de 30 % à la commande pour le matériel. Depuis que je le fais, mes impayés ont presque disparu.`,
      },
      {
        author: 'batiment_idf',
        upvotes: 1,
        downvotes: 0,
        body: `Pour les particuliers, je fais désormais signer le devis avec la mention « bon pour accord » et je demande un acompte. Les refus de paiement ont pratiquement disparu depuis.`,
      },
    ],
  },
  {
    author: 'imprimerie_lille',
    title: `Délais de paiement : un client m'impose 90 jours, est-ce légal ?`,
    tags: ['recouvrement'],
    upvotes: 7,
    downvotes: 0,
    daysAgo: 43,
    body: `Un gros client de la grande distribution m'envoie ses conditions générales d'achat avec un paiement à 90 jours fin de mois. On est petit, on ne peut pas se permettre de refuser. Est-ce qu'ils ont le droit ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 8,
        downvotes: 0,
        accepted: true,
        body: `Non. L'article L441-10 du Code de commerce plafonne les délais de paiement entre professionnels à **60 jours à compter de la date d'émission de la facture**, ou, si les parties le prévoient expressément, **45 jours fin de mois**, à condition que ce ne soit pas abusif. 90 jours fin de mois est illégal, sauf exceptions sectorielles très précises.

La DGCCRF contrôle activement ces délais et sanctionne les grandes entreprises par des amendes administratives pouvant atteindre 2 millions d'euros, publiées sur son site. Vous pouvez :
- rappeler poliment la loi à votre client en proposant vos propres conditions générales de vente ;
- solliciter le **Médiateur des entreprises**, gratuit et confidentiel ;
- signaler la pratique à la DGCCRF (sans forcément que votre nom apparaisse).`,
      },
      {
        author: 'pme.industrie',
        upvotes: 3,
        downvotes: 0,
        anonymous: true,
        body: `On a saisi le **Médiateur des entreprises** pour un cas similaire avec un donneur d'ordres. Confidentiel et rapide : en deux réunions, le client est revenu à 60 jours. Le simple fait qu'un tiers officiel soit dans la boucle change leur attitude.`,
      },
    ],
  },
  {
    author: 'traiteur.evenements',
    title: `Annulation d'un mariage à 3 semaines : puis-je garder l'acompte ?`,
    tags: ['recouvrement'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 35,
    body: `Un couple annule son mariage à 3 semaines de la date. Ils avaient versé un acompte de 30 % et réclament son remboursement. Mes CGV prévoient que l'acompte reste acquis. Ils me menacent d'un avis négatif. Qui a raison ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 6,
        downvotes: 0,
        body: `Tout dépend du vocabulaire de votre contrat : juridiquement, un **acompte** engage définitivement les deux parties (le client peut être condamné à payer la totalité en cas d'annulation), alors que des **arrhes** permettent au client de se dédire en les perdant (article L214-1 du Code de la consommation : à défaut de précision, les sommes versées d'avance sont des arrhes).

Si vos CGV ont bien été acceptées et prévoient clairement que la somme reste acquise en cas d'annulation tardive, vous pouvez la conserver, la clause devant toutefois rester proportionnée au préjudice (une clause abusive serait réputée non écrite). À 3 semaines, vous avez déjà engagé des achats et refusé d'autres dates : c'est défendable. Répondez par écrit, sereinement, en citant vos CGV.`,
      },
      {
        author: 'photographe.pro',
        upvotes: 2,
        downvotes: 0,
        body: `Même cas chaque saison. Je propose systématiquement un report de date sans frais sur 18 mois : les couples l'acceptent souvent et on évite le conflit.`,
      },
    ],
  },
  {
    author: 'transport.ouest',
    title: `Action directe du transporteur contre le destinataire : comment ça fonctionne ?`,
    tags: ['recouvrement'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 67,
    body: `Un commissionnaire de transport qui nous a sous-traité des livraisons vient de disparaître sans payer nos factures. On m'a dit que je pouvais me retourner contre l'expéditeur ou le destinataire des marchandises. C'est vrai ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 5,
        downvotes: 0,
        body: `Oui, c'est l'**action directe** de l'article L132-8 du Code de commerce : le voiturier (vous) dispose d'une action en paiement du prix du transport contre l'expéditeur et le destinataire, qui sont **garants du paiement**, même s'ils ont déjà payé le commissionnaire. Cette disposition est d'ordre public.

Envoyez une mise en demeure à l'expéditeur et au destinataire en joignant les lettres de voiture et vos factures. Le délai de prescription est d'un an. Si votre débiteur est en procédure collective, déclarez aussi votre créance au mandataire : les deux démarches sont cumulables.`,
      },
    ],
  },
  {
    author: 'agence.com',
    title: `Faut-il facturer systématiquement les pénalités de retard à nos clients ?`,
    tags: ['recouvrement'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 57,
    body: `Nos factures mentionnent les pénalités de retard et l'indemnité de 40 €, mais on ne les réclame jamais, de peur de froisser les clients. Est-ce grave ? Et est-ce que ça vaut le coup de commencer ?`,
    answers: [],
  },
  {
    author: 'menuiserie.alpes',
    title: `Retenue de garantie non libérée un an après la réception du chantier`,
    tags: ['recouvrement'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 89,
    body: `Sur un chantier de logements, le maître d'ouvrage retient toujours les 5 % de retenue de garantie plus d'un an après la réception, alors qu'aucune réserve n'a été notifiée. Comment récupérer ces sommes ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 4,
        downvotes: 0,
        accepted: true,
        body: `La loi du 16 juillet 1971 encadre la retenue de garantie dans les marchés de travaux privés : elle est limitée à 5 % et doit être **libérée un an après la réception**, sauf opposition motivée du maître d'ouvrage notifiée par lettre recommandée (en cas de réserves non levées). Sans opposition dans ce délai, la somme doit vous être restituée, et vous pouvez réclamer des intérêts.

Envoyez une mise en demeure citant la loi, la date de réception et l'absence d'opposition. Si rien ne bouge, l'injonction de payer est bien adaptée. Pour l'avenir, vous pouvez substituer à la retenue une **caution bancaire** : vous êtes alors payé intégralement.`,
      },
      {
        author: 'batiment_idf',
        upvotes: 2,
        downvotes: 0,
        body: `On a pris l'habitude de remplacer la retenue par une caution bancaire dès la signature du marché : quelques centaines d'euros de frais par an, contre des milliers d'euros bloqués pendant des mois. Je ne reviendrais pas en arrière.`,
      },
    ],
  },
  {
    author: 'startup_saas',
    title: `Clients SaaS qui ne paient plus leur abonnement : couper l'accès est-il légal ?`,
    tags: ['recouvrement', 'numerique'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 26,
    body: `Quelques clients professionnels ont des impayés de plusieurs mois sur leur abonnement. Peut-on suspendre leur accès au logiciel ? Et que fait-on de leurs données ?`,
    answers: [
      {
        author: 'juriste.numerique',
        upvotes: 5,
        downvotes: 0,
        body: `Oui, à condition que vos CGV le prévoient : c'est l'**exception d'inexécution** (article 1219 du Code civil), que vos conditions doivent organiser avec une mise en demeure préalable et un délai raisonnable. Prévoyez :

- une clause de suspension après mise en demeure restée sans effet pendant X jours ;
- une clause de résiliation ;
- les modalités de **restitution des données** (format, délai) et de leur suppression.

Pour les données : en tant que sous-traitant au sens du RGPD pour les données personnelles de vos clients, vous devez respecter le contrat de sous-traitance. Ne supprimez rien avant l'expiration du délai de restitution prévu, même en cas d'impayé : garder les données en otage serait très mal vu par un juge.`,
      },
      {
        author: 'avocat.affaires',
        upvotes: 2,
        downvotes: 0,
        body: `Ajoutez dans vos CGV une **clause pénale** raisonnable et la mention des pénalités de retard et de l'indemnité forfaitaire de 40 € prévues par le Code de commerce. En B2B, la combinaison « suspension + pénalités » fait payer la plupart des clients retardataires.`,
      },
    ],
  },
  {
    author: 'caviste_dijon',
    title: `Chèque sans provision d'un client professionnel : quelles démarches ?`,
    tags: ['recouvrement'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 111,
    body: `Un restaurateur m'a payé une commande de 2 300 € par chèque, rejeté pour défaut de provision. Il ne répond plus. Quelles sont mes options ?`,
    answers: [],
  },
  {
    author: 'fleuriste.nantes',
    title: `Société de recouvrement ou avocat : qu'est-ce qui marche le mieux pour les petites créances ?`,
    tags: ['recouvrement'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 76,
    body: `J'ai une dizaine de factures impayées de 150 à 600 € auprès d'entreprises (décorations florales pour des événements). Une société de recouvrement me démarche. Est-ce une bonne solution ?`,
    answers: [],
  },
  {
    author: 'batiment_idf',
    anonymous: true,
    title: `Entreprise générale qui ne paie pas : l'action directe du sous-traitant contre le maître d'ouvrage`,
    tags: ['recouvrement', 'difficultes-entreprises'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 18,
    body: `On est sous-traitant sur un chantier de bureaux. L'entreprise générale nous doit 70 000 € et vient d'être placée en redressement judiciaire. On avait été agréés par le maître d'ouvrage. Peut-on se faire payer directement par lui ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 7,
        downvotes: 0,
        accepted: true,
        body: `Oui, c'est l'**action directe** prévue par la loi du 31 décembre 1975 relative à la sous-traitance (article 12) : si l'entrepreneur principal ne paie pas, un mois après mise en demeure restée infructueuse, le sous-traitant accepté et dont les conditions de paiement ont été agréées peut agir directement contre le maître d'ouvrage.

Points clés :
- l'action est possible même si l'entreprise principale est en procédure collective, et la mise en demeure est alors inutile selon la jurisprudence ;
- elle est limitée aux sommes que le maître d'ouvrage doit encore à l'entreprise principale au moment de votre demande ;
- agissez vite, car chaque paiement du maître d'ouvrage à l'entreprise générale réduit l'assiette.

Envoyez immédiatement une lettre recommandée au maître d'ouvrage et déclarez aussi votre créance au mandataire judiciaire.`,
      },
      {
        author: 'menuiserie.alpes',
        upvotes: 3,
        downvotes: 0,
        anonymous: true,
        body: `On l'a fait sur un chantier de logements l'an dernier : lettre recommandée au maître d'ouvrage le jour même où on a vu le jugement au BODACC. Il restait assez dans son budget pour nous régler 80 % de notre créance. Les sous-traitants qui ont attendu n'ont rien eu.`,
      },
    ],
  },
  {
    author: 'consultant.freelance',
    title: `Un client étranger ne paie pas : injonction de payer européenne, ça marche vraiment ?`,
    tags: ['recouvrement', 'export'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 84,
    body: `Une entreprise belge me doit 6 000 € pour une mission terminée. Elle ne répond plus. J'ai lu qu'il existait une injonction de payer européenne. Est-ce accessible à un indépendant sans avocat ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 4,
        downvotes: 0,
        body: `Oui, la **procédure européenne d'injonction de payer** (règlement CE n° 1896/2006) est faite pour ça : formulaires standardisés, pas d'avocat obligatoire, pour les créances transfrontalières civiles et commerciales incontestées. Vous la déposez auprès de la juridiction compétente (souvent celle du pays du débiteur, selon les règles de compétence). Une fois déclarée exécutoire, l'injonction est reconnue dans tous les États membres sans procédure supplémentaire. Pour moins de 5 000 €, la procédure européenne de règlement des petits litiges est aussi une option.`,
      },
      {
        author: 'conseil.export',
        upvotes: 2,
        downvotes: 0,
        body: `Avant la procédure, une mise en demeure rédigée dans la langue du client et mentionnant la procédure européenne suffit parfois. Vérifiez aussi si une assurance-crédit ou une protection juridique dans vos contrats peut prendre en charge le recouvrement.`,
      },
    ],
  },
  // ————— Baux commerciaux —————
  {
    author: 'resto-du-port',
    title: `Loyer commercial impayé depuis 2 mois : mon bailleur peut-il résilier le bail ?`,
    tags: ['baux-commerciaux'],
    upvotes: 8,
    downvotes: 0,
    daysAgo: 3,
    body: `Après un printemps catastrophique (travaux sur le quai, terrasse inaccessible), je n'ai pas pu payer les deux derniers loyers. Mon bailleur m'a envoyé un **commandement de payer visant la clause résolutoire** par commissaire de justice. J'ai très peur de perdre mon restaurant.

Combien de temps ai-je ? Puis-je demander des délais ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 10,
        downvotes: 0,
        accepted: true,
        body: `Vous avez **un mois** à compter du commandement pour régler les sommes dues (article L145-41 du Code de commerce). Si vous payez dans ce délai, la clause résolutoire ne joue pas.

Si vous ne pouvez pas tout payer :
- saisissez le juge **avant l'expiration du délai** pour demander des **délais de paiement** (jusqu'à 2 ans, article 1343-5 du Code civil) et la suspension des effets de la clause résolutoire. Tant que vous respectez l'échéancier accordé, la clause est réputée ne pas avoir joué ;
- proposez en parallèle un échéancier écrit à votre bailleur.

Concernant les travaux sur le quai : s'ils sont imputables à la commune, renseignez-vous sur une éventuelle indemnisation des commerçants riverains (commission d'indemnisation amiable). Et consultez un avocat rapidement, le délai d'un mois passe vite.`,
      },
      {
        author: 'ex.administrateur',
        upvotes: 3,
        downvotes: 0,
        body: `Si le loyer n'est qu'un symptôme de difficultés plus larges, une conciliation permet de négocier avec le bailleur sous l'égide d'un conciliateur, et le juge peut accorder des délais en cas de poursuites d'un créancier appelé à la conciliation.`,
      },
      {
        author: 'librairie.independante',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `J'ai reçu un commandement de payer il y a quelques années. Mon avocat a saisi le juge des référés dans le mois et j'ai obtenu 12 mois de délais. J'ai tout remboursé. Le plus important a été de ne pas laisser passer le délai en espérant un arrangement oral.`,
      },
    ],
  },
  {
    author: 'librairie.independante',
    title: `Révision triennale du loyer : mon bailleur demande une hausse de 15 %`,
    tags: ['baux-commerciaux'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 22,
    body: `Mon bailleur me demande une révision du loyer de ma librairie avec +15 % d'un coup, en invoquant la hausse de l'indice. Le bail prévoit une indexation sur l'ILC. Est-ce plafonné ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 7,
        downvotes: 0,
        body: `Deux mécanismes à ne pas confondre :

- **Clause d'indexation** (clause d'échelle mobile) : le loyer varie automatiquement selon l'indice prévu (ILC). Pour les baux des petites entreprises, une mesure temporaire a plafonné la variation annuelle de l'ILC entre 2022 et 2024.
- **Révision triennale légale** (article L145-38) : la hausse est plafonnée à la **variation de l'indice** (ILC ou ILAT) sur la période, sauf modification matérielle des facteurs locaux de commercialité entraînant une variation de plus de 10 % de la valeur locative.

Et surtout, l'article L145-39 prévoit que si le jeu de la clause d'échelle mobile fait varier le loyer de plus de 25 %, une révision peut être demandée. Demandez à votre bailleur le détail du calcul avec les indices de référence : +15 % sur trois ans est plausible vu les hausses récentes, mais vérifiez les indices utilisés et la date de référence.`,
      },
      {
        author: 'opticien.centre',
        upvotes: 2,
        downvotes: 0,
        body: `Vérifiez aussi que le bailleur a bien appliqué la bonne période de référence entre deux indices : j'ai découvert une erreur qui surévaluait ma hausse de plusieurs points. Un simple courrier avec le calcul corrigé a suffi.`,
      },
    ],
  },
  {
    author: 'coiffure_marseille',
    title: `Résilier mon bail commercial à la fin de la période triennale : comment faire ?`,
    tags: ['baux-commerciaux'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 40,
    body: `Je veux regrouper mes deux salons en un seul. Le bail du plus petit arrive à sa deuxième période triennale dans 8 mois. Comment donner congé sans faire d'erreur ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 6,
        downvotes: 0,
        accepted: true,
        body: `Le locataire peut donner congé à l'expiration de chaque période triennale (article L145-4 du Code de commerce) en respectant un préavis d'**au moins 6 mois** avant la fin de la période. Vous êtes dans les temps.

Forme : par **lettre recommandée avec accusé de réception** ou par **acte de commissaire de justice**. L'acte est plus sûr car la date est incontestable (un recommandé non réclamé peut poser problème).

Attention : certains baux (locaux monovalents, bureaux, baux de plus de 9 ans) peuvent avoir supprimé cette faculté. Relisez bien votre bail. Pensez aussi à l'état des lieux de sortie et à la restitution du dépôt de garantie.`,
      },
      {
        author: 'caviste_dijon',
        upvotes: 2,
        downvotes: 0,
        body: `J'ai donné congé par acte de commissaire de justice pour ne prendre aucun risque sur la date. Coût modéré et tranquillité totale. Pensez aussi à anticiper la remise en état du local prévue par le bail.`,
      },
    ],
  },
  {
    author: 'boulangerie.lyon',
    title: `Le bailleur veut vendre les murs de ma boutique : ai-je un droit de préférence ?`,
    tags: ['baux-commerciaux'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 49,
    body: `Mon bailleur m'a dit oralement qu'il allait vendre les murs de ma boulangerie. J'aimerais pouvoir les acheter. Est-ce qu'il doit me les proposer en priorité ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 7,
        downvotes: 0,
        body: `Oui, depuis la loi du 18 juin 2014 relative à l'artisanat, au commerce et aux très petites entreprises, le locataire bénéficie d'un **droit de préférence** (article L145-46-1 du Code de commerce) en cas de vente du local commercial. Le bailleur doit vous notifier l'offre de vente avec le prix et les conditions ; vous disposez d'**un mois** pour accepter, puis de deux mois pour réaliser la vente (quatre si vous recourez à un prêt).

Exceptions : vente de l'ensemble de l'immeuble comprenant plusieurs locaux, vente au conjoint ou à un parent du bailleur, cession globale d'un ensemble commercial, etc. Si le bailleur vend sans vous notifier, la vente peut être annulée. Commencez dès maintenant à voir votre banque pour pouvoir réagir dans le délai.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 3,
        downvotes: 0,
        body: `Préparez le financement dès maintenant : une banque demande souvent plusieurs semaines pour un prêt immobilier professionnel. Et réfléchissez à la structure de détention (en direct, par une SCI, par la société d'exploitation) avant la notification, car le délai d'un mois est court pour tout arbitrer.`,
      },
    ],
  },
  {
    author: 'opticien.centre',
    title: `Renouvellement du bail commercial : le bailleur demande un déplafonnement du loyer`,
    tags: ['baux-commerciaux'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 61,
    body: `Mon bail de 9 ans arrive à échéance. Le bailleur accepte le renouvellement mais veut fixer le loyer à la « valeur locative », soit +40 %. Il parle de déplafonnement. Est-ce qu'il peut faire ça ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `En principe, le loyer du bail renouvelé est **plafonné** à la variation de l'indice trimestriel (ILC) depuis la fixation du loyer initial (article L145-34). Le déplafonnement n'est possible que dans certains cas :

- bail d'une durée effective supérieure à 12 ans (par tacite prolongation) ;
- **modification notable** des caractéristiques du local, de la destination, des obligations des parties ou des facteurs locaux de commercialité ;
- locaux monovalents ou à usage exclusif de bureaux.

Même en cas de déplafonnement, l'augmentation est **lissée** : elle ne peut pas dépasser 10 % du loyer de l'année précédente par an (sauf clause contraire). Demandez au bailleur de justifier le motif. En cas de désaccord, la commission départementale de conciliation puis le juge des loyers commerciaux peuvent être saisis.`,
      },
      {
        author: 'caviste_dijon',
        upvotes: 2,
        downvotes: 0,
        body: `Mon bailleur avait tenté la même chose en invoquant l'arrivée d'un tramway. La commission départementale de conciliation a été utile : le bailleur a revu ses prétentions à la baisse avant d'aller devant le juge.`,
      },
    ],
  },
  {
    author: 'food-truck.paris',
    title: `Bail dérogatoire de 2 ans pour tester un restaurant : quels pièges ?`,
    tags: ['baux-commerciaux', 'creation-entreprise'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 78,
    body: `J'envisage de me sédentariser. Un propriétaire me propose un bail dérogatoire de 24 mois pour un petit local. Qu'est-ce qui se passe à la fin ? Je peux rester ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 4,
        downvotes: 0,
        body: `Le bail dérogatoire (article L145-5 du Code de commerce) est limité à **3 ans au total**, renouvellements compris. À son terme :

- si le bailleur ne manifeste pas son opposition dans le mois qui suit l'échéance et que vous restez dans les lieux, un **bail commercial de 9 ans** naît automatiquement ;
- si le bailleur vous demande de partir, vous n'avez pas droit à une indemnité d'éviction, c'est le principe du bail dérogatoire.

Pièges : vous ne constituez pas de droit au bail cessible, donc un fonds de commerce peu valorisable si vous vouliez revendre. Négociez si possible une option pour un bail commercial classique à l'issue de la période test, avec un loyer déjà fixé.`,
      },
      {
        author: 'resto-du-port',
        upvotes: 2,
        downvotes: 0,
        body: `J'ai démarré en bail dérogatoire. Conseil : faites constater par écrit la date d'entrée dans les lieux et gardez un calendrier précis. À l'échéance, mon bailleur n'a rien dit pendant plus d'un mois et j'ai bénéficié d'un bail commercial classique.`,
      },
    ],
  },
  {
    author: 'atelier.couture',
    title: `Travaux de mise aux normes accessibilité : qui paie, le bailleur ou le locataire ?`,
    tags: ['baux-commerciaux'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 93,
    body: `Mon local doit être rendu accessible aux personnes à mobilité réduite (rampe, porte élargie). Mon bail dit que « tous les travaux sont à la charge du preneur ». Est-ce que cette clause est valable ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 3,
        downvotes: 0,
        body: `Depuis la réforme de 2014, l'article R145-35 du Code de commerce interdit de mettre à la charge du locataire les **grosses réparations** de l'article 606 du Code civil ainsi que les dépenses de travaux pour **remédier à la vétusté** ou **mettre en conformité avec la réglementation** lorsqu'elles relèvent des grosses réparations. Cette règle s'applique aux baux conclus ou renouvelés depuis le 5 novembre 2014.

Pour la mise en accessibilité, la jurisprudence est nuancée : cela dépend de la nature des travaux et de la rédaction exacte du bail. Si votre bail est antérieur à 2014 et n'a pas été renouvelé, la clause peut être valable. Faites analyser la clause avant d'engager les travaux.`,
      },
      {
        author: 'cabinet.archi',
        upvotes: 3,
        downvotes: 0,
        body: `Côté technique, avant de lancer les travaux, vérifiez si votre établissement recevant du public peut bénéficier d'une **dérogation** (impossibilité technique, disproportion manifeste, contraintes liées au patrimoine). Un dossier d'autorisation de travaux est de toute façon nécessaire pour un ERP.`,
      },
    ],
  },
  {
    author: 'caviste_dijon',
    title: `Céder mon bail commercial avec le fonds : la clause de garantie solidaire m'inquiète`,
    tags: ['baux-commerciaux'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 103,
    body: `Je vends mon fonds de commerce. Mon bail contient une clause qui dit que je reste garant solidaire du paiement des loyers par l'acquéreur. Pendant combien de temps suis-je engagé ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 4,
        downvotes: 0,
        accepted: true,
        body: `Depuis la réforme des baux commerciaux de 2014, la clause de garantie solidaire du cédant est **limitée à 3 ans** à compter de la cession (article L145-16-2 du Code de commerce). De plus, le bailleur doit **informer le cédant** de tout défaut de paiement du cessionnaire dans un délai d'un mois à compter de la date à laquelle la somme aurait dû être payée (article L145-16-1). S'il ne le fait pas, il ne peut pas se retourner contre vous pour ces sommes. Pensez à vérifier la solvabilité de votre acquéreur.`,
      },
      {
        author: 'boucherie-charcuterie',
        upvotes: 1,
        downvotes: 0,
        body: `Merci pour ces précisions, c'est exactement la question que je me posais pour la reprise de la boucherie. Je vais demander au notaire de vérifier la solvabilité de l'acheteur avant de signer.`,
      },
    ],
  },
  {
    author: 'salle-de-sport',
    title: `Charges locatives refacturées : puis-je exiger le détail ?`,
    tags: ['baux-commerciaux'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 69,
    body: `Mon bailleur me refacture chaque année une régularisation de charges de plus en plus élevée, sans détail. Cette année, il ajoute la taxe foncière et des honoraires de gestion. Est-ce légal ?`,
    answers: [],
  },
  // ————— Assurances —————
  {
    author: 'resto-du-port',
    title: `Assurance perte d'exploitation : est-ce qu'elle couvre la fermeture pour travaux de voirie ?`,
    tags: ['assurances'],
    upvotes: 7,
    downvotes: 0,
    daysAgo: 12,
    body: `La mairie a fermé l'accès au quai pendant 3 mois pour des travaux. Mon chiffre d'affaires a baissé de 50 %. J'ai une **assurance perte d'exploitation** dans mon contrat multirisque. L'assureur me répond que ce n'est pas un sinistre couvert. A-t-il raison ?`,
    answers: [
      {
        author: 'courtier.assur',
        upvotes: 8,
        downvotes: 0,
        accepted: true,
        body: `Malheureusement, dans la grande majorité des contrats, l'assureur a raison. La garantie perte d'exploitation est en général **consécutive à un dommage matériel garanti** (incendie, dégât des eaux, bris de machine…) subi par vos locaux. Une baisse de fréquentation due à des travaux publics n'est pas un dommage matériel.

Certains contrats proposent une extension « carence d'accès » ou « impossibilité d'accès », mais elle est souvent limitée à un événement garanti chez un voisin ou à une interdiction d'accès administrative. Relisez vos conditions particulières.

La bonne piste est ailleurs : la **commission d'indemnisation amiable** de la commune ou de l'intercommunalité, qui indemnise les commerçants riverains de travaux publics en cas de préjudice anormal et spécial. Et à défaut, un recours devant le tribunal administratif.`,
      },
      {
        author: 'caviste_dijon',
        upvotes: 2,
        downvotes: 0,
        body: `J'ai été indemnisé par la commission amiable lors des travaux du tramway. Dossier lourd (bilans, attestation de l'expert-comptable), mais ça a couvert une bonne partie de la perte de marge.`,
      },
    ],
  },
  {
    author: 'batiment_idf',
    title: `Assurance décennale : mon assureur résilie, comment retrouver une couverture ?`,
    tags: ['assurances'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 30,
    body: `Après deux sinistres (fissures sur une maison individuelle), notre assureur résilie notre contrat décennale à l'échéance. Sans décennale, on ne peut plus travailler. Les autres assureurs refusent ou proposent des tarifs délirants.`,
    answers: [
      {
        author: 'courtier.assur',
        upvotes: 7,
        downvotes: 0,
        body: `Situation malheureusement fréquente. Plusieurs solutions :

1. Passer par un **courtier spécialisé construction**, qui a accès à des assureurs que vous ne pouvez pas solliciter en direct.
2. En cas de refus de plusieurs assureurs, saisir le **Bureau central de tarification (BCT)** : l'assurance décennale étant obligatoire (article L241-1 du Code des assurances), le BCT peut fixer la prime moyennant laquelle un assureur que vous avez choisi est obligé de vous couvrir.
3. Travailler sur la **prévention** : un plan d'action sur les causes des sinistres (études de sol, contrôle des fondations) rassure les assureurs.

Attention : l'assurance doit être souscrite à l'ouverture du chantier. Ne démarrez aucun nouveau chantier sans attestation valide, c'est un délit.`,
      },
      {
        author: 'electricien.rennes',
        upvotes: 2,
        downvotes: 0,
        body: `Un collègue a obtenu une couverture via le BCT après quatre refus. La procédure prend quelques semaines : préparez-la tôt, bien avant l'échéance du contrat résilié.`,
      },
    ],
  },
  {
    author: 'consultant.freelance',
    title: `RC Pro pour un consultant informatique : obligatoire ou pas ?`,
    tags: ['assurances'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 58,
    body: `Un client grand compte me demande une attestation de responsabilité civile professionnelle pour signer un contrat de prestation. Ce n'est pas obligatoire dans mon métier je crois. Combien ça coûte et qu'est-ce que ça couvre vraiment ?`,
    answers: [
      {
        author: 'courtier.assur',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Légalement, la RC Pro n'est obligatoire que pour certaines professions réglementées (et le BTP avec la décennale). Mais vos clients peuvent l'exiger contractuellement, ce qui est courant dans l'informatique.

Elle couvre les dommages causés à vos clients dans le cadre de votre activité : erreur de paramétrage, perte de données, retard de livraison causant un préjudice, violation de confidentialité. Points d'attention :
- vérifiez que les **dommages immatériels non consécutifs** sont bien couverts (c'est l'essentiel du risque en informatique) ;
- regardez le plafond par sinistre et la franchise ;
- une extension cyber peut être pertinente.

Pour un consultant seul, les primes démarrent à quelques centaines d'euros par an selon le chiffre d'affaires et les garanties.`,
      },
      {
        author: 'juriste.numerique',
        upvotes: 3,
        downvotes: 0,
        body: `Complément contractuel : en plus de l'assurance, limitez votre responsabilité dans vos contrats (plafond égal au montant facturé, exclusion des dommages indirects). Les grands comptes négocient souvent, mais une clause de plafonnement raisonnable est généralement acceptée.`,
      },
    ],
  },
  {
    author: 'pme.industrie',
    title: `Assurance homme-clé : utile pour une PME de 45 salariés ?`,
    tags: ['assurances'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 73,
    body: `Mon banquier me propose une assurance « homme-clé » sur ma personne et sur mon directeur technique. Est-ce que c'est vraiment utile ou c'est juste un produit de plus ?`,
    answers: [
      {
        author: 'courtier.assur',
        upvotes: 4,
        downvotes: 0,
        body: `L'assurance homme-clé indemnise l'**entreprise** (et non la famille) si une personne indispensable décède ou devient incapable de travailler. Elle est utile si la disparition de cette personne entraînerait une perte significative : relation clients, savoir-faire technique rare, caution bancaire. Les primes sont en principe déductibles du résultat, et l'indemnité est imposable.

Questions à vous poser : combien de temps faudrait-il pour remplacer votre directeur technique ? Quel chiffre d'affaires serait perdu entre-temps ? Si la réponse est « plusieurs mois et beaucoup », c'est pertinent. Comparez avec d'autres assureurs que celui de votre banque.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 2,
        downvotes: 0,
        body: `Fiscalement, l'administration admet la déduction des primes si l'entreprise est bénéficiaire du contrat et que la personne assurée a un rôle déterminant. En contrepartie, l'indemnité perçue est imposable, mais elle peut être étalée sur plusieurs exercices dans certains cas.`,
      },
      {
        author: 'transport.ouest',
        upvotes: 1,
        downvotes: 0,
        body: `On en a souscrit une sur notre responsable d'exploitation quand on a obtenu un gros contrat dépendant de lui. Coût modeste, et notre banque l'a vue comme un vrai plus dans le dossier de financement.`,
      },
    ],
  },
  {
    author: 'ecommerce_bio',
    title: `Responsabilité du fait des produits cosmétiques : quelle assurance prendre ?`,
    tags: ['assurances'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 87,
    body: `Je fabrique et vends des crèmes et savons. Une cliente m'a signalé une réaction allergique. Heureusement sans suite, mais je réalise que je ne suis peut-être pas bien assurée. Quelle garantie faut-il avoir ?`,
    answers: [
      {
        author: 'courtier.assur',
        upvotes: 3,
        downvotes: 0,
        body: `Vous avez besoin d'une **RC produits** (responsabilité civile après livraison), distincte de la RC exploitation. Elle couvre les dommages causés par vos produits une fois vendus (réaction allergique, brûlure…). Dans les cosmétiques, vérifiez :
- que la garantie couvre bien la **fabrication** et pas seulement la revente ;
- les frais de **retrait de produits** (rappel d'un lot), souvent en option ;
- la couverture des ventes à l'étranger si vous expédiez hors de France.

Et côté réglementaire, assurez-vous que chaque produit dispose de son évaluation de la sécurité et est notifié sur le portail européen des produits cosmétiques : un assureur vous le demandera en cas de sinistre.`,
      },
    ],
  },
  {
    author: 'electricien.rennes',
    title: `Un salarié s'est blessé sur un chantier : quelles démarches côté assurance et employeur ?`,
    tags: ['assurances', 'droit-du-travail'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 46,
    body: `Mon apprenti s'est coupé profondément à la main sur un chantier. Il a eu des points de suture et un arrêt de 10 jours. Qu'est-ce que je dois déclarer et à qui ? Mon assurance entre-t-elle en jeu ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Les démarches obligatoires :
1. **Déclaration d'accident du travail** à la CPAM dans les **48 heures** (hors dimanches et jours fériés), en ligne sur net-entreprises ;
2. remise au salarié de la **feuille d'accident** pour qu'il n'avance pas les frais médicaux ;
3. transmission de l'attestation de salaire pour le calcul des indemnités journalières ;
4. pour un apprenti, informez aussi le CFA.

Côté assurance : l'accident du travail est pris en charge par la sécurité sociale (branche AT/MP), financée par vos cotisations AT. Votre RC n'intervient qu'en cas de faute inexcusable reconnue, d'où l'intérêt d'une garantie spécifique. Enfin, mettez à jour votre **DUERP** et analysez les causes de l'accident : c'est une obligation et ça protège en cas de contentieux.`,
      },
      {
        author: 'Maitre_Durand',
        upvotes: 3,
        downvotes: 0,
        body: `Attention à la **faute inexcusable** : si l'accident résulte d'un danger dont vous aviez ou auriez dû avoir conscience sans prendre les mesures nécessaires, la victime peut obtenir une indemnisation complémentaire. D'où l'importance du DUERP, des équipements de protection et de la formation de l'apprenti.`,
      },
      {
        author: 'menuiserie.alpes',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `Dans notre menuiserie, chaque accident est suivi d'un quart d'heure sécurité avec toute l'équipe pour comprendre ce qui s'est passé. Ça a réduit nettement les blessures, et c'est une trace utile dans le DUERP.`,
      },
    ],
  },
  {
    author: 'hotel.bretagne',
    title: `Dégât des eaux dans 4 chambres : l'assureur propose une indemnité ridicule`,
    tags: ['assurances'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 38,
    body: `Une canalisation a cédé en pleine saison, 4 chambres inutilisables pendant 5 semaines. L'expert de l'assureur propose une indemnité qui couvre à peine les travaux, rien pour la perte d'exploitation. Comment contester ?`,
    answers: [
      {
        author: 'courtier.assur',
        upvotes: 4,
        downvotes: 0,
        body: `Ici, la perte d'exploitation doit jouer puisqu'il y a un dommage matériel garanti. Plusieurs leviers :

- Vérifiez que la garantie **perte d'exploitation** est bien souscrite et sa période d'indemnisation.
- Chiffrez votre perte de **marge brute** avec votre expert-comptable : taux d'occupation des années précédentes sur la même période, réservations annulées, prix moyen.
- Vous pouvez faire appel à un **expert d'assuré** (ses honoraires sont parfois pris en charge par votre contrat, relisez-le) qui négociera face à l'expert de la compagnie.
- En cas de désaccord persistant : réclamation écrite au service client, puis saisine du **médiateur de l'assurance**.`,
      },
      {
        author: 'resto-du-port',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `J'ai fait appel à un expert d'assuré après un incendie en cuisine. L'indemnité finale a été près du double de la première proposition, même après ses honoraires. Ça vaut le coup dès que le sinistre est important.`,
      },
    ],
  },
  {
    author: 'agence.com',
    title: `Assurance cyber pour une agence de 5 personnes : indispensable ou gadget ?`,
    tags: ['assurances', 'numerique'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 19,
    body: `Un confrère a été victime d'un rançongiciel : 3 semaines d'arrêt, données clients perdues. Mon assureur me propose une assurance cyber à environ 900 € par an. Qu'est-ce que ça couvre réellement ?`,
    answers: [
      {
        author: 'courtier.assur',
        upvotes: 5,
        downvotes: 0,
        body: `Une bonne police cyber couvre en général :
- les frais de **gestion de crise** (experts informatiques, restauration des systèmes, avocat, communication) ;
- la **perte d'exploitation** liée à l'attaque ;
- votre **responsabilité** vis-à-vis des clients dont les données ont fuité ;
- parfois les frais de notification à la CNIL et aux personnes concernées.

Le point clé est l'accès à une **assistance 24h/24** : dans les premières heures d'une attaque, c'est ce qui fait la différence. Attention aux exclusions et aux conditions préalables (sauvegardes déconnectées, double authentification, mises à jour) : si elles ne sont pas respectées, l'assureur peut refuser de payer.`,
      },
      {
        author: 'juriste.numerique',
        upvotes: 3,
        downvotes: 0,
        body: `Complément : le paiement d'une rançon n'est couvert qu'à des conditions strictes (plainte déposée dans les 72 heures, selon le Code des assurances). Et la meilleure assurance reste des sauvegardes testées régulièrement, dont une hors ligne.`,
      },
    ],
  },
  {
    author: 'menuiserie.alpes',
    title: `Prévoyance du dirigeant : que se passe-t-il si je suis arrêté 6 mois ?`,
    tags: ['assurances'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 107,
    body: `Gérant majoritaire de SARL, je réalise que si je tombe malade, je ne toucherai presque rien de la sécurité sociale des indépendants. Quel type de contrat de prévoyance faut-il prendre ?`,
    answers: [
      {
        author: 'courtier.assur',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Vous avez raison de vous en inquiéter : les indemnités journalières des indépendants sont plafonnées et faibles. Un contrat de prévoyance dirigeant doit couvrir :

- **indemnités journalières** en cas d'arrêt (franchise courte si possible, par exemple 15 jours, et montant adapté à votre revenu réel) ;
- **invalidité** (rente si vous ne pouvez plus exercer, attention à la définition de l'invalidité : professionnelle plutôt que fonctionnelle) ;
- **décès** (capital ou rente pour votre famille).

Dans le cadre de l'article 154 bis du CGI, les cotisations sont déductibles de votre revenu professionnel dans certaines limites. Comparez bien les exclusions (pathologies dorsales, risques psychologiques) et les délais de carence.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 2,
        downvotes: 0,
        body: `Vérifiez aussi le plafond de déduction fiscale des contrats de prévoyance des indépendants (article 154 bis du CGI) : il dépend de votre revenu et du plafond annuel de la sécurité sociale. Au-delà, les cotisations ne sont plus déductibles, mais la couverture peut rester pertinente.`,
      },
    ],
  },
  {
    author: 'food-truck.paris',
    title: `Assurance pour un food truck : véhicule, matériel et RC, qui couvre quoi ?`,
    tags: ['assurances'],
    upvotes: 1,
    downvotes: 0,
    daysAgo: 114,
    body: `Mon assureur auto me dit que mon contrat ne couvre pas le matériel de cuisine à l'intérieur du camion, ni l'activité de vente. Faut-il vraiment trois contrats différents ?`,
    answers: [],
  },
  // ————— Export et international —————
  {
    author: 'vigneron.bordelais',
    title: `Premier envoi de vin hors UE : quelles formalités douanières ?`,
    tags: ['export'],
    upvotes: 7,
    downvotes: 0,
    daysAgo: 8,
    body: `Un importateur japonais veut m'acheter 1 200 bouteilles. C'est ma première **export hors UE**. Je ne sais pas par où commencer : numéro EORI, documents, incoterm, TVA… Comment vous êtes-vous organisés la première fois ?`,
    answers: [
      {
        author: 'conseil.export',
        upvotes: 9,
        downvotes: 0,
        accepted: true,
        body: `Bonne nouvelle, c'est plus simple qu'il n'y paraît si vous êtes bien accompagné :

1. **Numéro EORI** : indispensable, il se demande gratuitement en ligne auprès de la douane.
2. **Incoterm** : pour un premier envoi, proposez **EXW** ou **FCA** (l'acheteur gère le transport) ou **FOB** en maritime. Évitez le **DDP** qui vous rend responsable du dédouanement et des taxes au Japon.
3. **Déclaration d'export** : faite par un commissionnaire en douane ou un transitaire (vous pouvez le mandater), qui gère aussi le document d'accompagnement des produits soumis à accises.
4. **TVA** : la vente est **exonérée** (article 262 I du CGI) à condition de conserver la **preuve de sortie** de l'UE (le message de sortie électronique).
5. **Origine** : l'accord UE-Japon permet un droit de douane réduit ou nul si vous établissez une déclaration d'origine sur la facture (numéro REX à demander si le montant dépasse le seuil).

Les conseillers de la Team France Export et ceux de la douane (cellule conseil aux entreprises) accompagnent gratuitement les primo-exportateurs.`,
      },
      {
        author: 'caviste_dijon',
        upvotes: 2,
        downvotes: 0,
        body: `Pour le Japon, vérifiez aussi les exigences d'étiquetage (importateur local, mentions en japonais), c'est souvent l'importateur qui s'en occupe mais mieux vaut le préciser au contrat.`,
      },
    ],
  },
  {
    author: 'ecommerce_bio',
    title: `Vendre à des particuliers au Royaume-Uni depuis le Brexit : est-ce encore rentable ?`,
    tags: ['export', 'fiscalite'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 33,
    body: `Avant le Brexit, 10 % de mes ventes partaient au Royaume-Uni. Depuis, les clients se plaignent de frais à la livraison et j'ai presque tout perdu. Comment font les autres petites marques ?`,
    answers: [
      {
        author: 'conseil.export',
        upvotes: 6,
        downvotes: 0,
        body: `Le problème vient des frais de dédouanement et de la TVA britannique réclamés au destinataire à la livraison : l'expérience client est catastrophique. Les solutions :

- Pour les colis de valeur inférieure à **135 £**, le Royaume-Uni impose au vendeur de collecter la TVA britannique au moment de la vente : vous devez alors vous **immatriculer à la TVA au Royaume-Uni** et vendre en « rendu droits acquittés ». Le client paie le prix affiché, sans surprise.
- Certains transporteurs et plateformes proposent des solutions clés en main (collecte de la TVA, dédouanement).
- Vérifiez les règles d'origine : vos cosmétiques fabriqués en France peuvent bénéficier du droit de douane nul prévu par l'accord de commerce UE–Royaume-Uni.

Et côté produits cosmétiques, le Royaume-Uni a sa propre réglementation et son propre portail de notification, avec une personne responsable établie au Royaume-Uni.`,
      },
      {
        author: 'vigneron.bordelais',
        upvotes: 2,
        downvotes: 0,
        body: `Côté vin, j'ai gardé mes clients britanniques en passant par un importateur local qui gère les droits d'accise et le dédouanement. Je vends moins cher au litre, mais sans aucune complexité administrative.`,
      },
    ],
  },
  {
    author: 'pme.industrie',
    title: `Incoterm DAP ou DDP pour un client suisse : lequel choisir ?`,
    tags: ['export'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 54,
    body: `Un nouveau client suisse nous demande des pièces usinées livrées « rendu droits acquittés ». Est-ce une bonne idée pour nous ? La Suisse n'est pas dans l'UE, qui paie la TVA suisse ?`,
    answers: [
      {
        author: 'conseil.export',
        upvotes: 4,
        downvotes: 0,
        accepted: true,
        body: `En **DDP**, c'est vous, vendeur, qui êtes responsable du dédouanement à l'importation en Suisse et du paiement des droits et de la TVA suisse à l'importation. Pour récupérer cette TVA, vous devrez généralement vous immatriculer en Suisse ou passer par un représentant fiscal. C'est lourd pour une PME.

En **DAP**, vous livrez à l'adresse du client, dédouanement export fait par vous, dédouanement import et TVA suisse à la charge du client, qui récupère lui-même la TVA. C'est en général la meilleure option pour des ventes B2B. Proposez DAP en expliquant que le client pourra déduire la TVA d'importation ; la plupart des acheteurs suisses l'acceptent.`,
      },
      {
        author: 'transport.ouest',
        upvotes: 2,
        downvotes: 0,
        body: `On livre régulièrement en Suisse. En DAP, notre transitaire s'occupe du document d'export et le client mandate son propre déclarant à l'import. Le client récupère la TVA suisse sans difficulté. En DDP, on aurait eu à gérer un numéro de TVA suisse.`,
      },
    ],
  },
  {
    author: 'startup_saas',
    title: `Vendre notre logiciel en abonnement à des clients canadiens : quelles obligations ?`,
    tags: ['export', 'fiscalite', 'numerique'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 91,
    body: `On commence à avoir des clients professionnels au Québec. Pas de marchandises, juste des abonnements SaaS. Est-ce qu'on facture la TVA française ? Faut-il s'immatriculer là-bas ?`,
    answers: [],
  },
  {
    author: 'vigneron.bordelais',
    title: `Assurance prospection Bpifrance : quelqu'un l'a utilisée pour un salon à l'étranger ?`,
    tags: ['export', 'aides-publiques'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 65,
    body: `Je veux participer à un salon professionnel du vin en Asie et peut-être recruter un VIE. J'ai vu que l'assurance prospection de Bpifrance pouvait financer une partie des dépenses. Comment ça marche concrètement ?`,
    answers: [
      {
        author: 'conseil.export',
        upvotes: 4,
        downvotes: 0,
        body: `L'**assurance prospection** de Bpifrance (gérée pour le compte de l'État) vous verse une **avance** sur vos dépenses de prospection à l'international (salons, déplacements, VIE, adaptation des supports) et ne vous en demande le remboursement qu'en fonction du chiffre d'affaires réalisé à l'export ensuite. Si la prospection échoue, une partie de l'avance reste acquise : c'est une assurance contre l'échec.

Il faut déposer le dossier **avant** d'engager les dépenses. Les conditions (quote-part, durée, dépenses éligibles) évoluent régulièrement, renseignez-vous auprès de votre conseiller Team France Export de région, qui peut aussi vous aider à trouver un pavillon France sur le salon, souvent moins cher qu'un stand individuel.`,
      },
      {
        author: 'pme.industrie',
        upvotes: 2,
        downvotes: 0,
        body: `On a utilisé l'assurance prospection pour un salon en Allemagne et un VIE. L'avance a été versée rapidement, mais le suivi administratif (bilans de dépenses, déclarations de chiffre d'affaires export) demande de la rigueur chaque année.`,
      },
    ],
  },
  {
    author: 'imprimerie_lille',
    title: `Livraison en Belgique à un client professionnel : facture sans TVA, quelles mentions ?`,
    tags: ['export', 'fiscalite'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 79,
    body: `On livre régulièrement des catalogues imprimés à une société belge. Notre comptable nous dit de facturer sans TVA. Quelles mentions sont obligatoires et quelles déclarations faire ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `C'est une **livraison intracommunautaire** exonérée (article 262 ter I du CGI) si :
- votre client est assujetti à la TVA et vous a communiqué son **numéro de TVA intracommunautaire valide** (vérifiez-le sur le site de la Commission européenne, VIES) ;
- les biens sont **physiquement transportés** en Belgique, ce que vous devez pouvoir prouver (CMR, bons de livraison signés).

Mentions obligatoires sur la facture : votre numéro de TVA et celui du client, et la mention « Exonération de TVA, article 262 ter I du CGI ».

Déclarations : ligne « livraisons intracommunautaires » de votre CA3 et **état récapitulatif des clients** (déclaration européenne de services et biens) chaque mois auprès de la douane.`,
      },
      {
        author: 'conseil.export',
        upvotes: 2,
        downvotes: 0,
        body: `Sur la preuve du transport : conservez la lettre de voiture CMR signée par le destinataire. Si c'est le client qui enlève la marchandise chez vous, faites-lui signer une attestation de réception dans l'autre État membre, conformément aux règles européennes sur la preuve du transport.`,
      },
    ],
  },
  {
    author: 'atelier.couture',
    title: `Faire fabriquer une petite série au Portugal : comment gérer la TVA et le transport ?`,
    tags: ['export'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 117,
    body: `Je veux faire fabriquer une première série de 200 vestes par un atelier portugais. C'est une acquisition intracommunautaire je crois ? Comment ça se passe avec la TVA, et faut-il des papiers de douane ?`,
    answers: [],
  },
  {
    author: 'transport.ouest',
    title: `Détachement de chauffeurs en Espagne : quelles obligations depuis le paquet mobilité ?`,
    tags: ['export', 'droit-du-travail'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 98,
    body: `On commence à faire du cabotage et des transports internationaux vers l'Espagne. On m'a parlé de déclarations de détachement sur une plateforme européenne. Qui est concerné et comment on fait ?`,
    answers: [],
  },
  {
    author: 'opticien.centre',
    title: `Importer des montures de Chine en direct : quels droits de douane prévoir ?`,
    tags: ['export'],
    upvotes: 1,
    downvotes: 0,
    daysAgo: 82,
    body: `Un fabricant chinois me propose des montures en direct, bien moins cher que mes centrales d'achat. Quels coûts dois-je ajouter au prix affiché (transport, douane, TVA) pour comparer ?`,
    answers: [
      {
        author: 'conseil.export',
        upvotes: 3,
        downvotes: 0,
        body: `Pour comparer honnêtement, ajoutez :
- le **transport** international et l'assurance (selon l'incoterm, souvent FOB côté chinois) ;
- les **droits de douane**, calculés sur la valeur en douane (prix + transport jusqu'à la frontière de l'UE) selon la nomenclature du produit : consultez la base TARIC de la Commission européenne avec le bon code ;
- la **TVA à l'importation** (20 %), que vous pouvez autoliquider sur votre déclaration de TVA ;
- les frais du **représentant en douane** et de transport jusqu'à chez vous.

Et surtout : les montures sont des **dispositifs médicaux**, vous devenez importateur au sens du règlement européen, avec des obligations de vérification du marquage CE et de traçabilité. C'est souvent ce qui change le calcul.`,
      },
      {
        author: 'ecommerce_bio',
        upvotes: 1,
        downvotes: 0,
        body: `Pour mes flacons importés d'Asie, le transport et le dédouanement ont ajouté près de 25 % au prix d'usine. Commandez un échantillon et faites un petit premier envoi pour connaître les vrais coûts avant de vous engager sur un gros volume.`,
      },
      {
        author: 'fiscaliste_sud',
        upvotes: 3,
        downvotes: 0,
        body: `Sur la TVA : depuis 2022, l'**autoliquidation de la TVA à l'importation** est obligatoire pour les entreprises identifiées à la TVA en France. Vous ne la payez plus au dédouanement, vous la déclarez et la déduisez sur votre déclaration de TVA. Aucun impact de trésorerie si vous êtes en droit à déduction totale.`,
      },
    ],
  },
  // ————— Numérique et e-commerce —————
  {
    author: 'fleuriste.nantes',
    title: `Créer un site e-commerce pour ma boutique de fleurs : quelles mentions obligatoires ?`,
    tags: ['numerique'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 14,
    body: `Je veux vendre des bouquets en ligne avec livraison locale. Je vais utiliser une solution clé en main. Quelles pages et mentions sont obligatoires pour être en règle ?

- mentions légales ?
- CGV ?
- politique de cookies ?

Et le droit de rétractation s'applique-t-il à des fleurs ?`,
    answers: [
      {
        author: 'juriste.numerique',
        upvotes: 8,
        downvotes: 0,
        body: `Le minimum pour un site marchand :

- **Mentions légales** : identité de l'entreprise, forme juridique, adresse, numéro d'immatriculation, hébergeur, directeur de publication (loi pour la confiance dans l'économie numérique).
- **CGV** : prix TTC, frais de livraison, modalités de paiement, délais, garanties légales, médiateur de la consommation (obligatoire : vous devez adhérer à un médiateur et indiquer ses coordonnées).
- **Politique de confidentialité** (RGPD) et **gestion des cookies** avec un bandeau permettant de refuser aussi facilement que d'accepter, conformément aux recommandations de la CNIL.

Sur la rétractation : l'article L221-28 du Code de la consommation exclut le droit de rétractation pour les **biens susceptibles de se détériorer ou de se périmer rapidement**. Les fleurs fraîches entrent dans cette exception, mais vous devez l'indiquer clairement dans vos CGV avant la commande.`,
      },
      {
        author: 'ecommerce_bio',
        upvotes: 2,
        downvotes: 0,
        body: `Pensez aussi à la page « livraison » avec vos zones et créneaux, c'est ce qui génère le plus de questions clients en vente locale.`,
      },
    ],
  },
  {
    author: 'agence.com',
    title: `RGPD : faut-il obligatoirement désigner un DPO dans une petite agence ?`,
    tags: ['numerique'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 27,
    body: `On gère des fichiers clients et des campagnes d'e-mailing pour nos clients. Un prestataire nous dit qu'on est obligés d'avoir un DPO et nous propose ses services à 300 € par mois. Est-ce vrai ?`,
    answers: [
      {
        author: 'juriste.numerique',
        upvotes: 7,
        downvotes: 0,
        accepted: true,
        body: `La désignation d'un DPO est obligatoire (article 37 du RGPD) uniquement pour les organismes publics, ceux dont l'activité de base implique un **suivi régulier et systématique à grande échelle** des personnes, ou le traitement à grande échelle de données sensibles. Une agence de 5 personnes qui envoie des campagnes pour ses clients n'est en général **pas** concernée.

En revanche, vous devez :
- tenir un **registre des traitements** (y compris en tant que sous-traitant pour vos clients) ;
- avoir des **contrats de sous-traitance** conformes à l'article 28 avec vos clients et vos propres prestataires (outil d'e-mailing, hébergeur) ;
- sécuriser les données et savoir gérer une violation de données.

La CNIL propose un guide et des modèles pour les TPE-PME sur son site. Un DPO externalisé peut être utile, mais ce n'est pas une obligation dans votre cas.`,
      },
      {
        author: 'startup_saas',
        upvotes: 2,
        downvotes: 0,
        body: `On s'est posé la même question. Le modèle de registre de la CNIL nous a pris une demi-journée, et un juriste externe a relu nos contrats de sous-traitance. Pas besoin de DPO à plein temps pour une petite structure.`,
      },
    ],
  },
  {
    author: 'imprimerie_lille',
    title: `Facturation électronique obligatoire : qu'est-ce qui change pour une PME en 2026 ?`,
    tags: ['numerique', 'fiscalite'],
    upvotes: 9,
    downvotes: 0,
    daysAgo: 6,
    body: `On entend tout et son contraire sur la **facturation électronique**. On envoie nos factures en PDF par mail. Qu'est-ce qui va changer concrètement pour nous et à quelle date ? Faut-il changer de logiciel dès maintenant ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 10,
        downvotes: 0,
        accepted: true,
        body: `Le calendrier actuel (à vérifier régulièrement sur [economie.gouv.fr](https://www.economie.gouv.fr/tout-savoir-sur-la-facturation-electronique-pour-les-entreprises)) :

- **1er septembre 2026** : toutes les entreprises doivent être capables de **recevoir** des factures électroniques ; les grandes entreprises et les ETI doivent les **émettre**.
- **1er septembre 2027** : obligation d'**émission** pour les PME, TPE et micro-entreprises.

Ce qui change : un PDF envoyé par mail **ne sera plus une facture électronique** valable entre assujettis en France. Les factures devront transiter par une **plateforme agréée** dans un format structuré. Il faudra aussi transmettre certaines données à l'administration (e-reporting) pour les ventes aux particuliers et à l'étranger.

Actions à mener dès maintenant : demandez à votre éditeur de logiciel de facturation s'il sera connecté à une plateforme agréée, choisissez votre plateforme de réception avant septembre 2026, et nettoyez vos fiches clients (numéros d'identification, adresses de facturation).`,
      },
      {
        author: 'compta.nantes',
        upvotes: 3,
        downvotes: 0,
        body: `Nous conseillons à nos clients de ne pas attendre 2027 pour l'émission : une fois la réception en place, passer à l'émission est simple et ça accélère les encaissements.`,
      },
    ],
  },
  {
    author: 'coiffure_marseille',
    title: `Fichier clients du salon et SMS de rappel : suis-je en règle avec le RGPD ?`,
    tags: ['numerique'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 51,
    body: `Mon logiciel de réservation envoie des SMS de rappel de rendez-vous et j'aimerais envoyer aussi des promotions. Dois-je demander l'accord de mes clients ?`,
    answers: [
      {
        author: 'juriste.numerique',
        upvotes: 4,
        downvotes: 0,
        body: `Deux cas différents :
- les **SMS de rappel de rendez-vous** sont liés à l'exécution du service demandé par le client : pas besoin de consentement spécifique, mais informez vos clients dans votre politique de confidentialité.
- les **SMS promotionnels** relèvent de la prospection commerciale (article L34-5 du Code des postes et des communications électroniques) : il faut le **consentement préalable** du client, sauf s'il s'agit d'un client existant, pour des produits ou services analogues, et s'il a été informé et a pu s'y opposer dès la collecte de son numéro. Chaque SMS doit offrir un moyen simple de se désinscrire (par exemple répondre « STOP »).

Ajoutez une case non précochée lors de la prise de rendez-vous et vous serez tranquille.`,
      },
      {
        author: 'fleuriste.nantes',
        upvotes: 1,
        downvotes: 0,
        body: `J'ai ajouté une case « Je souhaite recevoir les offres par SMS » sur ma fiche client. Environ la moitié des clients la cochent, et ceux-là sont vraiment intéressés : meilleur taux de retour qu'avant.`,
      },
    ],
  },
  {
    author: 'transport.ouest',
    title: `Rançongiciel : nos serveurs sont chiffrés, que faire dans les premières heures ?`,
    tags: ['numerique', 'assurances'],
    anonymous: true,
    upvotes: 8,
    downvotes: 0,
    daysAgo: 0,
    body: `Ce matin, tous nos postes affichent une demande de rançon. Les plannings de tournées et la facturation sont inaccessibles. Notre prestataire informatique est débordé. Quels sont les bons réflexes ? Faut-il payer ?`,
    answers: [
      {
        author: 'juriste.numerique',
        upvotes: 10,
        downvotes: 0,
        accepted: true,
        body: `Les réflexes immédiats :

1. **Isolez** les machines du réseau (débranchez les câbles, coupez le Wi-Fi) sans les éteindre, pour préserver les traces.
2. **N'effacez rien** et ne payez pas dans la précipitation : le paiement ne garantit pas la récupération des données et finance les attaquants.
3. **Déposez plainte** (commissariat, gendarmerie ou en ligne) : c'est aussi une condition pour une éventuelle prise en charge par l'assurance.
4. Contactez votre **assureur cyber** s'il y en a un : il déclenche souvent une équipe de réponse à incident.
5. Rendez-vous sur **cybermalveillance.gouv.fr** pour trouver des prestataires labellisés près de chez vous.
6. Si des données personnelles sont concernées (salariés, clients), **notifiez la CNIL dans les 72 heures** (article 33 du RGPD).

Ensuite, vérifiez l'état de vos sauvegardes, en particulier celles qui étaient hors ligne. Communiquez avec vos clients sur les retards de livraison, sans détailler l'attaque.`,
      },
      {
        author: 'pme.industrie',
        upvotes: 3,
        downvotes: 0,
        body: `On a vécu ça il y a deux ans. Ce qui nous a sauvés : une sauvegarde sur bande conservée hors site. On a tout restauré en 5 jours. Courage, on s'en remet.`,
      },
      {
        author: 'courtier.assur',
        upvotes: 3,
        downvotes: 0,
        body: `Si vous avez une assurance cyber, appelez la ligne d'assistance **avant** de mandater vous-même un prestataire : certains contrats ne remboursent que les intervenants désignés ou validés par l'assureur. Notez l'heure de découverte de l'attaque, elle sera demandée.`,
      },
    ],
  },
  {
    author: 'caviste_dijon',
    title: `Logiciel de caisse certifié : est-ce toujours obligatoire et comment le prouver ?`,
    tags: ['numerique', 'fiscalite'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 85,
    body: `J'ai une caisse enregistreuse assez ancienne. On m'a dit qu'elle devait être certifiée et que l'amende était lourde. Mon fournisseur ne répond plus. Que faire ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 5,
        downvotes: 0,
        body: `Oui : les assujettis à la TVA qui enregistrent des paiements de clients particuliers dans un logiciel ou un système de caisse doivent utiliser un système satisfaisant à des conditions d'**inaltérabilité, de sécurisation, de conservation et d'archivage** des données (article 286, I-3° bis du CGI). La preuve passe par un **certificat** délivré par un organisme accrédité ou par une **attestation** de l'éditeur, selon les règles en vigueur, qui ont été durcies récemment.

L'amende en cas de contrôle est de 7 500 € par système non conforme. Si votre fournisseur ne répond plus, il est temps de changer de caisse : les solutions sur tablette certifiées sont abordables. Conservez le certificat dans un dossier facile à retrouver.`,
      },
      {
        author: 'resto-du-port',
        upvotes: 2,
        downvotes: 0,
        body: `On a changé de caisse l'an dernier pour une solution sur tablette. Le certificat était disponible directement dans l'espace client de l'éditeur. Gardez-le imprimé avec vos documents obligatoires, c'est ce que le contrôleur m'a demandé en premier.`,
      },
    ],
  },
  {
    author: 'librairie.independante',
    title: `Vendre des livres en ligne face aux géants : ça vaut encore le coup pour un indépendant ?`,
    tags: ['numerique'],
    upvotes: 5,
    downvotes: 1,
    daysAgo: 44,
    body: `Je me demande si j'investis dans un site de vente en ligne ou si je rejoins une plateforme mutualisée de librairies indépendantes. Avec le prix unique du livre et les frais de port minimum, les marges sont minuscules. Des retours ?`,
    answers: [
      {
        author: 'photographe.pro',
        upvotes: 1,
        downvotes: 0,
        body: `Je ne suis pas libraire, mais ma sœur l'est : elle a rejoint une plateforme mutualisée, avec retrait en boutique. Peu de ventes expédiées, mais beaucoup de clients qui réservent en ligne et viennent chercher en magasin. C'est surtout un outil pour faire venir du monde.`,
      },
      {
        author: 'ecommerce_bio',
        upvotes: 2,
        downvotes: 0,
        body: `Un site à vous coûte cher à faire connaître. Pour un commerce de proximité, la fiche d'établissement sur les moteurs de recherche et les réseaux sociaux rapportent souvent plus qu'un site marchand complet.`,
      },
    ],
  },
  {
    author: 'startup_saas',
    title: `Hébergement des données clients hors UE : est-ce encore possible avec le RGPD ?`,
    tags: ['numerique'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 113,
    body: `Notre infrastructure est chez un grand fournisseur de cloud américain, région Europe. Un prospect public nous demande une garantie d'hébergement « souverain ». Sommes-nous en conformité avec le RGPD aujourd'hui ?`,
    answers: [
      {
        author: 'juriste.numerique',
        upvotes: 4,
        downvotes: 0,
        body: `Un hébergement en région Europe chez un fournisseur américain est en général conforme au RGPD, sous réserve d'une analyse des **transferts** (accès à distance depuis les États-Unis pour le support, par exemple). Depuis 2023, le **cadre de protection des données UE–États-Unis** permet les transferts vers les entreprises certifiées, à défaut les clauses contractuelles types restent utilisables.

En revanche, pour certains acheteurs publics, la question n'est pas seulement le RGPD mais l'exposition aux lois extraterritoriales : ils peuvent exiger un hébergeur qualifié **SecNumCloud** (ANSSI) pour les données sensibles. C'est une exigence contractuelle, pas une obligation générale. À vous de voir si ce segment justifie une offre d'hébergement dédiée.`,
      },
      {
        author: 'consultant.freelance',
        upvotes: 1,
        downvotes: 0,
        body: `Chez mes clients publics, je vois de plus en plus d'exigences d'hébergement qualifié dans les appels d'offres. Si ce marché vous intéresse, il existe des hébergeurs français qualifiés, souvent plus simples à contractualiser qu'on ne le pense.`,
      },
    ],
  },
  {
    author: 'boucherie-charcuterie',
    title: `Click and collect pour une boucherie : quelle solution simple et pas chère ?`,
    tags: ['numerique'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 66,
    body: `Mes clients me demandent de pouvoir commander en ligne leurs colis de viande et les récupérer en boutique le samedi. Je ne suis pas du tout à l'aise avec l'informatique. Que recommandez-vous ?`,
    answers: [],
  },
  {
    author: 'photographe.pro',
    title: `Droit à l'image : faut-il une autorisation écrite pour publier les photos d'un mariage sur mon site ?`,
    tags: ['numerique'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 37,
    body: `Je publie mes plus belles photos de mariage sur mon site et mes réseaux pour trouver de nouveaux clients. Les mariés sont d'accord oralement, mais pas forcément les invités. Suis-je en tort ?`,
    answers: [
      {
        author: 'juriste.numerique',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Le droit à l'image (article 9 du Code civil) impose le **consentement** de chaque personne identifiable pour une diffusion, surtout à des fins commerciales comme la promotion de votre activité. Un accord oral est difficile à prouver.

Bonnes pratiques :
- ajoutez une **clause d'autorisation de diffusion** dans votre contrat avec les mariés, précise (supports, durée, possibilité de retrait) ;
- pour les invités, privilégiez des photos où ils ne sont pas identifiables, ou demandez une autorisation écrite ;
- faites preuve de prudence particulière avec les **enfants** (autorisation des deux parents).

Et une photo d'une personne identifiable est une donnée personnelle au sens du RGPD : vous devez pouvoir la retirer sur demande.`,
      },
      {
        author: 'agence.com',
        upvotes: 2,
        downvotes: 0,
        body: `En agence, on fait signer une autorisation écrite à chaque personne photographiée pour nos clients. Un modèle simple d'une page, signé sur place, évite beaucoup de problèmes ensuite.`,
      },
    ],
  },
  {
    author: 'hotel.bretagne',
    title: `Commissions des plateformes de réservation : comment reprendre la main sur les réservations directes ?`,
    tags: ['numerique'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 56,
    body: `Près de 70 % de nos réservations passent par les grandes plateformes, avec des commissions de 15 à 18 %. Comment inciter les clients à réserver en direct sans être déréférencé ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 3,
        downvotes: 0,
        body: `Côté juridique, bonne nouvelle : depuis la loi du 6 août 2015 pour la croissance et l'activité, les **clauses de parité tarifaire** imposées par les plateformes aux hôteliers français sont nulles (article L311-5-1 du Code du tourisme). Vous êtes libre de proposer un tarif plus bas ou des avantages (petit-déjeuner offert, annulation souple) sur votre propre site. La plateforme ne peut pas vous sanctionner pour cela.`,
      },
      {
        author: 'resto-du-port',
        upvotes: 2,
        downvotes: 0,
        body: `Un moteur de réservation simple sur le site, un lien de réservation directe sur la fiche d'établissement dans les moteurs de recherche, et un petit avantage pour ceux qui réservent en direct. On a gagné 20 points de réservations directes en deux ans.`,
      },
      {
        author: 'ferme.auberge',
        upvotes: 1,
        downvotes: 0,
        body: `Pour nos chambres, on offre un produit de la ferme aux clients qui réservent en direct. Ça marche bien et les clients reviennent ensuite sans passer par les plateformes.`,
      },
    ],
  },
  {
    author: 'menuiserie.alpes',
    title: `Passer à un logiciel de gestion de devis et factures : lequel pour une menuiserie ?`,
    tags: ['numerique'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 109,
    body: `On fait encore nos devis sous tableur et les factures dans un vieux logiciel. Avec la facturation électronique qui arrive, il faut changer. Qu'utilisez-vous dans le bâtiment ?`,
    answers: [
      {
        author: 'electricien.rennes',
        upvotes: 2,
        downvotes: 0,
        body: `On utilise un logiciel métier du bâtiment en ligne : bibliothèque d'ouvrages, situations de travaux, retenues de garantie, acomptes. Critères importants pour vous : gestion des situations de chantier, export vers le comptable, et connexion annoncée à une plateforme agréée pour la facturation électronique. Faites des essais gratuits avant de choisir.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Côté cabinet, vérifiez que le logiciel exporte les écritures au format attendu par votre expert-comptable et gère la facturation électronique via une plateforme agréée. Un logiciel qui ne communique pas avec la comptabilité génère beaucoup de ressaisies.`,
      },
    ],
  },
  // ————— Ressources humaines —————
  {
    author: 'menuiserie.alpes',
    title: `Impossible de recruter des menuisiers poseurs : comment faites-vous ?`,
    tags: ['ressources-humaines'],
    upvotes: 8,
    downvotes: 0,
    daysAgo: 9,
    body: `Cela fait 8 mois que je cherche deux menuisiers poseurs. Annonces sur les sites d'emploi, France Travail, bouche-à-oreille… rien. Les rares candidats ne viennent pas aux entretiens. Je refuse des chantiers. Comment faites-vous pour **embaucher** dans les métiers en tension ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 8,
        downvotes: 0,
        body: `Quelques leviers qui fonctionnent bien chez mes clients artisans :

- **Former plutôt que chercher le profil parfait** : apprentissage, contrat de professionnalisation, ou préparation opérationnelle à l'emploi (POEI) avec France Travail, qui finance la formation d'un demandeur d'emploi avant l'embauche.
- **Mettre en avant ce qui vous distingue** : horaires, chantiers près de chez soi, véhicule, outillage récent, ambiance familiale. Les annonces génériques ne marchent plus.
- **Cooptation** : une prime pour le salarié qui fait venir un collègue.
- **Reconversions** : de nombreux adultes cherchent un métier manuel, les GRETA et l'AFPA en forment.
- **Rémunération** : comparez-vous au marché local, pas seulement à la grille de la convention.

Et répondez aux candidats dans les 48 heures : dans les métiers en tension, ils ont plusieurs propositions.`,
      },
      {
        author: 'batiment_idf',
        upvotes: 3,
        downvotes: 0,
        body: `On a recruté deux maçons via une formation de reconversion avec France Travail. Pas autonomes tout de suite, mais motivés et fidèles. Bien meilleur résultat que des intérimaires.`,
      },
      {
        author: 'organisme.formation',
        upvotes: 2,
        downvotes: 0,
        body: `Nous montons régulièrement des parcours de formation financés avec France Travail pour des entreprises qui ne trouvent pas de profils. L'entreprise s'engage à embaucher à l'issue de la formation, et le candidat arrive avec les bases du métier.`,
      },
    ],
  },
  {
    author: 'organisme.formation',
    title: `Entretien professionnel tous les 2 ans : quelles sanctions si on l'a oublié ?`,
    tags: ['ressources-humaines', 'droit-du-travail'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 32,
    body: `Je découvre que je n'ai jamais fait les entretiens professionnels avec mes 6 salariés (on fait juste un entretien annuel d'évaluation). Est-ce grave ? Que risque-t-on ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 6,
        downvotes: 0,
        accepted: true,
        body: `L'entretien professionnel (article L6315-1 du Code du travail) est distinct de l'entretien d'évaluation : il porte sur les **perspectives d'évolution** et les besoins de formation du salarié. Il est obligatoire **tous les 2 ans**, et un **état des lieux récapitulatif** doit être fait tous les 6 ans.

Sanctions : dans les entreprises d'**au moins 50 salariés**, si le salarié n'a pas bénéficié des entretiens et d'au moins une formation non obligatoire sur 6 ans, l'employeur doit abonder son CPF de 3 000 €. En dessous de 50 salariés, pas de pénalité financière automatique, mais le manquement peut être invoqué par un salarié devant les prud'hommes (préjudice lié à l'absence d'évolution).

Faites-les rapidement, vous pouvez les combiner avec l'entretien annuel à condition de bien distinguer les deux parties et de remettre une copie écrite.`,
      },
      {
        author: 'Maitre_Durand',
        upvotes: 2,
        downvotes: 0,
        body: `Attention à la confusion fréquente : l'entretien professionnel ne doit pas porter sur l'évaluation du travail. Certains juges ont considéré qu'un entretien mélangé, sans partie dédiée aux perspectives d'évolution, ne remplissait pas l'obligation.`,
      },
    ],
  },
  {
    author: 'boulangerie.lyon',
    title: `Fidéliser des vendeuses en boulangerie : primes, horaires, quoi d'autre ?`,
    tags: ['ressources-humaines'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 26,
    body: `Turn-over énorme chez mes vendeuses : 5 départs en un an. Les horaires (6 h – 13 h ou 13 h – 20 h, week-ends) rebutent. Qu'avez-vous mis en place pour garder vos équipes ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Quelques pistes éprouvées dans le commerce alimentaire :

- **Plannings** connus plusieurs semaines à l'avance, et un week-end sur deux ou sur trois libre de manière garantie ;
- **Prime de partage de la valeur** (exonérée sous conditions) ou prime liée au chiffre d'affaires de la boutique ;
- **Avantages concrets** : repas, produits offerts, prise en charge à 75 % des transports en commun ou forfait mobilités durables ;
- **Évolution** : responsable de boutique, formation à la pâtisserie ou au snacking ;
- **Entretien de départ** systématique : les raisons réelles vous surprendront peut-être (ambiance, reconnaissance, manque de formation).`,
      },
      {
        author: 'fleuriste.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Chez moi, ce qui a changé la donne : demander aux salariées de construire elles-mêmes le planning à partir des besoins. Elles s'arrangent entre elles et les absences ont fortement baissé.`,
      },
      {
        author: 'coiffure_marseille',
        upvotes: 2,
        downvotes: 0,
        body: `Dans mes salons, le turn-over a baissé quand j'ai mis en place une formation technique financée par l'OPCO chaque année. Les équipes ont besoin de progresser, pas seulement d'une prime.`,
      },
    ],
  },
  {
    author: 'pme.industrie',
    title: `Passage du seuil de 50 salariés : quelles nouvelles obligations ?`,
    tags: ['ressources-humaines', 'droit-du-travail'],
    upvotes: 7,
    downvotes: 0,
    daysAgo: 47,
    body: `Avec deux embauches prévues, nous allons dépasser les 50 salariés. J'ai entendu parler de nombreuses obligations supplémentaires. Quelles sont les principales et à partir de quand s'appliquent-elles ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 8,
        downvotes: 0,
        body: `Depuis la loi PACTE, la plupart des seuils ne sont franchis que lorsque l'effectif de 50 est atteint ou dépassé pendant **5 années civiles consécutives** (article L130-1 du Code de la sécurité sociale) pour les obligations sociales et fiscales. Mais le droit du travail a ses propres règles, notamment pour le CSE (12 mois consécutifs).

Principales obligations à partir de 50 salariés :
- **CSE** élargi avec personnalité morale, budgets (fonctionnement et activités sociales et culturelles), consultations récurrentes ;
- **règlement intérieur** obligatoire ;
- **participation** aux résultats ;
- **index de l'égalité professionnelle** femmes-hommes à publier chaque année ;
- **plan de sauvegarde de l'emploi** en cas de licenciement économique d'au moins 10 salariés sur 30 jours ;
- négociations obligatoires si un délégué syndical est désigné.

Anticipez avec votre expert-comptable et un conseil RH : c'est un vrai changement d'organisation.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 3,
        downvotes: 0,
        body: `Pour l'effectif de sécurité sociale, la règle des cinq années civiles consécutives vous laisse du temps pour les obligations sociales et fiscales. Mais le CSE et ses nouvelles attributions arrivent plus vite. Faites le point avec votre cabinet pour avoir le calendrier exact.`,
      },
    ],
  },
  {
    author: 'agence.com',
    title: `Mutuelle d'entreprise : un salarié peut-il refuser d'y adhérer ?`,
    tags: ['ressources-humaines'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 72,
    body: `Un nouveau salarié me dit qu'il est déjà couvert par la mutuelle de sa conjointe et qu'il ne veut pas de la nôtre. Ai-je le droit d'accepter ? Que dois-je lui faire signer ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 4,
        downvotes: 0,
        accepted: true,
        body: `Oui, c'est un cas de **dispense d'adhésion** prévu par les textes (article R242-1-6 du Code de la sécurité sociale) : le salarié couvert en tant qu'ayant droit par la complémentaire collective et obligatoire de son conjoint peut refuser. Conditions :
- demande **écrite** du salarié ;
- justificatif de sa couverture, à renouveler chaque année selon le cas ;
- information préalable par l'employeur des conséquences de son choix.

Conservez ces documents : en cas de contrôle URSSAF, une dispense non justifiée peut remettre en cause l'exonération de cotisations sur votre participation au financement de la mutuelle.`,
      },
      {
        author: 'Maitre_Durand',
        upvotes: 2,
        downvotes: 0,
        body: `Vérifiez aussi l'acte qui a mis en place la mutuelle (décision unilatérale, accord ou référendum) : certains cas de dispense ne sont possibles que s'ils y sont prévus, alors que d'autres sont de droit. Le cas du salarié couvert par la mutuelle obligatoire de son conjoint est de droit.`,
      },
    ],
  },
  {
    author: 'traiteur.evenements',
    title: `Former mes salariés sans budget : que finance l'OPCO pour une entreprise de 7 personnes ?`,
    tags: ['ressources-humaines', 'aides-publiques'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 61,
    body: `Je voudrais former deux cuisiniers à la pâtisserie et une commerciale à la vente en ligne. Mon comptable me dit que l'OPCO peut financer. Comment ça marche et qu'est-ce qui est pris en charge ?`,
    answers: [
      {
        author: 'organisme.formation',
        upvotes: 4,
        downvotes: 0,
        body: `Pour une entreprise de moins de 50 salariés, l'OPCO finance le **plan de développement des compétences** sur les fonds mutualisés, dans la limite de plafonds annuels par entreprise fixés par chaque branche. En général sont pris en charge : les frais pédagogiques, parfois une partie des salaires pendant la formation, et les frais annexes.

Démarche : créez votre espace sur le site de votre OPCO (celui de votre convention collective), déposez la demande de prise en charge **avant** le début de la formation, avec le devis et le programme de l'organisme (qui doit être certifié Qualiopi). Vérifiez en début d'année : les budgets sont parfois épuisés en cours d'année.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 2,
        downvotes: 0,
        body: `Pensez aussi au **FNE-Formation** et aux actions collectives de branche, qui financent parfois à 100 % des formations courantes. Votre conseiller OPCO peut vous les présenter lors d'un rendez-vous gratuit.`,
      },
    ],
  },
  {
    author: 'startup_saas',
    title: `BSPCE ou intéressement pour motiver nos premiers salariés ?`,
    tags: ['ressources-humaines', 'fiscalite'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 39,
    body: `On recrute nos premiers développeurs et on ne peut pas s'aligner sur les salaires des grands groupes. On hésite entre distribuer des BSPCE et mettre en place un accord d'intéressement. Qu'est-ce qui est le plus adapté ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Les deux outils répondent à des logiques différentes :

- **BSPCE** (article 163 bis G du CGI) : droit d'acheter des actions à un prix fixé à l'avance. Pari sur la **valeur future** de la société. Fiscalité favorable sur le gain en cas de revente (sous conditions d'ancienneté). Très apprécié dans l'écosystème startup, mais sans valeur immédiate et totalement illiquide tant qu'il n'y a pas de revente ou de levée.
- **Intéressement** : prime liée à des **objectifs** (chiffre d'affaires, résultats, indicateurs de qualité), exonérée de cotisations sociales (forfait social nul pour les entreprises de moins de 250 salariés) et non imposable si placée sur un plan d'épargne salariale. Concret et à court terme.

Beaucoup de startups combinent les deux : intéressement pour la motivation annuelle, BSPCE pour l'engagement long terme des profils clés.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Pour l'intéressement, un accord peut être mis en place assez simplement dans une petite entreprise, avec des modèles sur le site du ministère du Travail. Le délai pour le conclure est important pour bénéficier des exonérations dès l'exercice en cours.`,
      },
    ],
  },
  {
    author: 'salle-de-sport',
    title: `Recruter un alternant en BPJEPS : quel contrat et quel coût réel ?`,
    tags: ['ressources-humaines'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 94,
    body: `Je veux accueillir un alternant qui prépare le BPJEPS activités de la forme. Contrat d'apprentissage ou de professionnalisation ? Quel sera le coût réel pour ma salle après les aides ?`,
    answers: [],
  },
  {
    author: 'electricien.rennes',
    anonymous: true,
    title: `Salarié souvent en retard et démotivé : comment recadrer sans tout casser ?`,
    tags: ['ressources-humaines', 'droit-du-travail'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 22,
    body: `Un de mes deux salariés arrive régulièrement en retard sur les chantiers et le travail est de moins en moins soigné. Il est là depuis 5 ans, c'était un très bon élément. Je ne veux pas le perdre mais ça ne peut pas continuer. Comment m'y prendre ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 5,
        downvotes: 0,
        body: `Commencez par un **entretien individuel** au calme, hors chantier : décrivez des faits précis (dates, retards, malfaçons), sans jugement, et demandez-lui ce qui se passe. Un bon salarié qui change de comportement a souvent une raison (problème personnel, santé, lassitude, sentiment de stagnation).

Fixez ensuite ensemble des attentes claires et un point de suivi à un mois. Si rien ne change, passez à un **rappel à l'ordre écrit**, puis éventuellement à un **avertissement** (sanction disciplinaire, article L1331-1 du Code du travail, avec la procédure adaptée). Gardez une trace écrite de chaque étape. Et interrogez-vous aussi : son salaire, ses responsabilités et sa reconnaissance ont-ils évolué en 5 ans ?`,
      },
      {
        author: 'Maitre_Durand',
        upvotes: 2,
        downvotes: 0,
        body: `Si vous en venez à une sanction, respectez la procédure : pour un avertissement, pas d'entretien préalable obligatoire, mais une notification écrite et motivée. Au-delà (mise à pied disciplinaire), l'entretien préalable est obligatoire. Et gardez en tête la prescription de deux mois pour les faits fautifs.`,
      },
    ],
  },
  {
    author: 'cabinet.archi',
    title: `Peut-on imposer un retour au bureau après deux ans de télétravail ?`,
    tags: ['ressources-humaines', 'droit-du-travail'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 100,
    body: `Une collaboratrice télétravaille 3 jours par semaine depuis 2022, sans avenant, juste un accord par mail. On voudrait revenir à 1 jour maximum pour mieux travailler en équipe. Peut-on le lui imposer ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 4,
        downvotes: 0,
        body: `Si le télétravail n'est pas inscrit dans son contrat de travail, et qu'il résulte d'un accord informel ou d'une charte, vous pouvez en principe le réduire, en respectant les conditions de retour prévues par la charte ou l'accord et un **délai de prévenance** raisonnable. Attention : un télétravail régulier pratiqué depuis longtemps pourrait être considéré comme un élément contractualisé si le contrat ou les échanges le présentent comme tel. Relisez le mail d'accord. Dans tous les cas, expliquez le projet d'équipe et échangez avec elle : un changement brutal est la meilleure façon de provoquer un départ.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 2,
        downvotes: 0,
        body: `Essayez un compromis progressif : deux jours pendant trois mois, puis un seul. Et donnez du sens au retour (réunion d'équipe hebdomadaire, projets communs). Un retour imposé sans explication est souvent vécu comme une sanction.`,
      },
    ],
  },
  // ————— Questions diverses —————
  {
    author: 'hotel.bretagne',
    anonymous: true,
    title: `Report de charges URSSAF : comment obtenir un échéancier après une mauvaise saison ?`,
    tags: ['tresorerie-financement', 'difficultes-entreprises'],
    upvotes: 6,
    downvotes: 0,
    daysAgo: 4,
    body: `La saison a été médiocre (météo, travaux dans la station). Je ne pourrai pas payer les cotisations URSSAF de l'automne en une fois. Comment demander un **report de charges** ou un échéancier ? Est-ce que les majorations s'appliquent quand même ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 7,
        downvotes: 0,
        accepted: true,
        body: `La démarche se fait directement depuis votre **espace en ligne URSSAF** (rubrique messagerie, motif « difficultés de paiement »), idéalement **avant** la date d'exigibilité. Expliquez la situation, joignez un prévisionnel et proposez un échéancier réaliste (3 à 12 mois le plus souvent).

- Les **majorations de retard** (5 % puis 0,2 % par mois) s'appliquent en principe, mais vous pouvez demander leur **remise** une fois les cotisations payées, en invoquant votre bonne foi.
- Pendant l'échéancier, les poursuites sont suspendues et vous pouvez obtenir une attestation de vigilance, utile pour les marchés et certains clients.
- La **part salariale** des cotisations doit en principe être payée à l'échéance : c'est sur la part patronale que portent les délais.

Si vous avez aussi des dettes fiscales, la CCSF permet de tout regrouper.`,
      },
      {
        author: 'resto-du-port',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `Fait l'an dernier, échéancier sur 6 mois accordé en une semaine par messagerie. Les majorations ont ensuite été remises à 80 % sur demande. N'attendez pas la mise en demeure.`,
      },
    ],
  },
  {
    author: 'caviste_dijon',
    title: `Rembourser mon compte courant d'associé alors que la société manque de trésorerie : risqué ?`,
    tags: ['tresorerie-financement'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 53,
    body: `J'ai prêté 40 000 € à ma SARL en compte courant au démarrage. J'aimerais récupérer une partie pour un projet personnel, mais la trésorerie de la société est juste. Y a-t-il des règles à respecter ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 4,
        downvotes: 0,
        body: `En l'absence de convention de blocage, le compte courant est **remboursable à tout moment**. Mais attention :

- si la société est ou devient en **cessation des paiements**, un remboursement à vous-même pourrait être annulé au titre des nullités de la période suspecte (article L632-1 et suivants du Code de commerce) et engager votre responsabilité ;
- si votre compte courant a été bloqué au profit de la banque (fréquent lors d'un prêt), vous ne pouvez pas le retirer ;
- un retrait qui met la société en difficulté peut être qualifié de faute de gestion.

Prévoyez un remboursement progressif compatible avec votre plan de trésorerie, acté par une décision écrite.`,
      },
      {
        author: 'ExpertCompta75',
        upvotes: 2,
        downvotes: 0,
        body: `Vérifiez également si votre compte courant est rémunéré : les intérêts sont déductibles pour la société dans la limite d'un taux fixé chaque année, et imposables pour vous. Un remboursement progressif peut aussi être l'occasion de fixer une convention écrite.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Relisez aussi les conditions de vos prêts bancaires : beaucoup contiennent un engagement de blocage du compte courant jusqu'au remboursement. Un retrait en violation de cet engagement peut permettre à la banque d'exiger le remboursement anticipé.`,
      },
    ],
  },
  {
    author: 'batiment_idf',
    title: `Clause de réserve de propriété sur nos matériaux : utile face à un client en difficulté ?`,
    tags: ['recouvrement', 'difficultes-entreprises'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 105,
    body: `Nos CGV contiennent une clause de réserve de propriété. Un client promoteur vient d'être placé en redressement et une partie de nos menuiseries n'est pas encore posée sur son chantier. Peut-on les récupérer ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 3,
        downvotes: 0,
        body: `La clause de réserve de propriété permet, en procédure collective, de **revendiquer** les biens vendus et non payés s'ils se retrouvent **en nature** chez le débiteur (article L624-16 du Code de commerce). L'action doit être exercée dans les **3 mois** suivant la publication du jugement d'ouverture, par demande adressée à l'administrateur ou au débiteur.

Le problème dans le bâtiment : une fois incorporés à l'ouvrage (menuiseries posées), les biens deviennent immeubles par destination et ne peuvent plus être revendiqués. Pour les menuiseries encore stockées sur le chantier et identifiables, la revendication est possible. Faites vite un constat par commissaire de justice.`,
      },
      {
        author: 'menuiserie.alpes',
        upvotes: 2,
        downvotes: 0,
        body: `Dans notre métier, on a ajouté dans nos CGV la facturation des menuiseries à la livraison plutôt qu'à la pose, et on garde les éléments dans notre atelier jusqu'à la date de pose. Ça limite l'exposition.`,
      },
    ],
  },
  {
    author: 'salle-de-sport',
    title: `Déclarer une créance irrécouvrable : puis-je récupérer la TVA déjà reversée ?`,
    tags: ['recouvrement', 'fiscalite'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 74,
    body: `Une entreprise cliente (abonnements pour ses salariés) a été liquidée sans que je sois payé. J'avais facturé et déclaré la TVA. Est-ce que je peux la récupérer ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 4,
        downvotes: 0,
        accepted: true,
        body: `Oui. En cas de créance devenue **définitivement irrécouvrable**, vous pouvez récupérer la TVA collectée (article 272 du CGI). Pour un client en liquidation judiciaire, la créance est considérée comme irrécouvrable à la date du jugement de clôture pour insuffisance d'actif, ou dès que le mandataire délivre un certificat d'irrécouvrabilité.

Concrètement : émettez une **facture rectificative** (avoir) adressée au client, ou au mandataire liquidateur, qui fait référence à la facture initiale, et imputez la TVA sur votre déclaration. Conservez la justification (déclaration de créance, certificat du mandataire). Pour les prestations de services sur les encaissements, vous n'aviez normalement pas reversé la TVA faute de paiement : vérifiez votre régime.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Gardez aussi le justificatif de la déclaration de créance : l'administration peut demander la preuve que vous avez fait le nécessaire pour recouvrer la créance avant de l'admettre en irrécouvrable.`,
      },
    ],
  },
  {
    author: 'librairie.independante',
    title: `Vol à l'étalage répété : mon assurance multirisque peut-elle m'indemniser ?`,
    tags: ['assurances'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 59,
    body: `J'estime les vols à environ 3 % de mon chiffre d'affaires. J'ai une multirisque professionnelle avec garantie vol. L'assureur me dit que le vol simple sans effraction n'est pas couvert. C'est normal ?`,
    answers: [
      {
        author: 'courtier.assur',
        upvotes: 3,
        downvotes: 0,
        body: `Oui, c'est le cas de la quasi-totalité des contrats : la garantie vol couvre le vol avec **effraction**, escalade, usage de fausses clés ou agression, pas la « démarque inconnue » liée au vol à l'étalage. Ce risque est considéré comme un aléa d'exploitation non assurable, car il est difficile à prouver et à quantifier. La réponse est plutôt du côté de la prévention : disposition des rayons, antivols, vidéoprotection (dans le respect des règles CNIL), et sensibilisation de l'équipe.`,
      },
      {
        author: 'opticien.centre',
        upvotes: 1,
        downvotes: 0,
        body: `Même réponse de mon assureur. J'ai investi dans des antivols et une meilleure disposition des présentoirs : la démarque a baissé de moitié.`,
      },
    ],
  },
  {
    author: 'transport.ouest',
    title: `Flotte de camions : l'assureur augmente la prime de 35 % après trois sinistres`,
    tags: ['assurances'],
    upvotes: 3,
    downvotes: 1,
    daysAgo: 48,
    body: `Sur notre contrat flotte, trois accrochages cette année (aucun blessé). L'assureur annonce +35 % à l'échéance. Est-ce qu'on peut négocier ou faire jouer la concurrence facilement avec une sinistralité pareille ?`,
    answers: [],
  },
  {
    author: 'pme.industrie',
    title: `Exporter des pièces usinées vers la Turquie : faut-il une licence pour les biens à double usage ?`,
    tags: ['export'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 87,
    body: `Un client turc nous commande des pièces de précision pour des équipements qu'il dit destinés à l'aéronautique civile. Un confrère m'a alerté sur les biens à double usage. Comment savoir si nos pièces sont concernées ?`,
    answers: [
      {
        author: 'conseil.export',
        upvotes: 4,
        downvotes: 0,
        accepted: true,
        body: `Excellente vigilance. Le règlement européen sur les biens à double usage (règlement UE 2021/821) liste dans son annexe I les biens soumis à autorisation d'exportation. Les pièces usinées de précision, certains alliages et les machines-outils peuvent y figurer selon leurs caractéristiques techniques.

Démarche :
1. **Classez** vos produits en comparant leurs spécifications à l'annexe I ;
2. en cas de doute, interrogez le **service des biens à double usage (SBDU)**, rattaché à la direction générale des entreprises, qui peut rendre un avis de classement ;
3. vérifiez l'**utilisateur final** et l'usage déclaré (demandez un certificat d'utilisation finale) ;
4. contrôlez les listes de sanctions.

Exporter sans licence un bien soumis à autorisation est une infraction douanière grave. Mieux vaut perdre quelques semaines que prendre le risque.`,
      },
    ],
  },
  {
    author: 'vigneron.bordelais',
    title: `Recruter un VIE pour développer l'export en Asie : retour d'expérience ?`,
    tags: ['export', 'ressources-humaines'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 31,
    body: `Je pense recruter un jeune en volontariat international en entreprise (VIE) à Singapour pour prospecter les importateurs de la région. Pour une petite exploitation, est-ce réaliste financièrement ? Peut-on le partager avec d'autres domaines ?`,
    answers: [
      {
        author: 'conseil.export',
        upvotes: 3,
        downvotes: 0,
        body: `Le VIE est souple : pas de contrat de travail avec vous (c'est Business France qui gère le volontaire), pas de charges sociales françaises, une indemnité mensuelle fixée par pays. Le coût reste significatif pour une petite exploitation, mais le **VIE à temps partagé** entre plusieurs entreprises non concurrentes (ou un groupement de domaines d'une même appellation) permet de diviser la facture. Des aides régionales et l'assurance prospection de Bpifrance peuvent prendre en charge une partie du coût. Parlez-en au conseiller Team France Export de votre région.`,
      },
      {
        author: 'caviste_dijon',
        upvotes: 1,
        downvotes: 0,
        body: `Un domaine voisin a partagé un VIE avec deux autres producteurs au Japon. Très bon retour, à condition de bien définir qui fait quoi et comment on répartit les contacts.`,
      },
    ],
  },
  {
    author: 'boulangerie.lyon',
    title: `Congés payés acquis pendant un arrêt maladie : qu'est-ce qui a changé en 2024 ?`,
    tags: ['droit-du-travail'],
    upvotes: 7,
    downvotes: 0,
    daysAgo: 20,
    body: `Mon comptable me dit qu'une vendeuse en arrêt maladie depuis 5 mois continue d'acquérir des congés payés. Avant, ce n'était pas le cas pour la maladie non professionnelle. Qu'est-ce qui s'applique maintenant ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 8,
        downvotes: 0,
        body: `La loi du 22 avril 2024 a mis le droit français en conformité avec le droit européen :

- pendant un arrêt pour **maladie non professionnelle**, le salarié acquiert **2 jours ouvrables** de congés par mois, dans la limite de **24 jours** par an (soit 4 semaines) ;
- pendant un arrêt pour **accident du travail ou maladie professionnelle**, il acquiert 2,5 jours par mois sans limitation de durée ;
- à son retour, vous devez l'informer dans le mois du nombre de jours dont il dispose et de la date limite pour les prendre ;
- un **report de 15 mois** s'applique aux congés qui n'ont pas pu être pris en raison de la maladie.

La loi a aussi prévu une application rétroactive encadrée, avec des délais pour agir pour les salariés encore en poste. Faites paramétrer votre logiciel de paie en conséquence.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 3,
        downvotes: 0,
        body: `Côté paie, pensez à régulariser les compteurs de congés des salariés concernés depuis l'entrée en vigueur de la loi, et à informer chaque salarié à son retour. Les éditeurs de logiciels de paie ont publié des notes de mise à jour.`,
      },
    ],
  },
  {
    author: 'traiteur.evenements',
    title: `Inaptitude d'un cuisinier déclarée par le médecin du travail : quelles obligations ?`,
    tags: ['droit-du-travail'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 63,
    body: `Après un long arrêt pour problèmes de dos, le médecin du travail a déclaré mon cuisinier inapte à son poste, avec des restrictions (pas de port de charges). On est une petite équipe, je ne vois pas de poste adapté. Que dois-je faire ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Après un avis d'inaptitude d'origine non professionnelle (article L1226-2 du Code du travail), vous devez **rechercher un reclassement** tenant compte des conclusions du médecin du travail : aménagement du poste, mutation, transformation de poste, y compris dans les autres entreprises du groupe le cas échéant. Consultez le CSE s'il existe.

Si aucun poste n'est possible, vous devez informer **par écrit** le salarié des motifs qui s'opposent au reclassement, puis engager une procédure de **licenciement pour inaptitude**. Si le médecin a mentionné que « tout maintien dans l'emploi serait gravement préjudiciable à sa santé » ou que « son état de santé fait obstacle à tout reclassement », vous êtes dispensé de recherche.

Attention au délai : si le salarié n'est ni reclassé ni licencié **un mois** après l'avis, vous devez reprendre le paiement de son salaire.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 2,
        downvotes: 0,
        body: `Avant de conclure à l'impossibilité, regardez s'il existe des aides à l'aménagement du poste (Agefiph si le salarié obtient une reconnaissance de travailleur handicapé). Une table à hauteur variable ou un chariot de manutention peuvent parfois suffire.`,
      },
    ],
  },
  {
    author: 'opticien.centre',
    title: `Vol dans la caisse par une salariée : licenciement pour faute grave possible ?`,
    tags: ['droit-du-travail'],
    anonymous: true,
    upvotes: 4,
    downvotes: 0,
    daysAgo: 17,
    body: `Des écarts de caisse répétés m'ont amené à installer une caméra au-dessus de la caisse. J'ai constaté qu'une salariée prenait des billets. Je veux la licencier pour faute grave. Mes images sont-elles utilisables ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 6,
        downvotes: 0,
        body: `Le vol caractérise en général une **faute grave**. Mais la preuve est le point sensible :

- un dispositif de vidéosurveillance destiné à contrôler les salariés doit avoir fait l'objet d'une **information préalable** des salariés (article L1222-4 du Code du travail) et, s'il existe, d'une consultation du CSE, ainsi que d'une analyse de conformité au RGPD ;
- une preuve obtenue de manière déloyale n'est plus automatiquement écartée : depuis fin 2023, la Cour de cassation admet qu'elle peut être recevable si elle est **indispensable** à l'exercice du droit de la preuve et proportionnée au but poursuivi.

Procédure : convocation à entretien préalable rapidement (vous pouvez prononcer une mise à pied conservatoire), entretien, puis lettre de licenciement. Le délai de prescription des faits fautifs est de 2 mois. Vous pouvez aussi déposer plainte. Faites-vous assister, car l'enjeu de la preuve est déterminant.`,
      },
      {
        author: 'juriste.numerique',
        upvotes: 3,
        downvotes: 0,
        body: `Sur le volet données personnelles : une caméra qui filme en continu un salarié à son poste est considérée comme disproportionnée par la CNIL, sauf circonstances particulières. Un dispositif filmant la caisse pour lutter contre les vols peut être admis, avec information des salariés et durée de conservation limitée.`,
      },
    ],
  },
  {
    author: 'electricien.rennes',
    title: `Renouveler la période d'essai d'un salarié : à quelles conditions ?`,
    tags: ['droit-du-travail', 'ressources-humaines'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 11,
    body: `J'ai embauché un électricien il y a presque deux mois. J'ai encore un doute sur son autonomie. Son contrat prévoit une période d'essai de deux mois. Puis-je la prolonger ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 3,
        downvotes: 0,
        accepted: true,
        body: `Le renouvellement n'est possible que si **trois conditions** sont réunies (article L1221-21 du Code du travail) :
1. un **accord de branche étendu** le prévoit (vérifiez la convention collective du bâtiment applicable à votre catégorie) ;
2. la **possibilité de renouvellement** est expressément stipulée dans le contrat de travail ou la lettre d'engagement ;
3. le salarié **accepte** le renouvellement, de manière claire et non équivoque, **avant** la fin de la période initiale (un écrit signé de sa main).

Si son contrat ne mentionne pas le renouvellement, ce n'est pas possible. Il vous reste quelques jours pour décider, en respectant le délai de prévenance en cas de rupture.`,
      },
      {
        author: 'Maitre_Durand',
        upvotes: 2,
        downvotes: 0,
        body: `Précision utile : le renouvellement ne peut pas être imposé. Une lettre type signée du salarié, datée avant la fin de la période initiale et rédigée clairement (« j'accepte le renouvellement de ma période d'essai pour une durée de... »), est la meilleure preuve.`,
      },
    ],
  },
  {
    author: 'agence.com',
    title: `Élections du CSE à 11 salariés : procès-verbal de carence si personne ne se présente ?`,
    tags: ['droit-du-travail'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 95,
    body: `On vient de passer 11 salariés depuis plus d'un an. Je sais que je dois organiser des élections du CSE, mais personne dans l'équipe ne veut être élu. Comment ça se passe ?`,
    answers: [],
  },
  {
    author: 'menuiserie.alpes',
    title: `Prime de partage de la valeur : comment la verser dans une PME de 12 salariés ?`,
    tags: ['ressources-humaines', 'fiscalite'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 34,
    body: `Belle année malgré tout, je voudrais verser une prime à toute l'équipe. On me parle de la prime de partage de la valeur. Faut-il un accord ? Peut-on moduler selon les salariés ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `La **prime de partage de la valeur** (PPV) peut être mise en place par **décision unilatérale** de l'employeur (après consultation du CSE s'il existe) ou par accord. Points clés :

- **Modulation** possible uniquement selon des critères limitatifs : rémunération, niveau de classification, ancienneté, durée de présence effective, durée du travail prévue au contrat. Pas selon la performance individuelle.
- **Exonération de cotisations sociales** dans la limite de plafonds annuels (plus élevés en cas d'accord d'intéressement ou de participation).
- Dans les entreprises de moins de 50 salariés, le régime fiscal et social a été particulièrement favorable ces dernières années, mais les règles évoluent : vérifiez le régime applicable l'année du versement.

La prime ne doit pas se substituer à un élément de salaire existant. Un écrit simple (décision unilatérale signée et affichée) suffit.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 1,
        downvotes: 0,
        body: `Communiquez bien sur la prime : expliquez qu'elle récompense l'année collective. Un message simple de la direction change beaucoup la perception, même pour un montant modeste.`,
      },
    ],
  },
  {
    author: 'ferme.auberge',
    title: `Faire travailler des jeunes de 16 ans pendant l'été : quelles règles ?`,
    tags: ['ressources-humaines', 'droit-du-travail'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 81,
    body: `Des adolescents du village voudraient travailler à l'auberge et à la cueillette pendant les vacances d'été. Ils ont entre 16 et 17 ans. Quelles précautions dois-je prendre ?`,
    answers: [],
  },
  {
    author: 'coiffure_marseille',
    title: `Embaucher un salarié en situation de handicap : quelles aides de l'Agefiph ?`,
    tags: ['aides-publiques', 'ressources-humaines'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 68,
    body: `Je souhaite embaucher une coiffeuse reconnue travailleuse handicapée. Il faudrait adapter un poste de travail (fauteuil réglable, éclairage). Existe-t-il des aides pour l'aménagement du poste et pour l'embauche ?`,
    answers: [
      {
        author: 'conseil.rh',
        upvotes: 4,
        downvotes: 0,
        body: `Oui, l'**Agefiph** propose plusieurs aides aux employeurs privés :
- aide à l'**adaptation des situations de travail** (aménagement du poste, matériel), sur devis et après étude ;
- aides à l'embauche en contrat d'apprentissage ou de professionnalisation ;
- accompagnement par les conseillers **Cap emploi**, qui peuvent aussi vous aider à définir l'aménagement avec un ergonome.

Les aides sont à demander avant l'achat du matériel. Votre service de prévention et de santé au travail peut également vous conseiller sur l'aménagement. Et l'embauche compte pour l'obligation d'emploi de travailleurs handicapés si vous atteignez un jour 20 salariés.`,
      },
      {
        author: 'boulangerie.lyon',
        upvotes: 2,
        downvotes: 0,
        body: `J'ai embauché un pâtissier reconnu travailleur handicapé avec l'aide de Cap emploi. L'Agefiph a financé un plan de travail adapté. Démarches plus simples que prévu, et une excellente recrue.`,
      },
    ],
  },
  {
    author: 'startup_saas',
    title: `Statut de jeune entreprise innovante (JEI) : quels avantages en pratique ?`,
    tags: ['aides-publiques', 'fiscalite'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 57,
    body: `Notre SAS consacre une bonne partie de ses dépenses à la R&D. On m'a dit qu'on pourrait avoir le statut JEI. Concrètement, qu'est-ce que ça apporte et comment l'obtenir ?`,
    answers: [
      {
        author: 'fiscaliste_sud',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Le statut JEI (article 44 sexies-0 A du CGI) concerne les PME de moins de 8 ans (avec des conditions d'indépendance du capital) qui consacrent une part minimale de leurs charges à la **R&D**. Avantages :

- **exonération de cotisations patronales** de sécurité sociale sur les rémunérations du personnel affecté à la R&D, dans la limite de plafonds ;
- exonérations d'impôts locaux sur délibération des collectivités ;
- selon les périodes, exonérations d'impôt sur les bénéfices (dispositif régulièrement modifié).

Il n'y a pas d'agrément : vous appliquez le statut vous-même si vous remplissez les conditions, mais vous pouvez **sécuriser par un rescrit** auprès de l'administration fiscale. Le statut se cumule avec le CIR. Vérifiez avec votre expert-comptable le seuil de dépenses de recherche exigé pour l'année en cours.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Attention à la condition d'indépendance : si un investisseur personne morale détient une part trop importante du capital, le statut peut être perdu. Faites revérifier l'éligibilité après chaque levée de fonds.`,
      },
    ],
  },
  {
    author: 'ecommerce_bio',
    title: `Avis clients négatifs et faux : peut-on les faire supprimer ?`,
    tags: ['numerique'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 15,
    body: `Depuis une semaine, plusieurs avis à une étoile apparaissent sur ma fiche d'établissement, visiblement écrits par la même personne qui n'a jamais commandé chez moi. Ça fait chuter mes ventes. Que puis-je faire ?`,
    answers: [
      {
        author: 'juriste.numerique',
        upvotes: 6,
        downvotes: 0,
        body: `Plusieurs niveaux de réponse :

1. **Signalez** chaque avis à la plateforme via le formulaire prévu (motif : conflit d'intérêts, faux avis, contenu ne reflétant pas une expérience réelle). Les plateformes ont des obligations de modération renforcées par le règlement européen sur les services numériques (DSA).
2. **Répondez** publiquement et sobrement : « Nous ne trouvons aucune commande correspondant à votre nom, n'hésitez pas à nous contacter. »
3. Si les avis sont **diffamatoires** ou relèvent du dénigrement, vous pouvez demander au juge, en référé, d'ordonner à la plateforme de communiquer les données d'identification de l'auteur et de supprimer les contenus.

Gardez des captures d'écran datées. Et encouragez vos vrais clients satisfaits à laisser un avis : c'est la meilleure défense.`,
      },
      {
        author: 'resto-du-port',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `J'ai eu une vague de faux avis après un conflit avec un ancien salarié. Les signalements ont fini par fonctionner, mais il a fallu insister plusieurs fois et prouver que ces personnes n'étaient jamais venues.`,
      },
    ],
  },
  {
    author: 'photographe.pro',
    title: `Un concurrent a acheté un nom de domaine très proche du mien : recours possibles ?`,
    tags: ['numerique'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 104,
    body: `Un photographe de ma ville a enregistré un nom de domaine qui reprend mon nom commercial avec un tiret en plus, et redirige vers son site. Que puis-je faire ?`,
    answers: [
      {
        author: 'juriste.numerique',
        upvotes: 3,
        downvotes: 0,
        body: `Pour un nom de domaine en « .fr », l'**Afnic** propose la procédure SYRELI, rapide (environ deux mois) et peu coûteuse, pour obtenir la transmission ou la suppression d'un nom enregistré de mauvaise foi ou portant atteinte à vos droits (nom commercial, marque). Pour un « .com », c'est la procédure UDRP auprès de l'OMPI, plus chère. En parallèle, le comportement peut relever de la **concurrence déloyale** (risque de confusion, parasitisme). Une marque déposée renforce considérablement votre dossier.`,
      },
      {
        author: 'avocat.affaires',
        upvotes: 2,
        downvotes: 0,
        body: `Si votre nom commercial est exploité de longue date et connu localement, la concurrence déloyale est un bon fondement. Conservez des preuves de votre antériorité : factures, publicités, captures d'écran datées de votre site.`,
      },
    ],
  },
  {
    author: 'fleuriste.nantes',
    title: `Sous-louer une partie de ma boutique à une créatrice : le bail l'autorise-t-il ?`,
    tags: ['baux-commerciaux'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 28,
    body: `J'ai un espace inutilisé dans ma boutique que je voudrais louer à une créatrice de bijoux. Mon bail ne parle pas de sous-location. Est-ce que je peux le faire librement ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 4,
        downvotes: 0,
        accepted: true,
        body: `Non : en bail commercial, la sous-location totale ou partielle est **interdite sauf stipulation contraire du bail ou accord du bailleur** (article L145-31 du Code de commerce). Le silence du bail vaut donc interdiction. Vous devez obtenir l'accord écrit du bailleur et l'appeler à concourir à l'acte. Si le loyer de la sous-location est supérieur au loyer principal, le bailleur peut demander une augmentation correspondante.

Autre point : vérifiez la **destination** de votre bail. Si elle est limitée à « fleuriste », une activité de bijouterie peut nécessiter une **déspécialisation** partielle (adjonction d'activités connexes ou complémentaires, article L145-47).

Une alternative souvent plus simple : un contrat de dépôt-vente ou de « corner » où vous vendez ses bijoux et prenez une commission.`,
      },
      {
        author: 'atelier.couture',
        upvotes: 1,
        downvotes: 0,
        body: `Je travaille en dépôt-vente chez une fleuriste depuis deux ans : elle prend une commission sur les ventes, je passe régulièrement réassortir. Simple et sans toucher au bail.`,
      },
    ],
  },
  {
    author: 'opticien.centre',
    title: `Dépôt de garantie non restitué 4 mois après avoir quitté le local`,
    tags: ['baux-commerciaux', 'recouvrement'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 43,
    body: `J'ai quitté mon ancien local commercial il y a 4 mois, état des lieux de sortie sans réserve. Le bailleur ne me rend pas mon dépôt de garantie de 6 000 €. Y a-t-il un délai légal ?`,
    answers: [],
  },
  {
    author: 'salle-de-sport',
    title: `Acheter les murs via une SCI plutôt que louer : bonne idée pour un commerçant ?`,
    tags: ['creation-entreprise', 'baux-commerciaux'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 90,
    body: `Le propriétaire de mon local serait vendeur. J'envisage de créer une SCI pour racheter les murs et de louer à ma société d'exploitation. Quels sont les avantages et les pièges ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 4,
        downvotes: 0,
        body: `Le montage SCI + société d'exploitation est classique :
- vous **séparez** le patrimoine immobilier de l'exploitation (protection en cas de difficultés de la société, transmission facilitée) ;
- les loyers payés par la société d'exploitation sont **déductibles** et remboursent l'emprunt de la SCI ;
- à terme, vous vous constituez un patrimoine.

Pièges : fixez un **loyer de marché** (un loyer excessif peut être requalifié en acte anormal de gestion), signez un vrai **bail commercial** entre les deux entités, et réfléchissez au régime fiscal de la SCI (IR ou IS) en fonction de vos projets de revente. Attention aussi à l'endettement cumulé que la banque regardera.`,
      },
      {
        author: 'fiscaliste_sud',
        upvotes: 3,
        downvotes: 0,
        body: `Sur le choix IR ou IS pour la SCI : à l'IR, les loyers sont imposés chez vous mais la plus-value bénéficie d'abattements pour durée de détention ; à l'IS, l'amortissement réduit le résultat imposable, mais la plus-value de cession sera plus lourde. Le bon choix dépend de votre horizon de revente.`,
      },
    ],
  },
  {
    author: 'nouvelle.creatrice',
    title: `Cumuler micro-entreprise et emploi salarié : faut-il l'accord de mon employeur ?`,
    tags: ['creation-entreprise', 'droit-du-travail'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 70,
    body: `Avant de quitter mon CDI, je voudrais tester mon activité de conseil en décoration le soir et le week-end. Dois-je prévenir mon employeur ? Mon contrat contient une clause d'exclusivité.`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 5,
        downvotes: 0,
        body: `En principe, le salarié peut exercer une activité parallèle, sous réserve de respecter son **obligation de loyauté** (ne pas concurrencer son employeur, ne pas utiliser ses moyens ou son temps de travail). 

Pour la **clause d'exclusivité** : elle n'est valable que si elle est indispensable à la protection des intérêts légitimes de l'entreprise, justifiée par la nature des tâches et proportionnée. Surtout, l'article L1222-5 du Code du travail prévoit que l'employeur **ne peut opposer la clause d'exclusivité pendant un an** au salarié qui crée ou reprend une entreprise (sauf exceptions, notamment pour le temps partiel ou certaines conventions). Vous devez l'en informer. Vérifiez aussi que votre activité n'est pas concurrente de celle de votre employeur.`,
      },
      {
        author: 'compta.nantes',
        upvotes: 2,
        downvotes: 0,
        body: `Côté social, en cumul avec un emploi salarié, vous cotiserez sur votre chiffre d'affaires de micro-entrepreneur, sans droits supplémentaires significatifs mais sans frais fixes. C'est idéal pour tester une activité.`,
      },
      {
        author: 'consultant.freelance',
        upvotes: 1,
        downvotes: 0,
        body: `J'ai démarré exactement comme ça, le soir et le week-end, pendant un an. J'ai prévenu mon employeur par courrier et tout s'est bien passé. Le plus difficile a été de tenir le rythme.`,
      },
    ],
  },
  {
    author: 'plombier_bordeaux',
    title: `Cotisations sociales de l'artisan : pourquoi une régularisation aussi élevée cette année ?`,
    tags: ['tresorerie-financement', 'fiscalite'],
    upvotes: 5,
    downvotes: 0,
    daysAgo: 18,
    body: `Je suis en EI au réel. L'URSSAF m'annonce une régularisation de plus de 7 000 € sur l'année passée, alors que je payais déjà chaque mois. Ma trésorerie n'était pas prête. Comment éviter ça à l'avenir ?`,
    answers: [
      {
        author: 'compta.nantes',
        upvotes: 6,
        downvotes: 0,
        accepted: true,
        body: `Le principe : les cotisations provisionnelles de l'année N sont calculées sur vos revenus de N-2 (puis N-1 une fois la déclaration faite). Si votre revenu a fortement augmenté, la **régularisation** arrive ensuite d'un coup.

Pour l'éviter :
- **moduler** vos cotisations provisionnelles en cours d'année en déclarant un revenu estimé plus proche de la réalité, depuis votre espace URSSAF (attention, une sous-estimation importante entraîne des majorations) ;
- depuis la réforme de l'assiette et du calcul en temps réel, les indépendants peuvent opter pour des cotisations calculées sur les revenus de l'année en cours ;
- provisionner chaque mois sur un compte dédié un pourcentage de votre bénéfice estimé.

Pour la régularisation actuelle, vous pouvez demander un échéancier à l'URSSAF.`,
      },
      {
        author: 'electricien.rennes',
        upvotes: 2,
        downvotes: 0,
        anonymous: true,
        body: `J'ai vécu la même surprise l'année où mon chiffre d'affaires a fortement augmenté. Depuis, je mets 25 % de mon bénéfice mensuel sur un compte séparé. La régularisation ne me fait plus peur.`,
      },
    ],
  },
  {
    author: 'food-truck.paris',
    title: `Ma banque me refuse un terminal de paiement sans engagement : alternatives ?`,
    tags: ['numerique', 'tresorerie-financement'],
    upvotes: 1,
    downvotes: 0,
    daysAgo: 76,
    body: `Ma banque propose un TPE avec location sur 48 mois et des commissions élevées. Pour un food truck, je voudrais quelque chose de mobile et sans engagement. Vos expériences ?`,
    answers: [],
  },
  {
    author: 'imprimerie_lille',
    title: `Déposer ses comptes en mode confidentiel : qui y a droit ?`,
    tags: ['creation-entreprise', 'fiscalite'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 92,
    body: `Je n'ai pas envie que mes concurrents et clients voient mes comptes sur les sites d'information financière. J'ai entendu dire qu'on pouvait demander la confidentialité. Pour quelles entreprises ?`,
    answers: [
      {
        author: 'ExpertCompta75',
        upvotes: 3,
        downvotes: 0,
        body: `Les **micro-entreprises** au sens comptable (ne dépassant pas deux des trois seuils : total de bilan, chiffre d'affaires net, 10 salariés) peuvent déclarer que leurs comptes annuels ne seront pas rendus publics (article L232-25 du Code de commerce). Les **petites entreprises** peuvent demander la confidentialité du **compte de résultat** uniquement. La déclaration de confidentialité se fait lors du dépôt des comptes au greffe. Attention : les administrations, la Banque de France et les autorités judiciaires y ont toujours accès, et votre banque vous demandera de toute façon vos comptes.`,
      },
      {
        author: 'startup_saas',
        upvotes: 1,
        downvotes: 0,
        body: `On a choisi la confidentialité dès notre premier dépôt. Attention, certains partenaires et fournisseurs demandent quand même les comptes lors d'un référencement : il faut pouvoir les transmettre directement.`,
      },
    ],
  },
  {
    author: 'boucherie-charcuterie',
    anonymous: true,
    title: `Licenciement économique après la perte d'un marché de restauration collective`,
    tags: ['droit-du-travail', 'difficultes-entreprises'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 50,
    body: `On vient de perdre le marché de fourniture de la cuisine centrale de la commune, qui représentait près de 35 % de notre chiffre d'affaires. Je dois envisager un licenciement économique pour l'un de mes deux bouchers. Dans une entreprise de 4 salariés, suffit-il d'une baisse d'un trimestre ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 5,
        downvotes: 0,
        accepted: true,
        body: `Oui : pour les entreprises de **moins de 11 salariés**, l'article L1233-3 du Code du travail prévoit qu'une baisse significative des commandes ou du chiffre d'affaires sur **un trimestre** comparé au même trimestre de l'année précédente suffit à caractériser des difficultés économiques. Mais attention :

- la baisse doit être **significative** et réellement constatée, pas seulement anticipée ; à défaut, vous pouvez invoquer d'autres indicateurs (pertes d'exploitation, dégradation de la trésorerie) ;
- vous devez justifier de la **suppression du poste** et rechercher un reclassement ;
- les critères d'ordre s'appliquent entre vos deux bouchers.

Procédure individuelle : convocation, entretien préalable, proposition du CSP, lettre de licenciement au moins 7 jours ouvrables après l'entretien, information de la DREETS.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 2,
        downvotes: 0,
        body: `Prenez le temps d'expliquer la situation aux deux bouchers, même à celui qui reste : dans une équipe de quatre, un licenciement pèse sur tout le monde. Proposez aussi un accompagnement concret au salarié licencié (attestation de compétences, réseau de confrères).`,
      },
    ],
  },
  {
    author: 'cabinet.archi',
    title: `Honoraires d'architecte impayés par un particulier : la prescription de 2 ans s'applique-t-elle ?`,
    tags: ['recouvrement'],
    upvotes: 2,
    downvotes: 0,
    daysAgo: 115,
    body: `Un particulier pour qui nous avons conçu une extension de maison ne nous a jamais réglé la dernière phase de mission, il y a 20 mois. Un confrère m'a parlé d'une prescription courte. Dois-je agir vite ?`,
    answers: [
      {
        author: 'avocat.affaires',
        upvotes: 3,
        downvotes: 0,
        body: `Oui, agissez vite. Selon la jurisprudence, l'action des professionnels pour les services qu'ils fournissent aux **consommateurs** se prescrit par **2 ans** (article L218-2 du Code de la consommation), et les juges ont appliqué ce délai aux architectes à l'égard de clients particuliers. Le point de départ est en principe la date de la facture ou de l'achèvement de la prestation. Envoyez une mise en demeure, mais sachez qu'elle n'interrompt pas la prescription : seule une action en justice (ou une reconnaissance de dette du client) le fait. Déposez une requête en injonction de payer sans tarder.`,
      },
      {
        author: 'photographe.pro',
        upvotes: 1,
        downvotes: 0,
        body: `Même problème pour moi avec des clients particuliers. Depuis, j'envoie un rappel avant les 18 mois et je dépose une injonction de payer si rien ne bouge. La prescription courte est un vrai piège.`,
      },
    ],
  },
  {
    author: 'transport.ouest',
    title: `Comment présenter un prévisionnel de trésorerie crédible à son banquier ?`,
    tags: ['tresorerie-financement'],
    upvotes: 4,
    downvotes: 0,
    daysAgo: 2,
    body: `Mon banquier me demande un prévisionnel de trésorerie sur 12 mois pour étudier une augmentation de nos lignes court terme. Mon dernier document a été jugé « peu lisible ». Quels sont les éléments qu'un banquier attend vraiment ?`,
    answers: [],
  },
  {
    author: 'ferme.auberge',
    title: `Vente directe de produits fermiers en ligne : quelles règles sanitaires pour l'expédition ?`,
    tags: ['numerique'],
    upvotes: 1,
    downvotes: 0,
    daysAgo: 60,
    body: `On souhaite expédier nos fromages et charcuteries par colis réfrigéré aux clients de toute la France. Quelles obligations sanitaires et quelles mentions sur le site ?`,
    answers: [],
  },
  {
    author: 'librairie.independante',
    title: `Rupture conventionnelle avec une salariée protégée : est-ce possible ?`,
    tags: ['droit-du-travail'],
    upvotes: 3,
    downvotes: 0,
    daysAgo: 84,
    body: `Une de mes salariées est conseillère du salarié (inscrite sur la liste préfectorale). Elle souhaite partir et nous sommes d'accord sur une rupture conventionnelle. La procédure est-elle la même ?`,
    answers: [
      {
        author: 'Maitre_Durand',
        upvotes: 4,
        downvotes: 0,
        accepted: true,
        body: `Non, la procédure diffère : pour un salarié protégé (dont le conseiller du salarié), la rupture conventionnelle n'est pas soumise à homologation de la DREETS mais à **l'autorisation de l'inspecteur du travail** (article L1237-15 du Code du travail). Après la signature de la convention et l'expiration du délai de rétractation de 15 jours calendaires, vous adressez la demande d'autorisation à l'inspection du travail, qui mène une enquête. Le contrat ne peut être rompu qu'au lendemain de l'autorisation. Comptez donc un délai plus long qu'une rupture conventionnelle classique.`,
      },
      {
        author: 'conseil.rh',
        upvotes: 2,
        downvotes: 0,
        body: `Anticipez le délai : entre la rétractation et l'enquête de l'inspecteur, comptez plus d'un mois. Si la salariée a un projet avec une date précise, ajustez la date de fin de contrat en conséquence.`,
      },
    ],
  },
];

// Partenaires et experts vérifiés de démonstration : organisations fictives, numéros
// d'inscription préfixés DEMO (aucun n'existe dans un registre officiel).

export interface DemoOrganisation {
  slug: string;
  name: string;
  description: string;
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    slug: 'cci-demonstration',
    name: `CCI de démonstration`,
    description: `Chambre de commerce et d'industrie fictive, pour la démonstration : elle accompagne les commerçants et les PME de son territoire et anime des sessions de questions-réponses avec des experts.`,
  },
  {
    slug: 'cma-demonstration',
    name: `Chambre de métiers de démonstration`,
    description: `Chambre de métiers et de l'artisanat fictive, pour la démonstration : elle conseille les artisans, de la création à la transmission de leur entreprise.`,
  },
];

export interface DemoPartnerModerator {
  key: string;
  pseudonym: string;
  bio: string;
  organisation: string /* DemoOrganisation.slug */;
}

export const demoPartnerModerators: DemoPartnerModerator[] = [
  {
    key: 'moderation.cci-demo',
    pseudonym: 'moderation.cci-demo',
    bio: `Conseillère entreprises à la CCI de démonstration.`,
    organisation: 'cci-demonstration',
  },
  {
    key: 'moderation.cma-demo',
    pseudonym: 'moderation.cma-demo',
    bio: `Conseiller création-transmission à la Chambre de métiers de démonstration.`,
    organisation: 'cma-demonstration',
  },
];

export interface DemoExpertProfile {
  profession: 'avocat' | 'expert-comptable' | 'consultant' | 'autre';
  registerName: string;
  registrationNumber: string;
  areas: string[] /* 1 to 3 */;
  tags: string[] /* slugs, 1 to 5 */;
  /** Rattaché à une organisation partenaire de démonstration. */
  organisation?: string;
}

/** The verified request behind each demo expert's badge (DemoUser.key → profile). */
export const demoExpertProfiles: Record<string, DemoExpertProfile> = {
  ExpertCompta75: {
    profession: 'expert-comptable',
    registerName: `Ordre des experts-comptables Paris Île-de-France`,
    registrationNumber: 'DEMO-75-0001',
    areas: [`Comptabilité des TPE`, `Fiscalité des commerçants`, `Trésorerie`],
    tags: ['fiscalite', 'tresorerie-financement', 'creation-entreprise'],
    organisation: 'cci-demonstration',
  },
  'compta.nantes': {
    profession: 'expert-comptable',
    registerName: `Ordre des experts-comptables Pays de la Loire`,
    registrationNumber: 'DEMO-44-0002',
    areas: [`Création d'entreprise`, `Paie`],
    tags: ['creation-entreprise', 'fiscalite'],
  },
  Maitre_Durand: {
    profession: 'avocat',
    registerName: `Barreau de Lyon`,
    registrationNumber: 'DEMO-LY-0003',
    areas: [`Droit social côté employeurs`, `Contentieux prud'homal`],
    tags: ['droit-du-travail', 'ressources-humaines'],
    organisation: 'cma-demonstration',
  },
  'avocat.affaires': {
    profession: 'avocat',
    registerName: `Barreau de Bordeaux`,
    registrationNumber: 'DEMO-BX-0004',
    areas: [`Baux commerciaux`, `Contrats`, `Recouvrement`],
    tags: ['baux-commerciaux', 'recouvrement'],
  },
  'conseil.rh': {
    profession: 'consultant',
    registerName: `SIREN (démonstration)`,
    registrationNumber: 'DEMO 000 000 005',
    areas: [`Recrutement`, `Entretiens professionnels`],
    tags: ['ressources-humaines', 'droit-du-travail'],
  },
  'ex.administrateur': {
    profession: 'autre',
    registerName: `SIREN (démonstration)`,
    registrationNumber: 'DEMO 000 000 006',
    areas: [`Prévention des difficultés`, `Procédures collectives`],
    tags: ['difficultes-entreprises'],
  },
  'courtier.assur': {
    profession: 'autre',
    registerName: `SIREN (démonstration)`,
    registrationNumber: 'DEMO 000 000 007',
    areas: [`Assurances professionnelles`],
    tags: ['assurances'],
  },
  'conseil.export': {
    profession: 'autre',
    registerName: `SIREN (démonstration)`,
    registrationNumber: 'DEMO 000 000 008',
    areas: [`Formalités douanières`, `Prospection à l'export`],
    tags: ['export'],
  },
  'juriste.numerique': {
    profession: 'autre',
    registerName: `SIREN (démonstration)`,
    registrationNumber: 'DEMO 000 000 009',
    areas: [`RGPD`, `Contrats du numérique`],
    tags: ['numerique'],
  },
  fiscaliste_sud: {
    profession: 'avocat',
    registerName: `Barreau de Montpellier`,
    registrationNumber: 'DEMO-MT-0010',
    areas: [`Fiscalité des entreprises`, `Contrôle fiscal`],
    tags: ['fiscalite'],
  },
};

export interface DemoSession {
  organisation: string /* DemoOrganisation.slug */;
  title: string;
  description: string;
  /** Days from the day the demo is seeded; the session runs from 14:00 to 15:00 (Paris). */
  inDays: number;
  experts: string[] /* demo user keys, verified experts */;
  tags: string[];
}

/** Sessions to come, so that the demo shows the live sessions' list, subscriptions and pages. */
export const demoSessions: DemoSession[] = [
  {
    organisation: 'cci-demonstration',
    title: `Trésorerie et fiscalité : une heure avec un expert-comptable`,
    description: `Session de démonstration : posez vos questions sur la trésorerie, la TVA et les échéances fiscales de votre commerce ; un expert-comptable y répond en direct.`,
    inDays: 2,
    experts: ['ExpertCompta75'],
    tags: ['tresorerie-financement', 'fiscalite'],
  },
  {
    organisation: 'cma-demonstration',
    title: `Embaucher son premier salarié : questions à une avocate`,
    description: `Session de démonstration : contrat, période d'essai, rupture… une avocate en droit social répond aux artisans.`,
    inDays: 5,
    experts: ['Maitre_Durand'],
    tags: ['droit-du-travail'],
  },
];
