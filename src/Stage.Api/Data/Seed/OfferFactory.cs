using System.Globalization;
using Stage.Api.Offers;
using Stage.Api.Schools;

namespace Stage.Api.Data.Seed;

/// <summary>Generates the offers of host structures: grades, weeks, place, seats, status and texts.</summary>
internal sealed class OfferFactory(Random random, SeededSchools schools, OfferWeeks offerWeeks)
{
    private const double SecondeShare = 0.42;
    private const double AbroadShareOfSeconde = 0.025;

    private static readonly Grade[] SecondeOnly = [Grade.Seconde];
    private static readonly Grade[] TroisiemeOnly = [Grade.Troisieme];
    private static readonly Grade[] QuatriemeOnly = [Grade.Quatrieme];
    private static readonly Grade[] College = [Grade.Quatrieme, Grade.Troisieme];

    public IEnumerable<OfferRow> For(EmployerPlan employer)
    {
        // Large structures have sites in several towns; the others publish where they are. The first offer is always
        // at home, so that every employer's town (every département among the first employers) has offers.
        var elsewhereChance = employer.OfferCount >= 13 ? 0.35 : 0.05;
        for (var k = 0; k < employer.OfferCount; k++)
        {
            yield return Create(employer, employer.FirstOfferId + k, k == 0 ? 0 : elsewhereChance, abroadAllowed: k > 0);
        }
    }

    private OfferRow Create(EmployerPlan employer, long id, double elsewhereChance, bool abroadAllowed)
    {
        var sectorId = random.Chance(0.88) ? employer.SectorId : random.Next(1, Sectors.All.Count + 1);
        var words = SectorVocabulary.For(sectorId);
        var seconde = random.Chance(SecondeShare);
        var grades = seconde ? SecondeOnly : CollegeGrades();
        var weeks = seconde ? offerWeeks.Seconde(random) : offerWeeks.College(random);
        var place = seconde && abroadAllowed && random.Chance(AbroadShareOfSeconde)
            ? OfferPlaces.Abroad(random)
            : OfferPlaces.InFrance(random, random.Chance(elsewhereChance) ? SeedTowns.Pick(random) : SeedTowns.All[employer.TownIndex]);

        var workplace = sectorId == employer.SectorId ? employer.Workplace : random.Pick(words.Workplaces);
        var text = new OfferTextContext(
            random.Pick(words.Jobs), workplace, employer.Name, place.City, Sectors.ById(sectorId).Name, words, grades, weeks, place.CountryName);

        var seats = Seats();
        var seatsTaken = random.Next(100) switch
        {
            < 80 => 0,
            < 95 => random.Next(0, seats),
            _ => seats,
        };
        var status = Status(full: seatsTaken == seats);
        var createdAt = CreatedAt(weeks[0]);
        var updatedAt = random.Chance(0.6) ? createdAt : createdAt.AddMinutes(random.Next(1, 60 * 24 * 45));

        return new OfferRow(
            id, OfferTexts.Title(random, text), OfferTexts.Description(random, text), sectorId, employer.Id,
            employer.Operator?.Id,
            employer.Operator is { } op ? string.Create(CultureInfo.InvariantCulture, $"{op.RemoteIdPrefix}-{id:D8}") : null,
            ReservedSchools(seconde, id), grades, weeks, seats, seatsTaken, status,
            place.Street, place.PostalCode, place.City, place.CountryCode, place.CommuneCode, place.Latitude, place.Longitude, createdAt, updatedAt);
    }

    private Grade[] CollegeGrades() => random.Next(100) switch
    {
        < 55 => TroisiemeOnly,
        < 90 => College,
        _ => QuatriemeOnly,
    };

    private int Seats() => random.Next(100) switch
    {
        < 25 => 1,
        < 45 => 2,
        < 75 => random.Next(3, 6),
        < 97 => random.Next(6, 21),
        _ => random.Next(21, 201),
    };

    private OfferStatus Status(bool full) => random.Next(100) switch
    {
        < 50 when full => OfferStatus.NeedToBeUpdated,
        < 90 => OfferStatus.Published,
        < 94 => OfferStatus.Unpublished,
        < 97 => OfferStatus.NeedToBeUpdated,
        _ => OfferStatus.Removed,
    };

    /// <summary>
    /// A few offers are reserved to one to three schools of the right kind, neighbours in the list of schools. The
    /// count comes from the id, so the random sequence (and every other generated value) is what it was with one school.
    /// </summary>
    private long[] ReservedSchools(bool seconde, long offerId)
    {
        var candidates = seconde ? schools.Lycees : schools.Colleges;
        if (candidates.Count == 0 || !random.Chance(0.02))
        {
            return [];
        }

        var first = random.Next(candidates.Count);
        return [.. Enumerable.Range(0, 1 + (int)(offerId % 3)).Select(k => candidates[(first + k) % candidates.Count]).Distinct()];
    }

    /// <summary>
    /// Published a week to eight months before the first week, from the March before the school year under way on, and
    /// before the seeding day.
    /// </summary>
    private DateTimeOffset CreatedAt(DateOnly firstWeek)
    {
        var lastDay = firstWeek.AddDays(-7) < offerWeeks.Today ? firstWeek.AddDays(-7) : offerWeeks.Today.AddDays(-1);
        var latest = new DateTimeOffset(lastDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var earliest = new DateTimeOffset(offerWeeks.SchoolYearStart.Year, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var span = Math.Max(1, Math.Min(240, (latest - earliest).TotalDays));
        var day = latest.AddDays(-random.NextDouble() * span);
        return new DateTimeOffset(day.Year, day.Month, day.Day, random.Next(7, 21), random.Next(60), random.Next(60), TimeSpan.Zero);
    }
}
