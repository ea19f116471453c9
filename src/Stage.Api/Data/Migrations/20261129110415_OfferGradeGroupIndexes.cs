using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class OfferGradeGroupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OfferGradeGroupIndexesSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OfferGradeGroupIndexesSql.Down);
        }
    }
}
