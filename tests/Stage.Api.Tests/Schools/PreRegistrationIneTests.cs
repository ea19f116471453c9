using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Schools;

/// <summary>An INE is registered once on the whole platform: twice in a call, or already registered anywhere, it is refused.</summary>
public sealed class PreRegistrationIneTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task An_ine_twice_in_the_call_is_refused_on_both_rows()
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var rows = PupilScenario.Rows(10);
        rows[7]["ine"] = ((string)rows[2]["ine"]!).ToLowerInvariant();
        var before = await scenario.PupilCountAsync();

        var errors = (await PupilScenario.PreRegisterAsync(staff, rows))["errors"]!.AsArray();

        Assert.Equal([2, 7], errors.Select(e => e!["index"]!.GetValue<int>()));
        Assert.All(errors, e => Assert.Equal("DUPLICATE_IN_INPUT", e!["problem"]!.GetValue<string>()));
        Assert.All(errors, e => Assert.Contains("2, 7", e!["message"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(before, await scenario.PupilCountAsync());
    }

    [Fact]
    public async Task An_ine_registered_in_another_school_is_refused_without_naming_that_school()
    {
        var scenario = new PupilScenario(api);
        var other = await scenario.SchoolAsync();
        var registered = PupilScenario.Row();
        await PupilScenario.PreRegisterAsync(await scenario.AsStaffAsync(other), [registered]);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var rows = PupilScenario.Rows(4);
        rows[3]["ine"] = registered["ine"];
        var before = await scenario.PupilCountAsync();

        var payload = await PupilScenario.PreRegisterAsync(staff, rows);

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("pupils[3].ine", error["path"]!.GetValue<string>());
        Assert.Equal("ALREADY_REGISTERED", error["problem"]!.GetValue<string>());
        Assert.DoesNotContain(other.Name, payload.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(other.Uai, payload.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await scenario.PupilCountAsync());
    }

    [Fact]
    public async Task An_ine_registered_by_the_same_school_gets_the_same_answer()
    {
        var scenario = new PupilScenario(api);
        var school = await scenario.SchoolAsync();
        var staff = await scenario.AsStaffAsync(school);
        var row = PupilScenario.Row();
        await PupilScenario.PreRegisterAsync(staff, [row]);
        var otherSchoolStaff = await scenario.AsStaffAsync(await scenario.SchoolAsync());

        var again = (await PupilScenario.PreRegisterAsync(staff, [row]))["errors"]![0]!;
        var elsewhere = (await PupilScenario.PreRegisterAsync(otherSchoolStaff, [row]))["errors"]![0]!;

        Assert.Equal(elsewhere.ToJsonString(), again.ToJsonString());
    }

    [Fact]
    public async Task Concurrent_calls_with_the_same_ine_register_it_once_and_the_others_are_refused()
    {
        var scenario = new PupilScenario(api);
        var shared = PupilScenario.NewIne();
        var staff = new List<GraphQLClient>();
        for (var i = 0; i < 6; i++)
        {
            staff.Add(await scenario.AsStaffAsync(await scenario.SchoolAsync()));
        }

        var before = await scenario.PupilCountAsync();
        var payloads = await Task.WhenAll(staff.Select(client =>
        {
            var rows = PupilScenario.Rows(50);
            rows[25]["ine"] = shared;
            return PupilScenario.PreRegisterAsync(client, rows);
        }));

        Assert.Single(payloads, p => p["count"]!.GetValue<int>() == 50);
        Assert.All(payloads.Where(p => p["errors"] is not null), p =>
        {
            var error = Assert.Single(p["errors"]!.AsArray())!;
            Assert.Equal("pupils[25].ine", error["path"]!.GetValue<string>());
            Assert.Equal("ALREADY_REGISTERED", error["problem"]!.GetValue<string>());
        });
        Assert.Equal(before + 50, await scenario.PupilCountAsync());
    }
}
