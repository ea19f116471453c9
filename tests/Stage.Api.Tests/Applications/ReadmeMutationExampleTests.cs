using System.Text.RegularExpressions;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Applications;

/// <summary>The README's mutation example runs as written, and the mistake it warns about fails as it says.</summary>
public sealed partial class ReadmeMutationExampleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    [Fact]
    public async Task The_example_applies_then_reads_the_typed_refusal_of_a_second_try()
    {
        var document = GraphQLBlock().Match(Readme).Groups[1].Value;
        Assert.NotEmpty(document);
        Assert.Equal(Collapse(document), CurlQuery().Match(Readme).Groups[1].Value);
        var scenario = new ApplicationScenario(api);
        var offer = await scenario.OfferAsync((await scenario.EmployerAsync()).Employer);
        var pupil = await scenario.AsPupilAsync(await scenario.PupilAsync(await scenario.SchoolAsync()));
        var variables = new { input = new { offerId = ApplicationScenario.Id(offer), weeks = new[] { "2026-W25" }, motivation = "J'aime accueillir les clients." } };

        var applied = (await pupil.QueryAsync(document, variables))["applyToOffer"]!;
        var again = (await pupil.QueryAsync(document, variables))["applyToOffer"]!;

        Assert.Equal("SUBMITTED", applied["application"]!["status"]!.GetValue<string>());
        Assert.Null(applied["errors"]);
        Assert.Equal("AlreadyAppliedError", again["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(again["errors"]![0]!["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Selecting_message_on_the_union_itself_is_refused_with_the_message_the_readme_quotes()
    {
        var response = await api.GraphQL.PostAsync(
            """mutation { applyToOffer(input: {offerId: "x", weeks: [], motivation: "m"}) { errors { message } } }""");

        var message = response.Errors![0]!["message"]!.GetValue<string>();
        Assert.StartsWith("Cannot query field 'message' on type 'ApplyToOfferError'", message, StringComparison.Ordinal);
        Assert.Contains("(`Cannot query field 'message' on type 'ApplyToOfferError'`)", Readme, StringComparison.Ordinal);
    }

    private static string Collapse(string document) => WhiteSpace().Replace(document.Trim(), " ");

    [GeneratedRegex("```graphql\n(mutation Apply[^`]*)```")]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex("\"query\": \"(mutation Apply[^\"]*)\"")]
    private static partial Regex CurlQuery();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
