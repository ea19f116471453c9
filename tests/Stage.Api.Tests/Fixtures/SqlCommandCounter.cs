using System.Collections.Concurrent;
using System.Diagnostics;

namespace Stage.Api.Tests.Fixtures;

/// <summary>
/// Counts the SQL commands Npgsql sends to one database while it is alive, from Npgsql's own tracing
/// (ActivitySource "Npgsql"); commands to other databases (other test classes) and the opening of
/// physical connections are not counted.
/// </summary>
public sealed class SqlCommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _statements = new();

    public SqlCommandCounter(string databaseName)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var database = activity.GetTagItem("db.namespace") ?? activity.GetTagItem("db.name");
                var statement = activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement");
                if (Equals(database, databaseName) && statement is string sql)
                {
                    _statements.Enqueue(sql);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyCollection<string> Statements => _statements;

    public void Dispose() => _listener.Dispose();
}
