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
/// school year for 4e and 3e), all to come.
/// </summary>
public static class SearchDraws
{
    public const int Seed = 42;

    /// <summary>Today's calendar: every drawn period is to come, so that the search's default (weeks to come) changes nothing.</summary>
    private static readonly SchoolCalendar Calendar = SchoolCalendar.System;

    /// <summary>Next week's Monday: the first week that has not started.</summary>
    private static readonly DateOnly FirstMonday = SchoolCalendar.MondayOf(Calendar.Today).AddDays(7);

    /// <summary>The first mandatory 2nde period to come, Monday of week 1 to Friday of week 2.</summary>
    public static readonly (DateOnly From, DateOnly To) SecondePeriod = NextSecondePeriod();

    /// <summary>The rest of the school year of that period, as a pupil with no preferred week would search.</summary>
    public static readonly (DateOnly From, DateOnly To) SchoolYear = (FirstMonday, SecondePeriod.From.AddDays(-3));

    /// <summary>The last Monday of a four-week period: four weeks before the next school year's 2nde period (the seeded years).</summary>
    private static readonly DateOnly LastMonday = Calendar.SecondePeriodOf(SecondePeriod.From.Year + 1).Week1.AddDays(-28);

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

    private static (DateOnly From, DateOnly To) NextSecondePeriod()
    {
        var period = Calendar.NextSecondePeriod();
        return (period.Week1, period.Week2.AddDays(4));
    }

    /// <summary>Four weeks from a Monday to come (up to the next school year's end): Monday to the fourth Friday.</summary>
    private static (DateOnly From, DateOnly To) FourWeeks(Random random)
    {
        var weeks = (LastMonday.DayNumber - FirstMonday.DayNumber) / 7;
        var monday = FirstMonday.AddDays(7 * random.Next(weeks + 1));
        return (monday, monday.AddDays(25));
    }
}
