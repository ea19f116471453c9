using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class OfferSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_offers_first_date",
                table: "offers");

            migrationBuilder.DropIndex(
                name: "ix_offers_sector_id",
                table: "offers");

            migrationBuilder.CreateIndex(
                name: "ix_offers_first_date_id",
                table: "offers",
                columns: new[] { "first_date", "id" },
                filter: "status = 'published'");

            migrationBuilder.CreateIndex(
                name: "ix_offers_sector_id_first_date_id",
                table: "offers",
                columns: new[] { "sector_id", "first_date", "id" },
                filter: "status = 'published'");

            migrationBuilder.CreateIndex(
                name: "ix_offers_sector_id_location",
                table: "offers",
                columns: new[] { "sector_id", "location" },
                filter: "status = 'published'")
                .Annotation("Npgsql:IndexMethod", "gist");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_offers_first_date_id",
                table: "offers");

            migrationBuilder.DropIndex(
                name: "ix_offers_sector_id_first_date_id",
                table: "offers");

            migrationBuilder.DropIndex(
                name: "ix_offers_sector_id_location",
                table: "offers");

            migrationBuilder.CreateIndex(
                name: "ix_offers_first_date",
                table: "offers",
                column: "first_date");

            migrationBuilder.CreateIndex(
                name: "ix_offers_sector_id",
                table: "offers",
                column: "sector_id");
        }
    }
}
