using Stage.Api.Data.Seed;
using Stage.Api.Offers;
using Stage.Api.Schools;

namespace Stage.Bench;

/// <summary>One pupil's search: a town (the centre), a sector, a grade and a period the offer must overlap.</summary>
public sealed record SearchDraw(SeedTown Town, string SectorCode, Grade Grade, DateOnly From, DateOnly To)
{
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Town.City} {Town.Code} ({Town.Latitude}, {Town.Longitude}), {SectorCode}, {Grade}, {From:yyyy-MM-dd}..{To:yyyy-MM-dd}");
}

/// <summary>
/// Deterministic request parameters: the seeder's towns weighted by population (as it places offers), sectors
/// and grades uniformly, and periods the way pupils search (the 2nde fortnight in June, or weeks of the
/// school year for 4e and 3e).
/// </summary>
public static class SearchDraws
{
    public const int Seed = 42;

    /// <summary>The mandatory 2nde period of 2026, Monday 15 to Friday 26 June.</summary>
    public static readonly (DateOnly From, DateOnly To) SecondePeriod = (new(2026, 6, 15), new(2026, 6, 26));

    /// <summary>The whole 2025-2026 school year, as a pupil with no preferred week would search.</summary>
    public static readonly (DateOnly From, DateOnly To) SchoolYear = (new(2025, 9, 1), new(2026, 6, 12));

    /// <summary>
    /// Words of job titles and workplaces that occur in the seeded offers (checked against a 1M load:
    /// each matches from about 4,000 to 35,000 published offers).
    /// </summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "boulanger", "informatique", "mécanicien", "infirmier", "cuisine", "journaliste", "coiffeur", "électricien",
        "vendeur", "comptable", "développeur", "architecte", "vétérinaire", "pharmacien", "plombier", "maçon",
        "commerce", "hôtel", "restaurant", "agriculteur", "photographe", "avocat", "banque", "cuisinier",
    ];

    private static readonly DateOnly FirstMonday = new(2025, 9, 8);
    private static readonly DateOnly LastMonday = new(2026, 5, 18);
    private static readonly Grade[] Grades = [Grade.Quatrieme, Grade.Troisieme, Grade.Seconde];

    public static List<SearchDraw> Draw(Random random, int count)
    {
        var draws = new List<SearchDraw>(count);
        for (var i = 0; i < count; i++)
        {
            draws.Add(Next(random));
        }

        return draws;
    }

    public static SearchDraw Next(Random random)
    {
        var town = SeedTowns.Pick(random);
        var sector = Sectors.All[random.Next(Sectors.All.Count)].Code;
        var grade = Grades[random.Next(Grades.Length)];
        var (from, to) = grade == Grade.Seconde ? SecondePeriod
            : random.Next(4) == 0 ? SchoolYear
            : FourWeeks(random);
        return new SearchDraw(town, sector, grade, from, to);
    }

    /// <summary>
    /// What people type into a place autocomplete, for towns drawn like the centres: the first 2 to 8 letters of the
    /// name (as typed, or lower case without accents and hyphens), or the first 2 to 5 digits of its postal code.
    /// </summary>
    public static List<string> DrawPlaceTexts(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => PlaceText(random, SeedTowns.Pick(random)))];

    /// <summary>Search texts: one word of <see cref="Words"/>, drawn uniformly.</summary>
    public static List<string> DrawWords(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Count)])];

    private static string PlaceText(Random random, SeedTown town)
    {
        if (random.Next(5) == 0)
        {
            return town.PostalCode[..random.Next(2, 6)];
        }

        var name = random.Next(2) == 0 ? town.City : string.Join(' ', Stage.Api.Geography.PlaceDirectory.Tokens(town.City));
        return name[..Math.Min(name.Length, random.Next(2, 9))].TrimEnd();
    }

    /// <summary>Four school weeks from a Monday of the school year: Monday to the fourth Friday.</summary>
    private static (DateOnly From, DateOnly To) FourWeeks(Random random)
    {
        var weeks = (LastMonday.DayNumber - FirstMonday.DayNumber) / 7;
        var monday = FirstMonday.AddDays(7 * random.Next(weeks + 1));
        return (monday, monday.AddDays(25));
    }
}
