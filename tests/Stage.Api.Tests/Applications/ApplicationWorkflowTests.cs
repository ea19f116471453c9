using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Applications;

/// <summary>The application life cycle of DOMAIN.md, driven through the HTTP API by the pupil and the host.</summary>
public sealed class ApplicationWorkflowTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly ApplicationScenario _scenario = new(api);

    [Fact]
    public async Task Apply_read_accept_confirm_takes_a_seat_and_records_every_step()
    {
        var (pupil, employerClient, offer) = await SetUpAsync(seats: 2);
        var applied = await ApplicationScenario.ApplyAsync(pupil, offer);
        Assert.Null(applied["errors"]);
        var id = applied["application"]!["id"]!.GetValue<string>();

        Assert.Equal("READ", (await ApplicationScenario.ChangeAsync(employerClient, "markApplicationRead", id))["application"]!["status"]!.GetValue<string>());
        Assert.Equal("ACCEPTED_BY_EMPLOYER", (await ApplicationScenario.ChangeAsync(employerClient, "acceptApplication", id))["application"]!["status"]!.GetValue<string>());
        var confirmed = await ApplicationScenario.ChangeAsync(pupil, "confirmApplication", id);

        Assert.Null(confirmed["errors"]);
        Assert.Equal("CONFIRMED", confirmed["application"]!["status"]!.GetValue<string>());
        var history = confirmed["application"]!["history"]!.AsArray().Select(e => $"{e!["from"]}>{e["to"]}:{e["authorRole"]}").ToList();
        Assert.Equal([">SUBMITTED:PUPIL", "SUBMITTED>READ:EMPLOYER_MEMBER", "READ>ACCEPTED_BY_EMPLOYER:EMPLOYER_MEMBER", "ACCEPTED_BY_EMPLOYER>CONFIRMED:PUPIL"], history);
        Assert.Equal(1, await SeatsTakenAsync(offer.Id));
    }

    [Fact]
    public async Task Transitions_the_table_does_not_allow_name_the_current_status()
    {
        var (pupil, _, offer) = await SetUpAsync();
        var id = (await ApplicationScenario.ApplyAsync(pupil, offer))["application"]!["id"]!.GetValue<string>();

        var refused = await ApplicationScenario.ChangeAsync(pupil, "confirmApplication", id);

        Assert.Equal("InvalidTransitionError", refused["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("SUBMITTED", refused["errors"]![0]!["currentStatus"]!.GetValue<string>());
        Assert.Equal("SUBMITTED", refused["application"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task One_application_per_pupil_and_offer_for_the_pupils_grade_and_the_offers_weeks()
    {
        var (pupil, _, offer) = await SetUpAsync();
        Assert.Null((await ApplicationScenario.ApplyAsync(pupil, offer))["errors"]);
        Assert.Equal("AlreadyAppliedError", (await ApplicationScenario.ApplyAsync(pupil, offer))["errors"]![0]!["__typename"]!.GetValue<string>());

        var (employer, _) = await _scenario.EmployerAsync();
        var college = await _scenario.OfferAsync(employer, o => { o.Grades = [Grade.Troisieme]; o.Weeks = [new DateOnly(2026, 1, 12)]; });
        Assert.Equal("GradeMismatchError", (await ApplicationScenario.ApplyAsync(pupil, college, ["2026-W03"]))["errors"]![0]!["__typename"]!.GetValue<string>());

        var other = await _scenario.OfferAsync(employer);
        Assert.Equal("WeeksNotOfferedError", (await ApplicationScenario.ApplyAsync(pupil, other, ["2026-W24"]))["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("InvalidFieldError", (await ApplicationScenario.ApplyAsync(pupil, other, ["2026-W99"]))["errors"]![0]!["__typename"]!.GetValue<string>());

        var unpublished = await _scenario.OfferAsync(employer, o => o.Status = Api.Offers.OfferStatus.Unpublished);
        Assert.Equal("OfferNotAvailableError", (await ApplicationScenario.ApplyAsync(pupil, unpublished))["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Confirming_withdraws_the_pupils_other_pending_applications_on_overlapping_weeks()
    {
        var (pupil, employerClient, offer) = await SetUpAsync();
        var (employer, _) = await _scenario.EmployerAsync();
        var sameWeek = await _scenario.OfferAsync(employer);
        var otherWeek = await _scenario.OfferAsync(employer);

        var first = (await ApplicationScenario.ApplyAsync(pupil, offer, ["2026-W25"]))["application"]!["id"]!.GetValue<string>();
        var overlapping = (await ApplicationScenario.ApplyAsync(pupil, sameWeek, ["2026-W25", "2026-W26"]))["application"]!["id"]!.GetValue<string>();
        var separate = (await ApplicationScenario.ApplyAsync(pupil, otherWeek, ["2026-W26"]))["application"]!["id"]!.GetValue<string>();
        await ApplicationScenario.ChangeAsync(employerClient, "acceptApplication", first);
        await ApplicationScenario.ChangeAsync(pupil, "confirmApplication", first);

        Assert.Equal("WITHDRAWN", await StatusAsync(pupil, overlapping));
        Assert.Equal("SUBMITTED", await StatusAsync(pupil, separate));
    }

    [Fact]
    public async Task Withdrawing_or_cancelling_a_confirmed_application_frees_its_seat()
    {
        var (pupil, employerClient, offer) = await SetUpAsync(seats: 1);
        foreach (var (who, mutation, expected) in new[] { (pupil, "withdrawApplication", "WITHDRAWN"), (employerClient, "cancelApplication", "CANCELED_BY_EMPLOYER") })
        {
            await using (var db = api.CreateDbContext())
            {
                db.Applications.RemoveRange(db.Applications.Where(a => a.OfferId == offer.Id));
                await db.SaveChangesAsync();
            }

            var id = (await ApplicationScenario.ApplyAsync(pupil, offer))["application"]!["id"]!.GetValue<string>();
            await ApplicationScenario.ChangeAsync(employerClient, "acceptApplication", id);
            await ApplicationScenario.ChangeAsync(pupil, "confirmApplication", id);
            Assert.Equal(1, await SeatsTakenAsync(offer.Id));

            var changed = await ApplicationScenario.ChangeAsync(who, mutation, id, mutation == "cancelApplication" ? "Fermeture exceptionnelle" : null);
            Assert.Equal(expected, changed["application"]!["status"]!.GetValue<string>());
            Assert.Equal(0, await SeatsTakenAsync(offer.Id));
        }
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_result_and_a_different_input_is_refused()
    {
        var (pupil, _, offer) = await SetUpAsync();
        var first = await ApplicationScenario.ApplyAsync(pupil, offer, key: "apply-1");
        var retry = await ApplicationScenario.ApplyAsync(pupil, offer, key: "apply-1");
        Assert.Null(retry["errors"]);
        Assert.Equal(first["application"]!["id"]!.GetValue<string>(), retry["application"]!["id"]!.GetValue<string>());

        var reused = await ApplicationScenario.ApplyAsync(pupil, offer, ["2026-W26"], key: "apply-1");
        Assert.Equal("IdempotencyKeyReusedError", reused["errors"]![0]!["__typename"]!.GetValue<string>());

        await using var db = api.CreateDbContext();
        Assert.Equal(1, db.Applications.Count(a => a.OfferId == offer.Id));
    }

    private async Task<(GraphQLClient Pupil, GraphQLClient Employer, Api.Offers.Offer Offer)> SetUpAsync(int seats = 3)
    {
        var school = await _scenario.SchoolAsync();
        var pupil = await _scenario.PupilAsync(school);
        var (employer, member) = await _scenario.EmployerAsync();
        var offer = await _scenario.OfferAsync(employer, o => o.Seats = seats);
        return (await _scenario.AsPupilAsync(pupil), await _scenario.AsEmployerAsync(member), offer);
    }

    private static async Task<string> StatusAsync(GraphQLClient client, string id) =>
        (await client.QueryAsync("query ($id: ID!) { node(id: $id) { ... on Application { status } } }", new { id }))["node"]!["status"]!.GetValue<string>();

    private async Task<int> SeatsTakenAsync(long offerId)
    {
        await using var db = api.CreateDbContext();
        return db.Offers.Single(o => o.Id == offerId).SeatsTaken;
    }
}
