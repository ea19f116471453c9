using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// Offers at the same distance, ordered by title: the nearest-neighbour read sorts such ties in memory,
/// while backward pages and cursors compare titles in SQL with the ICU collation. Both must agree with
/// PostgreSQL's ORDER BY, or pages repeat or skip offers.
/// </summary>
public sealed class NearestTitleOrderTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] TrickyTitles =
    [
        "co-op", "coop", "Coop", "co op", "co_op", "côte", "cote", "Côte", "coté", "côté", "l'atelier", "latelier", "L'Atelier", "l’atelier",
        "atelier", "Æther", "aether", "œuvre", "oeuvre", "Oeuvre", "10 ans", "9 ans", "2nde", "Stage", "stage", "STAGE", "Stage !",
        "Ébéniste", "Eclairagiste", "Éclairagiste", "Fleuriste", "a\u0301b", "\u00e1b", "ß", "ss", "\ufb01n", "fin", "½ journée", "1/2 journée",
        "x\u200by", "xy", "ab\u00adc", "abc", "🍞 pain", "pain", "\uff21telier", "Ijsselmeer", "\u0132sselmeer", "(atelier)", "« atelier »",
        "-atelier", "atelier-", "Zoo", "zoo", "Ångström", "Angstrom", "øre", "ore", "Ørsted",
    ];

    public static TheoryData<string> Directions() => new() { "ASC", "DESC" };

    [Theory]
    [MemberData(nameof(Directions))]
    public async Task Equidistant_offers_follow_the_databases_title_order_in_both_directions(string direction)
    {
        await InsertOnceAsync();
        var centre = OfferPagingData.Centre;
        var args = new OfferSearchArgs(
            Order: OfferSearchArgs.Sort(("distance", "ASC"), ("title", direction)),
            Near: OfferSearchArgs.NearPoint(centre.Latitude, centre.Longitude, 10));
        await using var connection = await api.OpenConnectionAsync();
        var expected = await OfferPagingData.IdsAsync(connection,
            $"SELECT id FROM offers WHERE {OfferPagingData.Visible} ORDER BY ST_Distance(location, " +
            $"ST_SetSRID(ST_MakePoint(2.3522, 48.8566), 4326)::geography, false), title COLLATE \"fr-x-icu\" {direction}, id");

        foreach (var size in new[] { 1, 4, 9 })
        {
            var forward = await api.GraphQL.WalkForwardAsync(args, size);
            OfferSearchClient.AssertSameSequence(expected, [.. forward.Select(r => r.Id)], $"title {direction}, forward by {size}", Describe);
            var backward = await api.GraphQL.WalkBackwardAsync(args, size);
            OfferSearchClient.AssertSameSequence(expected, [.. backward.Select(r => r.Id)], $"title {direction}, backward by {size}", Describe);
        }
    }

    private static string Describe(long id) => $"offer {id}";

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ApiFixture, Lazy<Task>> Inserted = new();

    private Task InsertOnceAsync() => Inserted.GetValue(api, fixture => new Lazy<Task>(() => InsertAsync(fixture))).Value;

    private static async Task InsertAsync(ApiFixture fixture)
    {
        await using var db = fixture.CreateDbContext();
        var employer = await db.AddEmployerAsync(e => e.Name = "Ferme des Tilleuls");
        foreach (var (title, index) in TrickyTitles.Select((t, i) => (t, i)))
        {
            // Two stacks of all the titles, plus a few offers elsewhere so that ties sit between other rows.
            db.Offers.Add(OfferPagingData.New(employer, 1, title));
            db.Offers.Add(OfferPagingData.New(employer, 3, title));
            if (index % 7 == 0)
            {
                db.Offers.Add(OfferPagingData.New(employer, index % 5, title));
            }
        }

        await db.SaveChangesAsync();
    }
}
