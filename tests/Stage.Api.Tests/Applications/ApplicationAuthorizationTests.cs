using Stage.Api.Identity.Development;
using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Tests.Applications;

/// <summary>
/// Who may see and change an application, role by role and operation by operation. A refusal is
/// FORBIDDEN (or UNAUTHENTICATED without a token) and looks the same whether or not the object exists.
/// </summary>
public sealed class ApplicationAuthorizationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public enum Role { Anonymous, OwnerPupil, OtherPupil, HostMember, OtherHostMember, SameSchoolStaff, OtherSchoolStaff, Admin }

    private static readonly string[] Operations =
        ["node", "nodes", "history", "markApplicationRead", "acceptApplication", "rejectApplication", "confirmApplication", "withdrawApplication", "cancelApplication"];

    /// <summary>What each role may do: see (node, nodes, history), act as the host, act as the pupil.</summary>
    private static readonly Dictionary<Role, (bool See, bool Host, bool Pupil)> Rights = new()
    {
        [Role.Anonymous] = (false, false, false),
        [Role.OwnerPupil] = (true, false, true),
        [Role.OtherPupil] = (false, false, false),
        [Role.HostMember] = (true, true, false),
        [Role.OtherHostMember] = (false, false, false),
        [Role.SameSchoolStaff] = (true, false, false),
        [Role.OtherSchoolStaff] = (false, false, false),
        [Role.Admin] = (true, false, false),
    };

    public static TheoryData<Role, string> Matrix()
    {
        var data = new TheoryData<Role, string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var operation in Operations)
            {
                data.Add(role, operation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_sees_and_changes_only_what_it_may(Role role, string operation)
    {
        var world = await WorldAsync();
        var client = await ClientAsync(world, role);
        var rights = Rights[role];
        var (allowed, code) = operation switch
        {
            "node" or "nodes" or "history" => (rights.See, role == Role.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN"),
            "confirmApplication" or "withdrawApplication" => (rights.Pupil, role == Role.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN"),
            _ => (rights.Host, role == Role.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN"),
        };

        var response = await SendAsync(client, operation, world.ApplicationId);

        if (allowed)
        {
            Assert.DoesNotContain(response.ErrorCodes, c => c is "FORBIDDEN" or "UNAUTHENTICATED");
        }
        else
        {
            Assert.Contains(code, response.ErrorCodes);
            Assert.DoesNotContain(world.Motivation, response.Body?.ToJsonString() ?? "", StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Role.OtherPupil)]
    [InlineData(Role.OtherHostMember)]
    [InlineData(Role.OtherSchoolStaff)]
    public async Task Guessing_an_id_that_does_not_exist_looks_like_guessing_one_that_is_not_yours(Role role)
    {
        var world = await WorldAsync();
        var client = await ClientAsync(world, role);
        var missing = Api.Kit.Relay.GlobalId.Encode("Application", 987_654_321);
        foreach (var operation in new[] { "node", "confirmApplication", "acceptApplication" })
        {
            var existing = await SendAsync(client, operation, world.ApplicationId);
            var absent = await SendAsync(client, operation, missing);
            Assert.Equal(existing.ErrorCodes, absent.ErrorCodes);
            Assert.Equal(existing.Errors?[0]?["message"]?.GetValue<string>(), absent.Errors?[0]?["message"]?.GetValue<string>());
        }
    }

    private static Task<GraphQLResponse> SendAsync(GraphQLClient client, string operation, string id) => operation switch
    {
        "node" => client.PostAsync("query ($id: ID!) { node(id: $id) { ... on Application { status motivation } } }", new { id }),
        "nodes" => client.PostAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Application { status motivation } } }", new { ids = new[] { id } }),
        "history" => client.PostAsync("query ($id: ID!) { node(id: $id) { ... on Application { motivation history { to } } } }", new { id }),
        _ => client.PostAsync(
            $"mutation ($input: {char.ToUpperInvariant(operation[0])}{operation[1..]}Input!) {{ {operation}(input: $input) {{ application {{ status motivation }} errors {{ __typename }} }} }}",
            new { input = new { applicationId = id } }),
    };

    private sealed record World(string ApplicationId, string Motivation, Pupil Owner, Pupil Other, string HostEmail, string OtherHostEmail, string StaffEmail, string OtherStaffEmail);

    private async Task<World> WorldAsync()
    {
        var scenario = new ApplicationScenario(api);
        var school = await scenario.SchoolAsync();
        var otherSchool = await scenario.SchoolAsync();
        var owner = await scenario.PupilAsync(school);
        var other = await scenario.PupilAsync(otherSchool);
        var (employer, member) = await scenario.EmployerAsync();
        var (_, otherMember) = await scenario.EmployerAsync();
        var offer = await scenario.OfferAsync(employer);
        var applied = await ApplicationScenario.ApplyAsync(await scenario.AsPupilAsync(owner), offer);
        var staff = await StaffAsync(school);
        var otherStaff = await StaffAsync(otherSchool);
        return new World(applied["application"]!["id"]!.GetValue<string>(), "J'aime le pain.", owner, other, member.Email, otherMember.Email, staff, otherStaff);
    }

    private async Task<string> StaffAsync(School school)
    {
        await using var db = api.CreateDbContext();
        var staff = new StaffMember
        {
            SchoolId = school.Id, FirstName = "Anne", LastName = "Proviseur", Role = StaffRole.SchoolHead,
            Email = $"head{school.Id}@lycee.example",
        };
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        return staff.Email;
    }

    private async Task<GraphQLClient> ClientAsync(World world, Role role)
    {
        var scenario = new ApplicationScenario(api);
        return role switch
        {
            Role.Anonymous => new GraphQLClient(api.Factory.CreateClient()),
            Role.OwnerPupil => await scenario.AsPupilAsync(world.Owner),
            Role.OtherPupil => await scenario.AsPupilAsync(world.Other),
            Role.HostMember => await scenario.SignedInAsync(DevelopmentLogin.Employer(world.HostEmail)),
            Role.OtherHostMember => await scenario.SignedInAsync(DevelopmentLogin.Employer(world.OtherHostEmail)),
            Role.SameSchoolStaff => await scenario.SignedInAsync(DevelopmentLogin.Staff(world.StaffEmail)),
            Role.OtherSchoolStaff => await scenario.SignedInAsync(DevelopmentLogin.Staff(world.OtherStaffEmail)),
            _ => await scenario.SignedInAsync(DevelopmentLogin.Admin("root")),
        };
    }
}
