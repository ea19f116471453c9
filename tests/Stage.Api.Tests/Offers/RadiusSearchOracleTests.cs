using System.Globalization;
using System.Runtime.CompilerServices;
using Stage.Api.Offers;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// Radius searches against a brute-force oracle: a C# haversine over every inserted offer, with the
/// API's visibility rules, the same filter and the documented order (keys, then id ascending).
/// </summary>
public sealed class RadiusSearchOracleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int PageSize = 37;

    /// <summary>Offers closer than this to the radius may fall either side through rounding; they are not compared.</summary>
    private const double BoundaryBandMetres = 0.01;

    private static readonly ConditionalWeakTable<ApiFixture, Lazy<Task<IReadOnlyList<Offer>>>> Inserted = new();

    public static TheoryData<string> QueryNames()
    {
        var names = new TheoryData<string>();
        foreach (var query in RadiusOracleData.Queries)
        {
            names.Add(query.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(QueryNames))]
    public async Task All_pages_match_the_haversine_oracle(string name)
    {
        var query = RadiusOracleData.Queries.Single(q => q.Name == name);
        var offers = await OffersAsync();
        var radius = query.RadiusMetres;
        var distances = offers.ToDictionary(o => o.Id, o => Sphere.DistanceMetres(query.Centre.Latitude, query.Centre.Longitude, o.Latitude, o.Longitude));
        var admitted = offers.Where(query.Admits).ToList();
        var boundary = admitted.Where(o => Math.Abs(distances[o.Id] - radius) < BoundaryBandMetres).Select(o => o.Id).ToHashSet();
        var expected = Sorted(admitted.Where(o => distances[o.Id] <= radius && !boundary.Contains(o.Id)), query.Ordering, distances);

        // The data must put offers just inside and just outside this very radius, or the test proves little.
        Assert.Contains(admitted, o => radius - distances[o.Id] is > BoundaryBandMetres and < 0.1);
        Assert.Contains(admitted, o => distances[o.Id] - radius is > BoundaryBandMetres and < 0.1);
        Assert.NotEmpty(expected);
        AssertNoNearTies(admitted, distances);

        var first = await api.GraphQL.PageAsync(query.Args, first: PageSize, withTotal: true);
        var rows = await api.GraphQL.WalkForwardAsync(query.Args, PageSize);

        string Describe(long id) => distances.TryGetValue(id, out var d)
            ? string.Create(CultureInfo.InvariantCulture, $"offer {id} at {d:F4} m")
            : $"offer {id} (not inserted by this test)";
        var duplicates = rows.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => Describe(g.Key)).ToList();
        Assert.True(duplicates.Count == 0, $"Rows returned twice: {string.Join(", ", duplicates)}");
        OfferSearchClient.AssertSameSequence(
            expected, [.. rows.Select(r => r.Id).Where(id => !boundary.Contains(id))], $"{name} (radius {radius} m)", Describe);

        foreach (var row in rows)
        {
            Assert.NotNull(row.DistanceKm);
            var error = Math.Abs((row.DistanceKm.Value * 1000) - distances[row.Id]);
            Assert.True(error <= 1, $"{Describe(row.Id)}: the API says {row.DistanceKm} km ({error:F3} m off).");
        }

        Assert.Equal(rows.Count, first.TotalCount);
        Assert.InRange(first.TotalCount!.Value, expected.Count, expected.Count + boundary.Count);
    }

    [Fact]
    public async Task A_group_of_equidistant_offers_larger_than_a_page_is_paged_by_id()
    {
        var offers = await OffersAsync();
        var (place, bearing, metres, _) = RadiusOracleData.Stacks[0];
        var (latitude, longitude) = Sphere.Destination(place.Latitude, place.Longitude, bearing, metres);
        var stack = offers
            .Where(o => o.Latitude == latitude && o.Longitude == longitude && o.Status == OfferStatus.Published && o.Seats > o.SeatsTaken)
            .Select(o => o.Id).Order().ToList();
        Assert.True(stack.Count > PageSize, $"The stack has {stack.Count} visible offers, not more than a page.");

        var args = new OfferSearchArgs(Near: OfferSearchArgs.NearPoint(place.Latitude, place.Longitude, 10));
        var rows = await api.GraphQL.WalkForwardAsync(args, PageSize);
        var ids = rows.Select(r => r.Id).ToList();
        var start = ids.IndexOf(stack[0]);
        Assert.True(start >= 0, "The stack's first offer is missing.");
        OfferSearchClient.AssertSameSequence(stack, ids.GetRange(start, Math.Min(stack.Count, ids.Count - start)), "the stack, in id order");
        Assert.Single(rows.Skip(start).Take(stack.Count).Select(r => r.DistanceKm).Distinct());

        var backward = await api.GraphQL.WalkBackwardAsync(args, PageSize);
        OfferSearchClient.AssertSameSequence(ids, [.. backward.Select(r => r.Id)], "backward walk");
    }

    /// <summary>
    /// Offers at different points whose distances differ by rounding only could be ordered either way; the
    /// data must have none, or a failure would say nothing about the API.
    /// </summary>
    private static void AssertNoNearTies(List<Offer> offers, Dictionary<long, double> distances)
    {
        var byDistance = offers.OrderBy(o => distances[o.Id]).ToList();
        for (var i = 1; i < byDistance.Count; i++)
        {
            var (a, b) = (byDistance[i - 1], byDistance[i]);
            var samePoint = a.Latitude == b.Latitude && a.Longitude == b.Longitude;
            Assert.True(samePoint || distances[b.Id] - distances[a.Id] > 1e-6, $"Offers {a.Id} and {b.Id} are at nearly the same distance.");
        }
    }

    private static List<long> Sorted(IEnumerable<Offer> offers, OracleOrder ordering, Dictionary<long, double> distances) => ordering switch
    {
        OracleOrder.DistanceAscending => [.. offers.OrderBy(o => distances[o.Id]).ThenBy(o => o.Id).Select(o => o.Id)],
        OracleOrder.DistanceDescending => [.. offers.OrderByDescending(o => distances[o.Id]).ThenBy(o => o.Id).Select(o => o.Id)],
        OracleOrder.StartDateAscending => [.. offers.OrderBy(o => o.Weeks.Min()).ThenBy(o => o.Id).Select(o => o.Id)],
        _ => throw new ArgumentOutOfRangeException(nameof(ordering)),
    };

    private Task<IReadOnlyList<Offer>> OffersAsync() =>
        Inserted.GetValue(api, fixture => new Lazy<Task<IReadOnlyList<Offer>>>(() => RadiusOracleData.InsertAsync(fixture))).Value;
}
