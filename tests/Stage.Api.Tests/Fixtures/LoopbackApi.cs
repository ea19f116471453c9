
namespace Stage.Api.Tests.Fixtures;

/// <summary>
/// A class fixture: the API served by Kestrel on a loopback port over its own database, for clients outside the
/// test process (Node.js scripts, a browser) or real sockets.
/// </summary>
public sealed class LoopbackApi : IAsyncLifetime
{
    private TestDatabase? _database;
    private StageApiFactory? _factory;

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234.</summary>
    public string Address => LoopbackServer.AddressOf(_factory ?? throw new InvalidOperationException("Not initialized."));

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        _database = await StageMigrations.CreateDatabaseAsync();
        _factory = new StageApiFactory(_database.ConnectionString);
        LoopbackServer.Start(_factory);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
