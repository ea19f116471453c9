using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>agreementStatusChanged: the parties follow their agreement from its creation on confirmation to its deletion.</summary>
public sealed class AgreementSubscriptionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Everything =
        "subscription ($id: ID, $after: String) { agreementStatusChanged(agreementId: $id, after: $after) { cursor agreementId applicationId from to authorRole agreement { status } } }";

    [Fact]
    public async Task The_parties_see_the_agreement_created_on_confirmation_and_deleted_on_withdrawal_others_see_nothing()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        var stranger = await RealtimeScenario.CreateAsync(api);
        await scenario.ChangeAsync("markApplicationRead");
        await scenario.ChangeAsync("acceptApplication");
        await using var pupil = await SubscribedAsync(scenario.PupilToken);
        await using var employer = await SubscribedAsync(scenario.EmployerToken);
        await using var other = await SubscribedAsync(stranger.PupilToken);

        await scenario.ChangeAsync("confirmApplication");
        foreach (var client in new[] { pupil, employer })
        {
            var created = await NextAsync(client);
            Assert.Null(created["from"]);
            Assert.Equal("DRAFT", created["to"]!.GetValue<string>());
            Assert.Equal(scenario.ApplicationId, created["applicationId"]!.GetValue<string>());
            Assert.Equal("DRAFT", created["agreement"]!["status"]!.GetValue<string>());
        }

        await scenario.ChangeAsync("withdrawApplication");
        var deleted = await NextAsync(pupil);
        Assert.Equal("DRAFT", deleted["from"]!.GetValue<string>());
        Assert.Null(deleted["to"]);
        Assert.Null(deleted["agreement"]);

        // The stranger's own application changes; they were told nothing of the other agreement.
        await stranger.ChangeAsync("markApplicationRead");
        await stranger.ChangeAsync("acceptApplication");
        await stranger.ChangeAsync("confirmApplication");
        var own = await NextAsync(other);
        Assert.Equal(stranger.ApplicationId, own["applicationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Following_an_agreement_one_is_not_party_to_is_forbidden_and_resuming_replays_the_history()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        var stranger = await RealtimeScenario.CreateAsync(api);
        await scenario.ChangeAsync("markApplicationRead");
        await scenario.ChangeAsync("acceptApplication");
        var before = await scenario.LastCursorAsync();
        await scenario.ChangeAsync("confirmApplication");
        var agreement = await scenario.PupilClient.QueryAsync(
            "query ($id: ID!) { node(id: $id) { ... on Application { agreement { id } } } }", new { id = scenario.ApplicationId });
        var agreementId = agreement["node"]!["agreement"]!["id"]!.GetValue<string>();

        await using var refused = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await refused.InitAsync(stranger.PupilToken);
        await refused.SubscribeAsync("s", Everything, new { id = agreementId });
        var error = await refused.ReceiveForAsync("s");
        Assert.Equal("FORBIDDEN", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // The application's history cursor taken before confirming: the agreement's creation comes after it.
        await using var resumed = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await resumed.InitAsync(scenario.PupilToken);
        await resumed.SubscribeAsync("s", Everything, new { id = agreementId, after = before });
        var created = await NextAsync(resumed);
        Assert.Equal(agreementId, created["agreementId"]!.GetValue<string>());
        Assert.Equal("DRAFT", created["to"]!.GetValue<string>());
    }

    private async Task<GraphQLWebSocketClient> SubscribedAsync(string token)
    {
        var subscriptions = api.Factory.Services.GetService(typeof(Stage.Api.Events.ActiveSubscriptions)) as Stage.Api.Events.ActiveSubscriptions;
        var before = subscriptions!.Count;
        var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync(token);
        await client.SubscribeAsync("s", Everything);
        await ApplicationStatusSubscriptionTests.EventuallyAsync(() => subscriptions.Count, before + 1, atLeast: true);
        return client;
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> NextAsync(GraphQLWebSocketClient client) =>
        (await client.ReceiveForAsync("s"))["payload"]!["data"]!["agreementStatusChanged"]!;
}
