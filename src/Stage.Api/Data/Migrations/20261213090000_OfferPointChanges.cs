using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <summary>
    /// The search index in memory also holds each offer's point, which <c>offer_search</c> does not: an offer moved
    /// (its latitude or longitude changed) is logged in <c>offer_search_changes</c> too, by the same function, with the same
    /// switch for bulk loads (see docs/DECISIONS.md, "The search index in memory").
    /// </summary>
    [DbContext(typeof(StageDbContext))]
    [Migration("20261213090000_OfferPointChanges")]
    public sealed class OfferPointChanges : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TRIGGER offers_log_point_change AFTER UPDATE OF latitude, longitude ON offers
                FOR EACH ROW WHEN ((OLD.latitude IS DISTINCT FROM NEW.latitude OR OLD.longitude IS DISTINCT FROM NEW.longitude)
                                   AND current_setting('stage.offer_search_changes', true) IS DISTINCT FROM 'off')
                EXECUTE FUNCTION stage_offer_search_log_change();
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TRIGGER offers_log_point_change ON offers;");
    }
}
