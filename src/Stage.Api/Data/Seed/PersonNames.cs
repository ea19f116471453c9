namespace Stage.Api.Data.Seed;

/// <summary>Common French first names (of pupils born around 2011 and of adults) and surnames.</summary>
internal static class PersonNames
{
    public static IReadOnlyList<string> PupilFirstNames { get; } =
    [
        "Emma", "Jade", "Louise", "Alice", "Chloé", "Lina", "Léa", "Manon", "Rose", "Anna",
        "Inès", "Camille", "Lola", "Ambre", "Léna", "Zoé", "Juliette", "Julia", "Lou", "Sarah",
        "Lucie", "Mila", "Jeanne", "Romane", "Agathe", "Eva", "Nina", "Clara", "Maëlys", "Yasmine",
        "Lucas", "Hugo", "Gabriel", "Louis", "Nathan", "Jules", "Enzo", "Léo", "Raphaël", "Arthur",
        "Ethan", "Mathis", "Tom", "Noah", "Théo", "Timéo", "Adam", "Maël", "Sacha", "Nolan",
        "Mohamed", "Rayan", "Axel", "Paul", "Baptiste", "Mathéo", "Aaron", "Clément", "Yanis", "Noé",
    ];

    public static IReadOnlyList<string> AdultFirstNames { get; } =
    [
        "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine", "Valérie", "Christine", "Stéphanie", "Céline", "Sophie",
        "Émilie", "Aurélie", "Julie", "Caroline", "Anne", "Laurence", "Hélène", "Karine", "Virginie", "Élodie",
        "Philippe", "Christophe", "Stéphane", "Laurent", "Nicolas", "Frédéric", "Olivier", "Sébastien", "Thierry", "David",
        "Éric", "Julien", "Pierre", "Jérôme", "Vincent", "Franck", "Guillaume", "Mathieu", "Patrick", "Karim",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André",
        "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
        "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
        "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
        "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
        "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
        "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
        "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
        "Le Gall", "Le Goff", "Hoarau", "Nguyen", "Benali", "Diallo", "Haddad", "Santos", "Da Silva", "Kouassi",
    ];
}
