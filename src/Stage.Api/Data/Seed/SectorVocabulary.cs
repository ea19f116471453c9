namespace Stage.Api.Data.Seed;

/// <summary>
/// Words of one sector for building French texts: jobs ("métier de …"), activities (objects of
/// "découvrir …"), singular workplaces ("notre …"), brand words of company names ("Martin …"), and
/// how common private employers of the sector are (relative weight, 0 for none).
/// </summary>
internal sealed record SectorWords(
    string[] Jobs,
    string[] Activities,
    string[] Workplaces,
    string[] Brands,
    double PrivateWeight);

/// <summary>The words of the 51 sectors, in sector id order (s1..s51).</summary>
internal static class SectorVocabulary
{
    public static SectorWords For(int sectorId) => All[sectorId - 1];

    public static IReadOnlyList<SectorWords> All { get; } =
    [
        new( // s1 Agroéquipement
            ["technicien en agroéquipement", "mécanicien en machinisme agricole", "conseiller commercial en matériel agricole"],
            ["l'entretien des tracteurs et des moissonneuses", "le diagnostic électronique des engins", "la préparation des machines avant la saison", "le conseil aux agriculteurs"],
            ["concession agricole", "atelier de machinisme"],
            ["Agri Services", "Motoculture", "Agroéquipement"], 1),
        new( // s2 Architecture, urbanisme et paysage
            ["architecte", "paysagiste concepteur", "urbaniste", "dessinateur-projeteur"],
            ["la conception de plans sur ordinateur", "les visites de chantier", "la réalisation de maquettes", "les rendez-vous avec les clients"],
            ["cabinet d'architecture", "agence de paysage"],
            ["Architectes", "Paysages", "Urbanisme"], 1.5),
        new( // s3 Armée - Défense
            ["militaire du rang", "officier", "mécanicien aéronautique", "marin"],
            ["la vie quotidienne d'un régiment", "la présentation des métiers de la défense", "l'entretien des matériels", "les activités sportives et la cohésion d'équipe"],
            ["site industriel de défense", "bureau d'études"],
            ["Défense Systèmes", "Équipements", "Technologies"], 0.3),
        new( // s4 Art et design
            ["designer graphique", "designer d'objet", "illustrateur"],
            ["la recherche de formes et de couleurs", "la création de maquettes", "l'utilisation des logiciels de mise en page", "la présentation d'un projet à un client"],
            ["studio de design", "atelier graphique"],
            ["Design", "Studio", "Graphisme"], 1),
        new( // s5 Artisanat d'art
            ["ébéniste", "céramiste", "doreur", "tapissier décorateur"],
            ["le travail de la matière à la main", "la restauration d'objets anciens", "les outils traditionnels", "la vente en atelier-boutique"],
            ["atelier", "atelier-boutique"],
            ["Créations", "Atelier", "Arts"], 1),
        new( // s6 Arts du spectacle
            ["comédien", "régisseur lumière", "technicien son", "chargé de production"],
            ["les répétitions d'un spectacle", "le montage des décors", "les réglages du son et de la lumière", "l'accueil du public"],
            ["théâtre", "salle de spectacle"],
            ["Productions", "Spectacles", "Scène"], 1),
        new( // s7 Audiovisuel
            ["monteur vidéo", "cadreur", "ingénieur du son", "réalisateur"],
            ["le tournage d'un reportage", "le montage des images", "le mixage du son", "la préparation du matériel de tournage"],
            ["studio", "société de production"],
            ["Productions", "Films", "Vidéo"], 1),
        new( // s8 Automobile
            ["mécanicien automobile", "carrossier", "technicien de maintenance automobile", "conseiller commercial automobile"],
            ["le diagnostic des pannes", "l'entretien des véhicules", "la réparation de carrosserie", "l'accueil des clients à l'atelier"],
            ["garage", "carrosserie", "centre auto"],
            ["Automobiles", "Auto", "Carrosserie"], 4),
        new( // s9 Banque et assurance
            ["conseiller bancaire", "chargé de clientèle", "gestionnaire de sinistres", "analyste financier"],
            ["l'accueil des clients en agence", "l'étude d'un dossier de prêt", "la gestion des contrats d'assurance", "les rendez-vous de conseil"],
            ["agence bancaire", "cabinet d'assurances"],
            ["Assurances", "Patrimoine", "Finance"], 3),
        new( // s10 Bâtiment et travaux publics (BTP)
            ["maçon", "conducteur de travaux", "électricien du bâtiment", "plombier-chauffagiste", "géomètre"],
            ["la visite des chantiers", "la lecture de plans", "les règles de sécurité sur un chantier", "la pose des matériaux"],
            ["entreprise de maçonnerie", "chantier"],
            ["Bâtiment", "Construction", "Travaux Publics", "Rénovation"], 5),
        new( // s11 Bien-être
            ["esthéticien", "coiffeur", "praticien en massage bien-être", "prothésiste ongulaire"],
            ["l'accueil et le conseil de la clientèle", "la préparation des cabines de soin", "les produits cosmétiques", "la prise de rendez-vous"],
            ["institut de beauté", "salon de coiffure", "spa"],
            ["Beauté", "Coiffure", "Bien-être"], 3),
        new( // s12 Commerce et distribution
            ["vendeur", "chef de rayon", "employé de commerce", "responsable de magasin"],
            ["la mise en rayon", "l'accueil et le conseil des clients", "la gestion des stocks", "l'encaissement"],
            ["magasin", "supermarché", "boutique"],
            ["Distribution", "Commerce", "Market"], 6),
        new( // s13 Communication
            ["chargé de communication", "community manager", "attaché de presse"],
            ["la rédaction de publications pour les réseaux sociaux", "la préparation d'un événement", "les relations avec la presse", "la création de supports de communication"],
            ["agence de communication"],
            ["Communication", "Conseil", "Événements"], 2),
        new( // s14 Comptabilité, gestion, ressources humaines
            ["comptable", "gestionnaire de paie", "chargé de recrutement", "expert-comptable"],
            ["la saisie des factures", "la préparation des bulletins de paie", "les entretiens de recrutement", "le bilan annuel d'une entreprise"],
            ["cabinet comptable", "service des ressources humaines"],
            ["Expertise", "Gestion", "Audit et Conseil"], 3),
        new( // s15 Conseil et audit
            ["consultant", "auditeur", "chef de projet"],
            ["l'analyse des besoins d'un client", "la préparation d'une présentation", "les réunions d'équipe", "l'audit d'une organisation"],
            ["cabinet de conseil"],
            ["Conseil", "Partners", "Consulting"], 2),
        new( // s16 Construction aéronautique, ferroviaire et navale
            ["technicien aéronautique", "chaudronnier", "ajusteur-monteur", "ingénieur en conception"],
            ["l'assemblage de structures", "le contrôle qualité des pièces", "la lecture de plans techniques", "les lignes de production"],
            ["site de production", "chantier naval"],
            ["Aéro Industries", "Aéronautique", "Naval", "Ferroviaire"], 1.5),
        new( // s17 Culture et patrimoine
            ["guide-conférencier", "médiateur culturel", "restaurateur d'œuvres", "archiviste"],
            ["les visites guidées", "la préparation d'une exposition", "la conservation des collections", "l'accueil des publics"],
            ["musée", "château", "site patrimonial"],
            ["Patrimoine", "Héritage", "Culture"], 0.8),
        new( // s18 Droit et justice
            ["avocat", "notaire", "juriste", "huissier de justice"],
            ["la préparation d'un dossier", "une audience au tribunal", "la rédaction des actes", "l'accueil des clients"],
            ["cabinet d'avocats", "office notarial"],
            ["Avocats", "Notaires", "Juridique"], 2),
        new( // s19 Édition, librairie, bibliothèque
            ["libraire", "éditeur", "bibliothécaire", "correcteur"],
            ["le conseil aux lecteurs", "la réception des nouveautés", "la préparation d'une rencontre avec un auteur", "le classement des ouvrages"],
            ["librairie", "maison d'édition"],
            ["Éditions", "Librairie", "Livres"], 1.5),
        new( // s20 Électronique
            ["technicien en électronique", "câbleur", "ingénieur électronicien"],
            ["le soudage de composants", "les tests de cartes électroniques", "la conception de circuits", "le contrôle qualité"],
            ["laboratoire d'essais", "atelier de câblage"],
            ["Électronique", "Systèmes", "Technologies"], 1.5),
        new( // s21 Énergie
            ["technicien de maintenance éolienne", "électricien", "ingénieur énergéticien", "installateur photovoltaïque"],
            ["une installation solaire", "le suivi de la production d'énergie", "les économies d'énergie", "la maintenance des équipements"],
            ["centrale", "site de production d'énergie"],
            ["Énergies", "Solaire", "Énergie Services"], 2),
        new( // s22 Enseignement
            ["professeur des écoles", "formateur", "conseiller d'orientation", "professeur documentaliste"],
            ["la préparation des cours", "une journée de classe", "l'accompagnement des élèves", "la correction des copies"],
            ["établissement", "centre de formation"],
            ["Formation", "Éducation", "Savoirs"], 1.5),
        new( // s23 Environnement
            ["technicien de l'environnement", "animateur nature", "chargé de mission biodiversité", "agent de tri"],
            ["les relevés sur le terrain", "le tri et la valorisation des déchets", "l'entretien des espaces naturels", "la sensibilisation du public"],
            ["centre de tri", "bureau d'études"],
            ["Environnement", "Recyclage", "Écologie"], 2),
        new( // s24 Filière bois
            ["menuisier", "charpentier", "bûcheron", "technicien de scierie"],
            ["le travail du bois en atelier", "la découpe et l'assemblage", "la gestion de la forêt", "la fabrication d'un escalier"],
            ["menuiserie", "scierie", "atelier de charpente"],
            ["Bois", "Charpente", "Menuiserie"], 2),
        new( // s25 Fonction publique
            ["agent administratif", "secrétaire de mairie", "attaché territorial", "agent d'accueil"],
            ["l'accueil des usagers", "la gestion des dossiers administratifs", "la préparation d'un conseil municipal", "l'organisation des élections"],
            ["service", "administration"],
            [], 0),
        new( // s26 Hôtellerie, restauration
            ["cuisinier", "serveur", "réceptionniste", "pâtissier"],
            ["la préparation des plats", "le service en salle", "l'accueil des clients à la réception", "la mise en place de la cuisine"],
            ["restaurant", "hôtel", "brasserie"],
            ["Hôtellerie", "Gastronomie", "Traiteur"], 6),
        new( // s27 Immobilier, transactions immobilières
            ["agent immobilier", "négociateur immobilier", "gestionnaire locatif", "syndic de copropriété"],
            ["les visites de biens", "l'estimation d'un logement", "la rédaction des annonces", "la gestion des locations"],
            ["agence immobilière"],
            ["Immobilier", "Immo", "Habitat"], 3),
        new( // s28 Industrie alimentaire
            ["boulanger", "technicien de production agroalimentaire", "boucher", "fromager"],
            ["la fabrication des produits", "les règles d'hygiène", "le conditionnement", "le contrôle qualité en laboratoire"],
            ["boulangerie", "fromagerie", "usine de production"],
            ["Saveurs", "Alimentaire", "Terroir", "Biscuiterie"], 3),
        new( // s29 Industrie chimique
            ["technicien de laboratoire", "opérateur de fabrication", "ingénieur chimiste"],
            ["les analyses en laboratoire", "la sécurité sur un site industriel", "la fabrication de produits cosmétiques", "le contrôle des matières premières"],
            ["laboratoire", "site industriel"],
            ["Chimie", "Cosmétiques", "Laboratoires"], 1.5),
        new( // s30 Industrie, ingénierie industrielle
            ["ingénieur méthodes", "technicien de production", "opérateur sur machine", "responsable qualité"],
            ["le fonctionnement d'une ligne de production", "l'amélioration des procédés", "la robotique industrielle", "la sécurité au travail"],
            ["usine", "site de production"],
            ["Industrie", "Ingénierie", "Process"], 3),
        new( // s31 Informatique et réseaux
            ["développeur", "administrateur réseau", "technicien support", "spécialiste en cybersécurité"],
            ["la programmation d'une application", "l'installation de postes informatiques", "la sécurité des données", "l'assistance aux utilisateurs"],
            ["entreprise de services numériques", "agence web"],
            ["Informatique", "Numérique", "Digital", "Systèmes"], 5),
        new( // s32 Jeu vidéo
            ["game designer", "développeur de jeux", "graphiste 3D", "testeur de jeux vidéo"],
            ["la création de niveaux", "les tests d'un jeu en développement", "la modélisation 3D", "les réunions de conception"],
            ["studio de jeux vidéo"],
            ["Games", "Studio", "Interactive"], 0.8),
        new( // s33 Journalisme
            ["journaliste", "photographe de presse", "secrétaire de rédaction"],
            ["la conférence de rédaction", "l'écriture d'articles", "les reportages sur le terrain", "la mise en page du journal"],
            ["rédaction", "radio locale"],
            ["Médias", "Presse", "Info"], 1),
        new( // s34 Logistique et transport
            ["cariste", "conducteur routier", "agent d'exploitation", "préparateur de commandes"],
            ["la préparation des commandes", "l'organisation des tournées", "la gestion d'un entrepôt", "le chargement des camions"],
            ["entrepôt", "plateforme logistique"],
            ["Transports", "Logistique", "Express"], 4),
        new( // s35 Maintenance
            ["technicien de maintenance", "électromécanicien", "frigoriste"],
            ["le dépannage des équipements", "la maintenance préventive", "le diagnostic des pannes", "les interventions chez les clients"],
            ["atelier de maintenance"],
            ["Maintenance", "Services", "Dépannage"], 2.5),
        new( // s36 Marketing, publicité
            ["chef de produit", "chargé de marketing", "concepteur-rédacteur", "directeur artistique"],
            ["l'étude d'un marché", "la création d'une campagne publicitaire", "l'analyse des réseaux sociaux", "la préparation d'un salon"],
            ["agence de publicité"],
            ["Marketing", "Publicité", "Création"], 2),
        new( // s37 Mécanique
            ["mécanicien industriel", "tourneur-fraiseur", "technicien d'usinage", "soudeur"],
            ["l'usinage de pièces", "la lecture de plans", "le soudage", "le contrôle des cotes"],
            ["atelier de mécanique", "usine"],
            ["Mécanique", "Usinage", "Précision"], 2.5),
        new( // s38 Métiers d'art
            ["luthier", "verrier", "bijoutier", "relieur", "horloger"],
            ["la fabrication à la main", "la restauration d'objets", "les techniques traditionnelles", "la vente aux particuliers"],
            ["atelier", "boutique-atelier"],
            ["Créations", "Atelier", "Art"], 1),
        new( // s39 Mode
            ["styliste", "couturier", "modéliste", "vendeur en prêt-à-porter"],
            ["la création de modèles", "la couture et les retouches", "la présentation d'une collection", "le conseil en boutique"],
            ["atelier de couture", "boutique"],
            ["Couture", "Mode", "Création"], 1.5),
        new( // s40 Papiers Cartons
            ["conducteur de machine", "technicien papetier", "opérateur de façonnage"],
            ["la fabrication du carton", "le recyclage du papier", "l'impression des emballages", "le contrôle qualité"],
            ["papeterie", "cartonnerie"],
            ["Emballages", "Cartonnages", "Papeteries"], 0.8),
        new( // s41 Paramédical
            ["infirmier", "kinésithérapeute", "orthophoniste", "opticien", "aide-soignant"],
            ["l'accueil des patients", "la préparation des soins", "le matériel médical", "le suivi des dossiers des patients"],
            ["cabinet", "centre de soins", "magasin d'optique"],
            ["Santé", "Optique", "Kiné"], 3),
        new( // s42 Recherche
            ["chercheur", "technicien de laboratoire", "ingénieur de recherche", "doctorant"],
            ["les expériences en laboratoire", "l'analyse des résultats", "la présentation des travaux de l'équipe", "la veille scientifique"],
            ["laboratoire", "centre de recherche"],
            ["Recherche", "Lab", "Innovation"], 1),
        new( // s43 Santé
            ["médecin", "pharmacien", "sage-femme", "vétérinaire", "chirurgien-dentiste"],
            ["la consultation", "la préparation des médicaments", "l'organisation d'un service de soins", "l'accueil des patients"],
            ["clinique", "pharmacie", "cabinet médical", "clinique vétérinaire"],
            ["Santé", "Médical", "Pharmacie"], 3),
        new( // s44 Sécurité
            ["agent de sécurité", "agent de sûreté", "opérateur de télésurveillance"],
            ["la surveillance d'un site", "la prévention des risques", "les exercices d'évacuation", "la vidéoprotection"],
            ["société de sécurité", "poste de sécurité"],
            ["Sécurité", "Protection", "Surveillance"], 1.5),
        new( // s45 Services postaux
            ["facteur", "agent de tri", "chargé de clientèle", "chauffeur-livreur"],
            ["le tri du courrier", "la préparation des tournées", "l'accueil au guichet", "la livraison des colis"],
            ["bureau de poste", "plateforme de tri"],
            ["Courrier", "Colis", "Express"], 0.5),
        new( // s46 Social
            ["éducateur spécialisé", "assistant de service social", "animateur", "conseiller en insertion"],
            ["l'accompagnement des personnes", "l'animation d'ateliers", "les permanences d'accueil", "les réunions d'équipe"],
            ["centre social", "foyer"],
            ["Solidarité", "Entraide", "Insertion"], 0.8),
        new( // s47 Sport
            ["éducateur sportif", "préparateur physique", "coach", "gestionnaire d'équipement sportif"],
            ["l'encadrement des entraînements", "l'organisation d'une compétition", "l'entretien des équipements", "l'accueil des adhérents"],
            ["salle de sport", "club", "stade"],
            ["Sport", "Fitness", "Athlétic"], 2),
        new( // s48 Tourisme
            ["agent de voyages", "animateur touristique", "guide", "réceptionniste"],
            ["l'accueil et l'information des visiteurs", "la préparation de circuits", "la vente de séjours", "l'animation d'activités"],
            ["agence de voyages", "camping", "village de vacances"],
            ["Voyages", "Évasion", "Tourisme"], 2),
        new( // s49 Traduction, interprétation
            ["traducteur", "interprète", "localisateur"],
            ["la traduction de documents", "l'interprétation lors de réunions", "les outils de traduction", "la relecture"],
            ["agence de traduction"],
            ["Traductions", "Langues", "Translation"], 0.8),
        new( // s50 Verre, béton, céramique
            ["verrier", "technicien céramiste", "opérateur de production", "carreleur"],
            ["la fabrication de pièces en céramique", "le moulage du béton", "le soufflage du verre", "le contrôle des produits finis"],
            ["usine", "verrerie", "atelier"],
            ["Céramiques", "Béton", "Verrerie"], 1),
        new( // s51 Agriculture
            ["agriculteur", "éleveur", "maraîcher", "viticulteur", "arboriculteur"],
            ["les soins aux animaux", "le travail des cultures", "la vente à la ferme", "la conduite des machines agricoles"],
            ["exploitation agricole", "ferme", "domaine viticole"],
            ["Ferme", "Domaine", "Vergers"], 3),
    ];
}
