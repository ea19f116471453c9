using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

public sealed record Place(string Name, double Latitude, double Longitude, string PostalCode, string City, string CountryCode = "FR");

public enum OracleOrder
{
    DistanceAscending,
    DistanceDescending,
    StartDateAscending,
}

/// <summary>One radius search of the oracle tests, with the same conditions written for the API and in C#.</summary>
public sealed record RadiusQuery(
    string Name, Place Centre, double? RadiusKm, OracleOrder Ordering, object? Order = null, object? Where = null,
    Func<Offer, bool>? Matches = null, bool IncludesFullOffers = false)
{
    public double RadiusMetres => (RadiusKm ?? 60) * 1000;

    public OfferSearchArgs Args => new(Where, Order, OfferSearchArgs.NearPoint(Centre.Latitude, Centre.Longitude, RadiusKm));

    /// <summary>The visibility rules of the API (published; seats left unless the filter names remainingSeats) and the filter.</summary>
    public bool Admits(Offer offer) =>
        offer.Status == OfferStatus.Published && (IncludesFullOffers || offer.Seats > offer.SeatsTaken) && (Matches?.Invoke(offer) ?? true);
}

/// <summary>Thousands of offers around French, overseas and foreign centres, made from a fixed seed, for the radius oracle.</summary>
public static class RadiusOracleData
{
    public static readonly Place Paris = new("Paris", 48.8566, 2.3522, "75001", "Paris");
    public static readonly Place Lyon = new("Lyon", 45.7640, 4.8357, "69001", "Lyon");
    public static readonly Place Ajaccio = new("Ajaccio", 41.9192, 8.7386, "20000", "Ajaccio");
    public static readonly Place Bastia = new("Bastia", 42.6970, 9.4503, "20200", "Bastia");
    public static readonly Place SaintDenis = new("Saint-Denis", -20.88, 55.45, "97400", "Saint-Denis");
    public static readonly Place PointeAPitre = new("Pointe-à-Pitre", 16.24, -61.53, "97110", "Pointe-à-Pitre");
    public static readonly Place Brussels = new("Bruxelles", 50.8503, 4.3517, "1000", "Bruxelles", "BE");
    public static readonly Place Geneva = new("Genève", 46.2044, 6.1432, "1201", "Genève", "CH");

    private static readonly object SectorsOfParis = new { sectorCode = new { @in = new[] { "s28", "s5" } } };
    private static readonly object Seconde = new { grades = new { some = new { eq = "SECONDE" } } };

    public static readonly IReadOnlyList<RadiusQuery> Queries =
    [
        new("paris-500m", Paris, 0.5, OracleOrder.DistanceAscending),
        new("paris-10km-distance-desc", Paris, 10, OracleOrder.DistanceDescending, OfferSearchArgs.Sort(("distance", "DESC"))),
        new("paris-default-60km-sectors", Paris, null, OracleOrder.DistanceAscending, OfferSearchArgs.Sort(("distance", "ASC")),
            SectorsOfParis, o => o.SectorId is 28 or 5),
        new("paris-200km-sector-s28", Paris, 200, OracleOrder.DistanceAscending, null, new { sectorCode = new { eq = "s28" } }, o => o.SectorId == 28),
        new("lyon-200km-start-date", Lyon, 200, OracleOrder.StartDateAscending, OfferSearchArgs.Sort(("startDate", "ASC"))),
        new("lyon-default-60km-desc-seconde", Lyon, null, OracleOrder.DistanceDescending, OfferSearchArgs.Sort(("distance", "DESC")),
            Seconde, o => o.Grades.Contains(Grade.Seconde)),
        new("ajaccio-200km-with-bastia", Ajaccio, 200, OracleOrder.DistanceAscending),
        new("bastia-10km-start-date-seconde", Bastia, 10, OracleOrder.StartDateAscending, OfferSearchArgs.Sort(("startDate", "ASC")),
            Seconde, o => o.Grades.Contains(Grade.Seconde)),
        new("reunion-60km-with-full-offers", SaintDenis, 60, OracleOrder.DistanceAscending, null,
            new { remainingSeats = new { gte = 0 } }, null, IncludesFullOffers: true),
        new("guadeloupe-200km-desc", PointeAPitre, 200, OracleOrder.DistanceDescending, OfferSearchArgs.Sort(("distance", "DESC"))),
        new("brussels-200km", Brussels, 200, OracleOrder.DistanceAscending),
        new("geneva-60km-sector-start-date", Geneva, 60, OracleOrder.StartDateAscending, OfferSearchArgs.Sort(("startDate", "ASC")),
            new { sectorCode = new { eq = "s28" } }, o => o.SectorId == 28),
    ];

    /// <summary>Where equidistant offers pile up: (place, bearing, metres from the place, how many).</summary>
    public static readonly IReadOnlyList<(Place Place, double Bearing, double Metres, int Count)> Stacks =
    [
        (Paris, 40, 2_500, 60),
        (Paris, 0, 0, 8),
        (Lyon, 200, 30_000, 40),
        (SaintDenis, 120, 5_000, 12),
        (Geneva, 300, 12_000, 10),
    ];

