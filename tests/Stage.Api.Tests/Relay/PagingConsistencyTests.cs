using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Schools;

namespace Stage.Api.Tests.Relay;

/// <summary>The same paging mistake gets the same code, message and argument on every connection.</summary>
public sealed class PagingConsistencyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Offers = """
        query ($first: Int, $after: String, $last: Int, $before: String) {
          offers(first: $first, after: $after, last: $last, before: $before) { totalCount }
        }
        """;

    private const string Pupils = """
        query ($first: Int, $after: String, $last: Int, $before: String) {
          pupils(first: $first, after: $after, last: $last, before: $before) { totalCount }
        }
        """;

    private const string Applications = """
        query ($first: Int, $after: String, $last: Int, $before: String) {
          me { applications(first: $first, after: $after, last: $last, before: $before) { totalCount } }
        }
        """;

    public static TheoryData<string, string> Mistakes => new()
    {
        { """{ "first": 5, "last": 5 }""", "last" },
        { """{ "first": 5, "before": "x" }""", "before" },
        { """{ "last": 5, "after": "x" }""", "after" },
        { """{ "after": "x", "before": "y" }""", "after" },
        { """{ "first": 101 }""", "first" },
        { """{ "first": -1 }""", "first" },
        { """{ "last": 101 }""", "last" },
        { """{ "last": -1 }""", "last" },
        { """{ "first": 1, "after": "not-a-cursor" }""", "after" },
        { """{ "last": 1, "before": "not-a-cursor" }""", "before" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Offers_pupils_and_applications_refuse_a_paging_mistake_alike(string variables, string argument)
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var values = System.Text.Json.Nodes.JsonNode.Parse(variables);

        var errors = new List<(string? Code, string? Message, string? Argument)>();
        foreach (var query in new[] { Offers, Pupils, Applications })
        {
            var response = await staff.PostAsync(query, values);
            var error = Assert.Single(response.Errors!);
            errors.Add((error!["extensions"]?["code"]?.GetValue<string>(), error["message"]?.GetValue<string>(), error["extensions"]?["argument"]?.GetValue<string>()));
        }

        Assert.Equal(argument, errors[0].Argument);
        Assert.NotNull(errors[0].Code);
        Assert.All(errors, error => Assert.Equal(errors[0], error));
    }
}
