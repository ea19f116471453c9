namespace Stage.Api.Geography;

public sealed record FrenchDepartment(string Code, string Name, string RegionCode);

public static class FrenchDepartments
{
    public static IReadOnlyList<FrenchDepartment> All { get; } =
    [
        new("01", "Ain", "84"),
        new("02", "Aisne", "32"),
        new("03", "Allier", "84"),
        new("04", "Alpes-de-Haute-Provence", "93"),
        new("05", "Hautes-Alpes", "93"),
        new("06", "Alpes-Maritimes", "93"),
        new("07", "Ardèche", "84"),
        new("08", "Ardennes", "44"),
        new("09", "Ariège", "76"),
        new("10", "Aube", "44"),
        new("11", "Aude", "76"),
        new("12", "Aveyron", "76"),
        new("13", "Bouches-du-Rhône", "93"),
        new("14", "Calvados", "28"),
        new("15", "Cantal", "84"),
        new("16", "Charente", "75"),
        new("17", "Charente-Maritime", "75"),
        new("18", "Cher", "24"),
        new("19", "Corrèze", "75"),
        new("2A", "Corse-du-Sud", "94"),
        new("2B", "Haute-Corse", "94"),
        new("21", "Côte-d'Or", "27"),
        new("22", "Côtes-d'Armor", "53"),
        new("23", "Creuse", "75"),
        new("24", "Dordogne", "75"),
        new("25", "Doubs", "27"),
        new("26", "Drôme", "84"),
        new("27", "Eure", "28"),
        new("28", "Eure-et-Loir", "24"),
        new("29", "Finistère", "53"),
        new("30", "Gard", "76"),
        new("31", "Haute-Garonne", "76"),
        new("32", "Gers", "76"),
        new("33", "Gironde", "75"),
        new("34", "Hérault", "76"),
        new("35", "Ille-et-Vilaine", "53"),
        new("36", "Indre", "24"),
        new("37", "Indre-et-Loire", "24"),
        new("38", "Isère", "84"),
        new("39", "Jura", "27"),
        new("40", "Landes", "75"),
        new("41", "Loir-et-Cher", "24"),
        new("42", "Loire", "84"),
        new("43", "Haute-Loire", "84"),
        new("44", "Loire-Atlantique", "52"),
        new("45", "Loiret", "24"),
        new("46", "Lot", "76"),
        new("47", "Lot-et-Garonne", "75"),
        new("48", "Lozère", "76"),
        new("49", "Maine-et-Loire", "52"),
        new("50", "Manche", "28"),
        new("51", "Marne", "44"),
        new("52", "Haute-Marne", "44"),
        new("53", "Mayenne", "52"),
        new("54", "Meurthe-et-Moselle", "44"),
        new("55", "Meuse", "44"),
        new("56", "Morbihan", "53"),
        new("57", "Moselle", "44"),
        new("58", "Nièvre", "27"),
        new("59", "Nord", "32"),
        new("60", "Oise", "32"),
        new("61", "Orne", "28"),
        new("62", "Pas-de-Calais", "32"),
        new("63", "Puy-de-Dôme", "84"),
        new("64", "Pyrénées-Atlantiques", "75"),
        new("65", "Hautes-Pyrénées", "76"),
        new("66", "Pyrénées-Orientales", "76"),
        new("67", "Bas-Rhin", "44"),
        new("68", "Haut-Rhin", "44"),
        new("69", "Rhône", "84"),
        new("70", "Haute-Saône", "27"),
        new("71", "Saône-et-Loire", "27"),
        new("72", "Sarthe", "52"),
        new("73", "Savoie", "84"),
        new("74", "Haute-Savoie", "84"),
        new("75", "Paris", "11"),
        new("76", "Seine-Maritime", "28"),
        new("77", "Seine-et-Marne", "11"),
        new("78", "Yvelines", "11"),
        new("79", "Deux-Sèvres", "75"),
        new("80", "Somme", "32"),
        new("81", "Tarn", "76"),
        new("82", "Tarn-et-Garonne", "76"),
        new("83", "Var", "93"),
        new("84", "Vaucluse", "93"),
        new("85", "Vendée", "52"),
        new("86", "Vienne", "75"),
        new("87", "Haute-Vienne", "75"),
        new("88", "Vosges", "44"),
        new("89", "Yonne", "27"),
        new("90", "Territoire de Belfort", "27"),
        new("91", "Essonne", "11"),
        new("92", "Hauts-de-Seine", "11"),
        new("93", "Seine-Saint-Denis", "11"),
        new("94", "Val-de-Marne", "11"),
        new("95", "Val-d'Oise", "11"),
        new("971", "Guadeloupe", "01"),
        new("972", "Martinique", "02"),
        new("973", "Guyane", "03"),
        new("974", "La Réunion", "04"),
        new("976", "Mayotte", "06"),
    ];

    private static readonly Dictionary<string, FrenchDepartment> ByCode =
        All.ToDictionary(d => d.Code, StringComparer.Ordinal);

    public static FrenchDepartment? Find(string code) =>
        code is not null && ByCode.TryGetValue(code, out var department) ? department : null;

    public static string? CodeFromPostalCode(string postalCode)
    {
        if (postalCode is null || postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit))
        {
            return null;
        }

        var prefix = postalCode[..2];

        if (string.Equals(prefix, "20", StringComparison.Ordinal))
        {
            return postalCode[2] switch
            {
                '0' or '1' => "2A",
                >= '2' and <= '6' => "2B",
                _ => null,
            };
        }

        if (string.Equals(prefix, "97", StringComparison.Ordinal))
        {
            var overseas = postalCode[..3];
            return ByCode.ContainsKey(overseas) ? overseas : null;
        }

        return ByCode.ContainsKey(prefix) ? prefix : null;
    }
}
