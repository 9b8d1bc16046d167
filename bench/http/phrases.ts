// French business vocabulary for the benchmark data set. Titles and bodies are combinations of
// these phrases, so that full-text search, stemming and the typo lexicon see a realistic corpus.
// Only plain text: no `<`, `>` or `&`, so that wrapping a paragraph in <p> is valid HTML.

export const questionStarts = [
  'Comment gérer',
  'Comment anticiper',
  'Comment sécuriser',
  'Comment bien préparer',
  'Quelles démarches pour',
  'Quelles erreurs éviter avec',
  'Quels risques avec',
  'Quels documents fournir pour',
  'Qui peut m’aider pour',
  'Par où commencer avec',
  'Comment optimiser',
  'Quelles sont les règles pour',
];

/** Each subject belongs to one of the demo tags (db/seeders/demoContent.ts): the question's first tag. */
export const questionSubjects: Array<[subject: string, tag: string]> = [
  ['un prêt garanti par l’État', 'tresorerie-financement'],
  ['un découvert bancaire autorisé', 'tresorerie-financement'],
  ['l’affacturage des factures clients', 'tresorerie-financement'],
  ['le besoin en fonds de roulement', 'tresorerie-financement'],
  ['une subvention régionale à l’investissement', 'aides-publiques'],
  ['un prêt d’honneur Initiative France', 'aides-publiques'],
  ['l’aide à l’embauche d’un apprenti', 'aides-publiques'],
  ['une rupture conventionnelle', 'droit-du-travail'],
  ['un licenciement pour motif économique', 'droit-du-travail'],
  ['l’activité partielle de longue durée', 'droit-du-travail'],
  ['le crédit d’impôt recherche', 'fiscalite'],
  ['la cotisation foncière des entreprises', 'fiscalite'],
  ['la TVA sur les acomptes', 'fiscalite'],
  ['la TVA intracommunautaire', 'export'],
  ['les incoterms d’un contrat export', 'export'],
  ['le dédouanement d’une marchandise', 'export'],
  ['le choix entre SAS et SARL', 'creation-entreprise'],
  ['l’immatriculation au guichet unique', 'creation-entreprise'],
  ['le statut de micro-entrepreneur', 'creation-entreprise'],
  ['une facture impayée', 'recouvrement'],
  ['une injonction de payer', 'recouvrement'],
  ['les pénalités de retard de paiement', 'recouvrement'],
  ['la révision triennale du loyer', 'baux-commerciaux'],
  ['le renouvellement d’un bail commercial', 'baux-commerciaux'],
  ['la cession du droit au bail', 'baux-commerciaux'],
  ['une assurance perte d’exploitation', 'assurances'],
  ['la garantie décennale', 'assurances'],
  ['la prévoyance du dirigeant', 'assurances'],
  ['la facturation électronique obligatoire', 'numerique'],
  ['la conformité RGPD du fichier clients', 'numerique'],
  ['une cyberattaque par rançongiciel', 'numerique'],
  ['l’entretien professionnel obligatoire', 'ressources-humaines'],
  ['le télétravail des salariés', 'ressources-humaines'],
  ['le recrutement d’un premier cadre', 'ressources-humaines'],
  ['une procédure de conciliation', 'difficultes-entreprises'],
  ['un plan de sauvegarde', 'difficultes-entreprises'],
  ['un mandat ad hoc', 'difficultes-entreprises'],
];

export const questionContexts = [
  'dans une SARL de huit salariés',
  'pour une SAS en création',
  'dans une entreprise artisanale',
  'après une baisse du chiffre d’affaires',
  'avant la clôture de l’exercice',
  'avec un client allemand',
  'pour un commerce de centre-ville',
  'quand on est seul dirigeant',
  'après un contrôle URSSAF',
  'dans une PME industrielle',
  'pour une entreprise du bâtiment',
  'dans un cabinet de conseil',
  'pour une boulangerie',
  'dans une jeune entreprise innovante',
  'en période de forte croissance',
  'pour une entreprise familiale',
];

