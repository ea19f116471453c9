namespace Stage.Api.Geography;

/// <summary>An académie: the education ministry's territory (a rectorat) over whole départements.</summary>
public sealed record Academy(string Code, string Name, string SeatCode, IReadOnlyList<string> DepartmentCodes);

/// <summary>
/// The 30 académies of metropolitan France and the overseas départements since 2020 (Caen and Rouen merged into
/// Normandie; Mayotte became one), with the ministry's académie codes and each académie's seat (its rectorat's commune).
/// The overseas collectivités are left out: vice-rectorats and services, not académies.
/// </summary>
public static class FrenchAcademies
{
    public static IReadOnlyList<Academy> All { get; } =
    [
        new("01", "Paris", "75056", ["75"]),
        new("02", "Aix-Marseille", "13001", ["04", "05", "13", "84"]),
        new("03", "Besançon", "25056", ["25", "39", "70", "90"]),
        new("04", "Bordeaux", "33063", ["24", "33", "40", "47", "64"]),
        new("06", "Clermont-Ferrand", "63113", ["03", "15", "43", "63"]),
        new("07", "Dijon", "21231", ["21", "58", "71", "89"]),
        new("08", "Grenoble", "38185", ["07", "26", "38", "73", "74"]),
        new("09", "Lille", "59350", ["59", "62"]),
        new("10", "Lyon", "69123", ["01", "42", "69"]),
        new("11", "Montpellier", "34172", ["11", "30", "34", "48", "66"]),
        new("12", "Nancy-Metz", "54395", ["54", "55", "57", "88"]),
        new("13", "Poitiers", "86194", ["16", "17", "79", "86"]),
        new("14", "Rennes", "35238", ["22", "29", "35", "56"]),
        new("15", "Strasbourg", "67482", ["67", "68"]),
        new("16", "Toulouse", "31555", ["09", "12", "31", "32", "46", "65", "81", "82"]),
        new("17", "Nantes", "44109", ["44", "49", "53", "72", "85"]),
        new("18", "Orléans-Tours", "45234", ["18", "28", "36", "37", "41", "45"]),
        new("19", "Reims", "51454", ["08", "10", "51", "52"]),
        new("20", "Amiens", "80021", ["02", "60", "80"]),
        new("22", "Limoges", "87085", ["19", "23", "87"]),
        new("23", "Nice", "06088", ["06", "83"]),
        new("24", "Créteil", "94028", ["77", "93", "94"]),
        new("25", "Versailles", "78646", ["78", "91", "92", "95"]),
        new("27", "Corse", "2A004", ["2A", "2B"]),
        new("28", "La Réunion", "97411", ["974"]),
        new("31", "Martinique", "97209", ["972"]),
        new("32", "Guadeloupe", "97101", ["971"]),
        new("33", "Guyane", "97302", ["973"]),
        new("43", "Mayotte", "97611", ["976"]),
        new("70", "Normandie", "76540", ["14", "27", "50", "61", "76"]),
    ];

    private static readonly Dictionary<string, Academy> ByCode = All.ToDictionary(a => a.Code, StringComparer.Ordinal);

    private static readonly Dictionary<string, Academy> ByDepartment =
        All.SelectMany(a => a.DepartmentCodes.Select(d => (d, a))).ToDictionary(x => x.d, x => x.a, StringComparer.Ordinal);

    public static Academy? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var academy) ? academy : null;

    public static Academy? OfDepartment(string? departmentCode) =>
        departmentCode is not null && ByDepartment.TryGetValue(departmentCode, out var academy) ? academy : null;

    /// <summary>The départements of any of these académies (unknown codes add nothing).</summary>
    public static string[] DepartmentsOf(IEnumerable<string> academyCodes) =>
        [.. academyCodes.Select(Find).OfType<Academy>().SelectMany(a => a.DepartmentCodes).Distinct(StringComparer.Ordinal)];
}
