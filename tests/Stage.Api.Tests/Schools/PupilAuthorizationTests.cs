using Stage.Api.Identity.Development;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Identity;

namespace Stage.Api.Tests.Schools;

/// <summary>
/// Only a school's staff pre-register and list pupils, and only their own school's: anonymous clients
/// are UNAUTHENTICATED, every other kind of viewer FORBIDDEN, and nothing is written or shown.
/// </summary>
public sealed class PupilAuthorizationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public enum Who { Anonymous, Pupil, EmployerMember, Operator, Admin }

    private const string PupilsQuery = "{ pupils { totalCount nodes { lastName } } }";

    [Theory]
    [InlineData(Who.Anonymous, "UNAUTHENTICATED")]
    [InlineData(Who.Pupil, "FORBIDDEN")]
    [InlineData(Who.EmployerMember, "FORBIDDEN")]
    [InlineData(Who.Operator, "FORBIDDEN")]
    [InlineData(Who.Admin, "FORBIDDEN")]
    public async Task Only_staff_pre_register_pupils(Who viewer, string code)
    {
        var scenario = new PupilScenario(api);
        var client = await ClientAsync(scenario, viewer);
        var before = await scenario.PupilCountAsync();

        var response = await client.PostAsync(PupilScenario.PreRegister, new { input = new { pupils = PupilScenario.Rows(3) } });

        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Data?["preRegisterPupils"]);
        Assert.Equal(before, await scenario.PupilCountAsync());
    }

    [Theory]
    [InlineData(Who.Anonymous, "UNAUTHENTICATED")]
    [InlineData(Who.Pupil, "FORBIDDEN")]
    [InlineData(Who.EmployerMember, "FORBIDDEN")]
    [InlineData(Who.Operator, "FORBIDDEN")]
    [InlineData(Who.Admin, "FORBIDDEN")]
    public async Task Only_staff_list_pupils(Who viewer, string code)
    {
        var scenario = new PupilScenario(api);
        var client = await ClientAsync(scenario, viewer);

        var response = await client.PostAsync(PupilsQuery);

        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Data?["pupils"]);
        Assert.DoesNotContain("Martin-", response.Body?.ToJsonString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_see_the_pupils_of_their_own_school_only()
    {
        var scenario = new PupilScenario(api);
        var schoolA = await scenario.SchoolAsync();
        var schoolB = await scenario.SchoolAsync();
        var staffA = await scenario.AsStaffAsync(schoolA);
        var staffB = await scenario.AsStaffAsync(schoolB);
        var rowsA = PupilScenario.Rows(3);
        var rowsB = PupilScenario.Rows(4);
        await PupilScenario.PreRegisterAsync(staffA, rowsA);
        await PupilScenario.PreRegisterAsync(staffB, rowsB);

        var seenByA = (await staffA.QueryAsync("{ pupils(first: 100) { totalCount nodes { lastName } } }"))["pupils"]!;
        var seenByB = (await staffB.QueryAsync("{ pupils(first: 100) { totalCount nodes { lastName } } }"))["pupils"]!;

        Assert.Equal(3, seenByA["totalCount"]!.GetValue<int>());
        Assert.Equal(rowsA.Select(r => (string)r["lastName"]!).Order(), seenByA["nodes"]!.AsArray().Select(n => n!["lastName"]!.GetValue<string>()).Order());
        Assert.Equal(4, seenByB["totalCount"]!.GetValue<int>());
        Assert.Equal(rowsB.Select(r => (string)r["lastName"]!).Order(), seenByB["nodes"]!.AsArray().Select(n => n!["lastName"]!.GetValue<string>()).Order());
    }

    private async Task<GraphQLClient> ClientAsync(PupilScenario scenario, Who viewer)
    {
        switch (viewer)
        {
            case Who.Anonymous:
                return scenario.Anonymous;
            case Who.Pupil:
                var row = PupilScenario.Row();
                await PupilScenario.PreRegisterAsync(await scenario.AsStaffAsync(await scenario.SchoolAsync()), [row]);
                return await scenario.SignedInAsync(DevelopmentLogin.Pupil((string)row["ine"]!));
            case Who.EmployerMember:
                var (_, member) = await new ApplicationScenario(api).EmployerAsync();
                return await scenario.SignedInAsync(DevelopmentLogin.Employer(member.Email));
            case Who.Operator:
                await using (var db = api.CreateDbContext())
                {
                    return await scenario.SignedInAsync(DevelopmentLogin.Operator((await db.AddOperatorAsync()).Name));
                }

            default:
                return await scenario.SignedInAsync(DevelopmentLogin.Admin("root"));
        }
    }
}
