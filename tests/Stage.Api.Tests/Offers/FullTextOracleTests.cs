using System.Globalization;
using System.Text;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// Full-text search against an independent computation over the offers' text: the last word of a query matches
/// exactly the offers with a word (of the title, description, employer's name or description; case and accents
/// aside) that starts with it as typed, and every other word is required.
/// </summary>
public sealed class FullTextOracleTests(FullTextOracleTests.Offers data) : IClassFixture<FullTextOracleTests.Offers>
{
    private readonly ApiFixture _api = data.Api;
    private readonly List<(long Id, string Text)> _offers = data.All;

    [Fact]
    public async Task Every_beginning_of_every_word_finds_exactly_the_offers_with_a_word_starting_so()
    {
        var prefixes = Vocabulary.SelectMany(word => new[] { word[..3], word[..Math.Min(word.Length, 6)], word })
            .Select(Fold).Distinct().ToList();
        foreach (var prefix in prefixes)
        {
            var expected = _offers.Where(o => Words(o.Text).Any(w => w.StartsWith(prefix, StringComparison.Ordinal))).Select(o => o.Id).Order();
            Assert.Equal(expected, await SearchAsync(prefix));
        }
    }

    [Fact]
    public async Task A_typed_word_never_finds_another_word_of_the_same_stem()
    {
        var informatique = await SearchAsync("INFORMATIQUE");

        Assert.NotEmpty(informatique);
        Assert.All(informatique, id => Assert.Contains("informatique", Words(_offers.Single(o => o.Id == id).Text)));
    }

    [Fact]
    public async Task Every_word_is_required_however_many()
    {
        var (id, text) = _offers[17];
        var words = Words(text).Distinct().ToList();
        var query = string.Join(' ', Enumerable.Repeat(words, 3).SelectMany(w => w).Take(14).Append(words[0]));
        var other = Vocabulary.Select(Fold).First(word => !Words(text).Contains(word));

        Assert.Contains(id, await SearchAsync(query));
        Assert.DoesNotContain(id, await SearchAsync(string.Join(' ', Enumerable.Repeat(words[0], 13).Append(other).Append(words[1]))));
    }

    [Fact]
    public async Task The_length_limit_counts_characters_as_a_reader_does()
    {
        var withEmoji = string.Concat(Enumerable.Repeat("🎓 ", 90)) + "informatique"; // 192 characters, 282 UTF-16 units
        Assert.Equal(await SearchAsync("informatique"), await SearchAsync(withEmoji));

        var refused = await _api.GraphQL.PostAsync("query ($s: String) { offers(search: $s) { totalCount } }", new { s = new string('a', 201) });
        Assert.Equal(["SEARCH_TOO_LONG"], refused.ErrorCodes);
    }

    private async Task<IReadOnlyList<long>> SearchAsync(string search)
    {
        var ids = new List<long>();
        string? after = null;
        do
        {
            var data = await _api.GraphQL.QueryAsync("""
                query ($s: String, $after: String) { offers(search: $s, first: 100, after: $after, where: { remainingSeats: { gte: 0 } }) {
                  nodes { id } pageInfo { hasNextPage endCursor } } }
                """, new { s = search, after });
            var offers = data["offers"]!;
            ids.AddRange(offers["nodes"]!.AsArray().Select(n => Stage.Api.Kit.Relay.GlobalId.Parse(n!["id"]!.GetValue<string>(), "Offer")));
            after = offers["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? offers["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        return [.. ids.Order()];
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    private static IEnumerable<string> Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Fold);

    /// <summary>Lower case without accents, as the search compares.</summary>
    private static string Fold(string word) => new(word.Normalize(NormalizationForm.FormD)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Words that share beginnings and stems ("informatique", "information", "informaticien"), with accents.</summary>
    private static readonly string[] Vocabulary =
    [
        "informatique", "information", "informaticien", "boulangerie", "boulanger", "boule", "pâtisserie", "pâtissier",
        "électricité", "électronique", "élevage", "jardin", "jardinage", "jardinier", "menuiserie", "menuisier", "mécanique",
        "médecine", "médiathèque", "théâtre", "théorie", "cinéma", "cuisine", "cuisinier", "découverte", "décoration",
    ];

    /// <summary>The API over 150 offers whose texts mix words that share beginnings and stems, written once per class.</summary>
    public sealed class Offers : IAsyncLifetime
    {
        public ApiFixture Api { get; } = new();

        public List<(long Id, string Text)> All { get; } = [];

        public async Task InitializeAsync()
        {
            await Api.InitializeAsync();
            var random = new Random(20261207);
            await using var db = Api.CreateDbContext();
            for (var e = 0; e < 6; e++)
            {
                var employer = await db.AddEmployerAsync(x => (x.Name, x.Description) = (Sentence(random, 2), Sentence(random, 3)));
                for (var i = 0; i < 25; i++)
                {
                    var offer = await db.AddOfferAsync(employer, o => (o.Title, o.Description) = (Sentence(random, 3), Sentence(random, 6)));
                    All.Add((offer.Id, string.Join(' ', offer.Title, offer.Description, employer.Name, employer.Description)));
                }
            }
        }

        public Task DisposeAsync() => Api.DisposeAsync();
    }
}
