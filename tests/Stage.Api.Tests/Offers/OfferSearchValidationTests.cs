using System.Globalization;
using Npgsql;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>Bad arguments of <c>offers</c>: each gets its code and names its argument; nothing runs and nothing changes.</summary>
public sealed class OfferSearchValidationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string LongSearch = new('é', 201);

    public static TheoryData<string, string, string?> BadArguments() => new()
    {
        { "near: {latitude: 91, longitude: 2.35}", "INVALID_COORDINATES", "near.latitude" },
        { "near: {latitude: -91, longitude: 2.35}", "INVALID_COORDINATES", "near.latitude" },
        { "near: {latitude: 48.85, longitude: 181}", "INVALID_COORDINATES", "near.longitude" },
        { "near: {latitude: 48.85, longitude: -180.5}", "INVALID_COORDINATES", "near.longitude" },
        { "near: {latitude: 48.85, longitude: 2.35, radiusKm: 0}", "INVALID_RADIUS", "near.radiusKm" },
        { "near: {latitude: 48.85, longitude: 2.35, radiusKm: -5}", "INVALID_RADIUS", "near.radiusKm" },
        { "near: {latitude: 48.85, longitude: 2.35, radiusKm: 201}", "INVALID_RADIUS", "near.radiusKm" },
        { "near: {latitude: 48.85, longitude: 2.35, radiusKm: 200.001}", "INVALID_RADIUS", "near.radiusKm" },
        { "first: 101", "INVALID_PAGE_SIZE", "first" },
        { "first: -1", "INVALID_PAGE_SIZE", "first" },
        { "last: 101", "INVALID_PAGE_SIZE", "last" },
        { "first: 5, last: 5", "INVALID_PAGINATION", "last" },
        { "order: [{distance: ASC}]", "INVALID_ORDER", "order[0].distance" },
        { "order: [{title: ASC}, {relevance: DESC}]", "INVALID_ORDER", "order[1].relevance" },
        { "where: {departmentCode: {in: []}}", "EMPTY_LIST", "where.departmentCode.in" },
        { "where: {or: [{title: {eq: \"x\"}}, {sectorCode: {nin: []}}]}", "EMPTY_LIST", "where.or[1].sectorCode.nin" },
        { "order: [{title: UPWARDS}]", "ARGUMENTS_OF_CORRECT_TYPE", null },
        { "where: {employerKind: {eq: FARM}}", "ARGUMENTS_OF_CORRECT_TYPE", null },
        { "where: {period: {within: {from: \"2026-06-19\", to: \"2026-06-15\"}}}", "INVALID_DATE_RANGE", "where.period.within" },
        { "where: {period: {overlaps: {from: \"2026-01-01\", to: \"2035-12-31\"}}}", "INVALID_DATE_RANGE", "where.period.overlaps" },
        { "where: {period: {overlaps: {from: \"2026-01-01\", to: \"2028-12-31\"}}}", "INVALID_DATE_RANGE", "where.period.overlaps" },
        { $"search: \"{LongSearch}\"", "SEARCH_TOO_LONG", "search" },
    };

    public static TheoryData<string> EdgeArguments() => new()
    {
        "near: {latitude: 90, longitude: 180, radiusKm: 200}",
        "near: {latitude: -90, longitude: -180, radiusKm: 0.001}",
        "near: {latitude: 48.85, longitude: 2.35, radiusKm: null}",
        "first: 100",
        "first: 0",
        "last: 100",
        "last: 0",
        "order: [{distance: DESC}], near: {latitude: 48.85, longitude: 2.35}",
        "order: [{relevance: ASC}], search: \"stage\"",
        "where: {period: {within: {from: \"2026-01-01\", to: \"2027-12-31\"}}}",
        "where: {period: {overlaps: {from: \"2026-06-15\", to: \"2026-06-15\"}}}",
        $"search: \"{new string('é', 200)}\"",
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_are_refused_with_their_code_and_argument(string arguments, string code, string? argument)
    {
        var before = await SnapshotAsync();

        var response = await api.GraphQL.PostAsync($"{{ offers({arguments}) {{ totalCount nodes {{ id }} }} }}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(argument, response.Errors![0]!["extensions"]?["argument"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(response.Errors[0]!["message"]?.GetValue<string>()));
        Assert.Null(response.Data?["offers"]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(EdgeArguments))]
    public async Task Arguments_at_the_limits_are_accepted(string arguments)
    {
        await SnapshotAsync();
        var data = await api.GraphQL.QueryAsync($"{{ offers({arguments}) {{ totalCount nodes {{ id }} }} }}");
        Assert.NotNull(data["offers"]);
    }

    /// <summary>A fingerprint of the tables a search reads; makes sure there is at least one offer to read.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var connection = await api.OpenConnectionAsync();
        if (await ScalarAsync(connection, "SELECT count(*) FROM offers") == "0")
        {
            await using var db = api.CreateDbContext();
            await db.AddOfferAsync(await db.AddEmployerAsync());
        }

        return (await ScalarAsync(connection,
            "SELECT concat_ws('|', count(*), max(updated_at), sum(seats_taken), max(id), (SELECT count(*) FROM employers)) FROM offers"))!;
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
