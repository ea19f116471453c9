using System.Runtime.CompilerServices;
using Stage.Api.Offers;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>Cursor paging in every order: complete, without repeats, the same forward and backward, and stable under inserts.</summary>
public sealed class OfferPagingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int PageSize = 7;

    private static readonly ConditionalWeakTable<ApiFixture, Lazy<Task<Employer>>> Inserted = new();

    public static TheoryData<string> OrderNames()
    {
        var names = new TheoryData<string>();
        foreach (var order in OfferPagingData.Orders)
        {
            names.Add(order.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(OrderNames))]
    public async Task Forward_and_backward_walks_return_every_offer_once_in_order(string name)
    {
        await EmployerAsync();
        var order = Order(name);
        var expected = await OfferPagingData.ExpectedAsync(api, order);
        Assert.True(expected.Count > 150, $"Only {expected.Count} visible offers: too few to page through.");

        var forward = await api.GraphQL.WalkForwardAsync(order.Args, PageSize);
        OfferSearchClient.AssertSameSequence(expected, [.. forward.Select(r => r.Id)], $"{name}, forward");

        var backward = await api.GraphQL.WalkBackwardAsync(order.Args, PageSize);
        OfferSearchClient.AssertSameSequence(expected, [.. backward.Select(r => r.Id)], $"{name}, backward");

        var count = await api.GraphQL.PageAsync(order.Args, first: 0, withTotal: true);
        Assert.Equal(expected.Count, count.TotalCount);
    }

    [Theory]
    [InlineData("title-asc")]
    [InlineData("start-date-desc-title-asc")]
    [InlineData("distance-default")]
    public async Task Offers_inserted_during_a_walk_neither_hide_nor_repeat_existing_ones(string name)
    {
        var employer = await EmployerAsync();
        var order = Order(name);
        var original = await OfferPagingData.ExpectedAsync(api, order);
        var (earlier, later, seen) = (new List<long>(), new List<long>(), new List<long>());
        string? cursor = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 500, "The walk does not end.");
            var page = await api.GraphQL.PageAsync(order.Args, first: PageSize, after: cursor);
            seen.AddRange(page.Rows.Select(r => r.Id));
            if (!page.HasNextPage)
            {
                break;
            }

            cursor = page.EndCursor;
            var (before, after) = await InsertAroundAsync(employer, name, page.Rows[^1].Id);
            earlier.Add(before);
            later.AddRange(after);
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        var originalIds = original.ToHashSet();
        OfferSearchClient.AssertSameSequence(original, [.. seen.Where(originalIds.Contains)], $"{name}, offers that existed at the start");
        var wronglySeen = earlier.Where(seen.Contains).Select(id => $"offer {id} (inserted {earlier.IndexOf(id) + 1}th, seen at {seen.IndexOf(id)})").ToList();
        Assert.True(wronglySeen.Count == 0, $"Offers inserted before the position were returned: {string.Join(", ", wronglySeen)}");
        Assert.All(later, id => Assert.Contains(id, seen));
    }

    [Fact]
    public async Task A_tampered_or_truncated_cursor_is_refused()
    {
        await EmployerAsync();
        var args = Order("title-asc").Args;
        var page = await api.GraphQL.PageAsync(args, first: PageSize);
        var end = page.EndCursor!;
        for (var position = 0; position < end.Length; position += 5)
        {
            await AssertErrorAsync(args, "INVALID_CURSOR", "after", first: PageSize, after: Flip(end, position));
        }

        await AssertErrorAsync(args, "INVALID_CURSOR", "after", first: PageSize, after: end[..^4]);
        await AssertErrorAsync(args, "INVALID_CURSOR", "after", first: PageSize, after: "not a cursor!");
        await AssertErrorAsync(args, "INVALID_CURSOR", "before", last: PageSize, before: Flip(page.StartCursor!, page.StartCursor!.Length / 2));

        var next = await api.GraphQL.PageAsync(args, first: PageSize, after: end);
        Assert.NotEmpty(next.Rows);
    }

    [Theory]
    [InlineData("title-asc", "title-desc")]
    [InlineData("title-asc", "start-date-asc")]
    [InlineData("start-date-asc", "start-date-desc-title-asc")]
    [InlineData("start-date-desc-title-asc", "start-date-asc")]
    [InlineData("distance-default", "distance-desc")]
    [InlineData("distance-default", "title-asc")]
    [InlineData("relevance-default", "title-asc")]
    public async Task A_cursor_made_for_another_order_is_refused(string madeFor, string usedWith)
    {
        await EmployerAsync();
        var page = await api.GraphQL.PageAsync(Order(madeFor).Args, first: PageSize);
        await AssertErrorAsync(Order(usedWith).Args, "INVALID_CURSOR", "after", first: PageSize, after: page.EndCursor);
    }

    [Fact]
    public async Task A_cursor_made_for_another_centre_or_search_is_refused()
    {
        await EmployerAsync();
        var paris = Order("distance-default").Args;
        var cursor = (await api.GraphQL.PageAsync(paris, first: PageSize)).EndCursor;
        var lyon = paris with { Near = OfferSearchArgs.NearPoint(RadiusOracleData.Lyon.Latitude, RadiusOracleData.Lyon.Longitude, 20) };
        await AssertErrorAsync(lyon, "INVALID_CURSOR", "after", first: PageSize, after: cursor);

        var search = Order("relevance-default").Args;
        cursor = (await api.GraphQL.PageAsync(search, first: PageSize)).EndCursor;
        await AssertErrorAsync(search with { Search = "stage" }, "INVALID_CURSOR", "after", first: PageSize, after: cursor);
    }

    [Theory]
    [InlineData(101, null, "INVALID_PAGE_SIZE", "first")]
    [InlineData(-1, null, "INVALID_PAGE_SIZE", "first")]
    [InlineData(null, 101, "INVALID_PAGE_SIZE", "last")]
    [InlineData(null, -1, "INVALID_PAGE_SIZE", "last")]
    [InlineData(7, 7, "INVALID_PAGINATION", "last")]
    public async Task Bad_page_sizes_are_refused(int? first, int? last, string code, string argument)
    {
        await EmployerAsync();
        await AssertErrorAsync(Order("title-asc").Args, code, argument, first: first, last: last);
    }

    [Theory]
    [InlineData("title-asc")]
    [InlineData("distance-default")]
    [InlineData("relevance-default")]
    public async Task First_zero_gives_an_empty_page_that_says_more_follow(string name)
    {
        await EmployerAsync();
        var args = Order(name).Args;
        var page = await api.GraphQL.PageAsync(args, first: 0, withTotal: true);
        Assert.Empty(page.Rows);
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Null(page.StartCursor);
        Assert.Null(page.EndCursor);
        Assert.Equal((await OfferPagingData.ExpectedAsync(api, Order(name))).Count, page.TotalCount);
    }

    private async Task AssertErrorAsync(
        OfferSearchArgs args, string code, string argument, int? first = null, string? after = null, int? last = null, string? before = null)
    {
        var response = await api.GraphQL.PostAsync(OfferSearchClient.PageQuery, OfferSearchClient.Variables(args, first, after, last, before));
        Assert.Equal(200, response.StatusCode);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(argument, response.Errors![0]!["extensions"]!["argument"]?.GetValue<string>());
        Assert.Null(response.Data?["offers"]);
    }

    /// <summary>Inserts one offer that sorts before the page's last row and two that sort after it.</summary>
    private async Task<(long Before, long[] After)> InsertAroundAsync(Employer employer, string orderName, long lastId)
    {
        await using var db = api.CreateDbContext();
        var last = await db.Offers.FindAsync(lastId) ?? throw new InvalidOperationException($"Offer {lastId} is gone.");
        Offer before, sameKeys, farther;
        if (orderName.StartsWith("distance", StringComparison.Ordinal))
        {
            (before, sameKeys, farther) = (OfferPagingData.New(employer, 0, last.Title), OfferPagingData.New(employer, 0, last.Title), OfferPagingData.New(employer, 4, last.Title));
            (before.Latitude, before.Longitude) = (OfferPagingData.Centre.Latitude, OfferPagingData.Centre.Longitude);
            (sameKeys.Latitude, sameKeys.Longitude) = (last.Latitude, last.Longitude);
        }
        else
        {
            var descending = orderName.StartsWith("start-date-desc", StringComparison.Ordinal);
            // Digits sort before letters: no title of the data (nor of the other tests' inserts) sorts before "0000".
            var first = descending ? "Stage découverte aaaa" : "Stage découverte 0000";
            (before, sameKeys, farther) = (OfferPagingData.New(employer, 0, first), OfferPagingData.New(employer, 0, last.Title),
                OfferPagingData.New(employer, 0, "Stage découverte zzzz"));
            sameKeys.Weeks = last.Weeks;
            before.Weeks = farther.Weeks = last.Weeks;
            if (descending)
            {
                // Later start dates come first in this order: a later week sorts before, an earlier one after.
                (before.Weeks, farther.Weeks) = ([new(2026, 9, 7)], [new(2025, 9, 1)]);
            }
        }

        db.Offers.AddRange(before, sameKeys, farther);
        await db.SaveChangesAsync();
        return (before.Id, [sameKeys.Id, farther.Id]);
    }

    private static string Flip(string cursor, int position) =>
        string.Concat(cursor.AsSpan(0, position), cursor[position] == 'A' ? "B" : "A", cursor.AsSpan(position + 1));

    private static PagingOrder Order(string name) => OfferPagingData.Orders.Single(o => o.Name == name);

    private Task<Employer> EmployerAsync() =>
        Inserted.GetValue(api, fixture => new Lazy<Task<Employer>>(() => OfferPagingData.InsertAsync(fixture))).Value;
}
