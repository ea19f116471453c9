using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Events;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>
/// The API on a real loopback socket for <c>offersPublished</c> subscribers, and offers written straight into the
/// database (the feed must see every writer, not only the API's mutations).
/// </summary>
public sealed class OfferFeed(ApiFixture api, WebApplicationFactory<Program> loopback) : IAsyncDisposable
{
    public const string Subscription = """
        subscription ($where: OfferFilterInput, $near: NearInput, $search: String, $after: String) {
          offersPublished(where: $where, near: $near, search: $search, after: $after) { cursor kind offerId }
        }
        """;

    private static int s_serial;

    /// <summary>The loopback server's base address.</summary>
    public string Address => LoopbackServer.AddressOf(loopback);

    public ActiveSubscriptions Subscriptions => loopback.Services.GetRequiredService<ActiveSubscriptions>();

    public static OfferFeed Start(ApiFixture api, Action<Microsoft.AspNetCore.Hosting.IWebHostBuilder>? configure = null) =>
        new(api, LoopbackServer.Start(api.Factory.WithWebHostBuilder(b => configure?.Invoke(b))));

    /// <summary>A unique word, for a test's offers and filters in a database other tests write to as well.</summary>
    public static string Marker(string prefix) => $"{prefix}{Interlocked.Increment(ref s_serial)}x{Guid.NewGuid():N}"[..24];

    /// <summary>A subscriber of <c>offersPublished</c> with these arguments, live once this returns.</summary>
    public async Task<FeedSubscriber> SubscribeAsync(string? token, object variables, string query = Subscription)
    {
        var before = Subscriptions.Count;
        var client = await GraphQLWebSocketClient.ConnectAsync(LoopbackServer.AddressOf(loopback));
        await client.InitAsync(token);
        await client.SubscribeAsync("s", query, variables);
        Assert.True(await ApplicationStatusSubscriptionTests.EventuallyAsync(() => Subscriptions.Count, before + 1, atLeast: true) > before,
            "The subscription did not open.");
        return new FeedSubscriber(client);
    }

    /// <summary>Subscribes with arguments that must be refused; returns the error's <c>extensions.code</c>.</summary>
    public async Task<string> RefusalAsync(string? token, object variables)
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(LoopbackServer.AddressOf(loopback));
        await client.InitAsync(token);
        await client.SubscribeAsync("s", Subscription, variables);
        return await new FeedSubscriber(client).ErrorCodeAsync();
    }

    /// <summary>Writes offers in one transaction (their events get consecutive positions at its commit).</summary>
    public async Task<List<Offer>> PublishAsync(IEnumerable<Action<Offer>> offers)
    {
        await using var db = api.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        var added = offers.Select(customize =>
        {
            var offer = TestData.NewOffer(employer.Id);
            customize(offer);
            db.Offers.Add(offer);
            return offer;
        }).ToList();
        await db.SaveChangesAsync();
        return added;
    }

    public async Task<Offer> PublishAsync(Action<Offer> customize) => (await PublishAsync([customize]))[0];

    /// <summary>Runs a statement on one offer (<c>$1</c> is its id), as any writer of the table would.</summary>
    public async Task UpdateAsync(long offerId, string set)
    {
        await using var connection = await api.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand($"UPDATE offers SET {set} WHERE id = $1", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = offerId });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    public async ValueTask DisposeAsync() => await loopback.DisposeAsync();
}

/// <summary>One <c>offersPublished</c> subscription over its own WebSocket, read event by event.</summary>
public sealed class FeedSubscriber(GraphQLWebSocketClient client) : IAsyncDisposable
{
    public GraphQLWebSocketClient Client => client;

    /// <summary>The next event (kind, offer id, cursor); fails on an error or when nothing comes within 30 s.</summary>
    public async Task<FeedEvent> NextAsync()
    {
        var message = await client.ReceiveForAsync("s", TimeSpan.FromSeconds(30));
        Assert.True(GraphQLWebSocketClient.Type(message) == "next" && message["payload"]?["data"] is JsonObject, $"Not an event: {message.ToJsonString()}");
        var data = message["payload"]!["data"]!["offersPublished"]!;
        return new FeedEvent(data["kind"]!.GetValue<string>(), GlobalId.Parse(data["offerId"]!.GetValue<string>(), OfferType.TypeName), data["cursor"]!.GetValue<string>());
    }

    /// <summary>Every event up to and including the first about <paramref name="lastOfferId"/>.</summary>
    public async Task<List<FeedEvent>> UntilAsync(long lastOfferId)
    {
        var events = new List<FeedEvent>();
        do
        {
            events.Add(await NextAsync());
        }
        while (events[^1].OfferId != lastOfferId);

        return events;
    }

    /// <summary>The error this subscription was refused with: its <c>extensions.code</c>.</summary>
    public async Task<string> ErrorCodeAsync()
    {
        var message = await client.ReceiveForAsync("s");
        Assert.Equal("error", GraphQLWebSocketClient.Type(message));
        return message["payload"]![0]!["extensions"]!["code"]!.GetValue<string>();
    }

    public ValueTask DisposeAsync() => client.DisposeAsync();
}

public sealed record FeedEvent(string Kind, long OfferId, string Cursor);
