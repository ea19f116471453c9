using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <summary>
    /// The search index in memory also shows a page's offers (title, city, postal code, employer's name) without reading
    /// their rows: a change of city or postal code is logged in <c>offer_search_changes</c> like a move. A title or an employer's name changed is logged
    /// already, through the search vector of <c>offer_search</c> (see docs/DECISIONS.md, "The search index in memory").
    /// </summary>
    [DbContext(typeof(StageDbContext))]
    [Migration("20261214090000_OfferShownChanges")]
    public sealed class OfferShownChanges : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TRIGGER offers_log_point_change ON offers;
            CREATE TRIGGER offers_log_place_change AFTER UPDATE OF latitude, longitude, city, postal_code ON offers
                FOR EACH ROW WHEN ((OLD.latitude IS DISTINCT FROM NEW.latitude OR OLD.longitude IS DISTINCT FROM NEW.longitude
                                    OR OLD.city IS DISTINCT FROM NEW.city OR OLD.postal_code IS DISTINCT FROM NEW.postal_code)
                                   AND current_setting('stage.offer_search_changes', true) IS DISTINCT FROM 'off')
                EXECUTE FUNCTION stage_offer_search_log_change();
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TRIGGER offers_log_place_change ON offers;
            CREATE TRIGGER offers_log_point_change AFTER UPDATE OF latitude, longitude ON offers
                FOR EACH ROW WHEN ((OLD.latitude IS DISTINCT FROM NEW.latitude OR OLD.longitude IS DISTINCT FROM NEW.longitude)
                                   AND current_setting('stage.offer_search_changes', true) IS DISTINCT FROM 'off')
                EXECUTE FUNCTION stage_offer_search_log_change();
            """);
    }
}
