using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Schools;

/// <summary><c>pupils</c> pages a school's pupils by cursor, in French alphabetical order, both ways, without gap or repeat.</summary>
public sealed class PupilPagingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Page = """
        query ($first: Int, $after: String, $last: Int, $before: String) {
          pupils(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges { cursor node { id lastName firstName } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private static readonly string[] LastNames = ["Martin", "Écuyer", "Dupont", "Fabre", "Bénard", "Benoît", "Zola", "Abadie", "Lefèvre", "Lefebvre", "Étienne", "Martin"];

    [Fact]
    public async Task Paging_forward_and_backward_visits_every_pupil_once_in_the_same_order()
    {
        var (staff, ids) = await SchoolWithPupilsAsync(47);

        var forward = await WalkAsync(staff, backward: false, size: 7);
        var backward = await WalkAsync(staff, backward: true, size: 7);
        var single = (await staff.QueryAsync(Page, new { first = 100 }))["pupils"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();

        Assert.Equal(47, forward.Count);
        Assert.Equal(47, forward.Distinct().Count());
        Assert.Equal(ids.Order(), forward.Order());
        Assert.Equal(single, forward);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task Pupils_sort_by_last_name_then_first_name_in_French_then_by_registration()
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var rows = new[] { ("Fabre", "Anne"), ("Écuyer", "Paul"), ("Dupont", "Zoé"), ("Dupont", "Élise"), ("Dupont", "Adam"), ("Martin", "Léa"), ("Martin", "Léa") }
            .Select(n => { var row = PupilScenario.Row(lastName: n.Item1); row["firstName"] = n.Item2; return row; }).ToList();
        var created = (await PupilScenario.PreRegisterAsync(staff, rows))["pupils"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToList();

        var nodes = (await staff.QueryAsync("{ pupils { nodes { id lastName firstName } } }"))["pupils"]!["nodes"]!.AsArray();

        Assert.Equal(["Dupont Adam", "Dupont Élise", "Dupont Zoé", "Écuyer Paul", "Fabre Anne", "Martin Léa", "Martin Léa"],
            nodes.Select(n => $"{n!["lastName"]} {n["firstName"]}"));
        Assert.Equal([created[5], created[6]], nodes.Skip(5).Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Page_info_tells_where_a_page_stands()
    {
        var (staff, _) = await SchoolWithPupilsAsync(5);

        var first = (await staff.QueryAsync(Page, new { first = 2 }))["pupils"]!;
        var next = (await staff.QueryAsync(Page, new { first = 3, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["pupils"]!;
        var last = (await staff.QueryAsync(Page, new { last = 2 }))["pupils"]!;
        var all = (await staff.QueryAsync(Page))["pupils"]!;

        Assert.Equal((true, false), PageInfo(first));
        Assert.Equal((false, true), PageInfo(next));
        Assert.Equal((false, true), PageInfo(last));
        Assert.Equal((false, false), PageInfo(all));
        Assert.Equal(5, all["edges"]!.AsArray().Count);
        Assert.Equal(5, next["totalCount"]!.GetValue<int>());
        Assert.Equal(first["edges"]![0]!["cursor"]!.GetValue<string>(), first["pageInfo"]!["startCursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_default_page_has_20_pupils_and_a_page_at_most_100()
    {
        var (staff, _) = await SchoolWithPupilsAsync(25);

        var page = (await staff.QueryAsync(Page))["pupils"]!;
        var tooMany = await staff.PostAsync(Page, new { first = 101 });
        var both = await staff.PostAsync(Page, new { first = 1, last = 1 });
        var negative = await staff.PostAsync(Page, new { last = -1 });

        Assert.Equal(20, page["edges"]!.AsArray().Count);
        Assert.Equal(["INVALID_PAGE_SIZE"], tooMany.ErrorCodes);
        Assert.Equal(["INVALID_PAGINATION"], both.ErrorCodes);
        Assert.Equal(["INVALID_PAGE_SIZE"], negative.ErrorCodes);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("")]
    [InlineData("tampered")]
    public async Task A_forged_cursor_is_refused(string kind)
    {
        var (staff, _) = await SchoolWithPupilsAsync(3);
        var real = (await staff.QueryAsync(Page, new { first = 1 }))["pupils"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var cursor = kind == "tampered" ? real[..^2] + (real[^2] == 'A' ? "B" : "A") + real[^1] : kind;

        var response = await staff.PostAsync(Page, new { first = 1, after = cursor });

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
        Assert.Equal("after", response.Errors![0]!["extensions"]!["argument"]!.GetValue<string>());
    }

    private static (bool HasNext, bool HasPrevious) PageInfo(JsonNode connection) =>
        (connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

    private async Task<(GraphQLClient Staff, List<string> Ids)> SchoolWithPupilsAsync(int count)
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var rows = Enumerable.Range(0, count).Select(i =>
        {
            var row = PupilScenario.Row(lastName: LastNames[i % LastNames.Length]);
            row["firstName"] = i % 3 == 0 ? "Léa" : "Hugo";
            return row;
        });
        var created = await PupilScenario.PreRegisterAsync(staff, rows);
        return (staff, [.. created["pupils"]!.AsArray().Select(p => p!["id"]!.GetValue<string>())]);
    }

    /// <summary>Every pupil's id, in list order, by pages of <paramref name="size"/> from the start or from the end.</summary>
    private static async Task<List<string>> WalkAsync(GraphQLClient staff, bool backward, int size)
    {
        var ids = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var connection = (await staff.QueryAsync(Page, backward ? new { last = size, before = cursor } : (object)new { first = size, after = cursor }))["pupils"]!;
            var pageIds = connection["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();
            Assert.InRange(pageIds.Count, 1, size);
            ids.InsertRange(backward ? 0 : ids.Count, pageIds);
            var more = connection["pageInfo"]![backward ? "hasPreviousPage" : "hasNextPage"]!.GetValue<bool>();
            if (!more)
            {
                return ids;
            }

            cursor = connection["pageInfo"]![backward ? "startCursor" : "endCursor"]!.GetValue<string>();
        }

        throw new InvalidOperationException("The walk does not end.");
    }
}
