using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Applications;

/// <summary>Pending applications expire after 15 days without an answer; time is moved, never waited for.</summary>
public sealed class ApplicationExpiryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Applications_left_pending_for_15_days_expire_and_the_others_do_not()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var factory = api.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var scenario = new ApplicationScenario(api, factory);
        var school = await scenario.SchoolAsync();
        var (employer, member) = await scenario.EmployerAsync();
        var host = await scenario.AsEmployerAsync(member);

        async Task<(GraphQLClient Pupil, string Id)> ApplyAsync()
        {
            var pupil = await scenario.AsPupilAsync(await scenario.PupilAsync(school));
            var offer = await scenario.OfferAsync(employer);
            return (pupil, (await ApplicationScenario.ApplyAsync(pupil, offer))["application"]!["id"]!.GetValue<string>());
        }

        var unanswered = await ApplyAsync();
        var read = await ApplyAsync();
        await ApplicationScenario.ChangeAsync(host, "markApplicationRead", read.Id);
        var rejected = await ApplyAsync();
        await ApplicationScenario.ChangeAsync(host, "rejectApplication", rejected.Id);
        clock.Advance(TimeSpan.FromDays(10));
        var acceptedLate = await ApplyAsync();
        await ApplicationScenario.ChangeAsync(host, "acceptApplication", acceptedLate.Id);

        var expiry = factory.Services.GetRequiredService<ApplicationExpiry>();
        clock.Advance(TimeSpan.FromDays(5) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await expiry.ExpireDueAsync(CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(2, await expiry.ExpireDueAsync(CancellationToken.None));
        Assert.Equal("EXPIRED", await StatusAsync(unanswered));
        Assert.Equal("EXPIRED", await StatusAsync(read));
        Assert.Equal("REJECTED", await StatusAsync(rejected));
        Assert.Equal("ACCEPTED_BY_EMPLOYER", await StatusAsync(acceptedLate));

        clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(1, await expiry.ExpireDueAsync(CancellationToken.None));
        var history = await HistoryAsync(acceptedLate);
        Assert.Equal("ACCEPTED_BY_EMPLOYER>EXPIRED:", history[^1]);
    }

    private static async Task<string> StatusAsync((GraphQLClient Pupil, string Id) application) =>
        (await application.Pupil.QueryAsync("query ($id: ID!) { node(id: $id) { ... on Application { status } } }", new { id = application.Id }))
            ["node"]!["status"]!.GetValue<string>();

    private static async Task<List<string>> HistoryAsync((GraphQLClient Pupil, string Id) application) =>
        (await application.Pupil.QueryAsync("query ($id: ID!) { node(id: $id) { ... on Application { history { from to authorRole } } } }", new { id = application.Id }))
            ["node"]!["history"]!.AsArray().Select(e => $"{e!["from"]}>{e["to"]}:{e["authorRole"]}").ToList();
}
