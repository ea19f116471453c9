using System.Collections.Concurrent;
using Npgsql;

namespace Stage.Api.Data.Seed;

/// <summary>
/// Streams the offers of all planned employers into the database over several connections at once
/// (the search-vector trigger is the costly part, and each connection runs it on its own core).
/// The offers are cut into chunks of whole employers, each generated from its own random stream, so
/// that the data does not depend on which connection loads which chunk.
/// </summary>
internal sealed class OfferLoader(NpgsqlDataSource dataSource, ILogger logger)
{
    private const int ChunkOffers = 10_000;
    private const long ChunkStreamBase = 1_000_000;
    private const int ProgressStep = 100_000;

    private long written;

    public async Task LoadAsync(
        IReadOnlyList<EmployerPlan> employers, SeededSchools schools, OfferWeeks weeks, int runSeed, CancellationToken cancellationToken)
    {
        var chunks = Chunk(employers);
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, chunks.Count));
        var workers = Math.Min(chunks.Count, Math.Clamp(Environment.ProcessorCount, 1, 4));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(
            () => LoadChunksAsync(queue, chunks, employers, schools, weeks, runSeed, cancellationToken), cancellationToken)));
    }

    private async Task LoadChunksAsync(
        ConcurrentQueue<int> queue, List<Range> chunks, IReadOnlyList<EmployerPlan> employers,
        SeededSchools schools, OfferWeeks weeks, int runSeed, CancellationToken cancellationToken)
    {
        // SET LOCAL: pooled connections are not reset when they go back to the pool, so a setting must not outlive its transaction.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Seeded offers are not news: no offersPublished event for each of them (see the OfferEvents migration), and no
        // change row for the full-text index in memory (the seeder writes one "read everything again" after the load).
        await using (var settings = new NpgsqlCommand("SET LOCAL synchronous_commit = off; SET LOCAL stage.offer_events = 'off'; SET LOCAL stage.offer_search_changes = 'off'", connection, transaction))
        {
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var writer = await connection.BeginBinaryImportAsync(OfferWriter.Copy, cancellationToken);
        writer.Timeout = TimeSpan.FromMinutes(10);
        while (queue.TryDequeue(out var index))
        {
            var factory = new OfferFactory(SeedRandom.Create(runSeed, ChunkStreamBase + index), schools, weeks);
            var count = 0;
            var (start, length) = chunks[index].GetOffsetAndLength(employers.Count);
            for (var e = start; e < start + length; e++)
            {
                foreach (var offer in factory.For(employers[e]))
                {
                    await OfferWriter.WriteAsync(writer, offer, cancellationToken);
                    count++;
                }
            }

            ReportProgress(count);
        }

        await writer.CompleteAsync(cancellationToken);
        await writer.CloseAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static List<Range> Chunk(IReadOnlyList<EmployerPlan> employers)
    {
        var chunks = new List<Range>();
        int start = 0, offers = 0;
        for (var e = 0; e < employers.Count; e++)
        {
            offers += employers[e].OfferCount;
            if (offers >= ChunkOffers || e == employers.Count - 1)
            {
                chunks.Add(start..(e + 1));
                start = e + 1;
                offers = 0;
            }
        }

        return chunks;
    }

    private void ReportProgress(int count)
    {
        var total = Interlocked.Add(ref written, count);
        if ((total - count) / ProgressStep != total / ProgressStep && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Seed: {Offers} offers generated and sent", total);
        }
    }
}
