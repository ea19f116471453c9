using Npgsql;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// One order of the paging tests: the API's arguments, and the expected sequence computed without the API
/// (a plain SQL ORDER BY with the ICU collation, or C# for distance and relevance).
/// </summary>
public sealed record PagingOrder(string Name, OfferSearchArgs Args, string? SqlOrderBy, Func<IReadOnlyList<VisibleOffer>, List<long>>? InMemory = null);

public sealed record VisibleOffer(long Id, double Latitude, double Longitude, string Description);

/// <summary>About 300 offers with many ties: few titles, start dates, seat counts, creation times and places.</summary>
public static class OfferPagingData
{
    public const string SearchWord = "decouverte";

    public const string Visible = "status = 'published' AND remaining_seats > 0";

    public static readonly Place Centre = RadiusOracleData.Paris;

    public static readonly string[] Titles =
    [
        "Stage découverte atelier", "Stage découverte Atelier", "Stage découverte élevage", "Stage découverte Éclairage",
        "Stage découverte eclairage", "Stage découverte zoo", "Stage découverte œnologie", "stage découverte abeilles",
    ];

    /// <summary>Descriptions with 0, 1 and 3 occurrences of the search word: three relevance groups.</summary>
    public static readonly string[] Descriptions =
        ["Une semaine d'observation.", "Une découverte du métier.", "Découverte, découverte et encore découverte."];

