using Npgsql;
using Stage.Api.Data;
using Stage.Api.Offers.Search;

namespace Stage.Bench;

/// <summary>
/// The floor: the API's statements sent straight through Npgsql, on a data source built like the API's
/// (<see cref="StageDataSource.Create"/>), each on its own pooled connection as the API's resolvers do;
/// distance-ordered pages on sessions like the API's <see cref="NearestNeighbourDataSource"/>.
/// Every value of every row is read, so the rows cross the wire and are decoded as for the API.
/// </summary>
public sealed class SqlFloor : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly NearestNeighbourDataSource _nearestNeighbour;

    public SqlFloor(string connectionString, int concurrency)
    {
        // The full-text case runs three statements per request at once.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = Math.Max(100, (concurrency * 3) + 4) };
        ConnectionString = connectionString;
        _dataSource = StageDataSource.Create(builder.ConnectionString);
        _nearestNeighbour = new NearestNeighbourDataSource(builder.ConnectionString);
    }

    /// <summary>The database's connection string, as given.</summary>
    public string ConnectionString { get; }

    /// <summary>Runs the statements of one request (concurrently when there are several); null means success.</summary>
    public async Task<string?> RunAsync(IReadOnlyList<OfferStatement> statements, bool nearestNeighbour, CancellationToken cancellationToken)
    {
        if (statements.Count == 1)
        {
            await ConsumeAsync(statements[0], nearestNeighbour, cancellationToken);
            return null;
        }

        var running = new Task[statements.Count];
        for (var i = 0; i < running.Length; i++)
        {
            // Only the first, the distance-ordered page, runs on the nearest-neighbour sessions: the API counts on its ordinary ones.
            running[i] = ConsumeAsync(statements[i], nearestNeighbour && i == 0, cancellationToken);
        }

        await Task.WhenAll(running);
        return null;
    }

    /// <summary>Runs a statement and hands each row to <paramref name="read"/>.</summary>
    public async Task<List<T>> ReadAsync<T>(
        OfferStatement statement, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, bool nearestNeighbour = false)
    {
        var rows = new List<T>();
        await using var command = Command(statement, nearestNeighbour);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Closes the pooled connections now idle, so that their backends end between measurements. Left to the pool's
    /// pruning (after 5 minutes idle), the floor's connections of a round ended during the API's measurements of the next
    /// one: their CPU left the PostgreSQL sums (negative figures), and (w) saw one-second stalls at those moments.
    /// </summary>
    public void CloseIdleConnections()
    {
        _dataSource.Clear();
        _nearestNeighbour.DataSource.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _nearestNeighbour.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    private async Task ConsumeAsync(OfferStatement statement, bool nearestNeighbour, CancellationToken cancellationToken)
    {
        await using var command = Command(statement, nearestNeighbour);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }
        }
    }

    private NpgsqlCommand Command(OfferStatement statement, bool nearestNeighbour)
    {
        var command = (nearestNeighbour ? _nearestNeighbour.DataSource : _dataSource).CreateCommand(statement.Sql);
        statement.Parameters.CopyTo(command);
        return command;
    }
}