export const companies = [
  'une SARL de huit salariés dans le bâtiment',
  'une boulangerie-pâtisserie en Bretagne',
  'une agence de communication à Lyon',
  'un cabinet de conseil en informatique',
  'une entreprise de transport routier',
  'une PME industrielle de quarante salariés',
  'un restaurant de cinquante couverts',
  'une jeune entreprise du numérique',
  'une entreprise de négoce de vins',
  'un commerce de détail à Lille',
  'une société de services à la personne',
  'une menuiserie artisanale',
  'un garage automobile',
  'une exploitation viticole',
  'une entreprise de nettoyage industriel',
  'une pharmacie d’officine',
];

export const situationSentences = [
  'Notre chiffre d’affaires a baissé de vingt pour cent depuis le début de l’année.',
  'Notre banque nous demande des garanties supplémentaires.',
  'Un de nos principaux clients règle ses factures avec quatre-vingt-dix jours de retard.',
  'Nous envisageons de recruter deux salariés en contrat à durée indéterminée.',
  'Notre expert-comptable nous conseille d’attendre la clôture de l’exercice.',
  'La trésorerie est tendue depuis l’augmentation du coût des matières premières.',
  'Nous avons reçu un courrier de l’administration fiscale la semaine dernière.',
  'Le bail de nos locaux arrive à échéance dans six mois.',
  'Nous souhaitons développer nos ventes en Espagne et en Allemagne.',
  'Un salarié nous a demandé une rupture conventionnelle.',
  'Nos marges se sont réduites avec la hausse des prix de l’énergie.',
  'Nous avons déjà bénéficié d’un prêt garanti par l’État en 2020.',
  'Le propriétaire des murs veut augmenter le loyer de façon importante.',
  'Notre assureur refuse de prendre en charge le sinistre.',
  'Nous préparons le passage à la facturation électronique.',
  'La région propose plusieurs dispositifs d’aide mais les délais sont longs.',
  'Nous hésitons entre un crédit-bail et un emprunt bancaire classique.',
  'Le carnet de commandes est plein mais les fournisseurs exigent un paiement comptant.',
  'Je suis associé à parts égales avec un ami d’enfance.',
  'Nous avons subi une tentative d’intrusion sur notre système informatique.',
  'L’URSSAF nous a accordé un échéancier que nous avons du mal à tenir.',
  'Nous voulons former nos salariés aux nouveaux outils numériques.',
  'Un concurrent propose de racheter une partie de notre activité.',
  'Le tribunal de commerce nous a convoqués pour un entretien de prévention.',
  'Nos clients publics paient avec plusieurs mois de retard.',
  'Nous avons investi dans une nouvelle machine de production l’an dernier.',
  'Je n’ai pas de service juridique et je gère tout moi-même.',
  'Le commissaire aux comptes a soulevé une réserve sur nos stocks.',
  'Nous recevons de plus en plus de demandes de clients étrangers.',
  'La saisonnalité de notre activité complique la gestion de la trésorerie.',
];

export const questionAsks = [
  'quelles sont les démarches à suivre et dans quel ordre ?',
  'quels délais faut-il prévoir ?',
  'quels sont les risques si nous ne faisons rien ?',
  'à qui faut-il s’adresser en priorité ?',
  'quel est le coût réel pour l’entreprise ?',
  'avez-vous déjà vécu une situation comparable ?',
  'quels documents faut-il préparer ?',
  'existe-t-il des aides ou des dispositifs adaptés ?',
  'faut-il passer par un avocat ou un expert-comptable ?',
  'comment éviter une erreur coûteuse ?',
];

export const questionClosings = [
  'Merci d’avance pour vos retours d’expérience.',
  'Toute piste sera la bienvenue.',
  'Merci pour votre aide, je reste disponible pour préciser la situation.',
  'Je vous remercie par avance.',
  'Merci à ceux qui prendront le temps de répondre.',
];

export const answerOpenings = [
  'nous avons connu la même situation il y a deux ans.',
  'je suis expert-comptable et je vois souvent ce cas.',
  'tout dépend de la taille de votre entreprise.',
  'avant toute chose, vérifiez votre convention collective.',
  'je vous conseille de ne pas attendre.',
  'la réponse courte est oui, sous conditions.',
  'votre question revient souvent chez nos clients.',
  'j’ai accompagné plusieurs dirigeants dans ce cas.',
];