    /// <summary>
    /// Offsets from each query's radius in metres, with the bearing they are placed at: on the circle (either
    /// side is right), a few millimetres off it (likewise), 5 cm and 3 m inside and outside (which must be right).
    /// </summary>
    public static readonly IReadOnlyList<(double Offset, double Bearing)> BoundaryOffsets =
        [(0, 5), (0.004, 185), (-3, 95), (-0.05, 275), (0.05, 45), (3, 225)];

    private static readonly (Place Place, int Count)[] Spreads =
        [(Paris, 1_200), (Lyon, 800), (Ajaccio, 400), (Bastia, 300), (SaintDenis, 400), (PointeAPitre, 300), (Brussels, 250), (Geneva, 250)];

    public static async Task<IReadOnlyList<Offer>> InsertAsync(ApiFixture api)
    {
        await using var db = api.CreateDbContext();
        var employers = Enum.GetValues<HostKind>().Select(kind => new Employer { Name = $"Structure {kind}", Kind = kind }).ToList();
        db.Employers.AddRange(employers);
        await db.SaveChangesAsync();

        var offers = Generate(employers);
        db.Offers.AddRange(offers);
        await db.SaveChangesAsync();
        return offers;
    }

    private static List<Offer> Generate(List<Employer> employers)
    {
        var random = new Random(20_260_615);
        var offers = new List<Offer>();
        foreach (var (place, count) in Spreads)
        {
            for (var i = 0; i < count; i++)
            {
                var scale = random.Next(10) switch { < 4 => 15_000, < 8 => 80_000, _ => 250_000 };
                var (latitude, longitude) = Sphere.Destination(place.Latitude, place.Longitude, random.NextDouble() * 360, scale * Math.Sqrt(random.NextDouble()));
                offers.Add(RandomOffer(random, employers, place, latitude, longitude));
            }
        }

        for (var i = 0; i < 80; i++)
        {
            var (latitude, longitude) = Sphere.Destination(Paris.Latitude, Paris.Longitude, random.NextDouble() * 360, 800 * Math.Sqrt(random.NextDouble()));
            offers.Add(RandomOffer(random, employers, Paris, latitude, longitude));
        }

        foreach (var (place, bearing, metres, count) in Stacks)
        {
            var (latitude, longitude) = metres == 0
                ? (place.Latitude, place.Longitude)
                : Sphere.Destination(place.Latitude, place.Longitude, bearing, metres);
            for (var i = 0; i < count; i++)
            {
                var offer = NewOffer(employers[i % employers.Count], place, latitude, longitude);
                offer.Status = i % 15 == 7 ? OfferStatus.Unpublished : OfferStatus.Published;
                offer.SeatsTaken = i % 6 == 5 ? offer.Seats : 0;
                offers.Add(offer);
            }
        }

        foreach (var query in Queries)
        {
            foreach (var (offset, bearing) in BoundaryOffsets)
            {
                var (latitude, longitude) = Sphere.Destination(query.Centre.Latitude, query.Centre.Longitude, bearing, query.RadiusMetres + offset);
                offers.Add(NewOffer(employers[0], query.Centre, latitude, longitude));
            }
        }

        return offers;
    }

    private static Offer RandomOffer(Random random, List<Employer> employers, Place place, double latitude, double longitude)
    {
        var offer = NewOffer(employers[random.Next(employers.Count)], place, latitude, longitude);
        offer.Status = random.Next(20) switch
        {
            0 => OfferStatus.Unpublished,
            1 => OfferStatus.Removed,
            2 => OfferStatus.NeedToBeUpdated,
            _ => OfferStatus.Published,
        };
        offer.Seats = random.Next(1, 5);
        offer.SeatsTaken = random.Next(7) == 0 ? offer.Seats : random.Next(0, offer.Seats);
        offer.SectorId = random.Next(3) == 0 ? 28 : random.Next(1, 52);
        offer.Grades = random.Next(10) switch { < 5 => [Grade.Seconde], < 8 => [Grade.Quatrieme, Grade.Troisieme], _ => [Grade.Troisieme] };
        var monday = new DateOnly(2026, 1, 5).AddDays(7 * random.Next(0, 48));
        offer.Weeks = random.Next(3) == 0 ? [monday, monday.AddDays(7)] : [monday];
        return offer;
    }

    /// <summary>A published offer with seats left that every filter of <see cref="Queries"/> admits.</summary>
    private static Offer NewOffer(Employer employer, Place place, double latitude, double longitude) => new()
    {
        Title = $"Stage à {place.City}",
        Description = "Une semaine d'observation.",
        SectorId = 28,
        EmployerId = employer.Id,
        Grades = [Grade.Seconde],
        Weeks = [TestData.SecondeWeek1, TestData.SecondeWeek2],
        Seats = 2,
        Status = OfferStatus.Published,
        Street = "1 place de la Mairie",
        PostalCode = place.PostalCode,
        City = place.City,
        CountryCode = place.CountryCode,
        Latitude = latitude,
        Longitude = longitude,
    };
}
