using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Events;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>
/// An offer of two seats with an application to it, and the API served on a real loopback socket, for a client that
/// follows the offer's seats over an event stream: it sends its own request through <see cref="Http"/>, then
/// <see cref="ExpectOneSeatLeftAsync"/> takes a seat through the API and reads the event.
/// </summary>
public sealed class FollowedSeats : IAsyncDisposable
{
    public const string Subscription = "subscription ($id: ID!) { offerSeatsChanged(offerId: $id) { remainingSeats } }";

    private readonly WebApplicationFactory<Program> _loopback;
    private readonly RealtimeScenario _scenario;

    private FollowedSeats(RealtimeScenario scenario, WebApplicationFactory<Program> loopback)
    {
        _scenario = scenario;
        _loopback = loopback;
        Http = new HttpClient { BaseAddress = new Uri(LoopbackServer.AddressOf(loopback)) };
    }

    /// <summary>A client of the loopback server.</summary>
    public HttpClient Http { get; }

    /// <summary>The variables of <see cref="Subscription"/>, as JSON.</summary>
    public string Variables => $$"""{"id":"{{ApplicationScenario.Id(_scenario.Offer)}}"}""";

    public static async Task<FollowedSeats> StartAsync(ApiFixture api) =>
        new(await RealtimeScenario.CreateAsync(api, offer => offer.Seats = 2), LoopbackServer.Start(api.Factory.WithWebHostBuilder(_ => { })));

    /// <summary>Waits for the subscription, confirms the application (read, accepted, confirmed), and reads its one event.</summary>
    public async Task ExpectOneSeatLeftAsync(HttpResponseMessage response)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await ApplicationStatusSubscriptionTests.EventuallyAsync(() => _loopback.Services.GetRequiredService<ActiveSubscriptions>().Count, 1, atLeast: true);

        await _scenario.ChangeAsync("markApplicationRead");
        await _scenario.ChangeAsync("acceptApplication");
        await _scenario.ChangeAsync("confirmApplication");
        Assert.Equal("event: next", await RealtimeLifecycleTests.NextLineAsync(reader));
        Assert.Equal("data: {\"data\":{\"offerSeatsChanged\":{\"remainingSeats\":1}}}", await RealtimeLifecycleTests.NextLineAsync(reader));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _loopback.DisposeAsync();
    }
}
