using Npgsql;
using Stage.Api.Data;

namespace Stage.Api.Offers.Search;

/// <summary>
/// Sessions for reading offers in distance order. PostGIS estimates a radius condition at about 1e-4 of
/// the table, so the planner prefers a bitmap scan of the whole disc plus a sort (40 ms in Paris on a
/// million offers) to the GiST index's nearest-neighbour scan (under 1 ms). Without bitmap scans it
/// takes the index scan, which stops after the page. Only the distance-ordered page runs here.
/// </summary>
public sealed class NearestNeighbourDataSource(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = StageDataSource.Create(connectionString, "enable_bitmapscan=off");

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
