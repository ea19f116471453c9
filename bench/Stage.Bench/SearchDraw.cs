using Stage.Api.Geography;
using Stage.Api.Offers;
using Stage.Api.Schools;

namespace Stage.Bench;

/// <summary>One pupil's search: a town (the centre), a sector, a grade and a period the offer must overlap.</summary>
public sealed record SearchDraw(FrenchCity City, string SectorCode, Grade Grade, DateOnly From, DateOnly To)
{
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{City.Name} ({City.Latitude}, {City.Longitude}), {SectorCode}, {Grade}, {From:yyyy-MM-dd}..{To:yyyy-MM-dd}");
}

/// <summary>
/// Deterministic request parameters: towns weighted by population (as the seeder places offers), sectors
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
    private static readonly double[] CumulativePopulation = Cumulate(FrenchCities.All.Select(c => (double)c.Population));

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
        var city = FrenchCities.All[PickWeighted(random)];
        var sector = Sectors.All[random.Next(Sectors.All.Count)].Code;
        var grade = Grades[random.Next(Grades.Length)];
        var (from, to) = grade == Grade.Seconde ? SecondePeriod
            : random.Next(4) == 0 ? SchoolYear
            : FourWeeks(random);
        return new SearchDraw(city, sector, grade, from, to);
    }

    /// <summary>Search texts: one word of <see cref="Words"/>, drawn uniformly.</summary>
    public static List<string> DrawWords(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Count)])];

    /// <summary>Four school weeks from a Monday of the school year: Monday to the fourth Friday.</summary>
    private static (DateOnly From, DateOnly To) FourWeeks(Random random)
    {
        var weeks = (LastMonday.DayNumber - FirstMonday.DayNumber) / 7;
        var monday = FirstMonday.AddDays(7 * random.Next(weeks + 1));
        return (monday, monday.AddDays(25));
    }

    private static int PickWeighted(Random random)
    {
        var target = random.NextDouble() * CumulativePopulation[^1];
        var index = Array.BinarySearch(CumulativePopulation, target);
        return Math.Min(index >= 0 ? index + 1 : ~index, CumulativePopulation.Length - 1);
    }

    private static double[] Cumulate(IEnumerable<double> weights)
    {
        var total = 0.0;
        return [.. weights.Select(w => total += w)];
    }
}
