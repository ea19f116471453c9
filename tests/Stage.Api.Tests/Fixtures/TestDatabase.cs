using System.Security.Cryptography;
using Npgsql;

namespace Stage.Api.Tests.Fixtures;

/// <summary>
/// A fresh database for one test, copied from the migrated <see cref="TemplateDatabase"/>; dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private const int MaxAttempts = 5;

    // CREATE DATABASE ... TEMPLATE fails if anything else touches the template meanwhile: one copy at a time.
    private static readonly SemaphoreSlim CreateLock = new(1, 1);

    private readonly string _adminConnectionString;

    private TestDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>The database name (stage_test_*).</summary>
    public string Name { get; }

    /// <summary>Superuser connection string to this database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a database migrated by <paramref name="migrate"/> (run once per process, on the template).</summary>
    public static async Task<TestDatabase> CreateAsync(Func<string, Task> migrate)
    {
        var template = await TemplateDatabase.EnsureAsync(migrate);
        var admin = await PostgresServer.GetAdminConnectionStringAsync();
        var name = "stage_test_" + RandomNumberGenerator.GetHexString(12, lowercase: true);
        await CreateLock.WaitAsync();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await PostgresServer.ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < MaxAttempts)
                {
                    await Task.Delay(250 * attempt);
                }
            }
        }
        finally
        {
            CreateLock.Release();
        }

        return new TestDatabase(admin, name);
    }

    /// <summary>Drops the database, ending any sessions still connected to it.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await PostgresServer.ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}
