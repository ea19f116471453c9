using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <summary>
    /// The rate-limit buckets every instance shares (<c>SharedAllowances</c>): one row per caller (and limit) seen in the last
    /// minutes, the balance in cost points as of <c>updated_at</c>. Not part of the EF model: only raw SQL reads it.
    /// Unlogged: after a crash the table starts empty, which only forgives the debts of the last minutes.
    /// </summary>
    [DbContext(typeof(StageDbContext))]
    [Migration("20261210080000_SharedRateLimits")]
    public sealed class SharedRateLimits : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE UNLOGGED TABLE rate_limit_buckets (
                partition text PRIMARY KEY,
                points_per_minute integer NOT NULL,
                balance double precision NOT NULL,
                updated_at timestamp with time zone NOT NULL);
            CREATE INDEX rate_limit_buckets_updated_at ON rate_limit_buckets (updated_at);
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE rate_limit_buckets;");
    }
}
