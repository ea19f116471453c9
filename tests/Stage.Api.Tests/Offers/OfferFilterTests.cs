using System.Runtime.CompilerServices;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>Each whitelisted filter field and operator family, and full-text search, against the known offers of <see cref="OfferFilterData"/>.</summary>
public sealed class OfferFilterTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly ConditionalWeakTable<ApiFixture, Lazy<Task<Dictionary<string, long>>>> Inserted = new();

    public static TheoryData<string, string> Filters() => new()
    {
        { "", OfferFilterData.Visible },
        { "{}", OfferFilterData.Visible },
        { """{title: {eq: "Boulangerie artisanale"}}""", "B" },
        { """{title: {neq: "Boulangerie artisanale"}}""", "A C D E F I J K" },
        { """{title: {in: ["Menuiserie", "Accueil en mairie", "Offre masquée"]}}""", "C K" },
        { """{title: {nin: ["Menuiserie", "Accueil en mairie"]}}""", "A B D E F I J" },
        { """{title: {contains: "erie"}}""", "B I K" },
        { """{title: {contains: "Découverte"}}""", "A" },
        { """{title: {contains: "découverte"}}""", "" },
        { """{title: {ncontains: "erie"}}""", "A C D E F J" },
        { """{title: {startsWith: "Stage"}}""", "E" },
        { """{title: {endsWith: "abroad"}}""", "F" },
        { """{title: {endsWith: "Abroad"}}""", "" },
        { """{title: {endsWith: "rie"}}""", "C K" },
        { """{title: {contains: "%"}}""", "" },
        { """{title: {startsWith: "_"}}""", "" },
        { """{employerName: {endsWith: "%"}}""", "" },
        { """{sectorCode: {eq: "s28"}}""", "A B" },
        { """{sectorCode: {in: ["s23", "s13"]}}""", "D E F" },
        { "{employerKind: {eq: LOCAL_AUTHORITY}}", "C F" },
        { "{employerKind: {in: [ASSOCIATION, PRIVATE_COMPANY]}}", "D E K" },
        { "{employerKind: {neq: MICRO_ENTERPRISE}}", "C D E F K" },
        { """{employerName: {contains: "Mairie"}}""", "C F" },
        { """{employerName: {startsWith: "Atelier"}}""", "K" },
        { "{grades: {some: {eq: SECONDE}}}", "A E F" },
        { "{grades: {some: {in: [QUATRIEME]}}}", "C J K" },
        { "{grades: {some: {neq: TROISIEME}}}", "A C E F J K" },
        { "{grades: {all: {eq: TROISIEME}}}", "B D I" },
        { "{grades: {none: {eq: TROISIEME}}}", "A E F J" },
        { "{grades: {none: {in: [QUATRIEME, TROISIEME]}}}", "A E F" },
        { "{grades: {any: true}}", OfferFilterData.Visible },
        { "{grades: {any: false}}", "" },
        { """{startDate: {gt: "2026-06-15"}}""", "E I J K" },
        { """{startDate: {lte: "2026-03-16"}}""", "B C" },
        { """{endDate: {lte: "2026-06-19"}}""", "B C D F" },
        { """{endDate: {gt: "2026-12-01"}}""", "J K" },
        { """{weeks: {some: {eq: "2026-W25"}}}""", "A D F" },
        { """{weeks: {some: {eq: "2027-W01"}}}""", "K" },
        { """{weeks: {some: {eq: "2026-W53"}}}""", "" },
        { """{weeks: {all: {startsWith: "2026-"}}}""", "A B C D E F I J" },
        { """{weeks: {none: {eq: "2026-W26"}}}""", "B C D F I J K" },
        { """{departmentCode: {eq: "2A"}}""", "D" },
        { """{departmentCode: {eq: "2B"}}""", "E" },
        { "{departmentCode: {eq: null}}", "F" },
        { """{departmentCode: {neq: "2A"}}""", "A B C E F I J K" },
        { """{departmentCode: {nin: ["75"]}}""", "B C D E F" },
        { """{departmentCode: {ncontains: "7"}}""", "B C D E F" },
        { """{departmentCode: {in: ["2a", "2B"]}}""", "E" },
        { """{regionCode: {startsWith: "9"}}""", "D E" },
        { """{regionCode: {eq: "94"}}""", "D E" },
        { """{regionCode: {eq: "84"}}""", "B C" },
        { """{countryCode: {neq: "FR"}}""", "F" },
        { """{countryCode: {in: ["BE", "CH"]}}""", "F" },
        { "{remainingSeats: {gte: 0}}", "A B C D E F G I J K" },
        { "{remainingSeats: {eq: 0}}", "G" },
        { "{remainingSeats: {}}", "A B C D E F G I J K" },
        { """{createdAt: {gt: "2026-03-01T00:00:00+01:00"}}""", "K" },
        { """{createdAt: {eq: "2026-05-01T08:00:00Z"}}""", "K" },
        { """{createdAt: {lt: "2026-05-01T10:00:00+02:00"}}""", "A B C D E F I J" },
        { """{updatedAt: {gt: "2000-01-01T00:00:00Z"}}""", OfferFilterData.Visible },
        { """{period: {overlaps: {from: "2026-06-22", to: "2026-06-24"}}}""", "A E" },
        { """{period: {within: {from: "2026-06-15", to: "2026-06-19"}}}""", "D F" },
        { """{period: {within: {from: "2026-06-15", to: "2026-06-26"}}}""", "A D E F" },
        { """{and: [{sectorCode: {eq: "s28"}}, {grades: {some: {eq: SECONDE}}}]}""", "A" },
        { """{or: [{departmentCode: {eq: "2A"}}, {countryCode: {eq: "BE"}}]}""", "D F" },
        { """{or: [{and: [{regionCode: {eq: "84"}}, {employerKind: {eq: LOCAL_AUTHORITY}}]}, {title: {eq: "Menuiserie"}}]}""", "C K" },
        { """{sectorCode: {eq: "s24"}, or: [{employerName: {contains: "Rossi"}}, {grades: {all: {eq: QUATRIEME}}}]}""", "J K" },
        { """{or: [{remainingSeats: {eq: 0}}, {title: {eq: "Stage en Corse"}}]}""", "E G" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_filter_returns_exactly_the_matching_visible_offers(string where, string expected)
    {
        var keys = await SearchAsync(where.Length == 0 ? "" : $"where: {where}");
        Assert.Equal(expected, string.Join(' ', keys.Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("decouverte", "", "A")]
    [InlineData("DÉCOUVERTE", "", "A")]
    [InlineData("decouverte", "{remainingSeats: {gte: 0}}", "A G")]
    [InlineData("boulang", "", "A B")]
    [InlineData("Boulangerie artisanale", "", "B")]
    [InlineData("marq", "", "I J K")]
    [InlineData("marqueterie", """{grades: {some: {eq: QUATRIEME}}}""", "J K")]
    [InlineData("ebenisterie", "", "J K")]
    [InlineData("bruxelles", "", "")]
    [InlineData("jardinage en", "", "D")]
    public async Task Search_ignores_accents_and_case_and_takes_the_last_word_as_a_prefix(string search, string where, string expected)
    {
        var keys = await SearchAsync($"search: \"{search}\"" + (where.Length == 0 ? "" : $", where: {where}"));
        Assert.Equal(expected, string.Join(' ', keys.Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// Every beginning of a word finds it, as a pupil types. The 'french' configuration breaks this twice:
    /// the document keeps only the word's stem, which can be shorter than what was typed ("environnem:*"
    /// is not a prefix of the stem of "environnement"), and French stop words ("ma", "la", "en", "au",
    /// "dans") vanish from the query, leaving nothing to match.
    /// </summary>
    [Theory]
    [InlineData("environnement", "D")]
    [InlineData("environne", "D")]
    [InlineData("environnem", "D")]
    [InlineData("environnemen", "D")]
    [InlineData("jardinage environnem", "D")]
    [InlineData("ma", "A B C F I J K")]
    [InlineData("mai", "A B C F I J")]
    public async Task Every_beginning_of_the_last_word_finds_it(string search, string expected)
    {
        var keys = await SearchAsync($"search: \"{search}\"");
        Assert.Equal(expected, string.Join(' ', keys.Order(StringComparer.Ordinal)));
    }

    /// <summary>"découverte" typed with a combining accent (NFD, as some keyboards and macOS send it) is still the same word.</summary>
    [Fact]
    public async Task Search_ignores_accents_written_as_combining_marks()
    {
        Assert.Equal(["A"], await SearchAsync("search: \"decouverte\""));
        Assert.Equal(["A"], await SearchAsync("search: \"de\u0301couverte\""));
    }

    [Fact]
    public async Task Relevance_ranks_title_above_description_above_employer()
    {
        Assert.Equal(["I", "J", "K"], await SearchAsync("search: \"marqueterie\""));
        Assert.Equal(["I", "J", "K"], await SearchAsync("search: \"marqueterie\", order: [{relevance: DESC}]"));
        Assert.Equal(["K", "J", "I"], await SearchAsync("search: \"marqueterie\", order: [{relevance: ASC}]"));
        Assert.Equal(["J", "K"], await SearchAsync("search: \"marqueterie\", last: 2"));
    }

    private async Task<List<string>> SearchAsync(string arguments)
    {
        var ids = await Inserted.GetValue(api, fixture => new Lazy<Task<Dictionary<string, long>>>(() => OfferFilterData.InsertAsync(fixture))).Value;
        var keys = ids.ToDictionary(pair => pair.Value, pair => pair.Key);
        var size = arguments.Contains("last:", StringComparison.Ordinal) ? "" : "first: 100, ";
        var data = await api.GraphQL.QueryAsync($"{{ offers({size}{arguments}) {{ totalCount nodes {{ id }} }} }}");
        var nodes = data["offers"]!["nodes"]!.AsArray();
        if (size.Length > 0)
        {
            // Everything fits in one page here, so the count (its own SQL statement) must agree with the page.
            Assert.Equal(nodes.Count, data["offers"]!["totalCount"]!.GetValue<int>());
        }

        return [.. nodes.Select(n => keys[OfferSearchClient.DatabaseId(n!["id"]!)])];
    }
}