export const answerSentences = [
  'Contactez d’abord votre chargé d’affaires pour présenter un plan de trésorerie sur douze mois.',
  'Le médiateur du crédit peut intervenir gratuitement si la banque refuse.',
  'Conservez une trace écrite de toutes vos relances, elle vous servira devant le juge.',
  'La chambre de commerce et d’industrie propose un diagnostic gratuit.',
  'Bpifrance dispose de garanties qui rassurent les banques.',
  'Un avocat en droit social vous évitera un contentieux aux prud’hommes.',
  'Le délai de rétractation de quinze jours doit être respecté.',
  'Votre expert-comptable peut simuler l’impact fiscal avant la clôture.',
  'Demandez un échéancier au service des impôts des entreprises, il est souvent accordé.',
  'La mise en demeure par lettre recommandée est une étape indispensable.',
  'Le crédit d’impôt s’impute sur l’impôt sur les sociétés de l’année.',
  'Vérifiez les clauses de votre contrat d’assurance, notamment les exclusions.',
  'Le guichet unique de l’INPI centralise désormais toutes les formalités.',
  'Les douanes proposent un accompagnement personnalisé aux primo-exportateurs.',
  'Une procédure de conciliation reste confidentielle et préserve vos relations commerciales.',
  'Le bail prévoit généralement une indexation sur l’indice des loyers commerciaux.',
  'Faites le point avec vos salariés lors de l’entretien professionnel.',
  'Le télétravail doit être encadré par un accord collectif ou une charte.',
  'La facturation électronique devient obligatoire pour toutes les entreprises.',
  'Un tableau de bord mensuel vous aidera à anticiper les tensions de trésorerie.',
];

export const answerClosings = [
  'Bon courage pour la suite.',
  'N’hésitez pas si vous avez d’autres questions.',
  'Tenez-nous au courant de la suite.',
  'J’espère que cela vous aidera.',
  'Courage, cette situation se règle presque toujours.',
];

export const firstNames = [
  'Claire',
  'Thomas',
  'Nadia',
  'Julien',
  'Sophie',
  'Karim',
  'Camille',
  'Nicolas',
  'Amandine',
  'Mehdi',
  'Isabelle',
  'Pierre',
  'Laure',
  'Yann',
  'Chloe',
  'Antoine',
  'Fatou',
  'Olivier',
  'Lucie',
  'Romain',
];

export const lastNames = [
  'Martin',
  'Bernard',
  'Dubois',
  'Lefebvre',
  'Moreau',
  'Girard',
  'Roux',
  'Fontaine',
  'Mercier',
  'Blanc',
  'Guerin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'Francois',
  'Legrand',
  'Gauthier',
  'Perrin',
  'Robin',
  'Masson',
];

/** The question of the question-page scenario: always exactly HOT_ANSWERS answers. */
export const hotQuestion = {
  title: 'Comment financer le besoin en fonds de roulement d’une PME industrielle en forte croissance ?',
  body:
    'Bonjour, je dirige une PME industrielle de quarante salariés. Notre carnet de commandes a doublé en un an, ' +
    'mais nos clients paient à soixante jours et nos fournisseurs exigent un paiement comptant.\n\n' +
    'Notre banque hésite à augmenter notre découvert autorisé. Faut-il privilégier l’affacturage, un prêt ' +
    'de trésorerie garanti par Bpifrance ou une augmentation de capital ? Quels délais faut-il prévoir ?\n\n' +
    'Merci d’avance pour vos retours d’expérience.',
  tags: ['tresorerie-financement', 'aides-publiques'],
};

/** A few words of one answer posted during the benchmark (valid body: 20 to 30 000 characters). */
export function postedAnswerBody(author: number, sequence: number): string {
  const pick = <T>(list: T[], n: number): T => list[n % list.length]!;
  return [
    `Bonjour, ${pick(answerOpenings, author + sequence)}`,
    `${pick(answerSentences, author * 7 + sequence)} ${pick(answerSentences, author + sequence * 3 + 5)}`,
    `${pick(answerClosings, sequence)} (retour n° ${sequence + 1})`,
  ].join('\n\n');
}
