using GraphQL;
using GraphQL.Execution;
using Npgsql;

namespace Stage.Api.Kit.Errors;

/// <summary>
/// Tells a database outage (no connection, connection lost, server shutting down, timeout) from a bug:
/// an outage is answered 503 <c>DATABASE_UNAVAILABLE</c>, so clients know to retry.
/// </summary>
public static class DatabaseOutage
{
    public const string Message = "The database is unavailable. Retry in a few seconds.";

    /// <summary>Seconds a client is asked to wait (<c>Retry-After</c>) before retrying after an outage.</summary>
    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Connection class (08), operator intervention (57P: shutdown, cannot connect now).
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
                // Any other Npgsql failure is on the way to the server: refused, reset, timed out.
                case NpgsqlException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether a field of this result failed because the database was unavailable.</summary>
    public static bool Affects(ExecutionResult result) =>
        result.Errors?.Any(e => e is UnhandledError && Is(e.InnerException)) == true;
}
