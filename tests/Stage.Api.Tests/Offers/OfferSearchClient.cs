using System.Text.Json.Nodes;
using Stage.Api.Kit.Relay;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>The arguments of one <c>offers</c> search, sent as GraphQL variables (null ones are left out).</summary>
public sealed record OfferSearchArgs(object? Where = null, object? Order = null, object? Near = null, string? Search = null)
{
    public static object[] Sort(params (string Field, string Direction)[] keys) =>
        [.. keys.Select(k => new Dictionary<string, string> { [k.Field] = k.Direction })];

    public static object NearPoint(double latitude, double longitude, double? radiusKm = null) =>
        radiusKm is { } radius ? new { latitude, longitude, radiusKm = radius } : new { latitude, longitude };
}

/// <summary>One edge of a page: the offer's database id, its distance and its cursor.</summary>
public sealed record OfferRow(long Id, double? DistanceKm, string Cursor);

public sealed record OfferPage(
    IReadOnlyList<OfferRow> Rows, bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor, long? TotalCount);

/// <summary>Pages through <c>offers</c> as a client would: forward with first/after, backward with last/before.</summary>
public static class OfferSearchClient
{
    public const string PageQuery = """
        query ($first: Int, $after: String, $last: Int, $before: String, $where: OfferFilterInput,
               $order: [OfferSortInput!], $near: NearInput, $search: String, $withTotal: Boolean!) {
          offers(first: $first, after: $after, last: $last, before: $before, where: $where, order: $order,
                 near: $near, search: $search) {
            totalCount @include(if: $withTotal)
            edges { cursor node { id distanceKm } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private const int MaxPages = 2_000;

    public static Dictionary<string, object?> Variables(
        OfferSearchArgs args, int? first = null, string? after = null, int? last = null, string? before = null, bool withTotal = false)
    {
        var variables = new Dictionary<string, object?> { ["withTotal"] = withTotal };
        void Put(string name, object? value)
        {
            if (value is not null)
            {
                variables[name] = value;
            }
        }

        Put("first", first);
        Put("after", after);
        Put("last", last);
        Put("before", before);
        Put("where", args.Where);
        Put("order", args.Order);
        Put("near", args.Near);
        Put("search", args.Search);
        return variables;
    }

    public static async Task<OfferPage> PageAsync(
        this GraphQLClient client, OfferSearchArgs args, int? first = null, string? after = null, int? last = null, string? before = null,
        bool withTotal = false)
    {
        var data = await client.QueryAsync(PageQuery, Variables(args, first, after, last, before, withTotal));
        var offers = data["offers"] ?? throw new InvalidOperationException("offers is null");
        var rows = offers["edges"]!.AsArray()
            .Select(e => new OfferRow(DatabaseId(e!["node"]!["id"]!), e["node"]!["distanceKm"]?.GetValue<double>(), e["cursor"]!.GetValue<string>()))
            .ToList();
        var info = offers["pageInfo"]!;
        return new OfferPage(
            rows,
            info["hasNextPage"]!.GetValue<bool>(),
            info["hasPreviousPage"]!.GetValue<bool>(),
            info["startCursor"]?.GetValue<string>(),
            info["endCursor"]?.GetValue<string>(),
            offers["totalCount"]?.GetValue<long>());
    }

    /// <summary>Every row, following endCursor while hasNextPage; checks each page's size and flags on the way.</summary>
    public static async Task<List<OfferRow>> WalkForwardAsync(this GraphQLClient client, OfferSearchArgs args, int pageSize)
    {
        var rows = new List<OfferRow>();
        string? after = null;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var page = await client.PageAsync(args, first: pageSize, after: after);
            Assert.True(page.Rows.Count <= pageSize, $"A page of first: {pageSize} has {page.Rows.Count} rows.");
            Assert.Equal(after is not null, page.HasPreviousPage);
            if (page.HasNextPage)
            {
                Assert.True(page.Rows.Count == pageSize, $"Page {pages + 1} says more follow but has only {page.Rows.Count} rows.");
            }

            Assert.Equal(page.Rows.Count > 0 ? page.Rows[0].Cursor : null, page.StartCursor);
            Assert.Equal(page.Rows.Count > 0 ? page.Rows[^1].Cursor : null, page.EndCursor);
            rows.AddRange(page.Rows);
            if (!page.HasNextPage)
            {
                return rows;
            }

            after = page.EndCursor;
        }

        throw new InvalidOperationException($"Still pages after {MaxPages} pages: the walk does not end.");
    }

    /// <summary>Every row, from the end, following startCursor while hasPreviousPage; returned in list order.</summary>
    public static async Task<List<OfferRow>> WalkBackwardAsync(this GraphQLClient client, OfferSearchArgs args, int pageSize)
    {
        var pages = new List<IReadOnlyList<OfferRow>>();
        string? before = null;
        for (var count = 0; count < MaxPages; count++)
        {
            var page = await client.PageAsync(args, last: pageSize, before: before);
            Assert.True(page.Rows.Count <= pageSize, $"A page of last: {pageSize} has {page.Rows.Count} rows.");
            Assert.Equal(before is not null, page.HasNextPage);
            if (page.HasPreviousPage)
            {
                Assert.True(page.Rows.Count == pageSize, $"Backward page {count + 1} says more precede but has only {page.Rows.Count} rows.");
            }

            pages.Add(page.Rows);
            if (!page.HasPreviousPage)
            {
                pages.Reverse();
                return [.. pages.SelectMany(p => p)];
            }

            before = page.StartCursor;
        }

        throw new InvalidOperationException($"Still pages after {MaxPages} pages: the backward walk does not end.");
    }

    public static long DatabaseId(JsonNode globalId)
    {
        Assert.True(GlobalId.TryDecode(globalId.GetValue<string>(), out var type, out var id), $"Not a global id: {globalId}");
        Assert.Equal("Offer", type);
        return id;
    }

    /// <summary>Fails with the first position where two id sequences differ, instead of a wall of numbers.</summary>
    public static void AssertSameSequence(IReadOnlyList<long> expected, IReadOnlyList<long> actual, string what, Func<long, string>? describe = null)
    {
        describe ??= id => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var length = Math.Min(expected.Count, actual.Count);
        for (var i = 0; i < length; i++)
        {
            if (expected[i] != actual[i])
            {
                Assert.Fail($"{what}: position {i} of {expected.Count} expected {describe(expected[i])} but got {describe(actual[i])}.");
            }
        }

        if (expected.Count != actual.Count)
        {
            var extra = expected.Count > actual.Count ? $"missing {describe(expected[length])}" : $"unexpected {describe(actual[length])}";
            Assert.Fail($"{what}: expected {expected.Count} rows, got {actual.Count} ({extra} at position {length}).");
        }
    }
}
