using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// Dates that follow today: <c>offers</c> lists by default the offers with a week to come (its Monday after today, in
/// France) and past ones with <c>includePast</c>; <c>applyToOffer</c> refuses weeks that have started. The tests move the
/// calendar's day, or its clock across midnight in Paris.
/// </summary>
public sealed class UpcomingOfferTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Search = """
        query ($title: String!, $includePast: Boolean!) {
          offers(first: 50, where: { title: { eq: $title } }, includePast: $includePast) {
            totalCount facets { grades { count } } nodes { id }
          }
        }
        """;

    private static readonly string[] StartedWeek = ["2026-W25"];

    private static int s_serial;

    [Fact]
    public async Task The_search_lists_offers_with_a_week_to_come_and_past_ones_on_request()
    {
        // Wednesday 17 June 2026: 2026-W25 (from Monday 15) has started, 2026-W26 (from Monday 22) is to come.
        var factory = On(new DateOnly(2026, 6, 17));
        var scenario = new ApplicationScenario(api, factory);
        var title = Title();
        var (employer, _) = await scenario.EmployerAsync();
        var march = await scenario.OfferAsync(employer, o => (o.Title, o.Grades, o.Weeks) = (title, [Grade.Troisieme], [new DateOnly(2026, 3, 9)]));
        var week1 = await scenario.OfferAsync(employer, o => (o.Title, o.Weeks) = (title, [TestData.SecondeWeek1]));
        var both = await scenario.OfferAsync(employer, o => (o.Title, o.Weeks) = (title, [TestData.SecondeWeek1, TestData.SecondeWeek2]));
        var week2 = await scenario.OfferAsync(employer, o => (o.Title, o.Weeks) = (title, [TestData.SecondeWeek2]));
        var september = await scenario.OfferAsync(employer, o => (o.Title, o.Grades, o.Weeks) = (title, [Grade.Troisieme], [new DateOnly(2026, 9, 14)]));
        var anonymous = new GraphQLClient(factory.CreateClient());

        await AssertFindsAsync(anonymous, title, includePast: false, [both.Id, week2.Id, september.Id]);
        await AssertFindsAsync(anonymous, title, includePast: true, [march.Id, week1.Id, both.Id, week2.Id, september.Id]);

        // On Monday 22 June the second week has started too: only September's offer is to come.
        await AssertFindsAsync(new GraphQLClient(On(new DateOnly(2026, 6, 22)).CreateClient()), title, includePast: false, [september.Id]);
        // On 1 August 2025, the tests' usual day, all five are to come.
        await AssertFindsAsync(api.GraphQL, title, includePast: false, [march.Id, week1.Id, both.Id, week2.Id, september.Id]);
    }

    [Fact]
    public async Task Applying_for_a_week_that_has_started_is_refused_and_writes_nothing()
    {
        var factory = On(new DateOnly(2026, 6, 17));
        var scenario = new ApplicationScenario(api, factory);
        var (employer, _) = await scenario.EmployerAsync();
        var offer = await scenario.OfferAsync(employer, o => o.Title = Title());
        var pupil = await scenario.PupilAsync(await scenario.SchoolAsync());
        var client = await scenario.AsPupilAsync(pupil);

        var refused = await ApplicationScenario.ApplyAsync(client, offer, ["2026-W25", "2026-W26"]);
        Assert.Null(refused["application"]);
        Assert.Equal("WeekStartedError", refused["errors"]![0]!["__typename"]!.GetValue<string>());
        var weeks = await client.QueryAsync(
            "mutation ($input: ApplyToOfferInput!) { applyToOffer(input: $input) { errors { ... on WeekStartedError { weeks } } } }",
            new { input = new { offerId = ApplicationScenario.Id(offer), weeks = StartedWeek, motivation = "Bonjour." } });
        Assert.Equal(["2026-W25"], weeks["applyToOffer"]!["errors"]![0]!["weeks"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal(0, await ApplicationsOfAsync(pupil));

        var accepted = await ApplicationScenario.ApplyAsync(client, offer, ["2026-W26"]);
        Assert.Equal("SUBMITTED", accepted["application"]!["status"]!.GetValue<string>());
        Assert.Equal(1, await ApplicationsOfAsync(pupil));
    }

    [Fact]
    public async Task The_calendar_follows_its_clock_in_france_across_midnight()
    {
        // Sunday 14 June 2026, 23:59 in Paris (21:59 UTC): week 2026-W25 starts in a minute.
        var clock = new ManualClock(new DateTimeOffset(2026, 6, 14, 21, 59, 0, TimeSpan.Zero));
        var factory = api.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton(new SchoolCalendar(clock, Options.Create(new SchoolCalendarOptions())))));
        var scenario = new ApplicationScenario(api, factory);
        var title = Title();
        var (employer, _) = await scenario.EmployerAsync();
        var offer = await scenario.OfferAsync(employer, o => (o.Title, o.Weeks) = (title, [TestData.SecondeWeek1]));
        var school = await scenario.SchoolAsync();
        var early = await scenario.AsPupilAsync(await scenario.PupilAsync(school));
        var late = await scenario.AsPupilAsync(await scenario.PupilAsync(school));
        var anonymous = new GraphQLClient(factory.CreateClient());

        await AssertFindsAsync(anonymous, title, includePast: false, [offer.Id]);
        Assert.Equal("SUBMITTED", (await ApplicationScenario.ApplyAsync(early, offer, ["2026-W25"]))["application"]!["status"]!.GetValue<string>());

        clock.Advance(TimeSpan.FromMinutes(1));

        await AssertFindsAsync(anonymous, title, includePast: false, []);
        var refused = await ApplicationScenario.ApplyAsync(late, offer, ["2026-W25"]);
        Assert.Equal("WeekStartedError", refused["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_school_calendar_tells_the_day_the_first_week_to_come_and_the_2nde_periods()
    {
        const string Calendar = """
            {
              schoolCalendar {
                today schoolYear firstWeekToCome
                next: secondePeriod { weeks startDate endDate published }
                y2026: secondePeriod(year: 2026) { weeks startDate endDate published }
              }
            }
            """;
        var calendar = (await new GraphQLClient(On(new DateOnly(2026, 6, 17)).CreateClient()).QueryAsync(Calendar))["schoolCalendar"]!;

        Assert.Equal("2026-06-17", calendar["today"]!.GetValue<string>());
        Assert.Equal(2025, calendar["schoolYear"]!.GetValue<int>());
        Assert.Equal("2026-W26", calendar["firstWeekToCome"]!.GetValue<string>());
        // 2026's period has started: the next one is 2027's, computed (14 to 25 June), not published.
        Assert.Equal(["2027-W24", "2027-W25"], calendar["next"]!["weeks"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal("2027-06-14", calendar["next"]!["startDate"]!.GetValue<string>());
        Assert.Equal("2027-06-25", calendar["next"]!["endDate"]!.GetValue<string>());
        Assert.False(calendar["next"]!["published"]!.GetValue<bool>());
        Assert.Equal(["2026-W25", "2026-W26"], calendar["y2026"]!["weeks"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.True(calendar["y2026"]!["published"]!.GetValue<bool>());

        var refused = await api.GraphQL.PostAsync("{ schoolCalendar { secondePeriod(year: 1999) { weeks } } }");
        Assert.Equal(["INVALID_YEAR"], refused.ErrorCodes);
    }

    [Fact]
    public async Task Include_past_is_a_boolean_argument()
    {
        var response = await api.GraphQL.PostAsync("{ offers(includePast: \"yes\") { totalCount } }");

        Assert.Contains(response.Errors!, e => e!["message"]!.GetValue<string>().Contains("includePast", StringComparison.Ordinal));
    }

    private WebApplicationFactory<Program> On(DateOnly today) =>
        api.Factory.WithWebHostBuilder(builder => builder.UseSetting("Stage:SchoolCalendar:Today", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task AssertFindsAsync(GraphQLClient client, string title, bool includePast, long[] expected)
    {
        var offers = (await client.QueryAsync(Search, new { title, includePast }))["offers"]!;
        var ids = offers["nodes"]!.AsArray().Select(n => GlobalId.Parse(n!["id"]!.GetValue<string>(), "Offer")).Order().ToArray();
        Assert.Equal(expected.Order().ToArray(), ids);
        Assert.Equal(expected.Length, offers["totalCount"]!.GetValue<int>());
        // Every offer is counted once per grade it is open to; each of these is open to one grade.
        Assert.Equal(expected.Length, offers["facets"]!["grades"]!.AsArray().Sum(g => g!["count"]!.GetValue<int>()));
    }

    private async Task<long> ApplicationsOfAsync(Pupil pupil)
    {
        await using var connection = await api.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM applications WHERE pupil_id = $1", connection)
        {
            Parameters = { new() { Value = pupil.Id } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Title() => $"Stage daté {Interlocked.Increment(ref s_serial)} {Guid.NewGuid():N}";
}
