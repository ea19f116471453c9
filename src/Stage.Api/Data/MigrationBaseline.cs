using Microsoft.EntityFrameworkCore;

namespace Stage.Api.Data;

/// <summary>
/// The eleven migrations written before the schema's first release were folded into one baseline
/// (20261202173127_Baseline). A database built by the old chain, up to its last migration, has exactly
/// the baseline's schema (compared with pg_dump when the baseline was made), so its history is rewritten
/// to name the baseline instead of being rebuilt: benchmark and development databases keep their data.
/// A database stopped part-way through the old chain is refused with a clear message.
/// </summary>
public static class MigrationBaseline
{
    public const string HistoryTable = "__ef_migrations_history";
    private const string Baseline = "20261202173127_Baseline";
    private const string LastBeforeBaseline = "20261129124958_AgreementEventPositions";

    public static async Task AdoptPreBaselineHistoryAsync(StageDbContext db, CancellationToken cancellationToken = default)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        if (applied.Count == 0 || applied.Contains(Baseline) || applied.All(id => string.CompareOrdinal(id, Baseline) > 0))
        {
            return;
        }

        if (!applied.Contains(LastBeforeBaseline))
        {
            throw new InvalidOperationException(
                $"This database was migrated part-way through the migrations that preceded the baseline (last applied: {applied.Max()}). " +
                "Recreate it: drop the database and run ./stage migrate.");
        }

        var productVersion = typeof(DbContext).Assembly.GetName().Version!.ToString(3);
        await db.Database.ExecuteSqlRawAsync(
            $$"""
            DELETE FROM {{HistoryTable}} WHERE migration_id < {0};
            INSERT INTO {{HistoryTable}} (migration_id, product_version) VALUES ({0}, {1});
            """,
            [Baseline, productVersion],
            cancellationToken);
    }
}
