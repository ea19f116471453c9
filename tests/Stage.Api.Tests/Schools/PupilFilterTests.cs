using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Schools;

/// <summary><c>pupils(where: ...)</c> filters on grade, class and names; the count follows the filter.</summary>
public sealed class PupilFilterTests(ApiFixture api) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private const string Query = """
        query ($where: PupilFilterInput) { pupils(first: 100, where: $where) { totalCount nodes { lastName firstName } } }
        """;

    private static readonly string[] ThirdAndSecond = ["TROISIEME", "SECONDE"];
    private static readonly string[] TwoClasses = ["3e B", "4e B"];

    private GraphQLClient? _staff;

    private GraphQLClient Staff => _staff ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        var scenario = new PupilScenario(api);
        _staff = await scenario.AsStaffAsync(await scenario.SchoolAsync(SchoolKind.College));
        var pupils = new[]
        {
            ("Martin", "Léa", "TROISIEME", "3e A"), ("Écuyer", "Paul", "TROISIEME", "3e B"), ("Dupont", "Élise", "QUATRIEME", "4e A"),
            ("Lemartinet", "Hugo", "QUATRIEME", "4e B"), ("Fabre", "Martine", "TROISIEME", "3e A"), ("100%_Durand", "Zoé", "QUATRIEME", "4e A"),
        };
        await PupilScenario.PreRegisterAsync(_staff, pupils.Select(p =>
        {
            var row = PupilScenario.Row(SchoolKind.College, p.Item1, p.Item4);
            row["firstName"] = p.Item2;
            row["grade"] = p.Item3;
            row["birthDate"] = PupilScenario.BirthDate(13);
            return row;
        }));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, object, string[]> Filters() => new()
    {
        { "grade eq", new { grade = new { eq = "QUATRIEME" } }, ["100%_Durand", "Dupont", "Lemartinet"] },
        { "grade in", new { grade = new { @in = ThirdAndSecond } }, ["Écuyer", "Fabre", "Martin"] },
        { "className eq", new { className = new { eq = "3e A" } }, ["Fabre", "Martin"] },
        { "className in", new { className = new { @in = TwoClasses } }, ["Écuyer", "Lemartinet"] },
        { "name, any case", new { name = new { contains = "MARTIN" } }, ["Fabre", "Lemartinet", "Martin"] },
        { "name without accents", new { name = new { contains = "ecuy" } }, ["Écuyer"] },
        { "first and last name words", new { name = new { contains = "lea  mar" } }, ["Martin"] },
        { "wildcards are literal", new { name = new { contains = "0%_d" } }, ["100%_Durand"] },
        { "blank name matches all", new { name = new { contains = "  " } }, ["100%_Durand", "Dupont", "Écuyer", "Fabre", "Lemartinet", "Martin"] },
        { "fields combine", new { grade = new { eq = "TROISIEME" }, name = new { contains = "martin" } }, ["Fabre", "Martin"] },
        { "or", new { or = new object[] { new { className = new { eq = "4e B" } }, new { name = new { contains = "élise" } } } }, ["Dupont", "Lemartinet"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_filter_keeps_the_matching_pupils_and_counts_them(string why, object where, string[] lastNames)
    {
        var pupils = (await Staff.QueryAsync(Query, new { where }))["pupils"]!;

        Assert.True(lastNames.SequenceEqual(pupils["nodes"]!.AsArray().Select(n => n!["lastName"]!.GetValue<string>())), why);
        Assert.Equal(lastNames.Length, pupils["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_name_search_longer_than_100_characters_is_refused()
    {
        var response = await Staff.PostAsync(Query, new { where = new { name = new { contains = new string('a', 101) } } });

        Assert.Equal(["SEARCH_TOO_LONG"], response.ErrorCodes);
        Assert.Equal("where.name.contains", response.Errors![0]!["extensions"]!["argument"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_list_is_refused()
    {
        var response = await Staff.PostAsync(Query, new { where = new { grade = new { @in = Array.Empty<string>() } } });

        Assert.Equal(["EMPTY_LIST"], response.ErrorCodes);
    }
}
