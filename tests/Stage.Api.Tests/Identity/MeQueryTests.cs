using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Kit.Relay;
using Stage.Api.Identity.Authentication;
using Stage.Api.Identity.Development;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Tests.Identity;

/// <summary><c>me</c> tells each kind of viewer who they are; anonymous clients get null and the public API.</summary>
public sealed class MeQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string MeQuery = """
        {
          me {
            role
            staffRole
            pupil { id firstName lastName grade className birthDate school { id uai name kind } }
            staffMember { id firstName lastName email role school { id uai name kind } }
            employer { id name kind siret }
            operator { id name }
          }
        }
        """;

    [Fact]
    public async Task Anonymous_clients_get_null_and_public_queries_still_work()
    {
        var data = await api.GraphQL.QueryAsync(MeQuery);
        Assert.Null(data["me"]);

        var sectors = await api.GraphQL.QueryAsync("{ me { role } sectors { code } }");
        Assert.Null(sectors["me"]);
        Assert.Equal(51, sectors["sectors"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_pupil_sees_themselves_and_their_school()
    {
        await using var db = api.CreateDbContext();
        var school = await db.AddUniqueSchoolAsync();
        var pupil = await db.AddPupilAsync(school);

        var me = await MeAsync(await api.TokenForAsync(DevelopmentLogin.Pupil(pupil.Ine)));

        Assert.Equal("PUPIL", me["role"]!.GetValue<string>());
        Assert.Null(me["staffRole"]);
        Assert.Null(me["staffMember"]);
        Assert.Null(me["employer"]);
        Assert.Null(me["operator"]);
        var seen = me["pupil"]!;
        Assert.Equal(GlobalId.Encode("Pupil", pupil.Id), seen["id"]!.GetValue<string>());
        Assert.Equal("Léa", seen["firstName"]!.GetValue<string>());
        Assert.Equal("Martin", seen["lastName"]!.GetValue<string>());
        Assert.Equal("SECONDE", seen["grade"]!.GetValue<string>());
        Assert.Equal("2nde 3", seen["className"]!.GetValue<string>());
        Assert.Equal("2010-03-14", seen["birthDate"]!.GetValue<string>());
        Assert.Equal(GlobalId.Encode("School", school.Id), seen["school"]!["id"]!.GetValue<string>());
        Assert.Equal(school.Uai, seen["school"]!["uai"]!.GetValue<string>());
        Assert.Equal("Lycée Voltaire", seen["school"]!["name"]!.GetValue<string>());
        Assert.Equal("LYCEE", seen["school"]!["kind"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(StaffRole.SchoolHead, "SCHOOL_HEAD")]
    [InlineData(StaffRole.Teacher, "TEACHER")]
    [InlineData(StaffRole.Cpe, "CPE")]
    [InlineData(StaffRole.AdministrativeStaff, "ADMINISTRATIVE_STAFF")]
    public async Task A_staff_member_sees_their_role_and_school(StaffRole role, string expected)
    {
        await using var db = api.CreateDbContext();
        var school = await db.AddUniqueSchoolAsync();
        var staff = await db.AddStaffMemberAsync(school, role);

        var me = await MeAsync(await api.TokenForAsync(DevelopmentLogin.Staff(staff.Email.ToUpperInvariant())));

        Assert.Equal("STAFF", me["role"]!.GetValue<string>());
        Assert.Equal(expected, me["staffRole"]!.GetValue<string>());
        Assert.Null(me["pupil"]);
        var seen = me["staffMember"]!;
        Assert.Equal(GlobalId.Encode("StaffMember", staff.Id), seen["id"]!.GetValue<string>());
        Assert.Equal(staff.Email, seen["email"]!.GetValue<string>());
        Assert.Equal(expected, seen["role"]!.GetValue<string>());
        Assert.Equal(school.Uai, seen["school"]!["uai"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_employer_member_sees_their_employer()
    {
        await using var db = api.CreateDbContext();
        var employer = await db.AddUniqueEmployerAsync();
        var member = await db.AddEmployerMemberAsync(employer);

        var me = await MeAsync(await api.TokenForAsync(DevelopmentLogin.Employer(member.Email)));

        Assert.Equal("EMPLOYER_MEMBER", me["role"]!.GetValue<string>());
        Assert.Equal(GlobalId.Encode("Employer", employer.Id), me["employer"]!["id"]!.GetValue<string>());
        Assert.Equal("MICRO_ENTERPRISE", me["employer"]!["kind"]!.GetValue<string>());
        Assert.Null(me["pupil"]);
        Assert.Null(me["staffRole"]);
    }

    [Fact]
    public async Task An_operator_sees_their_organisation()
    {
        await using var db = api.CreateDbContext();
        var op = await db.AddOperatorAsync();

        var me = await MeAsync(await api.TokenForAsync(DevelopmentLogin.Operator(op.Name)));

        Assert.Equal("OPERATOR", me["role"]!.GetValue<string>());
        Assert.Equal(GlobalId.Encode("Operator", op.Id), me["operator"]!["id"]!.GetValue<string>());
        Assert.Equal(op.Name, me["operator"]!["name"]!.GetValue<string>());
        Assert.Null(me["employer"]);
    }

    [Fact]
    public async Task An_admin_has_a_role_and_no_links()
    {
        var me = await MeAsync(await api.TokenForAsync(DevelopmentLogin.Admin("Camille")));

        Assert.Equal("ADMIN", me["role"]!.GetValue<string>());
        foreach (var link in new[] { "staffRole", "pupil", "staffMember", "employer", "operator" })
        {
            Assert.Null(me[link]);
        }
    }

    [Fact]
    public async Task The_viewer_is_loaded_with_its_links_in_one_query()
    {
        await using var db = api.CreateDbContext();
        var school = await db.AddUniqueSchoolAsync();
        var staff = await db.AddStaffMemberAsync(school, StaffRole.Cpe);
        await api.TokenForAsync(DevelopmentLogin.Staff(staff.Email));
        var loader = api.Factory.Services.GetRequiredService<ViewerLoader>();

        Viewer? viewer;
        using (var counter = new SqlCommandCounter(api.Database.Name))
        using (SqlCommandCounter.Measure())
        {
            viewer = await loader.LoadAsync(TestTokens.DevelopmentIssuer, "staff:" + staff.Id, CancellationToken.None);
            Assert.Single(counter.Statements);
        }

        Assert.Equal(new Viewer(viewer!.AccountId, AccountKind.Staff, null, staff.Id, StaffRole.Cpe, school.Id, null, null, null), viewer);
    }

    [Fact]
    public async Task Anonymous_node_does_not_reveal_people()
    {
        await using var db = api.CreateDbContext();
        var school = await db.AddUniqueSchoolAsync();
        var pupil = await db.AddPupilAsync(school);

        foreach (var id in new[] { GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("School", school.Id) })
        {
            var data = await api.GraphQL.QueryAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });
            Assert.Null(data["node"]);
        }
    }

    private async Task<JsonNode> MeAsync(string token)
    {
        var data = await api.GraphQLWithToken(token).QueryAsync(MeQuery);
        return data["me"] ?? throw new InvalidOperationException("me is null for a signed-in viewer.");
    }
}