    public static readonly DateTimeOffset[] CreatedAt =
    [
        new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_560),
        new(2026, 1, 1, 11, 0, 0, TimeSpan.Zero),
        new(2026, 1, 2, 10, 0, 0, TimeSpan.Zero),
    ];

    private static readonly DateOnly[][] WeekChoices =
        [[new(2026, 6, 15)], [new(2026, 6, 15), new(2026, 6, 22)], [new(2026, 6, 22)], [new(2026, 1, 12)]];

    private static readonly object NearCentre = OfferSearchArgs.NearPoint(Centre.Latitude, Centre.Longitude, 20);

    public static readonly IReadOnlyList<PagingOrder> Orders =
    [
        new("title-asc", new(Order: OfferSearchArgs.Sort(("title", "ASC"))), "title COLLATE \"fr-x-icu\", id"),
        new("title-desc", new(Order: OfferSearchArgs.Sort(("title", "DESC"))), "title COLLATE \"fr-x-icu\" DESC, id"),
        new("start-date-asc", new(Order: OfferSearchArgs.Sort(("startDate", "ASC"))), "first_date, id"),
        new("start-date-desc-title-asc", new(Order: OfferSearchArgs.Sort(("startDate", "DESC"), ("title", "ASC"))),
            "first_date DESC, title COLLATE \"fr-x-icu\", id"),
        new("created-at-desc", new(Order: OfferSearchArgs.Sort(("createdAt", "DESC"))), "created_at DESC, id"),
        new("remaining-seats-asc", new(Order: OfferSearchArgs.Sort(("remainingSeats", "ASC"))), "remaining_seats, id"),
        new("remaining-seats-desc-created-at-asc", new(Order: OfferSearchArgs.Sort(("remainingSeats", "DESC"), ("createdAt", "ASC"))),
            "remaining_seats DESC, created_at, id"),
        new("distance-default", new(Near: NearCentre), null, rows => [.. rows.OrderBy(Distance).ThenBy(r => r.Id).Select(r => r.Id)]),
        new("distance-desc", new(Order: OfferSearchArgs.Sort(("distance", "DESC")), Near: NearCentre), null,
            rows => [.. rows.OrderByDescending(Distance).ThenBy(r => r.Id).Select(r => r.Id)]),
        new("distance-then-title", new(Order: OfferSearchArgs.Sort(("distance", "ASC"), ("title", "DESC")), Near: NearCentre),
            "ST_Distance(location, ST_SetSRID(ST_MakePoint(2.3522, 48.8566), 4326)::geography, false), title COLLATE \"fr-x-icu\" DESC, id"),
        new("relevance-default", new(Search: SearchWord), null,
            rows => [.. rows.OrderByDescending(r => Occurrences(r.Description)).ThenBy(r => r.Id).Select(r => r.Id)]),
        new("start-date-then-distance-desc", new(Order: OfferSearchArgs.Sort(("startDate", "ASC"), ("distance", "DESC")), Near: NearCentre),
            "first_date, ST_Distance(location, ST_SetSRID(ST_MakePoint(2.3522, 48.8566), 4326)::geography, false) DESC, id"),
        new("relevance-then-distance", new(Order: OfferSearchArgs.Sort(("relevance", "DESC"), ("distance", "ASC")), Near: NearCentre, Search: SearchWord),
            null, rows => [.. rows.OrderByDescending(r => Occurrences(r.Description)).ThenBy(Distance).ThenBy(r => r.Id).Select(r => r.Id)]),
    ];

    /// <summary>The places: five points 1 to 5 km from the centre, so that distances tie in groups.</summary>
    public static (double Latitude, double Longitude) Point(int index) =>
        Sphere.Destination(Centre.Latitude, Centre.Longitude, 72 * index, 1_000 * (index + 1));

    public static async Task<Employer> InsertAsync(ApiFixture api, int count = 300)
    {
        await using var db = api.CreateDbContext();
        var employer = await db.AddEmployerAsync(e => (e.Name, e.Description) = ("Ferme pédagogique des Lilas", null));
        var random = new Random(7);
        for (var i = 0; i < count; i++)
        {
            var offer = New(employer, random.Next(5), Titles[random.Next(Titles.Length)]);
            offer.Description = Descriptions[random.Next(Descriptions.Length)];
            offer.Weeks = WeekChoices[random.Next(WeekChoices.Length)];
            offer.SeatsTaken = random.Next(0, 4);
            offer.CreatedAt = CreatedAt[random.Next(CreatedAt.Length)];
            offer.Status = random.Next(10) == 0 ? OfferStatus.Unpublished : OfferStatus.Published;
            db.Offers.Add(offer);
        }

        await db.SaveChangesAsync();
        return employer;
    }

    /// <summary>A visible offer at one of the five places, with the first description and week.</summary>
    public static Offer New(Employer employer, int place, string title)
    {
        var (latitude, longitude) = Point(place);
        return new Offer
        {
            Title = title,
            Description = Descriptions[0],
            SectorId = 28,
            EmployerId = employer.Id,
            Grades = [Grade.Seconde],
            Weeks = WeekChoices[0],
            Seats = 3,
            Status = OfferStatus.Published,
            Street = "2 chemin des Lilas",
            PostalCode = Centre.PostalCode,
            City = Centre.City,
            Latitude = latitude,
            Longitude = longitude,
            CreatedAt = CreatedAt[0],
        };
    }

    /// <summary>The expected sequence of <paramref name="order"/> over the offers visible right now.</summary>
    public static async Task<List<long>> ExpectedAsync(ApiFixture api, PagingOrder order)
    {
        await using var connection = await api.OpenConnectionAsync();
        if (order.SqlOrderBy is not null)
        {
            return await IdsAsync(connection, $"SELECT id FROM offers WHERE {Visible} ORDER BY {order.SqlOrderBy}");
        }

        var rows = new List<VisibleOffer>();
        await using var command = new NpgsqlCommand($"SELECT id, latitude, longitude, description FROM offers WHERE {Visible}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new VisibleOffer(reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetString(3)));
        }

        return order.InMemory!(rows);
    }

    public static async Task<List<long>> IdsAsync(NpgsqlConnection connection, string sql)
    {
        var ids = new List<long>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static double Distance(VisibleOffer row) => Sphere.DistanceMetres(Centre.Latitude, Centre.Longitude, row.Latitude, row.Longitude);

    private static int Occurrences(string text) =>
        text.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Count(w => string.Equals(w, "découverte", StringComparison.OrdinalIgnoreCase));
}
