using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <summary>
    /// Offers know their commune and where their coordinates come from. Existing offers keep their coordinates
    /// (<c>address</c>); their commune is found after the gazetteer is loaded (<c>OfferCommuneBackfill</c>), which the
    /// emptied <c>gazetteer_versions</c> makes the next <c>./stage migrate</c> do. Written by hand like the gazetteer's
    /// migration; the model snapshot holds the two properties.
    /// </summary>
    [DbContext(typeof(StageDbContext))]
    [Migration("20261208090000_OfferCommunes")]
    public sealed class OfferCommunes : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TYPE location_precision AS ENUM ('address', 'commune');
            ALTER TABLE offers
                ADD COLUMN commune_code character varying(5),
                ADD COLUMN location_precision location_precision NOT NULL DEFAULT 'address';
            DELETE FROM gazetteer_versions;
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE offers DROP COLUMN commune_code, DROP COLUMN location_precision;
            DROP TYPE location_precision;
            """);
    }
}
