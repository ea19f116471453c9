using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventPositions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "position",
                table: "application_events",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_application_events_position",
                table: "application_events",
                column: "position",
                unique: true);

            migrationBuilder.Sql(EventPositionsSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(EventPositionsSql.Down);

            migrationBuilder.DropIndex(
                name: "ix_application_events_position",
                table: "application_events");

            migrationBuilder.DropColumn(
                name: "position",
                table: "application_events");
        }
    }
}
