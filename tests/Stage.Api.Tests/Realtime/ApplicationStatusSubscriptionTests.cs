using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Events;
using Stage.Api.GraphQL.Realtime;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>applicationStatusChanged and offerSeatsChanged over WebSocket: who gets what, resuming, seats.</summary>
public sealed class ApplicationStatusSubscriptionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string OneApplication =
        "subscription ($id: ID, $after: String) { applicationStatusChanged(applicationId: $id, after: $after) { " + RealtimeScenario.EventFields + " } }";

    private const string Everything = "subscription { applicationStatusChanged { " + RealtimeScenario.EventFields + " } }";

    [Fact]
    public async Task The_pupil_receives_the_employers_change_with_its_author_and_cursor()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        await using var client = await SubscribedAsync(scenario.PupilToken, OneApplication, new { id = scenario.ApplicationId });

        await scenario.ChangeAsync("markApplicationRead");

        // Without `after` a stream may still bring the SUBMITTED event committed just before it opened (see below).
        JsonNode change;
        do
        {
            change = (await client.ReceiveForAsync("s"))["payload"]!["data"]!["applicationStatusChanged"]!;
        }
        while (change["to"]!.GetValue<string>() == "SUBMITTED");

        Assert.Equal(scenario.ApplicationId, change["applicationId"]!.GetValue<string>());
        Assert.Equal("SUBMITTED", change["from"]!.GetValue<string>());
        Assert.Equal("READ", change["to"]!.GetValue<string>());
        Assert.Equal("EMPLOYER_MEMBER", change["authorRole"]!.GetValue<string>());
        Assert.Equal("READ", change["application"]!["status"]!.GetValue<string>());
        Assert.Equal(await scenario.LastCursorAsync(), change["cursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Following_everything_delivers_only_what_the_viewer_may_see()
    {
        var mine = await RealtimeScenario.CreateAsync(api);
        var theirs = await RealtimeScenario.CreateAsync(api);
        await using var client = await SubscribedAsync(mine.EmployerToken, Everything);

        await theirs.ChangeAsync("markApplicationRead");
        await mine.ChangeAsync("markApplicationRead");

        var change = (await client.ReceiveForAsync("s"))["payload"]!["data"]!["applicationStatusChanged"]!;
        Assert.Equal(mine.ApplicationId, change["applicationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Following_someone_elses_application_is_forbidden()
    {
        var mine = await RealtimeScenario.CreateAsync(api);
        var theirs = await RealtimeScenario.CreateAsync(api);
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync(mine.PupilToken);
        await client.SubscribeAsync("s", OneApplication, new { id = theirs.ApplicationId });

        var error = await client.ReceiveForAsync("s");
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rolled_back_change_is_never_delivered()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        await using var client = await SubscribedAsync(scenario.PupilToken, OneApplication, new { id = scenario.ApplicationId });

        await using (var connection = await api.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO application_events (application_id, from_status, to_status, note) " +
                "SELECT application_id, 'submitted', 'rejected', 'rolled back' FROM application_events ORDER BY id DESC LIMIT 1";
            await insert.ExecuteNonQueryAsync();
            await transaction.RollbackAsync();
        }

        await scenario.ChangeAsync("markApplicationRead");
        // Without `after`, the SUBMITTED event committed just before subscribing may still arrive first; the rolled-back one never.
        string to;
        do
        {
            to = (await client.ReceiveForAsync("s"))["payload"]!["data"]!["applicationStatusChanged"]!["to"]!.GetValue<string>();
            Assert.NotEqual("REJECTED", to);
        }
        while (to == "SUBMITTED");

        Assert.Equal("READ", to);
    }

    [Fact]
    public async Task Resuming_after_a_cursor_replays_what_was_missed_then_goes_live_without_duplicates()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        var submitted = await scenario.LastCursorAsync();
        await scenario.ChangeAsync("markApplicationRead");
        await scenario.ChangeAsync("acceptApplication");

        await using var client = await SubscribedAsync(scenario.PupilToken, OneApplication, new { id = scenario.ApplicationId, after = submitted });
        Assert.Equal("READ", await NextStatusAsync(client));
        Assert.Equal("ACCEPTED_BY_EMPLOYER", await NextStatusAsync(client));

        await scenario.ChangeAsync("confirmApplication");
        Assert.Equal("CONFIRMED", await NextStatusAsync(client));
        await scenario.ChangeAsync("withdrawApplication");
        Assert.Equal("WITHDRAWN", await NextStatusAsync(client));
    }

    [Fact]
    public async Task Offer_seats_follow_confirmations_and_withdrawals()
    {
        var scenario = await RealtimeScenario.CreateAsync(api, offer => offer.Seats = 3);
        await scenario.ChangeAsync("markApplicationRead");
        await scenario.ChangeAsync("acceptApplication");
        await using var client = await SubscribedAsync(null, "subscription ($id: ID!) { offerSeatsChanged(offerId: $id) { offerId seats remainingSeats status } }",
            new { id = Applications.ApplicationScenario.Id(scenario.Offer) });

        await scenario.ChangeAsync("confirmApplication");
        var seats = (await client.ReceiveForAsync("s"))["payload"]!["data"]!["offerSeatsChanged"]!;
        Assert.Equal(3, seats["seats"]!.GetValue<int>());
        Assert.Equal(2, seats["remainingSeats"]!.GetValue<int>());
        Assert.Equal("PUBLISHED", seats["status"]!.GetValue<string>());

        await scenario.ChangeAsync("withdrawApplication");
        seats = (await client.ReceiveForAsync("s"))["payload"]!["data"]!["offerSeatsChanged"]!;
        Assert.Equal(3, seats["remainingSeats"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_offer_reserved_to_schools_after_the_stream_started_is_no_longer_delivered_to_those_who_may_not_see_it()
    {
        var scenario = await RealtimeScenario.CreateAsync(api, offer => offer.Seats = 3);
        const string Seats = "subscription ($id: ID!) { offerSeatsChanged(offerId: $id) { seats } }";
        var variables = new { id = Applications.ApplicationScenario.Id(scenario.Offer) };
        await using var anonymous = await SubscribedAsync(null, Seats, variables);
        await using var host = await SubscribedAsync(scenario.EmployerToken, Seats, variables);

        // Reserved to a school (neither follower's) with 4 seats, then open to all again with 5: each a seats event.
        foreach (var (reserved, seats) in new[] { ("{999999999}", 4), ("{}", 5) })
        {
            await using var connection = await api.OpenConnectionAsync();
            await using var update = connection.CreateCommand();
            update.CommandText = $"UPDATE offers SET reserved_school_ids = '{reserved}', seats = {seats} WHERE id = {scenario.Offer.Id}";
            await update.ExecuteNonQueryAsync();
            Assert.Equal(seats, await NextSeatCountAsync(host));
        }

        // The anonymous follower's first event is the one after the offer opened again: the reserved one was withheld.
        Assert.Equal(5, await NextSeatCountAsync(anonymous));
    }

    private static async Task<int> NextSeatCountAsync(GraphQLWebSocketClient client) =>
        (await client.ReceiveForAsync("s"))["payload"]!["data"]!["offerSeatsChanged"]!["seats"]!.GetValue<int>();

    [Fact]
    public async Task One_stream_follows_the_seats_of_a_page_of_offers()
    {
        var first = await RealtimeScenario.CreateAsync(api, offer => offer.Seats = 3);
        var second = await RealtimeScenario.CreateAsync(api, offer => offer.Seats = 5);
        foreach (var scenario in new[] { first, second })
        {
            await scenario.ChangeAsync("markApplicationRead");
            await scenario.ChangeAsync("acceptApplication");
        }

        var ids = new[] { Applications.ApplicationScenario.Id(first.Offer), Applications.ApplicationScenario.Id(second.Offer) };
        await using var client = await SubscribedAsync(null, SeatsOfOffers, new { ids });

        await second.ChangeAsync("confirmApplication");
        await first.ChangeAsync("confirmApplication");
        var changes = new[] { await NextSeatsAsync(client), await NextSeatsAsync(client) }; // one delivery may hold both, in either order
        Assert.Equal([(ids[0], 2), (ids[1], 4)], changes.OrderBy(c => c.Item1 == ids[0] ? 0 : 1));
    }

    [Theory]
    [InlineData("{\"ids\":[]}", "EMPTY_LIST")]
    [InlineData("{\"ids\":null,\"one\":null}", "BAD_REQUEST")]
    [InlineData("{\"ids\":[\"T2ZmZXI6OTk5OTk5OQ\"]}", "NOT_FOUND")]
    [InlineData("{\"ids\":[\"nope\"]}", "INVALID_ID")]
    public async Task Following_offers_needs_one_to_a_hundred_visible_ones(string variables, string code)
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync(null);
        await client.SubscribeAsync("s", "subscription ($ids: [ID!], $one: ID) { offerSeatsChanged(offerIds: $ids, offerId: $one) { offerId } }",
            System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.Nodes.JsonObject>(variables));

        var error = await client.ReceiveForAsync("s");
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal(code, error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Following_more_than_a_hundred_offers_is_refused()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync(null);
        await client.SubscribeAsync("s", SeatsOfOffers, new { ids = Enumerable.Repeat(Applications.ApplicationScenario.Id(scenario.Offer), 101) });

        var error = await client.ReceiveForAsync("s");
        Assert.Equal("TOO_MANY_IDS", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private const string SeatsOfOffers = "subscription ($ids: [ID!]!) { offerSeatsChanged(offerIds: $ids) { offerId remainingSeats } }";

    private static async Task<(string, int)> NextSeatsAsync(GraphQLWebSocketClient client)
    {
        var change = (await client.ReceiveForAsync("s"))["payload"]!["data"]!["offerSeatsChanged"]!;
        return (change["offerId"]!.GetValue<string>(), change["remainingSeats"]!.GetValue<int>());
    }

    [Fact]
    public async Task Closing_sockets_frees_every_subscription()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        var clients = new List<GraphQLWebSocketClient>();
        for (var i = 0; i < 5; i++)
        {
            clients.Add(await SubscribedAsync(scenario.PupilToken, OneApplication, new { id = scenario.ApplicationId }));
        }

        await WaitForSubscriptionsAsync(5);
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        await WaitForSubscriptionsAsync(0);
        Assert.Equal(0, await EventuallyAsync(() => api.Factory.Services.GetRequiredService<RealtimeConnections>().Count, 0));
    }

    private async Task<GraphQLWebSocketClient> SubscribedAsync(string? token, string query, object? variables = null)
    {
        var before = api.Factory.Services.GetRequiredService<ActiveSubscriptions>().Count;
        var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync(token);
        await client.SubscribeAsync("s", query, variables);
        await EventuallyAsync(() => api.Factory.Services.GetRequiredService<ActiveSubscriptions>().Count, before + 1, atLeast: true);
        return client;
    }

    private static async Task<string> NextStatusAsync(GraphQLWebSocketClient client) =>
        (await client.ReceiveForAsync("s"))["payload"]!["data"]!["applicationStatusChanged"]!["to"]!.GetValue<string>();

    private async Task WaitForSubscriptionsAsync(int expected) =>
        Assert.Equal(expected, await EventuallyAsync(() => api.Factory.Services.GetRequiredService<ActiveSubscriptions>().Count, expected));

    /// <summary>Polls a count until it reaches the expected value (or 10 s pass); returns the last value seen.</summary>
    internal static async Task<int> EventuallyAsync(Func<int> count, int expected, bool atLeast = false)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        int value;
        while (!((value = count()) == expected || (atLeast && value >= expected)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return value;
    }
}
