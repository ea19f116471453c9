
namespace Stage.Api.Tests.Fixtures;

/// <summary>
/// A class fixture: the API served by Kestrel on a loopback port over its own database, for clients outside the
/// test process (Node.js scripts, a browser) or real sockets. <see cref="Api"/> reaches the same server and database.
/// </summary>
public sealed class LoopbackApi : IAsyncLifetime
{
    private readonly ApiFixture _api = new();

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234.</summary>
    public string Address => LoopbackServer.AddressOf(_api.Factory);

    public IServiceProvider Services => _api.Factory.Services;

    /// <summary>The fixture's database, tokens and clients (its HTTP clients go through the loopback port).</summary>
    public ApiFixture Api => _api;

    public async Task InitializeAsync()
    {
        await _api.InitializeAsync();
        LoopbackServer.Start(_api.Factory);
    }

    public Task DisposeAsync() => _api.DisposeAsync();
}
