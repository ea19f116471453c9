using System.Collections.Concurrent;
using System.Diagnostics;
using Stage.Api.Offers.Search.Memory;

namespace Stage.Api.Tests.Fixtures;

/// <summary>
/// Counts the SQL commands Npgsql sends to one database while serving HTTP requests, from Npgsql's own
/// tracing (ActivitySource "Npgsql") nested under ASP.NET Core's request activity, under <see cref="Measure"/>
/// for a service called directly, or under the search index's reads of its change log that requests wait for and
/// share (<see cref="OfferIndexSearch.ActivitySourceName"/>). The API's background work (event listeners, the expiry job) runs outside both
/// and is not counted, nor are commands to other databases (other test classes) or the opening of physical connections.
/// </summary>
public sealed class SqlCommandCounter : IDisposable
{
    private const string NpgsqlSource = "Npgsql";
    private const string AspNetCoreSource = "Microsoft.AspNetCore";
    private const string MeasuredSource = "Stage.Tests.SqlCommandCounter";
    private const string SharedReadSource = OfferIndexSearch.ActivitySourceName;
    private static readonly ActivitySource Measured = new(MeasuredSource);

    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _statements = new();

    public SqlCommandCounter(string databaseName)
    {
        _listener = new ActivityListener
        {
            // Listening to ASP.NET Core makes it create the request activity the commands nest under.
            ShouldListenTo = source => source.Name is NpgsqlSource or AspNetCoreSource or MeasuredSource or SharedReadSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name != NpgsqlSource || !ServesRequest(activity))
                {
                    return;
                }

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

    /// <summary>Counts the commands a test's own call makes until disposed, as if it served a request.</summary>
    public static IDisposable Measure() => Measured.StartActivity("measured call")!;

    public void Dispose() => _listener.Dispose();

    private static bool ServesRequest(Activity activity)
    {
        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.Source.Name is AspNetCoreSource or MeasuredSource or SharedReadSource)
            {
                return true;
            }
        }

        return false;
    }
}
