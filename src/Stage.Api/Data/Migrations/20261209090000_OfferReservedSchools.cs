using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <summary>
    /// An offer may be reserved to several schools: <c>reserved_school_id</c> becomes the array <c>reserved_school_ids</c>
    /// (an offer reserved to one school keeps it as its only element). Written by hand like the gazetteer's migration;
    /// the model snapshot holds the property, its index and its check.
    /// </summary>
    [DbContext(typeof(StageDbContext))]
    [Migration("20261209090000_OfferReservedSchools")]
    public sealed class OfferReservedSchools : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE offers ADD COLUMN reserved_school_ids bigint[] NOT NULL DEFAULT '{}'::bigint[];
            UPDATE offers SET reserved_school_ids = ARRAY[reserved_school_id] WHERE reserved_school_id IS NOT NULL;
            ALTER TABLE offers DROP COLUMN reserved_school_id;
            ALTER TABLE offers ADD CONSTRAINT ck_offers_reserved_school_ids CHECK (cardinality(reserved_school_ids) <= 50);
            CREATE INDEX ix_offers_reserved_school_ids ON offers USING gin (reserved_school_ids);
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE offers ADD COLUMN reserved_school_id bigint
                CONSTRAINT fk_offers_schools_reserved_school_id REFERENCES schools (id) ON DELETE RESTRICT;
            UPDATE offers SET reserved_school_id = reserved_school_ids[1] WHERE cardinality(reserved_school_ids) > 0;
            ALTER TABLE offers DROP COLUMN reserved_school_ids;
            CREATE INDEX ix_offers_reserved_school_id ON offers (reserved_school_id);
            """);
    }
}
