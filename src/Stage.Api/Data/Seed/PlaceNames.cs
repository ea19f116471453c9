namespace Stage.Api.Data.Seed;

/// <summary>Street names, locality words and school namesakes found all over France.</summary>
internal static class PlaceNames
{
    public static IReadOnlyList<string> Streets { get; } =
    [
        "rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "rue Pasteur", "rue de la Gare",
        "boulevard Gambetta", "rue du Général de Gaulle", "place de la Mairie", "rue des Écoles", "avenue de la Libération",
        "rue Jules Ferry", "rue du Moulin", "chemin des Vignes", "rue de l'Église", "allée des Tilleuls",
        "rue Émile Zola", "avenue du Maréchal Foch", "rue Nationale", "rue du Commerce", "quai des Bateliers",
        "rue Carnot", "rue de Verdun", "boulevard de la Liberté", "rue Voltaire", "rue des Lilas",
        "impasse des Artisans", "rue de l'Industrie", "zone artisanale des Près", "rue Marcel Pagnol", "avenue de l'Europe",
        "rue Lamartine", "rue du Stade", "route de la Forêt", "rue des Frères Lumière", "rue Gustave Eiffel",
        "parc d'activités du Val", "rue Jean Moulin", "place du Marché", "rue Saint-Michel", "rue des Jardins",
    ];

    public static IReadOnlyList<string> Localities { get; } =
    [
        "du Centre", "de la Gare", "du Port", "des Halles", "du Parc", "de l'Europe", "du Lac", "des Tilleuls",
        "du Moulin", "de la Place", "du Val", "des Quatre Vents", "du Château", "de la Vallée", "des Remparts",
    ];

    public static IReadOnlyList<string> SchoolNamesakes { get; } =
    [
        "Jean Moulin", "Victor Hugo", "Jules Ferry", "Marie Curie", "Louise Michel", "Jean Jaurès", "Simone Veil",
        "Albert Camus", "Pierre Mendès France", "Antoine de Saint-Exupéry", "Paul Éluard", "Jacques Prévert",
        "Jean de La Fontaine", "George Sand", "Gustave Eiffel", "Olympe de Gouges", "Joséphine Baker", "Aimé Césaire",
        "Lucie Aubrac", "Rosa Parks", "Léonard de Vinci", "Condorcet", "Voltaire", "Molière", "Colette", "Émile Zola",
        "Jules Verne", "Louis Pasteur", "Nelson Mandela", "Marcel Pagnol", "Françoise Dolto", "Germaine Tillion",
        "Camille Claudel", "Marie Marvingt", "Jean Monnet", "René Cassin", "Pablo Picasso", "Claude Debussy",
    ];

    /// <summary>A few streets per country, "{n}" standing for the house number.</summary>
    public static IReadOnlyList<string> AbroadStreets(string countryCode) => countryCode switch
    {
        "BE" or "LU" => ["rue de la Loi {n}", "avenue Louise {n}", "rue Neuve {n}"],
        "CH" => ["rue du Rhône {n}", "avenue de la Gare {n}", "Bahnhofstrasse {n}"],
        "GB" or "IE" or "US" => ["{n} High Street", "{n} King Street", "{n} Main Street"],
        "DE" => ["Friedrichstraße {n}", "Hauptstraße {n}", "Schillerstraße {n}"],
        "NL" => ["Damrak {n}", "Keizersgracht {n}", "Kalverstraat {n}"],
        "ES" => ["Calle Mayor {n}", "Gran Vía {n}", "Calle de Alcalá {n}"],
        "PT" => ["Rua Augusta {n}", "Avenida da Liberdade {n}", "Rua do Ouro {n}"],
        "IT" => ["Via Roma {n}", "Via Garibaldi {n}", "Corso Italia {n}"],
        "CA" => ["{n} rue Sainte-Catherine", "{n} rue Saint-Jean", "{n} boulevard René-Lévesque"],
        _ => ["{n} avenue de la République", "{n} rue du Commerce", "{n} boulevard de la Liberté"],
    };
}
