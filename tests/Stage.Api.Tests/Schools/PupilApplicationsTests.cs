using Stage.Api.Identity.Development;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Schools;

/// <summary>Staff follow their pupils' applications through <c>Pupil.applications</c>, read for a whole page at once.</summary>
public sealed class PupilApplicationsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = "{ pupils(first: 100) { nodes { lastName applications { id status offer { title } pupil { lastName } } } } }";

    [Fact]
    public async Task Staff_see_each_pupils_applications_newest_first()
    {
        var scenario = new PupilScenario(api);
        var applications = new ApplicationScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var rows = PupilScenario.Rows(3);
        rows[0]["lastName"] = "Arnaud";
        rows[1]["lastName"] = "Blanc";
        rows[2]["lastName"] = "Caron";
        await PupilScenario.PreRegisterAsync(staff, rows);
        var (employer, _) = await applications.EmployerAsync();
        var bakery = await applications.OfferAsync(employer, o => o.Title = "Boulangerie");
        var library = await applications.OfferAsync(employer, o => o.Title = "Bibliothèque");
        var arnaud = await scenario.SignedInAsync(DevelopmentLogin.Pupil((string)rows[0]["ine"]!));
        var caron = await scenario.SignedInAsync(DevelopmentLogin.Pupil((string)rows[2]["ine"]!));
        var first = await ApplicationScenario.ApplyAsync(arnaud, bakery);
        var second = await ApplicationScenario.ApplyAsync(arnaud, library);
        await ApplicationScenario.ApplyAsync(caron, library);

        var nodes = (await staff.QueryAsync(Query))["pupils"]!["nodes"]!.AsArray();

        Assert.Equal(["Arnaud", "Blanc", "Caron"], nodes.Select(n => n!["lastName"]!.GetValue<string>()));
        var arnaudApplications = nodes[0]!["applications"]!.AsArray();
        Assert.Equal([second["application"]!["id"]!.GetValue<string>(), first["application"]!["id"]!.GetValue<string>()],
            arnaudApplications.Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal(["Bibliothèque", "Boulangerie"], arnaudApplications.Select(a => a!["offer"]!["title"]!.GetValue<string>()));
        Assert.All(arnaudApplications, a => Assert.Equal("SUBMITTED", a!["status"]!.GetValue<string>()));
        Assert.All(arnaudApplications, a => Assert.Equal("Arnaud", a!["pupil"]!["lastName"]!.GetValue<string>()));
        Assert.Empty(nodes[1]!["applications"]!.AsArray());
        Assert.Single(nodes[2]!["applications"]!.AsArray());

        var own = (await arnaud.QueryAsync("{ me { pupil { applications { id } } } }"))["me"]!["pupil"]!["applications"]!.AsArray();
        Assert.Equal(2, own.Count);
    }

    [Fact]
    public async Task The_applications_of_a_whole_page_are_read_with_one_statement()
    {
        var scenario = new PupilScenario(api);
        var applications = new ApplicationScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var rows = PupilScenario.Rows(12);
        await PupilScenario.PreRegisterAsync(staff, rows);
        var (employer, _) = await applications.EmployerAsync();
        var offer = await applications.OfferAsync(employer);
        foreach (var row in rows.Take(6))
        {
            await ApplicationScenario.ApplyAsync(await scenario.SignedInAsync(DevelopmentLogin.Pupil((string)row["ine"]!)), offer);
        }

        using var counter = new SqlCommandCounter(api.Database.Name);
        var nodes = (await staff.QueryAsync(Query))["pupils"]!["nodes"]!.AsArray();

        Assert.Equal(6, nodes.Count(n => n!["applications"]!.AsArray().Count == 1));
        Assert.Single(counter.Statements, s => s.Contains("FROM applications", StringComparison.Ordinal));
        Assert.Single(counter.Statements, s => s.Contains("FROM pupils p", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_host_reaching_a_pupil_through_an_application_sees_only_the_applications_to_its_own_offers()
    {
        var scenario = new PupilScenario(api);
        var applications = new ApplicationScenario(api);
        var row = PupilScenario.Row();
        await PupilScenario.PreRegisterAsync(await scenario.AsStaffAsync(await scenario.SchoolAsync()), [row]);
        var pupil = await scenario.SignedInAsync(DevelopmentLogin.Pupil((string)row["ine"]!));
        var (bakery, baker) = await applications.EmployerAsync();
        var (library, _) = await applications.EmployerAsync();
        var toBakery = await ApplicationScenario.ApplyAsync(pupil, await applications.OfferAsync(bakery, o => o.Title = "Boulangerie"));
        await ApplicationScenario.ApplyAsync(pupil, await applications.OfferAsync(library, o => o.Title = "Bibliothèque"));
        var host = await scenario.SignedInAsync(DevelopmentLogin.Employer(baker.Email));

        var seen = (await host.QueryAsync(
            "query ($id: ID!) { node(id: $id) { ... on Application { pupil { applications { offer { title } } } } } }",
            new { id = toBakery["application"]!["id"]!.GetValue<string>() }))["node"]!["pupil"]!["applications"]!.AsArray();

        Assert.Equal(["Boulangerie"], seen.Select(a => a!["offer"]!["title"]!.GetValue<string>()));
    }
}
