using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Applications;

/// <summary>Seats are never oversold and a pupil never holds two internships at once, under concurrent HTTP calls.</summary>
public sealed class ApplicationConcurrencyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly ApplicationScenario _scenario = new(api);

    [Fact]
    public async Task A_hundred_concurrent_confirmations_of_three_seats_confirm_exactly_three()
    {
        var school = await _scenario.SchoolAsync();
        var (employer, member) = await _scenario.EmployerAsync();
        var offer = await _scenario.OfferAsync(employer, o => o.Seats = 3);
        var host = await _scenario.AsEmployerAsync(member);

        var pupils = new List<(GraphQLClient Client, string ApplicationId)>();
        for (var i = 0; i < 100; i++)
        {
            var client = await _scenario.AsPupilAsync(await _scenario.PupilAsync(school, Grade.Seconde));
            var id = (await ApplicationScenario.ApplyAsync(client, offer))["application"]!["id"]!.GetValue<string>();
            await ApplicationScenario.ChangeAsync(host, "acceptApplication", id);
            pupils.Add((client, id));
        }

        var outcomes = await Task.WhenAll(pupils.Select(p => ApplicationScenario.ChangeAsync(p.Client, "confirmApplication", p.ApplicationId)));

        Assert.Equal(3, outcomes.Count(o => o["errors"] is null && o["application"]!["status"]!.GetValue<string>() == "CONFIRMED"));
        Assert.Equal(97, outcomes.Count(o => o["errors"]?[0]?["__typename"]?.GetValue<string>() == "NoSeatsLeftError"));
        await using var db = api.CreateDbContext();
        Assert.Equal(3, db.Offers.Single(o => o.Id == offer.Id).SeatsTaken);
        Assert.Equal(3, db.Applications.Count(a => a.OfferId == offer.Id && a.Status == Api.Applications.ApplicationStatus.Confirmed));
    }

    [Fact]
    public async Task Two_concurrent_confirmations_on_overlapping_weeks_confirm_at_most_one()
    {
        var school = await _scenario.SchoolAsync();
        var (employer, member) = await _scenario.EmployerAsync();
        var host = await _scenario.AsEmployerAsync(member);
        for (var round = 0; round < 5; round++)
        {
            var pupil = await _scenario.AsPupilAsync(await _scenario.PupilAsync(school));
            var ids = new List<string>();
            foreach (var weeks in new[] { new[] { "2026-W25" }, ["2026-W25", "2026-W26"] })
            {
                var offer = await _scenario.OfferAsync(employer);
                var id = (await ApplicationScenario.ApplyAsync(pupil, offer, weeks))["application"]!["id"]!.GetValue<string>();
                await ApplicationScenario.ChangeAsync(host, "acceptApplication", id);
                ids.Add(id);
            }

            var outcomes = await Task.WhenAll(ids.Select(id => ApplicationScenario.ChangeAsync(pupil, "confirmApplication", id)));

            Assert.Equal(1, outcomes.Count(o => o["application"]!["status"]!.GetValue<string>() == "CONFIRMED"));
        }
    }

    [Fact]
    public async Task Racing_withdrawals_and_confirmations_keep_seats_taken_within_bounds()
    {
        var school = await _scenario.SchoolAsync();
        var (employer, member) = await _scenario.EmployerAsync();
        var offer = await _scenario.OfferAsync(employer, o => o.Seats = 2);
        var host = await _scenario.AsEmployerAsync(member);
        var pupils = new List<(GraphQLClient Client, string Id)>();
        for (var i = 0; i < 12; i++)
        {
            var client = await _scenario.AsPupilAsync(await _scenario.PupilAsync(school));
            var id = (await ApplicationScenario.ApplyAsync(client, offer))["application"]!["id"]!.GetValue<string>();
            await ApplicationScenario.ChangeAsync(host, "acceptApplication", id);
            pupils.Add((client, id));
        }

        var calls = pupils.SelectMany((p, i) => new[]
        {
            ApplicationScenario.ChangeAsync(p.Client, "confirmApplication", p.Id),
            i % 2 == 0 ? ApplicationScenario.ChangeAsync(p.Client, "withdrawApplication", p.Id) : Task.FromResult(default(System.Text.Json.Nodes.JsonNode)!),
        });
        await Task.WhenAll(calls);

        await using var db = api.CreateDbContext();
        var seatsTaken = db.Offers.Single(o => o.Id == offer.Id).SeatsTaken;
        var confirmed = db.Applications.Count(a => a.OfferId == offer.Id && a.Status == Api.Applications.ApplicationStatus.Confirmed);
        Assert.InRange(seatsTaken, 0, 2);
        Assert.Equal(confirmed, seatsTaken);
    }
}
