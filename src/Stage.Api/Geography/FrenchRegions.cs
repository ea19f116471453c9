namespace Stage.Api.Geography;

public sealed record FrenchRegion(string Code, string Name);

public static class FrenchRegions
{
    public static IReadOnlyList<FrenchRegion> All { get; } =
    [
        new("01", "Guadeloupe"),
        new("02", "Martinique"),
        new("03", "Guyane"),
        new("04", "La Réunion"),
        new("06", "Mayotte"),
        new("11", "Île-de-France"),
        new("24", "Centre-Val de Loire"),
        new("27", "Bourgogne-Franche-Comté"),
        new("28", "Normandie"),
        new("32", "Hauts-de-France"),
        new("44", "Grand Est"),
        new("52", "Pays de la Loire"),
        new("53", "Bretagne"),
        new("75", "Nouvelle-Aquitaine"),
        new("76", "Occitanie"),
        new("84", "Auvergne-Rhône-Alpes"),
        new("93", "Provence-Alpes-Côte d'Azur"),
        new("94", "Corse"),
    ];

    private static readonly Dictionary<string, FrenchRegion> ByCode =
        All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    public static FrenchRegion? Find(string code) =>
        code is not null && ByCode.TryGetValue(code, out var region) ? region : null;
}
