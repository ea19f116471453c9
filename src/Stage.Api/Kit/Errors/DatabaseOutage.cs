using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Npgsql;

namespace Stage.Api.Kit.Errors;

/// <summary>
/// Tells a database outage (no connection, connection lost, server shutting down, timeout, no connection left:
/// the instance's pool exhausted or the server's <c>max_connections</c> reached) from a bug: an outage is answered
/// 503 <c>DATABASE_UNAVAILABLE</c>, so clients know to retry.
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
                // Connection class (08), operator intervention (57P: shutdown, cannot connect now), too many clients (53300).
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
                        || postgres.SqlState == PostgresErrorCodes.TooManyConnections;
                // Any other Npgsql failure is on the way to the server: refused, reset, timed out, or no pooled connection
                // freed within the connect timeout (Npgsql's "connection pool has been exhausted", a TimeoutException inside).
                case NpgsqlException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether this result is an outage (503): a field failed because the database was unavailable, except below a
    /// mutation's root field. A mutation's payload is read in its transaction, so a root field that answered made its
    /// change; a nested field read after the commit (a history, an agreement) that fails keeps its error in place in a
    /// 200, never turning the committed change into an error the client would retry blindly.
    /// </summary>
    public static bool Affects(ExecutionResult result)
    {
        var outages = result.Errors?.Where(e => e is UnhandledError && Is(e.InnerException)).ToList();
        return outages is { Count: > 0 }
            && (result.Operation?.Operation != OperationType.Mutation || outages.Exists(e => e.Path is null || e.Path.Count() <= 1));
    }
}
