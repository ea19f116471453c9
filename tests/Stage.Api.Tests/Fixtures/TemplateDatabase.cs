using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using Npgsql;

namespace Stage.Api.Tests.Fixtures;

/// <summary>
/// A migrated template database, built once per process and per migrate method, that test databases are copied from.
/// </summary>
public static class TemplateDatabase
{
    // Keyed by the callback's method so that tests with different schemas (e.g. the fixture's own smoke test
    // and the real migrations) each get their own template; the same method always maps to the same template.
    private static readonly ConcurrentDictionary<MethodInfo, Lazy<Task<string>>> Templates = new();

    /// <summary>Returns the name of the template database, creating and migrating it on first use.</summary>
    public static Task<string> EnsureAsync(Func<string, Task> migrate)
    {
        ArgumentNullException.ThrowIfNull(migrate);
        var template = Templates.GetOrAdd(
            migrate.Method,
            _ => new Lazy<Task<string>>(() => Task.Run(() => CreateAsync(migrate)), LazyThreadSafetyMode.ExecutionAndPublication));
        return template.Value;
    }

    private static async Task<string> CreateAsync(Func<string, Task> migrate)
    {
        var admin = await PostgresServer.GetAdminConnectionStringAsync();
        var name = "stage_template_" + RandomNumberGenerator.GetHexString(12, lowercase: true);
        await PostgresServer.ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        if (PostgresServer.UsesExternalServer)
        {
            // A throwaway local server is deleted as a whole; on a shared server, clean up after ourselves.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(admin, name);
        }

        // Unpooled, so that no idle connection keeps the template busy: CREATE DATABASE ... TEMPLATE needs it unused.
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        await migrate(connectionString);

        // Lock the template against new sessions and end any the callback left open (e.g. in its own pool).
        await PostgresServer.ExecuteAsync(admin, $"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false");
        await PostgresServer.ExecuteAsync(
            admin, $"SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = '{name}'");
        return name;
    }

    private static void Drop(string admin, string name)
    {
        try
        {
            PostgresServer.Execute(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // Best effort at process exit.
        }
    }
}
