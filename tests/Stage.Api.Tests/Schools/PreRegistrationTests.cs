using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Kit.Relay;
using Stage.Api.Identity.Development;
using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;
using Xunit.Abstractions;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Tests.Schools;

/// <summary>A school's staff pre-register their pupils, who can then sign in.</summary>
public sealed class PreRegistrationTests(ApiFixture api, ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    private const string MeQuery = "{ me { role pupil { id firstName lastName grade className birthDate school { id } } } }";

    [Fact]
    public async Task A_class_of_30_is_registered_and_every_pupil_can_then_sign_in_and_see_themselves()
    {
        var scenario = new PupilScenario(api);
        var school = await scenario.SchoolAsync(SchoolKind.College);
        var staff = await scenario.AsStaffAsync(school, StaffRole.AdministrativeStaff);
        var rows = PupilScenario.Rows(30, SchoolKind.College);
        rows.ForEach(r => r["className"] = "3e C");

        var payload = await PupilScenario.PreRegisterAsync(staff, rows);

        Assert.Null(payload["errors"]);
        Assert.Equal(30, payload["count"]!.GetValue<int>());
        var pupils = payload["pupils"]!.AsArray();
        Assert.Equal(rows.Select(r => r["lastName"]), pupils.Select(p => (object?)p!["lastName"]!.GetValue<string>()));
        Assert.All(pupils, p => Assert.Equal(GlobalId.Encode("School", school.Id), p!["school"]!["id"]!.GetValue<string>()));
        for (var i = 0; i < rows.Count; i++)
        {
            var pupil = await scenario.SignedInAsync(DevelopmentLogin.Pupil((string)rows[i]["ine"]!));
            var me = (await pupil.QueryAsync(MeQuery))["me"]!;
            Assert.Equal("PUPIL", me["role"]!.GetValue<string>());
            Assert.Equal(pupils[i]!["id"]!.GetValue<string>(), me["pupil"]!["id"]!.GetValue<string>());
            Assert.Equal(rows[i]["lastName"], me["pupil"]!["lastName"]!.GetValue<string>());
            Assert.Equal("Léa", me["pupil"]!["firstName"]!.GetValue<string>());
            Assert.Equal("TROISIEME", me["pupil"]!["grade"]!.GetValue<string>());
            Assert.Equal("3e C", me["pupil"]!["className"]!.GetValue<string>());
            Assert.Equal(rows[i]["birthDate"], me["pupil"]!["birthDate"]!.GetValue<string>());
            Assert.Equal(GlobalId.Encode("School", school.Id), me["pupil"]!["school"]!["id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_thousand_pupils_are_registered_in_one_call()
    {
        var scenario = new PupilScenario(api);
        var school = await scenario.SchoolAsync();
        var staff = await scenario.AsStaffAsync(school);
        await PupilScenario.PreRegisterAsync(staff, PupilScenario.Rows(1)); // warms the server up, so that the timing is the call's
        var before = await scenario.PupilCountAsync();
        var rows = PupilScenario.Rows(1_000);

        var watch = Stopwatch.StartNew();
        JsonNode payload;
        IReadOnlyCollection<string> statements;
        using (var counter = new SqlCommandCounter(api.Database.Name))
        {
            payload = await PupilScenario.PreRegisterAsync(staff, rows);
            watch.Stop();
            statements = counter.Statements;
        }

        output.WriteLine($"preRegisterPupils with 1,000 rows: {watch.ElapsedMilliseconds} ms (HTTP round trip, validation, insert, reading back)");
        Assert.Null(payload["errors"]);
        Assert.Equal(1_000, payload["count"]!.GetValue<int>());
        Assert.Equal(1_000, payload["pupils"]!.AsArray().Count);
        Assert.Equal(before + 1_000, await scenario.PupilCountAsync());
        await using var db = api.CreateDbContext();
        var ines = rows.Select(r => (string)r["ine"]!).ToList();
        Assert.Equal(1_000, await db.Pupils.CountAsync(p => ines.Contains(p.Ine) && p.SchoolId == school.Id));
        Assert.Single(statements, sql => sql.Contains("INSERT INTO pupils", StringComparison.Ordinal));
        Assert.True(statements.Count <= 10, string.Join("\n", statements));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"1,000 rows took {watch.Elapsed}.");
    }

    [Fact]
    public async Task Every_staff_role_pre_registers()
    {
        var scenario = new PupilScenario(api);
        var school = await scenario.SchoolAsync();
        foreach (var role in Enum.GetValues<StaffRole>())
        {
            var payload = await PupilScenario.PreRegisterAsync(await scenario.AsStaffAsync(school, role), PupilScenario.Rows(2));
            Assert.Equal(2, payload["count"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Text_is_trimmed_and_the_ine_put_in_capitals()
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var row = PupilScenario.Row();
        var ine = (string)row["ine"]!;
        row["ine"] = "  " + ine.ToLowerInvariant() + " ";
        row["firstName"] = " Zoé ";
        row["className"] = "\t2nde 1 ";

        var pupil = (await PupilScenario.PreRegisterAsync(staff, [row]))["pupils"]![0]!;

        Assert.Equal("Zoé", pupil["firstName"]!.GetValue<string>());
        Assert.Equal("2nde 1", pupil["className"]!.GetValue<string>());
        await using var db = api.CreateDbContext();
        Assert.True(await db.Pupils.AnyAsync(p => p.Ine == ine));
    }

    [Fact]
    public async Task The_age_rule_reads_the_clock_of_the_application()
    {
        var clock = new ManualClock(new DateTimeOffset(2041, 10, 1, 8, 0, 0, TimeSpan.Zero));
        await using var factory = api.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var scenario = new PupilScenario(api, factory);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var born2026 = PupilScenario.Row();
        born2026["birthDate"] = "2026-03-01";
        var born2010 = PupilScenario.Row();
        born2010["birthDate"] = "2010-03-01";

        var payload = await PupilScenario.PreRegisterAsync(staff, [born2026, born2010]);

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("pupils[1].birthDate", error["path"]!.GetValue<string>());
        Assert.Equal("IMPLAUSIBLE_BIRTH_DATE", error["problem"]!.GetValue<string>());
        Assert.Contains("makes them 31", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
